"""The sandbox's watch family over signed HTTP: Function Compute trigger events."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from bge_private_sandbox import DEMO_APP_KEY, DEMO_APP_SECRET, Store, create_app
from bge_private_sandbox.spec import load_spec
from bge_private_sandbox.stores.watch import WatchStore
from sandbox_wire import AppClient, SignedWire

INVALID_ARGUMENT = 40001


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


def test_each_event_is_kept_and_acknowledged_with_its_own_id(
    wire: SignedWire, store: Store
) -> None:
    event = '{"heart_rate": [72, 75]}'
    first = wire.ok("watch_fc2", {"trigger": "oss-upload", "event": event})
    again = wire.ok("watch_fc2", {"trigger": "oss-upload", "event": event})
    other = wire.ok("watch_fc2", {"trigger": "timer", "event": "tick"})
    assert first["trigger"] == "oss-upload"
    assert len({first["event_id"], again["event_id"], other["event_id"]}) == 3
    kept = store.family(WatchStore).events("oss-upload")
    assert [(e["event_id"], e["event"]) for e in kept] == [
        (first["event_id"], event),
        (again["event_id"], event),
    ]
    # Not an external effect: nothing is recorded there.
    assert store.effects() == []


def test_event_ids_are_deterministic(wire: SignedWire) -> None:
    first = wire.ok("watch_fc2", {"trigger": "t", "event": "e"})
    other = Store()
    try:
        again = SignedWire(AppClient(create_app(other)), DEMO_APP_KEY, DEMO_APP_SECRET)
        assert again.ok("watch_fc2", {"trigger": "t", "event": "e"}) == first
    finally:
        other.close()


@pytest.mark.parametrize("fields", [{"trigger": "t"}, {"trigger": "", "event": "e"}])
def test_a_missing_or_empty_field_is_40001(
    wire: SignedWire, store: Store, fields: dict[str, str]
) -> None:
    assert wire.call("watch_fc2", fields)["code"] == INVALID_ARGUMENT
    assert store.family(WatchStore).events() == []


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


@pytest.mark.parametrize(("operation_id", "fields"), sandbox_examples("watch"))
def test_each_sandbox_example_answers_code_0_on_a_fresh_sandbox(
    wire: SignedWire, operation_id: str, fields: dict[str, Any]
) -> None:
    assert wire.call(operation_id, fields)["code"] == 0
