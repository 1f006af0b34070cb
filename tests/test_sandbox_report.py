"""The sandbox's report family over signed HTTP: reports and their quality control."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from bge_private_sandbox import DEMO_APP_KEY, DEMO_APP_SECRET, Store, create_app
from bge_private_sandbox.spec import load_spec
from sandbox_wire import AppClient, SignedWire

INVALID_ARGUMENT, NOT_FOUND = 40001, 40401
GOOD, FLAWED = "5df3c08254a9e750c9682ba6", "5df3c08254a9e750c9682ba7"


@pytest.fixture
def store() -> Iterator[Store]:
    store = Store()
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def wire(store: Store) -> SignedWire:
    return SignedWire(AppClient(create_app(store)), DEMO_APP_KEY, DEMO_APP_SECRET)


def error(wire: SignedWire, operation_id: str, fields: dict[str, Any]) -> tuple[int, str]:
    answer = wire.call(operation_id, fields)
    assert answer["data"] is None
    return answer["code"], answer["msg"]


def test_retrieve_a_report(wire: SignedWire) -> None:
    report = wire.ok("report_retrieve", {"report_id": GOOD})
    assert report["report_id"] == GOOD
    assert report["biosample_id"] == "E-B19137107158"
    assert [section["name"] for section in report["sections"]] == ["summary", "diversity"]


def test_qc_is_not_started_then_started_then_finished(wire: SignedWire) -> None:
    assert wire.ok("report_check_qc", {"report_id": GOOD}) == {
        "report_id": GOOD,
        "run": 0,
        "status": "not_started",
    }
    started = wire.ok("report_start_qc", {"report_id": GOOD})
    assert started == {"report_id": GOOD, "run": 1, "status": "started"}
    state = wire.ok("report_check_qc", {"report_id": GOOD})
    assert (state["run"], state["status"], state["passed"], state["findings"]) == (
        1,
        "finished",
        True,
        [],
    )
    # Starting again is a new run; check_qc answers the last one.
    assert wire.ok("report_start_qc", {"report_id": GOOD})["run"] == 2
    assert wire.ok("report_check_qc", {"report_id": GOOD})["run"] == 2


def test_qc_finds_an_unknown_sample_and_an_empty_section(wire: SignedWire) -> None:
    wire.ok("report_start_qc", {"report_id": FLAWED})
    state = wire.ok("report_check_qc", {"report_id": FLAWED})
    assert state["passed"] is False
    assert state["findings"] == [
        "biosample E-Z00000000000 does not exist",
        "section summary is empty",
    ]


def test_qc_reads_the_samples_family() -> None:
    # The same report, in a sandbox whose samples family holds no sample: its QC fails.
    report = {
        "report_id": GOOD,
        "title": "t",
        "biosample_id": "E-B19137107158",
        "sections": [{"name": "s", "content": "c"}],
    }
    store = Store(fixtures={"report": {"reports": [report]}})
    try:
        wire = SignedWire(AppClient(create_app(store)), DEMO_APP_KEY, DEMO_APP_SECRET)
        assert store.samples_by_biosample_ids(["E-B19137107158"]) == []
        wire.ok("report_start_qc", {"report_id": GOOD})
        state = wire.ok("report_check_qc", {"report_id": GOOD})
        assert state["findings"] == ["biosample E-B19137107158 does not exist"]
    finally:
        store.close()


@pytest.mark.parametrize("operation_id", ["report_retrieve", "report_start_qc", "report_check_qc"])
def test_an_unknown_report_is_40401_and_a_bad_id_40001(wire: SignedWire, operation_id: str) -> None:
    assert error(wire, operation_id, {"report_id": "nope"}) == (
        NOT_FOUND,
        "report nope does not exist",
    )
    assert error(wire, operation_id, {"report_id": "x" * 65})[0] == INVALID_ARGUMENT
    assert error(wire, operation_id, {})[0] == INVALID_ARGUMENT


def sandbox_examples(tag: str) -> list[tuple[str, dict[str, Any]]]:
    """(operationId, fields) of the `sandbox` request examples of the group `tag`."""
    found = []
    for item in load_spec()["paths"].values():
        operation = item["post"]
        if operation["tags"] == [tag]:
            for media in operation["requestBody"]["content"].values():
                example = media.get("examples", {}).get("sandbox")
                if example is not None:
                    found.append((operation["operationId"], example["value"]))
    return found


@pytest.mark.parametrize(("operation_id", "fields"), sandbox_examples("report"))
def test_each_sandbox_example_answers_code_0_on_a_fresh_sandbox(
    wire: SignedWire, operation_id: str, fields: dict[str, Any]
) -> None:
    assert wire.call(operation_id, fields)["code"] == 0
