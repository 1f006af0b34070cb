"""The user family: the profile of the individual behind a sample or an individual id."""

from __future__ import annotations

from ..answers import ok
from ..errors import INVALID_ARGUMENT, NOT_FOUND, ApiError
from ..models import GetUserForm1, GetUserForm2, GetUserResponse
from ..store import Store
from ..stores.users import UserStore
from . import handles


@handles("get_user")
def get_user(store: Store, form: GetUserForm1 | GetUserForm2) -> GetUserResponse:
    # The spec's oneOf means exactly one; a pydantic union accepts a form matching both.
    if (form.biosample_id is None) == (form.fundamental_entity_id is None):
        raise ApiError(
            INVALID_ARGUMENT,
            "invalid argument: give exactly one of biosample_id and fundamental_entity_id",
        )
    users = store.family(UserStore)
    # has_generate_time_fields is accepted (its values are checked by the form) but adds
    # nothing: the docs do not show how the platform answers those times.
    if form.fundamental_entity_id is not None:
        individual = str(form.fundamental_entity_id)
        profile = users.profile(individual)
        if profile is None:
            if users.has_individual(individual):
                # One stream_bind made: the sandbox knows no profile of it.
                raise ApiError(NOT_FOUND, f"individual {individual} has no profile")
            raise ApiError(NOT_FOUND, f"individual {individual} does not exist")
        return ok(GetUserResponse, profile)
    assert form.biosample_id is not None
    profile = users.profile_of_sample(form.biosample_id)
    if profile is None:
        linked = users.individual_of(form.biosample_id)
        if linked is not None:
            raise ApiError(
                NOT_FOUND,
                f"sample {form.biosample_id} is linked to individual {linked}, which has no"
                " profile",
            )
        if store.samples_by_biosample_ids([form.biosample_id]):
            raise ApiError(NOT_FOUND, f"sample {form.biosample_id} is not linked to any individual")
        raise ApiError(NOT_FOUND, f"sample {form.biosample_id} does not exist")
    return ok(GetUserResponse, profile)
