"""Finding what a lost write created, as the spec's `x-idempotent: {lookup: ...}` declares it."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from ._core import Options, Plan, call_plan, plain
from ._model import Model


def _values(item: Any, path: str) -> Iterator[Any]:
    """Every value at `path` in `item`: `a.b` descends, `a[].b` goes through each element of a."""
    current: list[Any] = [item]
    for segment in path.split("."):
        each = segment.endswith("[]")
        name = segment[:-2] if each else segment
        following: list[Any] = []
        for node in current:
            value = node.get(name) if isinstance(node, Mapping) else None
            if each:
                following.extend(value if isinstance(value, list) else [])
            elif value is not None:
                following.append(value)
        current = following
    yield from current


def _matches(item: Any, match: Mapping[str, str], fields: Mapping[str, Any]) -> bool:
    return all(
        any(str(value) == str(fields[field]) for value in _values(item, path))
        for path, field in match.items()
    )


def _items(envelope: Any) -> list[Any]:
    data = plain(envelope.data)
    if isinstance(data, Mapping):
        data = data.get("result")
    return data if isinstance(data, list) else []


def lookup_plan(
    declaration: Any, fields: Mapping[str, Any], options: Options
) -> Callable[[], Plan[Model | None]] | None:
    """A plan that looks for the result of a lost attempt, or None when it cannot be found.

    None when the operation declares no lookup, or when the call lacks a field the lookup
    needs (a registration without `external_sample_id` cannot be told apart from others).
    """
    lookup = declaration.get("lookup") if isinstance(declaration, Mapping) else None
    if lookup is None or any(fields.get(name) is None for name in lookup.get("when", [])):
        return None
    request = {wire: fields[field] for wire, field in lookup["request"].items()}
    match: Mapping[str, str] = lookup["match"]
    result: Mapping[str, str] = lookup["result"]

    def found(envelope: Any) -> Model | None:
        for item in _items(envelope):
            if _matches(item, match, fields):
                return Model({name: next(_values(item, p), None) for name, p in result.items()})
        return None

    def plan() -> Plan[Model | None]:
        return call_plan(lookup["operation"], request, found, options)

    return plan
