"""Building answers: the success envelope and the three pagination styles, from a whole list.

A handler reads the whole ordered list in one store transaction (so the total and the page
agree) and hands it here with the request's page or cursor; no handler slices by itself.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import types
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from .errors import INVALID_ARGUMENT, ApiError

SUCCESS_MSG = "success"
DEFAULT_PAGE = 1
DEFAULT_LIMIT = 50

R = TypeVar("R", bound=BaseModel)
T = TypeVar("T")
CursorKey = int | str | tuple[int | str, ...]


def ok(response: type[R], data: Any = None, **members: Any) -> R:
    """The success answer `response` (code 0, msg "success") holding `data` (models or JSON).

    `members` are the envelope's other members, such as `pagination`.
    """
    return response.model_validate({"code": 0, "msg": SUCCESS_MSG, "data": data, **members})


def split_ids(text: str | None) -> list[str]:
    """A comma-separated id list as the platform reads it: empty items dropped, order kept."""
    return [item for item in (text or "").split(",") if item]


# ---------------------------------------------------------------------- page numbers


@dataclass(frozen=True)
class Paged(Generic[T]):
    """One numbered page of a whole list."""

    items: list[T]
    page: int
    limit: int
    total: int

    @property
    def count(self) -> int:
        return len(self.items)

    @property
    def pages(self) -> int:
        return math.ceil(self.total / self.limit)

    def numbers(self) -> dict[str, int]:
        """page, limit, count, total and pages, as the platform names them."""
        return {
            "page": self.page,
            "limit": self.limit,
            "count": self.count,
            "total": self.total,
            "pages": self.pages,
        }


def paginate(items: Sequence[T], page: int | None, limit: int | None) -> Paged[T]:
    """Page `page` (from 1; default 1) of `items` cut in pages of `limit` (default 50).

    A page past the end is empty, not an error, as on the platform.
    """
    page = DEFAULT_PAGE if page is None else page
    limit = DEFAULT_LIMIT if limit is None else limit
    if page < 1 or limit < 1:
        # The form models' Page and Limit already refuse these; a handler may pass its own.
        raise ApiError(INVALID_ARGUMENT, "invalid argument: page and limit must be at least 1")
    start = (page - 1) * limit
    return Paged(list(items[start : start + limit]), page, limit, len(items))


def _identity(item: Any) -> Any:
    return item


def envelope_page(
    response: type[R],
    items: Sequence[Any],
    *,
    page: int | None,
    limit: int | None,
    view: Callable[[Any], Any] = _identity,
) -> R:
    """Style `envelope`: `data` is the page's items, the envelope's `pagination` says where.

    `view` turns a listed item into what the answer shows (by default the item itself: a
    model or JSON); it is applied to the page's items only.
    """
    paged = paginate(items, page, limit)
    pagination_model = _member_model(response, "pagination")
    return ok(
        response,
        [view(item) for item in paged.items],
        pagination=_only_fields(pagination_model, paged.numbers(), {}),
    )


def data_page(
    response: type[R],
    items: Sequence[Any],
    *,
    page: int | None,
    limit: int | None,
    items_key: str = "result",
    extra: Mapping[str, Any] | None = None,
    view: Callable[[Any], Any] = _identity,
) -> R:
    """Style `data`: `data` holds page, limit, total (and count, pages where the spec has them)
    beside the items, under `items_key`. `extra`: more members of `data`; `view`: as in
    envelope_page()."""
    paged = paginate(items, page, limit)
    data_model = _member_model(response, "data")
    members = {items_key: [view(item) for item in paged.items], **(extra or {})}
    return ok(response, _only_fields(data_model, paged.numbers(), members))


# ---------------------------------------------------------------------- cursors


def encode_cursor(key: CursorKey) -> str:
    """An opaque cursor for the position after the item whose sort key is `key`."""
    text = json.dumps(list(key) if isinstance(key, tuple) else [key], separators=(",", ":"))
    return base64.urlsafe_b64encode(text.encode("utf-8")).decode("ascii").rstrip("=")


def decode_cursor(cursor: str, field: str = "next_page") -> CursorKey:
    """The sort key a cursor of encode_cursor() holds; ApiError 40001 for anything else."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        value = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")).decode("utf-8"))
    except (ValueError, UnicodeError, binascii.Error):
        value = None
    valid = (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(part, int | str) and not isinstance(part, bool) for part in value)
    )
    if not valid:
        raise ApiError(
            INVALID_ARGUMENT, f"invalid argument: {field}: not a cursor this sandbox answered"
        )
    assert isinstance(value, list)
    return value[0] if len(value) == 1 else tuple(value)


@dataclass(frozen=True)
class CursorPage(Generic[T]):
    """The items after a cursor, and the cursor of the page after them (None at the end)."""

    items: list[T]
    next_cursor: str | None
    limit: int
    total: int


def after_cursor(
    items: Sequence[T],
    cursor: str | None,
    limit: int | None,
    *,
    key: Callable[[T], CursorKey],
    descending: bool = False,
    field: str = "next_page",
) -> CursorPage[T]:
    """The `limit` items after `cursor` in `items`, which are ordered by `key` (ascending, or
    descending with `descending=True`; keys unique).

    The cursor holds the last key answered, not a position, so a page is consistent under
    writes between calls: an item added or deleted before the cursor shifts nothing.
    """
    limit = DEFAULT_LIMIT if limit is None else limit
    if limit < 1:
        raise ApiError(INVALID_ARGUMENT, "invalid argument: limit must be at least 1")
    start = 0
    if cursor:
        last = decode_cursor(cursor, field)
        start = len(items)
        for index, item in enumerate(items):
            try:
                beyond = key(item) < last if descending else key(item) > last  # type: ignore[operator]
            except TypeError:
                raise ApiError(
                    INVALID_ARGUMENT, f"invalid argument: {field}: not a cursor of this list"
                ) from None
            if beyond:
                start = index
                break
    shown = list(items[start : start + limit])
    more = start + limit < len(items)
    next_cursor = encode_cursor(key(shown[-1])) if more and shown else None
    return CursorPage(shown, next_cursor, limit, len(items))


def cursor_page(
    response: type[R],
    items: Sequence[Any],
    *,
    cursor: str | None,
    limit: int | None,
    key: Callable[[Any], CursorKey],
    descending: bool = False,
    next_key: str = "next_page",
    items_key: str = "result",
    end: str | None = None,
    extra: Mapping[str, Any] | None = None,
    view: Callable[[Any], Any] = _identity,
) -> R:
    """Style `cursor`: `data` holds the items under `items_key` and the next page's cursor under
    `next_key` (`end`, None by default, on the last page), plus count, limit and total where
    the spec has them. The request's cursor field is usually named like `next_key`. `key`
    orders `items` (see after_cursor()); `view`: as in envelope_page()."""
    page = after_cursor(items, cursor, limit, key=key, descending=descending, field=next_key)
    data_model = _member_model(response, "data")
    numbers = {"count": len(page.items), "limit": page.limit, "total": page.total}
    next_cursor = page.next_cursor if page.next_cursor is not None else end
    shown = [view(item) for item in page.items]
    members = {items_key: shown, next_key: next_cursor, **(extra or {})}
    return ok(response, _only_fields(data_model, numbers, members))


# ---------------------------------------------------------------------- model introspection


def _member_model(response: type[BaseModel], member: str) -> type[BaseModel]:
    """The model class of `response`'s member (`data`, `pagination`), through `X | None`."""
    info = response.model_fields.get(member)
    if info is None:
        raise TypeError(f"{response.__name__} has no member {member!r}")
    for candidate in _flatten(info.annotation):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
    raise TypeError(f"{response.__name__}.{member} is not an object in the spec")


def _flatten(annotation: Any) -> Iterable[Any]:
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType or origin is typing.Annotated:
        for argument in typing.get_args(annotation):
            yield from _flatten(argument)
    else:
        yield annotation


def _only_fields(
    model: type[BaseModel], optional: Mapping[str, Any], required: Mapping[str, Any]
) -> dict[str, Any]:
    """`required` members (the model must have them) and those `optional` ones it has."""
    fields = model.model_fields
    missing = [name for name in required if name not in fields]
    if missing:
        raise TypeError(f"{model.__name__} has no member {', '.join(missing)}")
    kept = {name: value for name, value in optional.items() if name in fields}
    return {**kept, **required}
