"""What a call returns, by the shape its operation declares (x-sdk `returns` in the spec)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ._core import plain
from ._errors import InvalidResponseError
from ._model import Model

Unwrap = Callable[[Any], Any]


def _wrap(value: Any) -> Any:
    """A JSON object as a Model; lists item by item; anything else as it is."""
    if type(value) is dict:
        return Model._adopt(value)
    if type(value) is list:
        return [_wrap(item) for item in value]
    return value


def _data(envelope: Any) -> Any:
    return plain(envelope.data)


def _object(envelope: Any) -> Model:
    data = _data(envelope)
    if data is None:
        return Model({})
    if type(data) is not dict:
        raise InvalidResponseError(f"`data` is {type(data).__name__}, not an object")
    return Model._adopt(data)


def _list(envelope: Any) -> list[Any]:
    data = _data(envelope)
    if data is None:
        return []
    if type(data) is not list:
        raise InvalidResponseError(f"`data` is {type(data).__name__}, not a list")
    return data


def _model_or_list(envelope: Any) -> Any:
    data = _data(envelope)
    if type(data) is list:
        return [_wrap(item) for item in data]
    return _object(envelope)


def _result_list(envelope: Any) -> Model:
    data = _data(envelope)
    if type(data) is dict and "result" in data:
        return Model._adopt(data)
    return Model({"result": [_wrap(item) for item in _list(envelope)]})


def _none_if_empty(envelope: Any) -> Any:
    data = _data(envelope)
    if data is None or data == [] or data == {}:
        return None
    return _model_or_list(envelope)


def pagination(envelope: Any) -> dict[str, Any] | None:
    """The envelope's `pagination` as plain JSON, or None."""
    page = plain(getattr(envelope, "pagination", None))
    if page is None:
        return None
    return page.to_dict() if hasattr(page, "to_dict") else dict(page)


def next_page(page: Mapping[str, Any] | None, requested_limit: Any) -> int | None:
    """The page after an envelope-paginated answer, or None on the last one.

    The reference offers `page + 1` whenever a page is not empty, so a full last page leads to a
    needless empty one; the total, where given, says whether another page exists.
    """
    if not page or not isinstance(page.get("page"), int) or not isinstance(page.get("count"), int):
        return None
    number: int = page["page"]
    count: int = page["count"]
    total = page.get("total")
    if count <= 0:
        return None
    if not isinstance(total, int):
        return number + 1
    limit = page.get("limit") if isinstance(page.get("limit"), int) else requested_limit
    if not isinstance(limit, int):
        limit = count
    return number + 1 if (number - 1) * limit + count < total else None


def _page(wrap_items: bool, with_total: bool, limit: Any) -> Unwrap:
    def unwrap(envelope: Any) -> Any:
        items = _list(envelope)
        page = pagination(envelope)
        if page is None or (wrap_items and not all(type(item) is dict for item in items)):
            raise InvalidResponseError("the answer has no list of records with its pagination")
        result: dict[str, Any] = {"count": page.get("count"), "next_page": next_page(page, limit)}
        if with_total:
            result["total"] = page.get("total")
        result["result"] = [_wrap(item) for item in items] if wrap_items else items
        return Model._adopt(result) if wrap_items else result

    return unwrap


def _pair(envelope: Any) -> tuple[Any, Any]:
    return _data(envelope), pagination(envelope)


def _echo(fields: Mapping[str, Any]) -> Unwrap:
    def unwrap(envelope: Any) -> Model:
        if _data(envelope) is None:
            return Model({name: value for name, value in fields.items() if value is not None})
        return _object(envelope)

    return unwrap


def _model_list(envelope: Any) -> list[Any]:
    return [_wrap(item) for item in _list(envelope)]


def _none(envelope: Any) -> None:
    return None


# The shapes whose unwrapping does not depend on the call's fields.
_SIMPLE: dict[str, Unwrap] = {
    "model": _object,
    "model_list": _model_list,
    "model_or_list": _model_or_list,
    "result_list": _result_list,
    "none": _none,
    "none_if_empty": _none_if_empty,
    "raw": _data,
    "text_or_raw": _data,
    "pair": _pair,
}


def unwrapper(returns: str, fields: Mapping[str, Any]) -> Unwrap:
    """The function that turns a successful envelope into what the method returns."""
    simple = _SIMPLE.get(returns)
    if simple is not None:
        return simple
    if returns == "echo":
        return _echo(fields)
    if returns in ("sample_page", "plain_page"):
        wrap = returns == "sample_page"
        return _page(wrap_items=wrap, with_total=wrap, limit=fields.get("limit", 50))
    raise LookupError(f"unknown return shape {returns!r}")


def page_unwrapper(
    declaration: Mapping[str, Any], fields: Mapping[str, Any]
) -> Callable[[Any], tuple[list[Any], dict[str, Any] | None]]:
    """Unwraps one page of a paginated operation into (items, the next call's fields or None)."""
    style = declaration["style"]

    def unwrap(envelope: Any) -> tuple[list[Any], dict[str, Any] | None]:
        if style == "envelope":
            items = _list(envelope)
            after = next_page(pagination(envelope), fields.get(declaration.get("limit", "")))
            following = None if after is None else {**fields, declaration["page"]: after}
            return [_wrap(item) for item in items], following
        data = _data(envelope)
        if data is None:
            return [], None
        if type(data) is not dict:
            raise InvalidResponseError(f"`data` is {type(data).__name__}, not a page object")
        # `items` may be a dotted path; a data-style page keeps its page fields beside the items.
        *parents, leaf = declaration["items"].split(".")
        holder: Any = data
        for name in parents:
            holder = holder.get(name) if type(holder) is dict else None
        items = (holder.get(leaf) if type(holder) is dict else None) or []
        if type(items) is not list:
            raise InvalidResponseError(f"`data.{declaration['items']}` is not a list")
        wrapped = [_wrap(item) for item in items]
        if style == "cursor":
            cursor = data.get(declaration["next"])
            if cursor in (None, "") or not items:
                return wrapped, None
            return wrapped, {**fields, declaration["cursor"]: cursor}
        number, limit, total = holder.get("page"), holder.get("limit"), holder.get("total")
        if not items or not (
            isinstance(number, int) and isinstance(limit, int) and isinstance(total, int)
        ):
            return wrapped, None
        if number * limit >= total:
            return wrapped, None
        return wrapped, {**fields, declaration["page"]: number + 1}

    return unwrap
