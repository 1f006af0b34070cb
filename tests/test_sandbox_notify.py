"""The sandbox's notification center over signed HTTP: notifications recorded, never sent."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from bge_private_sandbox import DEMO_APP_KEY, DEMO_APP_SECRET, Store, create_app
from bge_private_sandbox.spec import load_spec
from bge_private_sandbox.stores.notify import NotifyStore
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


def test_a_notification_is_answered_kept_and_recorded(wire: SignedWire, store: Store) -> None:
    fields = {
        "notify_generator": "report_ready",
        "category": "sms",
        "sub_category": "marketing",
        "params": {"name": "张三", "count": 2},
    }
    data = wire.ok("invoke_notify", fields)
    assert data == {"notify_id": "notify-000001", **fields}
    assert wire.ok("invoke_notify", {"notify_generator": "g", "category": "mail"}) == {
        "notify_id": "notify-000002",
        "notify_generator": "g",
        "category": "mail",
        "sub_category": None,
        "params": {},
    }
    assert [n["notify_id"] for n in store.family(NotifyStore).notifications()] == [
        "notify-000001",
        "notify-000002",
    ]
    first, second = store.effects(operation="invoke_notify")
    assert first.fields == fields
    assert second.fields == {"notify_generator": "g", "category": "mail"}


@pytest.mark.parametrize(
    "fields",
    [
        {"notify_generator": "g"},
        {"notify_generator": "g", "category": "c", "params": [1, 2]},
        {"notify_generator": "g", "category": "c", "params": {"x": {"y": float("inf")}}},
        {"notify_generator": "g", "category": "c", "sub_category": ""},
    ],
)
def test_bad_notifications_are_40001_and_not_recorded(
    wire: SignedWire, store: Store, fields: dict[str, object]
) -> None:
    assert wire.call("invoke_notify", fields)["code"] == INVALID_ARGUMENT
    assert store.effects() == []
    assert store.family(NotifyStore).notifications() == []


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


@pytest.mark.parametrize(("operation_id", "fields"), sandbox_examples("notify"))
def test_each_sandbox_example_answers_code_0_on_a_fresh_sandbox(
    wire: SignedWire, operation_id: str, fields: dict[str, Any]
) -> None:
    assert wire.call(operation_id, fields)["code"] == 0
