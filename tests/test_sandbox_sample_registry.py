"""One sample registry for every family: each biosample id another family's fixtures hold is a
sample get_samples answers, and the operations that take a biosample id and can answer 40401
refuse a sample the registry does not have (rather than serve or store it)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from importlib import resources
from typing import Any

import pytest

from bge_private_sandbox import DEMO_APP_KEY, DEMO_APP_SECRET, Store, create_app
from bge_private_sandbox.spec import load_spec
from sandbox_wire import AppClient, SignedWire

NOT_FOUND = 40401
UNKNOWN = "E-X00000000000"
# A biosample id (`E-`, a capital letter, 11 digits), also inside a file name or URL.
_BIOSAMPLE_ID = re.compile(r"(?<![A-Za-z0-9])E-[A-Z][0-9]{11}(?![0-9])")
# Held on purpose though unknown: the report whose quality control finds that its sample does
# not exist (test_sandbox_report.py checks that finding).
NOT_A_SAMPLE = {("fixtures/report.json", "E-Z00000000000")}


def _fixture_files() -> Iterator[tuple[str, Any]]:
    """(name, data) of fixtures.json and of every family's fixtures/*.json in the package."""
    package = resources.files("bge_private_sandbox")
    yield "fixtures.json", json.loads(package.joinpath("fixtures.json").read_text("utf-8"))
    for entry in sorted(package.joinpath("fixtures").iterdir(), key=lambda entry: entry.name):
        if entry.name.endswith(".json"):
            yield f"fixtures/{entry.name}", json.loads(entry.read_text("utf-8"))


def _ids_in(value: Any, where: str) -> Iterator[tuple[str, str]]:
    """(biosample id, JSON path) of each id in the value's strings; `about` prose left out."""
    if isinstance(value, dict):
        for name, member in value.items():
            if name != "about":
                yield from _ids_in(name, where)
                yield from _ids_in(member, f"{where}.{name}")
    elif isinstance(value, list):
        for index, member in enumerate(value):
            yield from _ids_in(member, f"{where}[{index}]")
    elif isinstance(value, str):
        for found in _BIOSAMPLE_ID.findall(value):
            yield found, where


def held_ids() -> dict[str, list[str]]:
    """Every biosample id the families' fixtures hold (the registry's own records aside), with
    where each is held: `file: path`."""
    held: dict[str, list[str]] = {}
    for name, data in _fixture_files():
        if name == "fixtures.json":
            data = {key: value for key, value in data.items() if key != "samples"}
        for biosample_id, where in _ids_in(data, ""):
            if (name, biosample_id) not in NOT_A_SAMPLE:
                held.setdefault(biosample_id, []).append(f"{name}: {where}")
    return held


@pytest.fixture
def wire() -> Iterator[SignedWire]:
    store = Store()
    try:
        yield SignedWire(AppClient(create_app(store)), DEMO_APP_KEY, DEMO_APP_SECRET)
    finally:
        store.close()


def known(wire: SignedWire, biosample_ids: list[str]) -> set[str]:
    """The ids among these that get_samples answers a record for."""
    found: set[str] = set()
    for biosample_id in biosample_ids:
        for sample in wire.ok("get_samples", {"biosample_id": biosample_id}):
            found.add(sample["biosample_id"])
    return found


def test_every_biosample_id_a_family_holds_is_a_sample_of_the_registry(wire: SignedWire) -> None:
    held = held_ids()
    # The walk finds what the families hold: microbiome, variants, oauth2 grants, surveys,
    # search hits, data items, users, reports, the task results' file names.
    assert {"E-S19848860371", "E-B19593615052", "E-S13624792132", "E-B19143015708"} <= set(held)
    assert {where.split(":")[0] for places in held.values() for where in places} >= {
        "fixtures.json",
        "fixtures/microbiome.json",
        "fixtures/variants.json",
        "fixtures/oauth2.json",
        "fixtures/surveys.json",
        "fixtures/search.json",
        "fixtures/data_items.json",
        "fixtures/users.json",
        "fixtures/report.json",
    }
    orphans = {
        biosample_id: places
        for biosample_id, places in held.items()
        if biosample_id not in known(wire, [biosample_id])
    }
    assert orphans == {}


def test_the_one_unknown_sample_held_is_the_report_qc_finds(wire: SignedWire) -> None:
    # The exemption stays needed and exact: the sample is unknown, and only the report has it.
    for name, biosample_id in NOT_A_SAMPLE:
        assert known(wire, [biosample_id]) == set()
        holders = [
            file
            for file, data in _fixture_files()
            if any(found == biosample_id for found, _ in _ids_in(data, ""))
        ]
        assert holders == [name]
    wire.ok("report_start_qc", {"report_id": "5df3c08254a9e750c9682ba7"})
    findings = wire.ok("report_check_qc", {"report_id": "5df3c08254a9e750c9682ba7"})["findings"]
    assert "biosample E-Z00000000000 does not exist" in findings


def _documented_calls() -> Iterator[tuple[str, dict[str, Any]]]:
    """(operation id, call fields) of each request example of an operation that can answer
    40401."""
    for item in load_spec()["paths"].values():
        operation = item["post"]
        if NOT_FOUND not in operation.get("x-error-codes", []):
            continue
        for media in operation.get("requestBody", {}).get("content", {}).values():
            for example in (media.get("examples") or {}).values():
                yield operation["operationId"], example["value"]


def test_every_sample_a_documented_call_names_is_a_sample_of_the_registry(
    wire: SignedWire,
) -> None:
    named: dict[str, set[str]] = {}
    for operation_id, call in _documented_calls():
        for field, value in call.items():
            if "biosample" in field:
                for found in _BIOSAMPLE_ID.findall(json.dumps(value)):
                    named.setdefault(found, set()).add(operation_id)
    assert {"E-B19319845838", "E-U19586714190", "E-S19848860371"} <= set(named)
    assert {b: ops for b, ops in named.items() if b not in known(wire, [b])} == {}


# ---------------------------------------------------------------------- the 40401 checks


def _refused(wire: SignedWire, operation_id: str, fields: dict[str, Any]) -> None:
    answer = wire.call(operation_id, fields)
    assert (answer["code"], answer["data"]) == (NOT_FOUND, None), answer
    assert f"sample {UNKNOWN} does not exist" in answer["msg"]


def _responses_of(wire: SignedWire, user_id: str) -> list[dict[str, Any]]:
    responses: list[dict[str, Any]] = wire.ok("survey_responses", {"user_ids": user_id})["result"]
    return responses


IMPORTING_USER = "61a0c0ffee00000000000002"


def test_import_response_refuses_an_unknown_sample_and_stores_nothing(wire: SignedWire) -> None:
    fields = {
        "user_id": IMPORTING_USER,
        "biosample_id": UNKNOWN,
        "release_survey_id": 107,
        "answers": [{"release_question_id": 374, "concept_code": "111111112"}],
    }
    _refused(wire, "import_response", fields)
    assert _responses_of(wire, IMPORTING_USER) == []
    # The same call with a registry sample is stored, under that sample.
    stored = wire.ok("import_response", {**fields, "biosample_id": "E-B19319845838"})
    assert stored["biosample_id"] == "E-B19319845838"
    assert [r["response_id"] for r in _responses_of(wire, IMPORTING_USER)] == [
        stored["response_id"]
    ]


def test_sync_responses_refuses_to_bind_an_unknown_sample(wire: SignedWire) -> None:
    call = {"limesurvey_id": 5112341, "limeresponse_id": 51}
    _refused(wire, "sync_responses", {**call, "biosample_id": UNKNOWN})
    # Nothing was copied: the first sync that succeeds makes the response.
    synced = wire.ok("sync_responses", {**call, "biosample_id": "E-B19799031005"})
    assert synced["biosample_id"] == "E-B19799031005"
    again = wire.ok("sync_responses", call)
    assert (again["response_id"], again["biosample_id"]) == (
        synced["response_id"],
        "E-B19799031005",
    )


@pytest.mark.parametrize(
    ("operation_id", "fields"),
    [
        (
            "retrieve_data_item",
            {
                "namespace": "WGSAI3.0-L-FULL",
                "data_element_id": "5ee515db-de29-11ea-a2b3-00163e0eae20",
            },
        ),
        ("retrieve_batch_data_item", {"namespace": "WGSAI3.0-L-FULL"}),
        ("data_item_query", {"namespace": "WGSAI3.0-L-FULL"}),
        ("data_item_change_list", {"namespace": "WGSAI3.0-L-FULL"}),
    ],
)
def test_data_item_reads_refuse_an_unknown_sample(
    wire: SignedWire, operation_id: str, fields: dict[str, Any]
) -> None:
    _refused(wire, operation_id, {**fields, "biosample_id": UNKNOWN})
    # A registry sample is read (the documented data_item_query sample has items here).
    answer = wire.call(operation_id, {**fields, "biosample_id": "E-B19340081969"})
    assert answer["code"] == 0, answer


@pytest.mark.parametrize(
    ("operation_id", "fields"),
    [
        ("get_taxon_abundance", {}),
        ("get_func_abundance", {"catalog": "go"}),
        ("get_gene_abundance", {"catalog": "IGC_9.9M", "data_type": "list"}),
        ("variant", {"rsids": "rs315"}),
        ("variant_v1", {"rsids": "rs315"}),
        ("professional_variant", {"regions": '[{"chr": "chr3", "begin": 21733, "end": 30691}]'}),
    ],
)
def test_family_reads_ask_the_registry(
    wire: SignedWire, operation_id: str, fields: dict[str, Any]
) -> None:
    # The registry decides: an unknown sample is refused, and a registry sample without this
    # family's data (E-W20110000002 has none) is answered like any other.
    _refused(wire, operation_id, {**fields, "biosample_id": UNKNOWN})
    answer = wire.call(operation_id, {**fields, "biosample_id": "E-W20110000002"})
    assert answer["code"] == 0, answer
