"""The sandbox's batches and data items over signed HTTP: the documented examples, register ->
import -> commit -> read, cursor pages under concurrent writes, change lists, and the SDK."""

from __future__ import annotations

import asyncio
import re
import threading
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from bge_private import AsyncPrivateAPI
from bge_private_sandbox import DEMO_APP_KEY, DEMO_APP_SECRET
from bge_private_sandbox.app import create_app
from bge_private_sandbox.store import Store
from sandbox_wire import AppClient, SignedWire
from test_sandbox_data_elements import example, new_element

INVALID_ARGUMENT, NOT_FOUND, CONFLICT = 40001, 40401, 40901
NAMESPACE = "BGE_DEVELOPER_PLATFORM"
SAMPLE = "E-F19955300137"  # samples of the core fixtures
OTHER_SAMPLE = "E-B19137107158"
TASK_URL = re.compile(r"^http://localhost:8070/openbge/task/([0-9a-f-]{36})$")


def fresh(store: Store | None = None) -> SignedWire:
    app = create_app(Store() if store is None else store)
    return SignedWire(AppClient(app), DEMO_APP_KEY, DEMO_APP_SECRET)


@pytest.fixture
def wire() -> SignedWire:
    return fresh()


def error(wire: SignedWire, operation_id: str, fields: dict[str, Any]) -> int:
    answer = wire.call(operation_id, fields)
    assert answer["data"] is None, answer
    code: int = answer["code"]
    return code


def committed_batch(
    wire: SignedWire, values: dict[str, Any], biosample_id: str | None = SAMPLE
) -> int:
    """A new batch giving each element (id -> attributes) its value, committed."""
    batch_no: int = wire.ok("register_batch", {"title": "test"})["batch_no"]
    items = [{"data_element_id": e, "attributes": a} for e, a in values.items()]
    wire.ok(
        "import_batch", {"batch_no": batch_no, "data_items": items, "biosample_id": biosample_id}
    )
    wire.ok("commit_batch", {"batch_no": batch_no})
    return batch_no


# ---------------------------------------------------------------------- documented examples


@pytest.mark.parametrize(
    "operation_id",
    ["retrieve_batch", "commit_batch", "retrieve_data_item", "data_item_change_list"],
)
def test_the_documented_example_answers_the_documented_data(operation_id: str) -> None:
    call, shown = example(operation_id)
    assert shown is not None
    assert fresh().ok(operation_id, call) == shown


def test_the_import_example_fills_its_open_batch() -> None:
    call, shown = example("import_batch")
    assert shown is None  # the documentation shows no answer; `data` is not used
    wire = fresh()
    assert wire.call("import_batch", call) == {"code": 0, "msg": "success", "data": None}
    wire.ok("commit_batch", {"batch_no": call["batch_no"]})
    found = wire.ok("data_item_query", {"namespace": NAMESPACE, "batch_no": call["batch_no"]})
    assert [
        (i["biosample_id"], i["data_element_id"], i["attributes"]) for i in found["data_items"]
    ] == [
        (call["biosample_id"], item["data_element_id"], item["attributes"])
        for item in call["data_items"]
    ]


def test_the_query_example_answers_its_documented_item() -> None:
    call, shown = example("data_item_query")
    # The documented answer ends at its first item and shows no cursor member: the sandbox's
    # answer is that item, and a null cursor (no more pages).
    assert fresh().ok("data_item_query", call) == {**shown, "next_page_key": None}


def test_the_batch_retrieve_example_reads_its_collections_items() -> None:
    call, shown = example("retrieve_batch_data_item")
    assert shown is None  # the documentation shows only Python reprs
    _, query = example("data_item_query")
    assert fresh().ok("retrieve_batch_data_item", call) == {
        "result": query["data_items"],
        "next_page": None,
    }


def test_the_register_example_gives_a_new_batch_that_reads_as_registered() -> None:
    call, shown = example("register_batch")
    wire = fresh()
    registered = wire.ok("register_batch", call)
    # A new batch gets a new number (a millisecond timestamp); the shape is the documented one.
    assert set(registered) == set(shown) == {"batch_no"}
    batch_no = registered["batch_no"]
    assert batch_no > shown["batch_no"] and len(str(batch_no)) == 13
    # What the documented retrieve_batch answer shows, with the title registered as the name.
    ctime = datetime.fromtimestamp(batch_no / 1000, UTC) + timedelta(hours=8)
    assert wire.ok("retrieve_batch", {"batch_no": batch_no}) == {
        "ctime": ctime.strftime("%Y-%m-%dT%H:%M:%S"),
        "batch_no": batch_no,
        "extracted": False,
        "committed": False,
        "commit_time": None,
        "namespace": NAMESPACE,
        "intro": call["intro"],
        "name": call["title"],
    }


# ---------------------------------------------------------------------- the batch's life


def test_register_import_commit_then_read(wire: SignedWire) -> None:
    a = new_element(wire, "rs100")["data_element_id"]
    b = new_element(wire, "rs101")["data_element_id"]
    batch_no = wire.ok("register_batch", {"title": "life", "intro": "a batch"})["batch_no"]
    second = wire.ok("register_batch", {})["batch_no"]
    assert second > batch_no
    items = [
        {"data_element_id": a, "attributes": {"age": 18, "nested": {"x": [1, None]}}},
        {"data_element_id": b, "attributes": {"deid_idx": "deid-1"}},
    ]
    wire.ok("import_batch", {"batch_no": batch_no, "data_items": items, "biosample_id": SAMPLE})
    # Importing an item again replaces its value.
    items[1] = {"data_element_id": b, "attributes": {"deid_idx": "deid-2"}}
    wire.ok("import_batch", {"batch_no": batch_no, "data_items": items, "biosample_id": SAMPLE})
    wire.ok("import_batch", {"batch_no": batch_no, "data_items": items[:1], "biosample_id": None})

    # Before the commit no reader sees the items.
    read_a = {"namespace": NAMESPACE, "data_element_id": a, "biosample_id": SAMPLE}
    assert error(wire, "retrieve_data_item", read_a) == NOT_FOUND
    assert wire.ok("data_item_query", {"namespace": NAMESPACE})["data_items"] == []
    open_batch = {"namespace": NAMESPACE, "batch_no": batch_no}
    assert error(wire, "data_item_query", open_batch) == NOT_FOUND
    assert wire.ok("retrieve_batch", {"batch_no": batch_no})["committed"] is False

    task = wire.ok("commit_batch", {"batch_no": batch_no})
    match = TASK_URL.match(task["task_url"])
    assert match and match.group(1) == task["task_id"]
    assert task == {
        "completed": None,
        "progress": "PENDING",
        "result": None,
        "task_id": task["task_id"],
        "task_url": task["task_url"],
    }
    # The sandbox runs the push at once: the task reads as succeeded.
    assert wire.ok("task_result", {"task_id": task["task_id"]}) == {
        "status": "SUCCESS",
        "result": [],
    }
    batch = wire.ok("retrieve_batch", {"batch_no": batch_no})
    assert batch["committed"] is True and batch["extracted"] is True
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", batch["commit_time"])

    assert wire.ok("retrieve_data_item", read_a) == {
        "biosample_id": SAMPLE,
        "data_element_id": a,
        "namespace": NAMESPACE,
        "batch_no": batch_no,
        "attributes": {"age": 18, "nested": {"x": [1, None]}},
    }
    no_sample = {"namespace": NAMESPACE, "data_element_id": a}
    assert wire.ok("retrieve_data_item", no_sample)["biosample_id"] == ""
    everything = wire.ok("data_item_query", {"namespace": NAMESPACE})["data_items"]
    assert [(i["biosample_id"], i["data_element_id"]) for i in everything] == [
        ("", a),
        *sorted([(SAMPLE, a), (SAMPLE, b)]),
    ]
    sample_b = {"namespace": NAMESPACE, "data_element_id": b, "biosample_id": SAMPLE}
    assert wire.ok("retrieve_data_item", sample_b)["attributes"] == {"deid_idx": "deid-2"}
    other_namespace = {"namespace": "KB-BGE", "data_element_id": a, "biosample_id": SAMPLE}
    assert error(wire, "retrieve_data_item", other_namespace) == NOT_FOUND

    # A committed batch is closed.
    again = {"batch_no": batch_no, "data_items": items, "biosample_id": SAMPLE}
    assert error(wire, "import_batch", again) == CONFLICT
    assert error(wire, "commit_batch", {"batch_no": batch_no}) == CONFLICT
    assert wire.ok("retrieve_data_item", sample_b)["attributes"] == {"deid_idx": "deid-2"}


def test_import_refuses_unknown_things(wire: SignedWire) -> None:
    a = new_element(wire, "rs110")["data_element_id"]
    batch_no = wire.ok("register_batch", {})["batch_no"]
    item = [{"data_element_id": a, "attributes": {}}]
    unknown_batch = {"batch_no": 1000000000001, "data_items": item, "biosample_id": None}
    assert error(wire, "import_batch", unknown_batch) == NOT_FOUND
    unknown_sample = {"batch_no": batch_no, "data_items": item, "biosample_id": "E-Z00000000000"}
    assert error(wire, "import_batch", unknown_sample) == NOT_FOUND
    unknown_element = [*item, {"data_element_id": str(uuid.uuid4()), "attributes": {}}]
    some_unknown = {"batch_no": batch_no, "data_items": unknown_element, "biosample_id": None}
    assert error(wire, "import_batch", some_unknown) == NOT_FOUND
    too_many = {"batch_no": batch_no, "data_items": item * 101, "biosample_id": None}
    assert error(wire, "import_batch", too_many) == INVALID_ARGUMENT
    bad_sample = {"batch_no": batch_no, "data_items": item, "biosample_id": "sample-1"}
    assert error(wire, "import_batch", bad_sample) == INVALID_ARGUMENT
    assert error(wire, "retrieve_batch", {"batch_no": 1000000000001}) == NOT_FOUND
    assert error(wire, "commit_batch", {"batch_no": 1000000000001}) == NOT_FOUND
    assert error(wire, "retrieve_batch", {"batch_no": 42}) == INVALID_ARGUMENT
    # Nothing of the refused imports went in.
    wire.ok("commit_batch", {"batch_no": batch_no})
    assert wire.ok("data_item_query", {"namespace": NAMESPACE, "batch_no": batch_no}) == {
        "data_items": [],
        "next_page_key": None,
    }


def test_older_batches_keep_their_values(wire: SignedWire) -> None:
    a = new_element(wire, "rs120")["data_element_id"]
    first = committed_batch(wire, {a: {"v": 1}})
    second = committed_batch(wire, {a: {"v": 2}})
    read = {"namespace": NAMESPACE, "data_element_id": a, "biosample_id": SAMPLE}
    assert wire.ok("retrieve_data_item", read)["attributes"] == {"v": 2}
    assert wire.ok("retrieve_data_item", {**read, "batch_no": first})["attributes"] == {"v": 1}
    assert wire.ok("retrieve_data_item", {**read, "batch_no": second})["batch_no"] == second
    by_batch = wire.ok("data_item_query", {"namespace": NAMESPACE, "batch_no": first})
    assert [i["attributes"] for i in by_batch["data_items"]] == [{"v": 1}]
    many = {"namespace": NAMESPACE, "data_element_ids": a, "batch_no": first}
    assert [i["attributes"] for i in wire.ok("retrieve_batch_data_item", many)["result"]] == [
        {"v": 1}
    ]


# ---------------------------------------------------------------------- pages


@pytest.fixture(scope="module")
def paged() -> tuple[SignedWire, list[str]]:
    """A sandbox with 60 elements given a value for SAMPLE in one committed batch."""
    wire = fresh()
    elements = [new_element(wire, f"rs2{n:02}")["data_element_id"] for n in range(60)]
    committed_batch(wire, {e: {"n": n} for n, e in enumerate(elements)})
    return wire, sorted(elements)


def walk(
    wire: SignedWire, operation_id: str, fields: dict[str, Any], cursor: str, items: str
) -> list[list[Any]]:
    """Every page's items, following the cursor from the first page to the last."""
    pages = [wire.ok(operation_id, fields)]
    while pages[-1][cursor] is not None:
        assert len(pages) < 10, "the cursor never ends"
        pages.append(wire.ok(operation_id, {**fields, cursor: pages[-1][cursor]}))
    return [page[items] for page in pages]


def test_query_pages(paged: tuple[SignedWire, list[str]]) -> None:
    wire, elements = paged
    fields = {"namespace": NAMESPACE, "biosample_id": SAMPLE}
    pages = walk(wire, "data_item_query", fields, "next_page_key", "data_items")
    assert [len(page) for page in pages] == [50, 10]
    assert [item["data_element_id"] for page in pages for item in page] == elements


def test_batch_retrieve_pages_by_ids_and_by_collection(paged: tuple[SignedWire, list[str]]) -> None:
    wire, elements = paged
    fields = {
        "namespace": NAMESPACE,
        "biosample_id": SAMPLE,
        "data_element_ids": ",".join(elements),
    }
    pages = walk(wire, "retrieve_batch_data_item", fields, "next_page", "result")
    assert [len(page) for page in pages] == [50, 10]
    assert [item["data_element_id"] for page in pages for item in page] == elements
    collection_id = wire.ok(
        "add_collection",
        {"collection_name": "five", "collection_type": "private", "collection_omic": "genomics"},
        files={"data_element_ids": ("ids", " ".join(elements[:5]).encode())},
    )["collection_id"]
    by_collection = {"namespace": NAMESPACE, "collection_id": collection_id}
    found = wire.ok("retrieve_batch_data_item", by_collection)
    assert [item["data_element_id"] for item in found["result"]] == elements[:5]
    assert found["next_page"] is None
    wire.ok("collection_delete", {"collection_id": collection_id})
    assert error(wire, "retrieve_batch_data_item", by_collection) == NOT_FOUND


def test_a_cursor_from_elsewhere_is_40001(paged: tuple[SignedWire, list[str]]) -> None:
    wire, _ = paged
    for cursor in ("not-a-cursor", "WyJhIl0"):  # the second: a change list's kind of cursor
        fields = {"namespace": NAMESPACE, "next_page_key": cursor}
        assert error(wire, "data_item_query", fields) == INVALID_ARGUMENT


@pytest.mark.parametrize("on_file", [False, True], ids=["memory", "file"])
def test_pages_stay_consistent_under_concurrent_writes(on_file: bool, tmp_path: Path) -> None:
    # On a file, reads go through WAL reader connections of their own while others write.
    wire = fresh(Store(tmp_path / "sandbox.db") if on_file else None)
    elements = sorted(new_element(wire, f"rs3{n:02}")["data_element_id"] for n in range(60))
    committed_batch(wire, {e: {"n": 0} for e in elements})
    fields = {"namespace": NAMESPACE, "biosample_id": SAMPLE}
    first = wire.ok("data_item_query", fields)

    # Between the two pages, other clients import and commit, concurrently: new values for
    # elements on both pages, and a new element. The second page neither repeats nor skips.
    newcomer = new_element(wire, "rs399")["data_element_id"]
    writers = [
        threading.Thread(target=committed_batch, args=(fresh_view(wire), {e: {"n": k}}))
        for k, e in enumerate([elements[0], elements[55], newcomer], start=1)
    ]
    for thread in writers:
        thread.start()
    for thread in writers:
        thread.join()
    second = wire.ok("data_item_query", {**fields, "next_page_key": first["next_page_key"]})
    assert [i["data_element_id"] for i in first["data_items"]] == elements[:50]
    # The second page starts after the first page's last item, whatever was written before it.
    after = sorted(e for e in [*elements, newcomer] if e > elements[49])
    assert [i["data_element_id"] for i in second["data_items"]] == after
    assert second["next_page_key"] is None
    values = {i["data_element_id"]: i["attributes"] for i in second["data_items"]}
    assert values[elements[55]] == {"n": 2}


def fresh_view(wire: SignedWire) -> SignedWire:
    """Another client of the same app (as another thread's connection would be)."""
    return SignedWire(wire.http, DEMO_APP_KEY, DEMO_APP_SECRET)


# ---------------------------------------------------------------------- change lists


def test_change_lists_between_batches(wire: SignedWire) -> None:
    a, b, c = (new_element(wire, f"rs50{n}")["data_element_id"] for n in range(3))
    namespace = {"namespace": NAMESPACE, "biosample_id": SAMPLE}
    empty = wire.ok("data_item_change_list", namespace)
    assert empty == {
        "biosample_id": SAMPLE,
        "data_element_ids": [],
        "next_page_key": None,
        "to_batch_no": None,
        "from_batch_no": None,
        "batch_trace": {
            "prev_batch_no": None,
            "next_batch_no": None,
            "first_batch_no": None,
            "last_batch_no": None,
        },
    }
    first = committed_batch(wire, {a: {"v": 1}, b: {"v": 1}})
    # b gets the same value again: not a change. c is new; a changes.
    second = committed_batch(wire, {a: {"v": 2}, b: {"v": 1}, c: {"v": 1}})
    third = committed_batch(wire, {b: {"v": 9}}, biosample_id=OTHER_SAMPLE)

    latest = wire.ok("data_item_change_list", namespace)  # both ends: the latest batch
    assert (latest["from_batch_no"], latest["to_batch_no"], latest["data_element_ids"]) == (
        third,
        third,
        [],
    )
    assert latest["batch_trace"] == {
        "prev_batch_no": second,
        "next_batch_no": None,
        "first_batch_no": first,
        "last_batch_no": third,
    }
    of_second = wire.ok(
        "data_item_change_list", {**namespace, "from_batch_no": second, "to_batch_no": second}
    )
    assert of_second["data_element_ids"] == sorted([a, c])
    assert of_second["batch_trace"]["prev_batch_no"] == first
    assert of_second["batch_trace"]["next_batch_no"] == third
    from_first = wire.ok("data_item_change_list", {**namespace, "from_batch_no": first})
    assert from_first["to_batch_no"] == third
    assert from_first["data_element_ids"] == sorted([a, b, c])
    every_sample = wire.ok(
        "data_item_change_list", {"namespace": NAMESPACE, "from_batch_no": third}
    )
    assert every_sample["biosample_id"] is None
    assert every_sample["data_element_ids"] == [b]
    backwards = {**namespace, "from_batch_no": third, "to_batch_no": first}
    assert error(wire, "data_item_change_list", backwards) == INVALID_ARGUMENT


def test_a_change_list_pages() -> None:
    wire = fresh()
    elements = sorted(new_element(wire, f"rs6{n:02}")["data_element_id"] for n in range(55))
    committed_batch(wire, {e: {"n": 1} for e in elements})
    fields = {"namespace": NAMESPACE, "biosample_id": SAMPLE}
    pages = walk(wire, "data_item_change_list", fields, "next_page_key", "data_element_ids")
    assert [len(page) for page in pages] == [50, 5]
    assert [data_element_id for page in pages for data_element_id in page] == elements


# ---------------------------------------------------------------------- through the SDK


def test_the_async_sdk_walks_the_whole_life() -> None:
    app = create_app(Store())

    async def scenario() -> tuple[list[Any], Any, Any]:
        transport = httpx.ASGITransport(app=app)
        async with AsyncPrivateAPI(
            DEMO_APP_KEY, DEMO_APP_SECRET, endpoint="http://127.0.0.1", transport=transport
        ) as api:
            elements = []
            for n in range(55):
                element = await api.replace_data_element("sdk", f"rs{n}", {"type": "snp"})
                elements.append(element.data_element_id)
            batch = await api.register_batch(title="sdk", intro="through the SDK")
            result = await api.import_batch(
                batch.batch_no,
                [{"data_element_id": e, "attributes": {"n": n}} for n, e in enumerate(elements)],
                SAMPLE,
            )
            assert result is None
            task = await api.commit_batch(batch.batch_no)
            items = [
                item async for item in api.iter_data_item_query(NAMESPACE, biosample_id=SAMPLE)
            ]
            return items, task, await api.retrieve_batch(batch.batch_no)

    items, task, batch = asyncio.run(scenario())
    assert len(items) == 55
    assert sorted(item["attributes"]["n"] for item in items) == list(range(55))
    assert task.progress == "PENDING"
    assert batch.committed is True and batch.name == "sdk"
