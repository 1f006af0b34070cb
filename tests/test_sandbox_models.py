"""The sandbox's models family: versions deployed, published and rolled back, runs, docs."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from bge_private_sandbox import DEMO_APP_KEY, DEMO_APP_SECRET, Store
from bge_private_sandbox.app import create_app
from bge_private_sandbox.stores.models import ModelStore
from sandbox_wire import AppClient, SignedWire

INVALID_ARGUMENT, NOT_FOUND, BODY_TOO_LARGE = 40001, 40401, 41301
DEMO = "SBXdemoModel0001"  # versions 1 and 2, 2 published, a newer draft
NEW = "SBXnewModel00002"  # never deployed
OLD = "B7tsXHBhkFs816j"  # answers arrays
ALL = ["B7tsXHBhkFs816j", "JETGJz5ncmMlVUK", DEMO, NEW]


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


def run(wire: SignedWire, model_id: str, *, draft: bool = False, **fields: Any) -> Any:
    operation_id = "model_draft" if draft else "model"
    return wire.ok(operation_id, fields, path={"model_id": model_id})


def refused(wire: SignedWire, operation_id: str, fields: dict[str, Any], **options: Any) -> Any:
    answer = wire.call(operation_id, fields, **options)
    assert answer["code"] != 0 and answer["data"] is None
    return answer["code"], answer["msg"]


def test_model_list_pages_inside_data_and_filters_by_id(wire: SignedWire) -> None:
    first = wire.ok("model_list", {"limit": 3})
    second = wire.ok("model_list", {"limit": 3, "page": 2})
    assert {k: first[k] for k in ("page", "limit", "count", "total", "pages")} == {
        "page": 1,
        "limit": 3,
        "count": 3,
        "total": 4,
        "pages": 2,
    }
    assert second["count"] == 1
    assert [m["model_id"] for m in first["result"] + second["result"]] == ALL
    chosen = wire.ok("model_list", {"model_ids": f"{NEW},nobody,{OLD}"})
    assert [m["model_id"] for m in chosen["result"]] == [NEW, OLD]
    assert chosen["result"][0] == wire.ok("retrieve_model", {"model_id": NEW})


def test_running_a_model_is_deterministic_per_version_and_input(wire: SignedWire) -> None:
    once = run(wire, DEMO, age="30", sex="F")
    assert once == run(wire, DEMO, sex="F", age="30")
    assert once["model_id"] == DEMO and once["version"] == 2
    assert once["input"] == {"age": "30", "sex": "F"}
    assert 0 <= once["score"] < 1
    assert run(wire, DEMO, age="31", sex="F") != once
    draft = run(wire, DEMO, draft=True, age="30", sex="F")
    assert draft["version"] == "draft" and draft["digest"] != once["digest"]


def test_an_old_model_answers_an_array(wire: SignedWire) -> None:
    answer = run(wire, OLD, x="1")
    assert isinstance(answer, list) and len(answer) == 1
    assert answer[0]["model_id"] == OLD and answer[0]["input"] == {"x": "1"}


def test_deploy_publish_rollback_is_what_every_reader_sees(wire: SignedWire) -> None:
    code, message = refused(wire, "model", {}, path={"model_id": NEW})
    assert code == NOT_FOUND and "no published version" in message
    code, message = refused(wire, "model_draft", {}, path={"model_id": NEW})
    assert code == NOT_FOUND and "no draft" in message

    deployed = wire.ok(
        "deploy_model",
        {"model_id": NEW, "object_name": "pkg/v1.zip", "runtime": "python3", "timeout": 10},
    )
    assert deployed["draft"]["object_name"] == "pkg/v1.zip"
    assert deployed["draft"]["memory_size"] is None
    draft_output = run(wire, NEW, draft=True, q="1")
    # Deploying the same configuration again changes nothing.
    assert wire.ok("deploy_model", {"model_id": NEW, "object_name": "pkg/v1.zip"}) == deployed

    published = wire.ok("publish_model", {"model_id": NEW, "message": "first"})
    assert published["version"] == 1 and published["model_id"] == NEW
    # The publishing task is a task like any other.
    assert wire.ok("task_result", {"task_id": published["task_id"]}) == {
        "status": "SUCCESS",
        "result": None,
    }
    v1 = run(wire, NEW, q="1")
    assert v1["version"] == 1 and v1["score"] != draft_output["score"]

    wire.ok("deploy_model", {"model_id": NEW, "object_name": "pkg/v2.zip"})
    assert wire.ok("publish_model", {"model_id": NEW, "message": "second"})["version"] == 2
    v2 = run(wire, NEW, q="1")
    assert v2["version"] == 2 and v2 != v1
    versions = wire.ok("model_versions", {}, path={"model_id": NEW})
    assert versions["published_version"] == 2 and versions["total"] == 2
    assert [(v["version"], v["object_name"], v["message"]) for v in versions["versions"]] == [
        (1, "pkg/v1.zip", "first"),
        (2, "pkg/v2.zip", "second"),
    ]
    # Fields not given are the draft's: runtime and timeout carried over.
    assert versions["versions"][1]["runtime"] == "python3"
    assert versions["versions"][1]["timeout"] == 10

    rolled = wire.ok("rollback_model", {"model_id": NEW, "version": 1})
    assert rolled == {"model_id": NEW, "published_version": 1}
    assert run(wire, NEW, q="1") == v1
    assert wire.ok("rollback_model", {"model_id": NEW, "version": 1}) == rolled
    details = wire.ok("retrieve_model", {"model_id": NEW})
    assert details["published_version"] == 1 and details["versions"] == 2
    assert details["draft"]["object_name"] == "pkg/v2.zip"
    listed = wire.ok("model_list", {"model_ids": NEW})["result"]
    assert listed == [details]


def test_deploying_over_the_published_version_keeps_its_settings(wire: SignedWire) -> None:
    wire.ok("deploy_model", {"model_id": DEMO, "memory_size": 2048})
    draft = wire.ok("retrieve_model", {"model_id": DEMO})["draft"]
    assert draft["memory_size"] == 2048
    assert draft["object_name"] == "models/SBXdemoModel0001/v3.zip"


def test_docs_and_the_expfs_file_are_kept(wire: SignedWire, store: Store) -> None:
    answer = wire.ok(
        "model_doc_upload", {"doc_tab": "usage", "model_id": DEMO, "doc_content": "Call it."}
    )
    assert answer == {"model_id": DEMO, "doc_tab": "usage", "doc_content": "Call it."}
    content = b'{"features": ["age", "sex"]}'
    uploaded = wire.ok(
        "model_doc_upload", {"model_id": DEMO}, files={"expfs": ("features.json", content)}
    )
    assert uploaded["expfs"]["filename"] == "features.json"
    assert uploaded["expfs"]["size"] == len(content)
    details = wire.ok("retrieve_model", {"model_id": DEMO})
    assert details["docs"]["usage"] == "Call it."
    assert details["docs"]["introduction"].startswith("A model")
    assert details["expfs"] == uploaded["expfs"]
    kept = store.family(ModelStore).expfs(DEMO)
    assert kept is not None and kept.content == content

    # A new upload replaces the file; tab and content may come with it.
    wire.ok(
        "model_doc_upload",
        {"model_id": DEMO, "doc_tab": "usage", "doc_content": "Call it twice."},
        files={"expfs": ("v2.bin", b"\x00\x01")},
    )
    kept = store.family(ModelStore).expfs(DEMO)
    assert kept is not None and (kept.filename, kept.content) == ("v2.bin", b"\x00\x01")
    assert wire.ok("retrieve_model", {"model_id": DEMO})["docs"]["usage"] == "Call it twice."


@pytest.mark.parametrize(
    ("operation_id", "fields", "path", "code", "needle"),
    [
        ("retrieve_model", {"model_id": "nobody"}, None, NOT_FOUND, "nobody"),
        ("deploy_model", {"model_id": "nobody", "object_name": "a"}, None, NOT_FOUND, "nobody"),
        (
            "deploy_model",
            {"model_id": NEW, "runtime": "python3"},
            None,
            INVALID_ARGUMENT,
            "object_name",
        ),
        (
            "deploy_model",
            {"model_id": NEW, "object_name": "a", "timeout": 0},
            None,
            INVALID_ARGUMENT,
            "timeout",
        ),
        ("publish_model", {"model_id": NEW, "message": "x"}, None, INVALID_ARGUMENT, "no draft"),
        ("publish_model", {"model_id": "nobody", "message": "x"}, None, NOT_FOUND, "nobody"),
        ("rollback_model", {"model_id": DEMO, "version": 3}, None, NOT_FOUND, "no version 3"),
        ("rollback_model", {"model_id": DEMO, "version": 0}, None, INVALID_ARGUMENT, "version"),
        ("model", {}, {"model_id": "nobody"}, NOT_FOUND, "nobody"),
        ("model_draft", {}, {"model_id": "nobody"}, NOT_FOUND, "nobody"),
        ("model_versions", {}, {"model_id": "nobody"}, NOT_FOUND, "nobody"),
        ("model_list", {"model_ids": ",x"}, None, INVALID_ARGUMENT, "model_ids"),
        (
            "model_doc_upload",
            {"doc_tab": "usage", "model_id": "nobody", "doc_content": ""},
            None,
            NOT_FOUND,
            "nobody",
        ),
    ],
)
def test_bad_requests_are_refused_and_change_nothing(
    wire: SignedWire,
    operation_id: str,
    fields: dict[str, Any],
    path: dict[str, str] | None,
    code: int,
    needle: str,
) -> None:
    before = [wire.ok("retrieve_model", {"model_id": model_id}) for model_id in ALL]
    got, message = refused(wire, operation_id, fields, path=path)
    assert got == code and needle in message
    assert [wire.ok("retrieve_model", {"model_id": model_id}) for model_id in ALL] == before


def test_an_upload_needs_tab_and_content_together(wire: SignedWire) -> None:
    code, message = refused(
        wire,
        "model_doc_upload",
        {"model_id": DEMO, "doc_tab": "usage"},
        files={"expfs": ("a.json", b"{}")},
    )
    assert code == INVALID_ARGUMENT and "together" in message
    assert wire.ok("retrieve_model", {"model_id": DEMO})["expfs"] is None


def test_an_expfs_file_over_the_part_limit_is_refused(store: Store) -> None:
    small = create_app(store, max_part_bytes=1024)
    wire = SignedWire(AppClient(small), DEMO_APP_KEY, DEMO_APP_SECRET)
    code, _ = refused(
        wire, "model_doc_upload", {"model_id": DEMO}, files={"expfs": ("big.bin", b"x" * 2048)}
    )
    assert code == BODY_TOO_LARGE
    assert store.family(ModelStore).expfs(DEMO) is None
