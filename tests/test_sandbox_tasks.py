"""The sandbox's tasks family: invoke_task (recorded, never run) and task, over signed HTTP."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from bge_private_sandbox import DEMO_APP_KEY, DEMO_APP_SECRET, Store
from bge_private_sandbox.app import create_app
from bge_private_sandbox.spec import operations
from sandbox_wire import AppClient, SignedWire, signing_fields

INVALID_ARGUMENT, NOT_FOUND = 40001, 40401
DONE_TASK = "69909614-9e77-4fbd-b437-4f5b284e3dcc"  # fixtures.json: SUCCESS, with two files
RUNNING_TASK = "0b7c2f1e-5a43-4d8e-9f10-3c6a8e2d4b71"  # STARTED


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


def test_invoke_task_is_declared_an_external_effect() -> None:
    effects = {op.operation_id: op.external_effect for op in operations()}
    assert effects["invoke_task"] is True and effects["task"] is False


def test_an_async_task_is_answered_queued_then_read_done(wire: SignedWire, store: Store) -> None:
    fields = {"task_name": "reports.rebuild", "args": [1, "two"], "kwargs": {"force": True}}
    invoked = wire.ok("invoke_task", fields)
    task_id = invoked["task_id"]
    assert uuid.UUID(task_id).version == 5
    assert invoked == {
        "task_id": task_id,
        "progress": "PENDING",
        "completed": None,
        "result": None,
        "task_url": f"https://sandbox.local/openbge/task/{task_id}",
        "task_name": "reports.rebuild",
    }
    read = wire.ok("task", {}, path={"task_id": task_id})
    assert read == {**invoked, "progress": "SUCCESS", "completed": True}
    assert wire.ok("task_result", {"task_id": task_id}) == {"status": "SUCCESS", "result": None}
    # Uppercase is the same task.
    assert wire.ok("task", {}, path={"task_id": task_id.upper()}) == read

    (effect,) = store.effects("invoke_task")
    assert effect.fields == {
        "task_name": "reports.rebuild",
        "args": [1, "two"],
        "kwargs": {"force": True},
    }


def test_a_sync_task_is_answered_done(wire: SignedWire) -> None:
    invoked = wire.ok("invoke_task", {"task_name": "reports.rebuild", "invocation_type": "sync"})
    assert invoked["progress"] == "SUCCESS" and invoked["completed"] is True
    assert wire.ok("task", {}, path={"task_id": invoked["task_id"]}) == invoked


def test_every_call_is_a_new_task_with_the_same_ids_on_every_fresh_sandbox() -> None:
    fields = {"task_name": "reports.rebuild", "kwargs": {"n": 1}}
    runs = []
    for _ in range(2):
        store = Store()
        wire = SignedWire(AppClient(create_app(store)), DEMO_APP_KEY, DEMO_APP_SECRET)
        runs.append([wire.ok("invoke_task", fields)["task_id"] for _ in range(3)])
        assert len(store.effects("invoke_task")) == 3
        store.close()
    assert runs[0] == runs[1]
    assert len(set(runs[0])) == 3
    # Another request is another sequence of ids.
    store = Store()
    wire = SignedWire(AppClient(create_app(store)), DEMO_APP_KEY, DEMO_APP_SECRET)
    other = wire.ok("invoke_task", {**fields, "kwargs": {"n": 2}})["task_id"]
    store.close()
    assert other not in runs[0]


def test_task_reads_the_tasks_other_operations_keep(wire: SignedWire) -> None:
    done = wire.ok("task", {}, path={"task_id": DONE_TASK})
    assert done["progress"] == "SUCCESS" and done["completed"] is True
    assert done["result"] == wire.ok("task_result", {"task_id": DONE_TASK})["result"]
    assert len(done["result"]) == 2 and "task_name" not in done
    running = wire.ok("task", {}, path={"task_id": RUNNING_TASK})
    assert running["progress"] == "STARTED" and running["completed"] is None


@pytest.mark.parametrize(
    ("task_id", "code", "needle"),
    [
        (str(uuid.UUID(int=9)), NOT_FOUND, "does not exist"),
        ("not-a-task", INVALID_ARGUMENT, "task_id (in the path): must be a UUID"),
    ],
)
def test_task_refuses_unknown_and_malformed_ids(
    wire: SignedWire, task_id: str, code: int, needle: str
) -> None:
    answer = wire.call("task", {}, path={"task_id": task_id})
    assert answer["code"] == code and needle in answer["msg"] and answer["data"] is None


@pytest.mark.parametrize(
    ("fields", "needle"),
    [
        ({"task_name": ""}, "task_name"),
        ({"task_name": "x", "invocation_type": "later"}, "invocation_type"),
        ({"task_name": "x", "kwargs": "[]"}, "kwargs"),  # the reference's bug: a list
        ({"task_name": "x", "args": "[1, NaN]"}, "args.1"),
        ({"task_name": "x", "kwargs": '{"a": {"b": -Infinity}}'}, "kwargs.a.b"),
        ({"task_name": "x", "kwargs": '{"a":' * 300 + "1" + "}" * 300}, "nested deeper"),
    ],
)
def test_bad_invocations_are_refused_and_not_recorded(
    wire: SignedWire, store: Store, fields: dict[str, Any], needle: str
) -> None:
    # Sent as the wire text given, JSON fields included (a client could send anything).
    response = wire.http.post(
        wire.url("invoke_task"), data=signing_fields(fields, DEMO_APP_KEY, DEMO_APP_SECRET)
    )
    answer = json.loads(response.text)
    assert answer["code"] == INVALID_ARGUMENT and needle in answer["msg"]
    assert store.effects("invoke_task") == []
