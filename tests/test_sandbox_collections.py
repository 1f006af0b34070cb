"""The sandbox's collections over signed HTTP: the documented examples, create -> read -> edit
(form and multipart) -> read -> delete -> gone everywhere, and bad input."""

from __future__ import annotations

import re
import uuid
from typing import Any

import pytest

from bge_private_sandbox import DEMO_APP_KEY, DEMO_APP_SECRET
from bge_private_sandbox.app import create_app
from bge_private_sandbox.store import Store
from sandbox_wire import AppClient, SignedWire
from test_sandbox_data_elements import example, new_element

INVALID_ARGUMENT, NOT_FOUND = 40001, 40401
COLLECTION_ID = re.compile(r"^C-[A-Z][0-9]{11}$")
FORM = "application/x-www-form-urlencoded"


def fresh() -> SignedWire:
    return SignedWire(AppClient(create_app(Store())), DEMO_APP_KEY, DEMO_APP_SECRET)


@pytest.fixture
def wire() -> SignedWire:
    return fresh()


def error(wire: SignedWire, operation_id: str, fields: dict[str, Any], **options: Any) -> int:
    answer = wire.call(operation_id, fields, **options)
    assert answer["data"] is None, answer
    code: int = answer["code"]
    return code


def ids_file(*ids: str, separator: str = "\n") -> dict[str, tuple[str, bytes]]:
    return {"data_element_ids": ("data_element_ids", separator.join(ids).encode())}


# ---------------------------------------------------------------------- documented examples


@pytest.mark.parametrize(
    "operation_id", ["edit_collection", "collection_detail", "collection_delete"]
)
def test_the_documented_example_answers_the_documented_data(operation_id: str) -> None:
    call, shown = example(operation_id)
    assert shown is not None
    assert fresh().ok(operation_id, call, media_type=FORM) == shown


def test_the_add_example_creates_a_collection_that_reads_as_created() -> None:
    call, shown = example("add_collection")
    wire = fresh()
    created = wire.ok("add_collection", call, media_type=FORM)
    # A new collection gets a new id; the shape is the documented one.
    assert set(created) == set(shown) == {"collection_id"}
    assert COLLECTION_ID.match(created["collection_id"])
    assert created != shown  # the documented id is the fixture collection's
    assert wire.ok("collection_detail", created) == {
        "collection_id": created["collection_id"],
        "collection_name": call["collection_name"],
        "collection_type": call["collection_type"],
        "collection_omic": call["collection_omic"],
        "collection_description": call["collection_description"],
        "deids": [],
    }


def test_the_documented_sequence_add_edit_detail_delete() -> None:
    wire = fresh()
    add, _ = example("add_collection")
    edit, _ = example("edit_collection")
    _, detail = example("collection_detail")
    collection_id = wire.ok("add_collection", add, media_type=FORM)["collection_id"]
    edited = wire.ok("edit_collection", {**edit, "collection_id": collection_id}, media_type=FORM)
    assert edited == {"collection_id": collection_id}
    assert wire.ok("collection_detail", {"collection_id": collection_id}) == {
        **detail,
        "collection_id": collection_id,
    }
    assert wire.ok("collection_delete", {"collection_id": collection_id}) == edited


# ---------------------------------------------------------------------- the collection's life


def test_create_read_edit_read_delete_gone(wire: SignedWire) -> None:
    a, b, c = (new_element(wire, f"rs70{n}")["data_element_id"] for n in range(3))
    fields = {
        "collection_name": "life cycle",
        "collection_type": "public",
        "collection_omic": "multiomics",
    }
    # The file's ids may be separated by spaces and newlines; each is kept once, in order.
    upload = {"data_element_ids": ("mine.txt", f"{b} {a}\r\n\n{b}\n".upper().encode())}
    collection_id = wire.ok("add_collection", fields, files=upload)["collection_id"]
    detail = {"collection_id": collection_id}
    assert wire.ok("collection_detail", detail) == {
        **fields,
        "collection_id": collection_id,
        "collection_description": "",
        "deids": [b, a],
    }

    # A form edit changes only the attributes given.
    changes = {"collection_id": collection_id, "collection_description": "now described"}
    assert wire.ok("edit_collection", changes) == detail
    after_form = wire.ok("collection_detail", detail)
    assert after_form["collection_description"] == "now described"
    assert after_form["collection_type"] == "public" and after_form["deids"] == [b, a]

    # A multipart edit with the file replaces the elements too; repeating it changes nothing.
    replace = {"collection_id": collection_id, "collection_omic": "genomics"}
    for _ in range(2):
        assert wire.ok("edit_collection", replace, files=ids_file(c, a, separator=" ")) == detail
        assert wire.ok("collection_detail", detail) == {
            **after_form,
            "collection_omic": "genomics",
            "deids": [c, a],
        }
    emptied = wire.ok("edit_collection", {"collection_id": collection_id}, files=ids_file())
    assert emptied == detail
    assert wire.ok("collection_detail", detail)["deids"] == []

    hits = wire.ok("data_element_search", {"query": "life cycle", "types": "collection"})
    assert [hit["id"] for hit in hits["result"]] == [collection_id]

    assert wire.ok("collection_delete", detail) == detail
    for operation_id in ("collection_detail", "collection_delete", "edit_collection"):
        assert error(wire, operation_id, detail) == NOT_FOUND, operation_id
    assert error(wire, "edit_collection", detail, files=ids_file(a)) == NOT_FOUND
    assert wire.ok("data_element_search", {"query": "life cycle", "types": "collection"}) == {
        "result": [],
        "page": 1,
        "limit": 50,
        "total": 0,
    }
    by_collection = {"namespace": "BGE_DEVELOPER_PLATFORM", "collection_id": collection_id}
    assert error(wire, "retrieve_batch_data_item", by_collection) == NOT_FOUND


def test_bad_collections_are_40001(wire: SignedWire) -> None:
    a = new_element(wire, "rs710")["data_element_id"]
    fields = {"collection_name": "bad", "collection_type": "public", "collection_omic": "genomics"}
    for bad in (
        {**fields, "collection_name": "x" * 21},
        {**fields, "collection_type": "shared"},
        {**fields, "collection_omic": "proteomics"},
        {**fields, "collection_description": "y" * 31},
        {"collection_name": "no type", "collection_omic": "genomics"},
    ):
        assert error(wire, "add_collection", bad) == INVALID_ARGUMENT, bad
    unknown = str(uuid.uuid4())
    for content in (f"{a}\n{unknown}".encode(), b"rs710", b"\xff\xfe\x00"):
        files = {"data_element_ids": ("ids", content)}
        assert error(wire, "add_collection", fields, files=files) == INVALID_ARGUMENT, content
    assert error(wire, "collection_detail", {"collection_id": "C-1"}) == INVALID_ARGUMENT
    assert error(wire, "collection_detail", {"collection_id": "C-Z00000000000"}) == NOT_FOUND
    # Nothing was created by the refused calls.
    assert wire.ok("data_element_search", {"query": "bad", "types": "collection"})["total"] == 0
    # A refused edit changes nothing either.
    _, detail = example("collection_detail")
    edit = {"collection_id": detail["collection_id"], "collection_type": "public"}
    assert error(wire, "edit_collection", edit, files=ids_file(unknown)) == INVALID_ARGUMENT
    assert wire.ok("collection_detail", {"collection_id": detail["collection_id"]}) == detail
