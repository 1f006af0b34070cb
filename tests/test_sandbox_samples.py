"""The sandbox's newer sample operations over signed HTTP: external ids, v2 look-up, state."""

from __future__ import annotations

import uuid

import pytest

from bge_private_sandbox import DEMO_APP_KEY, DEMO_APP_SECRET, Store, create_app
from sandbox_wire import AppClient, SignedWire

INVALID_ARGUMENT, NOT_FOUND = 40001, 40401
HUAXIAOPANG = "P-M19585209935"  # E-B19137107158 and E-F19955300137, both at site 10
COHORT = "P-W19126783988"  # E-W20110000001 (site 1) and E-W20110000002 (site 11)
EMPTY_PROJECT = "P-W19770800157"


@pytest.fixture
def wire() -> SignedWire:
    return SignedWire(AppClient(create_app(Store())), DEMO_APP_KEY, DEMO_APP_SECRET)


def ids(samples: list[dict[str, object]]) -> list[object]:
    return [sample["biosample_id"] for sample in samples]


# ---------------------------------------------------------------------- get_samples_external_ids


def test_external_ids_find_the_samples_of_that_project_and_site(wire: SignedWire) -> None:
    asked = {"biosample_site": 10, "project_id": HUAXIAOPANG}
    found = wire.ok(
        "get_samples_external_ids", {**asked, "external_ids": "107201702598,107201702599"}
    )
    assert ids(found) == ["E-F19955300137", "E-B19137107158"]  # in the order asked
    # The records are the samples themselves, as get_samples answers them.
    assert found == wire.ok("get_samples", {"biosample_id": "E-F19955300137,E-B19137107158"})
    assert found[0]["external_sample_id"]["sample_id"] == "107201702598"


def test_external_ids_of_another_site_or_project_are_not_found(wire: SignedWire) -> None:
    wrong_site = {"biosample_site": 11, "project_id": HUAXIAOPANG, "external_ids": "107201702599"}
    assert wire.ok("get_samples_external_ids", wrong_site) == []
    other = {"biosample_site": 10, "project_id": COHORT, "external_ids": "107201702599"}
    assert wire.ok("get_samples_external_ids", other) == []
    unknown = {"biosample_site": 10, "project_id": HUAXIAOPANG, "external_ids": "nobody,,"}
    assert wire.ok("get_samples_external_ids", unknown) == []


def test_a_registered_sample_is_found_by_its_external_id(wire: SignedWire) -> None:
    external_id = f"T-{uuid.uuid4().hex[:12]}"
    asked = {"biosample_site": 11, "project_id": EMPTY_PROJECT, "external_ids": external_id}
    assert wire.ok("get_samples_external_ids", asked) == []
    registered = wire.ok(
        "register_sample",
        {"biosample_site": 11, "project_id": EMPTY_PROJECT, "external_sample_id": external_id},
    )
    found = wire.ok("get_samples_external_ids", asked)
    assert ids(found) == [registered["biosample_id"]]
    assert found[0]["project"][0]["project_id"] == EMPTY_PROJECT


def test_external_ids_errors(wire: SignedWire) -> None:
    unknown = wire.call(
        "get_samples_external_ids",
        {"biosample_site": 10, "project_id": "P-X00000000000", "external_ids": "107201702599"},
    )
    assert (unknown["code"], unknown["data"]) == (NOT_FOUND, None)
    assert "project P-X00000000000 does not exist" in unknown["msg"]
    for fields in (
        {"biosample_site": 10, "project_id": HUAXIAOPANG, "external_ids": ",,"},
        {"biosample_site": 15, "project_id": HUAXIAOPANG, "external_ids": "107201702599"},
        {"biosample_site": 10, "project_id": HUAXIAOPANG},
    ):
        answer = wire.call("get_samples_external_ids", fields)
        assert (answer["code"], answer["data"]) == (INVALID_ARGUMENT, None), fields


# ---------------------------------------------------------------------- get_sample_V2


def test_v2_pages_inside_data(wire: SignedWire) -> None:
    asked = {"biosample_id": "E-W20110000002,E-B19137107158,E-X00000000000,E-F19955300137"}
    first = wire.ok("get_sample_V2", {**asked, "limit": 2})
    assert ids(first["result"]) == ["E-W20110000002", "E-B19137107158"]
    assert {name: first[name] for name in ("page", "limit", "count", "total", "pages")} == {
        "page": 1,
        "limit": 2,
        "count": 2,
        "total": 3,
        "pages": 2,
    }
    second = wire.ok("get_sample_V2", {**asked, "limit": 2, "page": 2})
    assert ids(second["result"]) == ["E-F19955300137"]
    assert (second["page"], second["count"], second["total"]) == (2, 1, 3)
    # Each record is the get_samples record, plus the sample's state (none set yet).
    whole = wire.ok("get_samples", asked)
    assert [dict(item, state=None) for item in whole] == first["result"] + second["result"]


def test_v2_by_external_ids(wire: SignedWire) -> None:
    found = wire.ok("get_sample_V2", {"external_sample_id": "S0sandbox001,107201702599"})
    assert ids(found["result"]) == ["E-W20110000001", "E-B19137107158"]
    assert found["total"] == 2


@pytest.mark.parametrize(
    "fields",
    [
        {},
        {"biosample_id": "E-B19137107158", "external_sample_id": "107201702599"},
        {"biosample_id": "E-B19137107158", "colour": "blue"},
        {"biosample_id": "E-B19137107158", "page": "0"},
        {"biosample_id": "B19137107158"},
    ],
    ids=["neither", "both", "unknown-field", "page-0", "bad-id"],
)
def test_v2_bad_input_is_40001(wire: SignedWire, fields: dict[str, str]) -> None:
    answer = wire.call("get_sample_V2", fields)
    assert (answer["code"], answer["data"]) == (INVALID_ARGUMENT, None)


# ---------------------------------------------------------------------- openplatform_samples_state


def state_of(wire: SignedWire, biosample_id: str) -> object:
    [record] = wire.ok("get_sample_V2", {"biosample_id": biosample_id})["result"]
    return record["state"]


def test_a_state_set_is_read_back_and_replaced(wire: SignedWire) -> None:
    first = {
        "biosample_id": "E-B19137107158",
        "sub_state": 3,
        "mtime": "2021-08-29T10:00:00Z",
        "change_source": "lab",
        "comment": '{"reason": "received", "boxes": [1, 2]}',
    }
    stored = wire.ok("openplatform_samples_state", first)
    assert stored == {
        "biosample_id": "E-B19137107158",
        "sub_state": 3,
        "mtime": "2021-08-29T10:00:00Z",
        "change_source": "lab",
        "comment": {"reason": "received", "boxes": [1, 2]},
    }
    assert state_of(wire, "E-B19137107158") == stored
    assert wire.ok("openplatform_samples_state", first) == stored  # a repeat changes nothing
    second = {
        "biosample_id": "E-B19137107158",
        "sub_state": 4,
        "mtime": "2021-08-30",
        "comment": "",
    }
    replaced = wire.ok("openplatform_samples_state", second)
    assert replaced == {**second, "change_source": None, "comment": None}
    assert state_of(wire, "E-B19137107158") == replaced
    assert state_of(wire, "E-F19955300137") is None  # other samples keep theirs


def test_a_registered_sample_takes_a_state(wire: SignedWire) -> None:
    registered = wire.ok("register_sample", {"biosample_site": 2, "project_id": EMPTY_PROJECT})
    biosample_id = registered["biosample_id"]
    fields = {"biosample_id": biosample_id, "sub_state": 1, "mtime": "2024-01-01"}
    assert wire.ok("openplatform_samples_state", fields)["sub_state"] == 1
    assert state_of(wire, biosample_id) == {**fields, "change_source": None, "comment": None}


def test_state_errors(wire: SignedWire) -> None:
    unknown = wire.call(
        "openplatform_samples_state",
        {"biosample_id": "E-X00000000000", "sub_state": 1, "mtime": "2024-01-01"},
    )
    assert (unknown["code"], unknown["data"]) == (NOT_FOUND, None)
    assert "sample E-X00000000000 does not exist" in unknown["msg"]
    base = {"biosample_id": "E-B19137107158", "sub_state": 1, "mtime": "2024-01-01"}
    for fields in (
        {**base, "comment": "{not json"},
        {**base, "comment": '{"depth": NaN}'},
        {**base, "sub_state": "three"},
        {**base, "mtime": ""},
        {"biosample_id": "E-B19137107158", "sub_state": 1},
    ):
        answer = wire.call("openplatform_samples_state", fields)
        assert (answer["code"], answer["data"]) == (INVALID_ARGUMENT, None), fields
    assert state_of(wire, "E-B19137107158") is None  # nothing refused was stored
