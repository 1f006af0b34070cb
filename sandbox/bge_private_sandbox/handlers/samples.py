"""The samples family: look up, register and improve samples."""

from __future__ import annotations

from ..answers import envelope_page, ok, split_ids
from ..errors import INVALID_ARGUMENT, ApiError
from ..models import (
    GetSamplesForm1,
    GetSamplesForm2,
    GetSamplesResponse,
    ImproveSampleForm,
    ImproveSampleResponse,
    RegisteredSample,
    RegisterSampleForm,
    RegisterSampleResponse,
)
from ..records import given_attributes
from ..store import Store
from . import handles


@handles("get_samples")
def get_samples(store: Store, form: GetSamplesForm1 | GetSamplesForm2) -> GetSamplesResponse:
    # The spec's oneOf means exactly one; a pydantic union accepts a form matching both.
    if (form.biosample_id is None) == (form.external_sample_id is None):
        raise ApiError(
            INVALID_ARGUMENT,
            "invalid argument: give exactly one of biosample_id and external_sample_id",
        )
    if form.biosample_id is not None:
        samples = store.samples_by_biosample_ids(split_ids(form.biosample_id))
    else:
        samples = store.samples_by_external_ids(split_ids(form.external_sample_id))
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
