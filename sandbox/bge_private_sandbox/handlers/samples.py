"""The samples family: look up, register and improve samples, and set their state."""

from __future__ import annotations

import json
from typing import Any, NoReturn

from pydantic import ValidationError

from ..answers import envelope_page, ok, paginate, split_ids
from ..errors import INVALID_ARGUMENT, NOT_FOUND, ApiError
from ..forms import describe_validation_error
from ..models import (
    GetSamplesExternalIdsForm,
    GetSamplesExternalIdsResponse,
    GetSamplesForm,
    GetSamplesForm1,
    GetSamplesForm2,
    GetSamplesResponse,
    GetSampleV2Form,
    GetSampleV2Response,
    ImproveSampleForm,
    ImproveSampleResponse,
    OpenplatformSamplesStateForm,
    OpenplatformSamplesStateResponse,
    RegisteredSample,
    RegisterSampleForm,
    RegisterSampleResponse,
    Sample,
)
from ..records import given_attributes
from ..store import Store
from ..stores.samples import SampleStateStore
from . import handles


def _samples_asked(store: Store, form: GetSamplesForm1 | GetSamplesForm2) -> list[Sample]:
    # The spec's oneOf means exactly one; a pydantic union accepts a form matching both.
    if (form.biosample_id is None) == (form.external_sample_id is None):
        raise ApiError(
            INVALID_ARGUMENT,
            "invalid argument: give exactly one of biosample_id and external_sample_id",
        )
    if form.biosample_id is not None:
        return store.samples_by_biosample_ids(split_ids(form.biosample_id))
    return store.samples_by_external_ids(split_ids(form.external_sample_id))


@handles("get_samples")
def get_samples(store: Store, form: GetSamplesForm1 | GetSamplesForm2) -> GetSamplesResponse:
    samples = _samples_asked(store, form)
    return envelope_page(GetSamplesResponse, samples, page=form.page, limit=form.limit)


@handles("register_sample")
def register_sample(store: Store, form: RegisterSampleForm) -> RegisterSampleResponse:
    biosample_id = store.register_sample(
        project_id=form.project_id,
        biosample_site=form.biosample_site,
        external_sample_id=form.external_sample_id,
        attributes=given_attributes(form),
    )
    return ok(RegisterSampleResponse, RegisteredSample(biosample_id=biosample_id))


@handles("improve_sample")
def improve_sample(store: Store, form: ImproveSampleForm) -> ImproveSampleResponse:
    store.improve_sample(form.biosample_id, given_attributes(form))
    # The platform answers data: null here; clients echo what they sent.
    return ok(ImproveSampleResponse, None)


@handles("get_samples_external_ids")
def get_samples_external_ids(
    store: Store, form: GetSamplesExternalIdsForm
) -> GetSamplesExternalIdsResponse:
    if not store.survey_projects([form.project_id]):
        raise ApiError(NOT_FOUND, f"project {form.project_id} does not exist")
    external_ids = split_ids(form.external_ids)
    if not external_ids:
        raise ApiError(
            INVALID_ARGUMENT,
            "invalid argument: external_ids: give at least one id (comma-separated)",
        )
    # Undocumented answer: the sandbox answers the samples themselves (as get_samples does),
    # those of the project and site with these external ids, in the order asked.
    found = [
        sample.model_dump(mode="json")
        for sample in store.samples_by_external_ids(external_ids)
        if sample.biosample_site == form.biosample_site
        and any(project.project_id == form.project_id for project in sample.project)
    ]
    return ok(GetSamplesExternalIdsResponse, found)


@handles("get_sample_V2")
def get_sample_v2(store: Store, form: GetSampleV2Form) -> GetSampleV2Response:
    # The spec documents no field; the sandbox takes those of get_samples, checked as there.
    try:
        asked = GetSamplesForm.model_validate(form.model_extra or {}).root
    except ValidationError as exc:
        raise ApiError(INVALID_ARGUMENT, describe_validation_error(exc)) from None
    paged = paginate(_samples_asked(store, asked), asked.page, asked.limit)
    states = store.family(SampleStateStore).states(sample.biosample_id for sample in paged.items)
    # Paged inside `data` (the reference reads no envelope pagination here); each sample
    # carries the state openplatform_samples_state last set on it (null if none).
    result = [
        {**sample.model_dump(mode="json"), "state": states.get(sample.biosample_id)}
        for sample in paged.items
    ]
    return ok(GetSampleV2Response, {"result": result, **paged.numbers()})


def _refuse_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not a JSON number")


@handles("openplatform_samples_state")
def openplatform_samples_state(
    store: Store, form: OpenplatformSamplesStateForm
) -> OpenplatformSamplesStateResponse:
    comment: Any = None
    if form.comment:  # an empty comment is as if none were given, as clients send it
        try:
            comment = json.loads(form.comment, parse_constant=_refuse_constant)
        except ValueError as exc:
            raise ApiError(
                INVALID_ARGUMENT, f"invalid argument: comment: not valid JSON text ({exc})"
            ) from None
    if not store.samples_by_biosample_ids([form.biosample_id]):
        raise ApiError(NOT_FOUND, f"sample {form.biosample_id} does not exist")
    state = store.family(SampleStateStore).set_state(
        form.biosample_id,
        sub_state=form.sub_state,
        mtime=form.mtime,
        change_source=form.change_source,
        comment=comment,
    )
    # Undocumented answer: the sandbox answers the state now held.
    return ok(OpenplatformSamplesStateResponse, state)
