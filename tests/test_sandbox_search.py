"""The sandbox's search family: openbge_search over the survey index create and delete fill."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from bge_private_sandbox import DEMO_APP_KEY, DEMO_APP_SECRET, Store
from bge_private_sandbox.app import create_app
from bge_private_sandbox.spec import load_spec
from bge_private_sandbox.stores.search import SearchStore, terms
from sandbox_wire import AppClient, SignedWire, signing_fields

INVALID_ARGUMENT = 40001


def documented(operation_id: str) -> tuple[dict[str, Any], Any]:
    """The operation's documentation example: its request and the `data` it answers."""
    for item in load_spec()["paths"].values():
        operation = item["post"]
        if operation["operationId"] == operation_id:
            body = operation["requestBody"]["content"]["application/x-www-form-urlencoded"]
            answer = operation["responses"]["200"]["content"]["application/json"]
            return body["examples"]["doc"]["value"], answer["examples"]["doc"]["value"]["data"]
    raise LookupError(operation_id)


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


def survey(survey_id: int, title: str, **extra: Any) -> dict[str, Any]:
    return {"id": survey_id, "title": title, "status": 1, "isPublic": 1, **extra}


def search(wire: SignedWire, query: str, **fields: Any) -> Any:
    return wire.ok("openbge_search", {"query": query, "category": "survey", **fields})


def found_ids(wire: SignedWire, query: str, **fields: Any) -> list[str]:
    return [hit["id"] for hit in search(wire, query, **fields)["result"]]


# ---------------------------------------------------------------------- documentation examples


@pytest.mark.parametrize("operation_id", ["create_index", "delete_index"])
def test_index_examples_called_first_answer_their_documented_data(
    wire: SignedWire, operation_id: str
) -> None:
    request, data = documented(operation_id)
    assert wire.ok(operation_id, request) == data


def test_the_search_example_answers_its_hits_with_the_sandboxs_own_total(
    wire: SignedWire,
) -> None:
    # The platform's index holds 2,178,595 hits for the documented query; the sandbox's holds
    # what its fixtures and create_index put there, so total and pages are its own.
    request, data = documented("openbge_search")
    answer = wire.ok("openbge_search", request)
    assert answer == {**data, "total": 2, "pages": 1}
    assert (data["total"], data["pages"]) == (2178595, 1089298)


# ---------------------------------------------------------------------- index and search


def test_create_search_replace_delete_search(wire: SignedWire, store: Store) -> None:
    created = wire.ok("create_index", {"type": "survey", "content": [survey(501, "睡眠质量调查")]})
    assert created == [survey(501, "睡眠质量调查")]
    hits = search(wire, "睡眠")
    assert [hit["id"] for hit in hits["result"]] == ["501"]
    assert hits["result"][0] == {
        "highlight": {},
        "id": "501",
        "type": "survey",
        "data": {**survey(501, "睡眠质量调查"), "id": "501", "category": "survey"},
        "app": "bge_v2",
    }
    # Replacing keeps one document under the id, with the new text only.
    wire.ok("create_index", {"type": "survey", "content": [survey(501, "饮食习惯调查")]})
    assert found_ids(wire, "睡眠") == []
    assert found_ids(wire, "饮食") == ["501"]
    assert store.family(SearchStore).survey("501") is not None

    assert wire.ok("delete_index", {"type": "survey", "ids": "501"}) == [
        {"id": "501", "deleted": True, "not_found": False}
    ]
    assert found_ids(wire, "饮食") == []
    assert store.family(SearchStore).survey("501") is None
    # Deleting again finds nothing and leaves the same index.
    assert wire.ok("delete_index", {"type": "survey", "ids": "501,777"}) == [
        {"id": "501", "deleted": False, "not_found": True},
        {"id": "777", "deleted": False, "not_found": True},
    ]


def test_search_pages_are_numbered_inside_data(wire: SignedWire) -> None:
    content = [survey(600 + n, f"Sleep survey {n}") for n in range(5)]
    wire.ok("create_index", {"type": "survey", "content": content})
    pages = [search(wire, "sleep", limit=2, page=page) for page in (1, 2, 3, 4)]
    assert [page["count"] for page in pages] == [2, 2, 1, 0]
    assert all(page["total"] == 5 and page["pages"] == 3 for page in pages)
    assert [page["page"] for page in pages] == [1, 2, 3, 4]
    walked = [hit["id"] for page in pages for hit in page["result"]]
    assert walked == [str(600 + n) for n in range(5)]


def test_documents_with_more_of_the_query_come_first(wire: SignedWire) -> None:
    wire.ok(
        "create_index",
        {
            "type": "survey",
            "content": [
                survey(701, "Sleep"),
                survey(702, "Sleep and diet", description="diet habits"),
                survey(703, "Diet"),
            ],
        },
    )
    assert found_ids(wire, "sleep diet") == ["702", "701", "703"]
    assert found_ids(wire, "SLEEP") == ["701", "702"]
    assert found_ids(wire, "!!!") == []


def test_categories_and_sample_narrow_the_search(wire: SignedWire) -> None:
    wire.ok("create_index", {"type": "survey", "content": [survey(801, "血压力测")]})
    both = wire.ok("openbge_search", {"query": "力", "category": "report,survey"})
    assert [hit["data"]["category"] for hit in both["result"]] == ["report", "report", "survey"]
    reports = wire.ok("openbge_search", {"query": "力", "category": "report"})
    assert reports["total"] == 2
    one_sample = wire.ok(
        "openbge_search", {"query": "力", "category": "report", "biosample_id": "E-B19854988933"}
    )
    assert [hit["id"] for hit in one_sample["result"]] == ["5df2529582dfa4438a47859a"]
    assert wire.ok("openbge_search", {"query": "力", "category": "app,gene"})["total"] == 0


def test_a_create_answers_one_document_per_id_the_last_given_winning(wire: SignedWire) -> None:
    content = [survey(901, "first"), survey(902, "other"), survey(901, "second")]
    created = wire.ok("create_index", {"type": "survey", "content": content})
    assert created == [survey(901, "second"), survey(902, "other")]


def test_search_terms_are_characters_and_words() -> None:
    assert terms("抵抗力 Sleep-2 well") == {"抵", "抗", "力", "sleep", "2", "well"}


@pytest.mark.parametrize(
    ("operation_id", "fields", "needle"),
    [
        ("openbge_search", {"query": "x", "category": "news"}, "category"),
        ("openbge_search", {"query": "", "category": "report"}, "query"),
        ("openbge_search", {"query": "x", "category": "report", "limit": 101}, "limit"),
        ("create_index", {"type": "report", "content": [survey(1, "a")]}, "type"),
        ("create_index", {"type": "survey", "content": [{"title": "no id"}]}, "content.0.id"),
        ("create_index", {"type": "survey", "content": []}, "content"),
        ("delete_index", {"type": "survey", "ids": "1,,2"}, "ids"),
    ],
)
def test_bad_requests_are_refused(
    wire: SignedWire, operation_id: str, fields: dict[str, Any], needle: str
) -> None:
    answer = wire.call(operation_id, fields)
    assert answer["code"] == INVALID_ARGUMENT and needle in answer["msg"]
    assert answer["data"] is None


def test_a_non_finite_number_in_a_document_is_refused(wire: SignedWire, store: Store) -> None:
    text = '[{"id": 5, "score": NaN}]'
    response = wire.http.post(
        wire.url("create_index"),
        data=signing_fields({"type": "survey", "content": text}, DEMO_APP_KEY, DEMO_APP_SECRET),
    )
    answer = response.json()
    assert answer["code"] == INVALID_ARGUMENT and "content.0.score" in answer["msg"]
    assert store.family(SearchStore).survey("5") is None
