"""The answer helpers: the success envelope and the three pagination styles."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel, ConfigDict

from bge_private_sandbox.answers import (
    after_cursor,
    cursor_page,
    data_page,
    decode_cursor,
    encode_cursor,
    envelope_page,
    ok,
    paginate,
    split_ids,
)
from bge_private_sandbox.errors import ApiError
from bge_private_sandbox.models import Envelope, Pagination


class Item(BaseModel):
    model_config = ConfigDict(extra="forbid")
    item_id: int


class ItemsResponse(Envelope):
    data: list[Item] | None = None
    pagination: Pagination | None = None


class ItemPage(BaseModel):
    """page, limit and total inside data, but no count or pages (they are left out)."""

    model_config = ConfigDict(extra="forbid")
    page: int
    limit: int
    total: int
    result: list[Item]


class ItemPageResponse(Envelope):
    data: ItemPage | None = None


class ItemCursorData(BaseModel):
    model_config = ConfigDict(extra="forbid")
    data_items: list[Item]
    next_page_key: str | None = None
    count: int


class ItemCursorResponse(Envelope):
    data: ItemCursorData | None = None


ITEMS = [Item(item_id=number) for number in range(1, 6)]


def test_ok_is_the_success_envelope() -> None:
    answer = ok(ItemsResponse, [{"item_id": 1}])
    assert answer.model_dump() == {
        "code": 0,
        "msg": "success",
        "data": [{"item_id": 1}],
        "pagination": None,
    }


def test_split_ids_drops_empty_items_and_keeps_order() -> None:
    assert split_ids("b,a,,c,") == ["b", "a", "c"]
    assert split_ids(None) == [] == split_ids("")


def test_envelope_pages() -> None:
    pages = [envelope_page(ItemsResponse, ITEMS, page=page, limit=2) for page in (1, 2, 3, 4)]
    assert [[item.item_id for item in answer.data or []] for answer in pages] == [
        [1, 2],
        [3, 4],
        [5],
        [],
    ]
    assert [answer.pagination.model_dump() for answer in pages if answer.pagination] == [
        {"page": 1, "limit": 2, "count": 2, "total": 5, "pages": 3},
        {"page": 2, "limit": 2, "count": 2, "total": 5, "pages": 3},
        {"page": 3, "limit": 2, "count": 1, "total": 5, "pages": 3},
        {"page": 4, "limit": 2, "count": 0, "total": 5, "pages": 3},
    ]
    default = envelope_page(ItemsResponse, ITEMS, page=None, limit=None)
    assert default.pagination is not None
    assert (default.pagination.page, default.pagination.limit) == (1, 50)


def test_envelope_page_of_nothing() -> None:
    answer = envelope_page(ItemsResponse, [], page=1, limit=10)
    assert answer.data == []
    assert answer.pagination == Pagination(page=1, limit=10, count=0, total=0, pages=0)


def test_data_pages_hold_only_the_numbers_the_spec_declares() -> None:
    answer = data_page(ItemPageResponse, ITEMS, page=2, limit=3)
    assert answer.model_dump(mode="json")["data"] == {
        "page": 2,
        "limit": 3,
        "total": 5,
        "result": [{"item_id": 4}, {"item_id": 5}],
    }


def test_view_shows_listed_items_as_the_answer_wants_them() -> None:
    numbers = list(range(1, 8))
    answer = data_page(
        ItemPageResponse, numbers, page=2, limit=3, view=lambda number: {"item_id": number}
    )
    assert answer.data is not None
    assert [item.item_id for item in answer.data.result] == [4, 5, 6]


def test_a_helper_given_the_wrong_model_says_so() -> None:
    with pytest.raises(TypeError, match="ItemPage has no member items"):
        data_page(ItemPageResponse, ITEMS, page=1, limit=1, items_key="items")
    with pytest.raises(TypeError, match="no member 'pagination'"):
        envelope_page(ItemPageResponse, ITEMS, page=1, limit=1)


@pytest.mark.parametrize(("page", "limit"), [(0, 10), (1, 0), (-1, -1)])
def test_bad_page_numbers_are_40001(page: int, limit: int) -> None:
    with pytest.raises(ApiError) as caught:
        paginate(ITEMS, page, limit)
    assert int(caught.value.code) == 40001


def _walk(items: list[Item], limit: int, between: Any = None) -> list[int]:
    """Every item id met by following the cursors; `between(items, last_seen)` may change the
    list between two calls."""
    seen: list[int] = []
    cursor: str | None = None
    for _ in range(100):
        answer = cursor_page(
            ItemCursorResponse,
            items,
            cursor=cursor,
            limit=limit,
            key=lambda item: item.item_id,
            next_key="next_page_key",
            items_key="data_items",
        )
        assert answer.data is not None
        seen += [item.item_id for item in answer.data.data_items]
        assert answer.data.count == len(answer.data.data_items)
        cursor = answer.data.next_page_key
        if cursor is None:
            return seen
        if between is not None:
            items = between(items, seen[-1])
    raise AssertionError("the cursors never ended")


def test_cursor_pages_walk_every_item_once() -> None:
    assert _walk(ITEMS, 2) == [1, 2, 3, 4, 5]
    assert _walk(ITEMS, 5) == [1, 2, 3, 4, 5]
    assert _walk(ITEMS, 50) == [1, 2, 3, 4, 5]
    assert _walk([], 3) == []


def test_cursor_pages_are_consistent_under_writes_between_calls() -> None:
    added = iter(range(100, 200))

    # Between two pages: the item the cursor points at and the first one are deleted, and a
    # new item is appended (keys only grow, as with Document.seq).
    def churn(items: list[Item], last_seen: int) -> list[Item]:
        kept = [item for item in items[1:] if item.item_id != last_seen]
        return [*kept, Item(item_id=next(added))]

    seen = _walk(ITEMS, 2, churn)
    # Nothing repeated; every original item still there when its turn came was answered.
    assert len(seen) == len(set(seen))
    assert seen[:5] == [1, 2, 3, 4, 5]
    assert seen[5:] == sorted(seen[5:]) and all(number >= 100 for number in seen[5:])


def test_cursor_pages_in_descending_order() -> None:
    items = list(reversed(ITEMS))
    first = after_cursor(items, None, 2, key=lambda item: item.item_id, descending=True)
    assert [item.item_id for item in first.items] == [5, 4]
    second = after_cursor(
        items, first.next_cursor, 2, key=lambda item: item.item_id, descending=True
    )
    assert [item.item_id for item in second.items] == [3, 2]
    assert second.total == 5


def test_cursor_end_marker_and_extra_members() -> None:
    class StreamData(BaseModel):
        result: list[Item]
        next_page: str
        count: int
        namespace: str

    class StreamResponse(Envelope):
        data: StreamData | None = None

    answer = cursor_page(
        StreamResponse,
        ITEMS,
        cursor=None,
        limit=10,
        key=lambda item: item.item_id,
        end="",
        extra={"namespace": "N"},
    )
    assert answer.data is not None
    assert (answer.data.next_page, answer.data.count, answer.data.namespace) == ("", 5, "N")


@pytest.mark.parametrize("key", [7, "a-b", (3, "x"), ("2024-01-01T00:00:00Z", 12)])
def test_cursors_round_trip(key: Any) -> None:
    cursor = encode_cursor(key)
    assert cursor.isascii() and "=" not in cursor
    assert decode_cursor(cursor) == key


@pytest.mark.parametrize("cursor", ["nope", "e30", encode_cursor("x")[:-2] + "!!", "W10"])
def test_a_cursor_the_sandbox_never_gave_is_40001(cursor: str) -> None:
    with pytest.raises(ApiError) as caught:
        after_cursor(ITEMS, cursor, 2, key=lambda item: item.item_id, field="next_page_key")
    assert int(caught.value.code) == 40001
    assert "next_page_key" in caught.value.msg


def test_a_cursor_of_another_list_is_40001() -> None:
    # A text key against integer keys.
    with pytest.raises(ApiError, match="not a cursor of this list"):
        after_cursor(ITEMS, encode_cursor("x"), 2, key=lambda item: item.item_id)
