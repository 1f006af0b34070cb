"""The sandbox's user family over signed HTTP: get_user by sample or by individual."""

from __future__ import annotations

from typing import Any

import pytest

from bge_private_sandbox import DEMO_APP_KEY, DEMO_APP_SECRET, Store, create_app
from bge_private_sandbox.spec import load_spec
from sandbox_wire import AppClient, SignedWire

INVALID_ARGUMENT, NOT_FOUND = 40001, 40401
DOC_INDIVIDUAL = "594e5bc0-a1bc-11eb-b664-c8b29b0eab1e"
OTHER_INDIVIDUAL = "0c6e5f2a-7d41-4b8e-9a35-1f2b3c4d5e6f"


def documented(operation_id: str) -> tuple[dict[str, Any], Any]:
    """The operation's first request example and the `data` of its documented answer."""
    for item in load_spec()["paths"].values():
        operation = item["post"]
        if operation["operationId"] == operation_id:
            media = next(iter(operation["requestBody"]["content"].values()))
            call = next(iter(media["examples"].values()))["value"]
            answer = operation["responses"]["200"]["content"]["application/json"]
            return call, answer["examples"]["doc"]["value"]["data"]
    raise LookupError(operation_id)


@pytest.fixture(scope="module")
def wire() -> SignedWire:
    # get_user only reads, so the tests of this module share one sandbox.
    return SignedWire(AppClient(create_app(Store())), DEMO_APP_KEY, DEMO_APP_SECRET)


def test_the_documentation_example_answers_its_documented_profile(wire: SignedWire) -> None:
    call, data = documented("get_user")
    assert call == {"biosample_id": "E-B19137107158"}
    assert wire.ok("get_user", call) == data
    assert data["fundamental_entity_id"] == DOC_INDIVIDUAL


def test_the_same_profile_by_individual_id_in_any_case(wire: SignedWire) -> None:
    by_sample = wire.ok("get_user", {"biosample_id": "E-B19137107158"})
    assert wire.ok("get_user", {"fundamental_entity_id": DOC_INDIVIDUAL}) == by_sample
    assert wire.ok("get_user", {"fundamental_entity_id": DOC_INDIVIDUAL.upper()}) == by_sample


def test_each_sample_answers_its_own_individual(wire: SignedWire) -> None:
    profile = wire.ok("get_user", {"biosample_id": "E-F19955300137"})
    assert profile["fundamental_entity_id"] == OTHER_INDIVIDUAL
    assert (profile["surname"], profile["gender"], profile["birthday"]) == ("王", 2, "1985-03-21")
    assert wire.ok("get_user", {"fundamental_entity_id": OTHER_INDIVIDUAL}) == profile


def test_time_fields_are_accepted_and_checked(wire: SignedWire) -> None:
    plain = wire.ok("get_user", {"biosample_id": "E-B19137107158"})
    asked = {"biosample_id": "E-B19137107158", "has_generate_time_fields": "surname,nation"}
    assert wire.ok("get_user", asked) == plain
    refused = wire.call("get_user", {**asked, "has_generate_time_fields": "birthday"})
    assert refused["code"] == INVALID_ARGUMENT
    assert "has_generate_time_fields" in refused["msg"]


@pytest.mark.parametrize(
    "fields",
    [
        {},
        {"biosample_id": "E-B19137107158", "fundamental_entity_id": DOC_INDIVIDUAL},
        {"biosample_id": "B19137107158"},
        {"fundamental_entity_id": "not-a-uuid"},
    ],
    ids=["neither", "both", "bad-biosample-id", "bad-individual-id"],
)
def test_bad_input_is_40001(wire: SignedWire, fields: dict[str, str]) -> None:
    answer = wire.call("get_user", fields)
    assert (answer["code"], answer["data"]) == (INVALID_ARGUMENT, None)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"biosample_id": "E-X00000000000"}, "sample E-X00000000000 does not exist"),
        # A sample of the samples family that no individual is linked to.
        ({"biosample_id": "E-W20110000001"}, "not linked to any individual"),
        (
            {"fundamental_entity_id": "00000000-0000-4000-8000-000000000000"},
            "individual 00000000-0000-4000-8000-000000000000 does not exist",
        ),
    ],
    ids=["unknown-sample", "sample-without-individual", "unknown-individual"],
)
def test_unknown_ids_are_40401(wire: SignedWire, fields: dict[str, str], message: str) -> None:
    answer = wire.call("get_user", fields)
    assert (answer["code"], answer["data"]) == (NOT_FOUND, None)
    assert message in answer["msg"]
