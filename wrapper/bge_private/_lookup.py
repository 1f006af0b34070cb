"""What a repeat of an operation does (its x-idempotent declaration), as data, and its reading.

A write that may duplicate but whose effect can be found again declares a `Lookup`: the read to
send, built from the call's fields, and how to recognise, among that read's items, the one the
write created. One generic interpreter serves every such write; see spec/README.md,
`x-idempotent`, for the format this mirrors.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

__all__ = ["Idempotency", "Lookup", "idempotency_from_spec"]


def _frozen(mapping: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True, eq=True)
class Lookup:
    """How to find what a lost attempt of a write created (x-idempotent: {lookup: ...}).

    - `operation`: the read to send (for example "get_samples").
    - `when`: the write's fields the lookup needs; without all of them there is no lookup.
    - `request`: the read's field → the write's field whose value it takes.
    - `match`: a path in a read item → the write's field its value must equal. A path is
      dot-separated; `name[]` stands for any element of the list `name`.
    - `result`: a field of the write's answer → the path in the found item that gives it.
    - `items`: the member of the read's `data` that holds the list; None when `data` is the
      list (x-pagination style `envelope`).
    """

    operation: str
    when: tuple[str, ...]
    request: Mapping[str, str]
    match: Mapping[str, str]
    result: Mapping[str, str]
    items: str | None = None
    _needed: tuple[str, ...] = dataclasses.field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "when", tuple(self.when))
        for name in ("request", "match", "result"):
            object.__setattr__(self, name, _frozen(getattr(self, name)))
        # The call's fields the lookup reads, in order and once each (applies() runs per call).
        needed = (*self.when, *self.request.values(), *self.match.values())
        object.__setattr__(self, "_needed", tuple(dict.fromkeys(needed)))

    __hash__ = None  # type: ignore[assignment]  # its mappings are not hashable

    @classmethod
    def from_spec(cls, declaration: Mapping[str, Any]) -> Lookup:
        """The Lookup of an x-idempotent `lookup:` mapping, as openapi.yaml writes it."""
        return cls(
            operation=str(declaration["operation"]),
            when=tuple(declaration.get("when", ())),
            request=dict(declaration["request"]),
            match=dict(declaration["match"]),
            result=dict(declaration["result"]),
            items=declaration.get("items"),
        )

    def applies(self, fields: Mapping[str, Any]) -> bool:
        """Whether the call gave every field the lookup needs."""
        return all(fields.get(name) is not None for name in self._needed)

    def key(self, fields: Mapping[str, Any]) -> dict[str, Any]:
        """The call's fields that identify what it creates (those the lookup reads), in order."""
        return {name: fields[name] for name in self._needed if fields.get(name) is not None}

    def request_fields(self, fields: Mapping[str, Any]) -> dict[str, Any]:
        """The read's arguments for a call with `fields` (which `applies`)."""
        return {read_field: fields[own] for read_field, own in self.request.items()}

    def find(self, data: Any, fields: Mapping[str, Any]) -> dict[str, Any] | None:
        """The write's answer rebuilt from the read's `data`, or None if nothing matches.

        Raises ValueError when `data` is not of the declared shape.
        """
        items = data.get(self.items) if self.items is not None and isinstance(data, dict) else data
        if items is None:
            return None
        if not isinstance(items, list):
            raise ValueError(f"{self.operation} answered without a list of items")
        for item in items:
            if isinstance(item, dict) and self._matches(item, fields):
                return {name: _first(item, path) for name, path in self.result.items()}
        return None

    def _matches(self, item: Mapping[str, Any], fields: Mapping[str, Any]) -> bool:
        return all(
            any(_same(value, fields[own]) for value in _values(item, path))
            for path, own in self.match.items()
        )


Idempotency = bool | Lookup
"""What a repeat does: True (harmless), False (may duplicate, cannot be found), or a Lookup."""


def idempotency_from_spec(value: Any) -> Idempotency:
    """An operation's x-idempotent value (true, false or {lookup: ...}) as an Idempotency."""
    if isinstance(value, bool):
        return value
    if isinstance(value, Mapping) and isinstance(value.get("lookup"), Mapping):
        return Lookup.from_spec(value["lookup"])
    raise ValueError(f"x-idempotent must be true, false or {{lookup: ...}}, not {value!r}")


def _values(node: Any, path: str) -> list[Any]:
    """Every value at `path` in `node` (several where the path crosses a list with `[]`)."""
    nodes = [node]
    for segment in path.split("."):
        many = segment.endswith("[]")
        name = segment[:-2] if many else segment
        found: list[Any] = []
        for current in nodes:
            if not isinstance(current, dict) or name not in current:
                continue
            value = current[name]
            if not many:
                found.append(value)
            elif isinstance(value, list):
                found.extend(value)
        nodes = found
    return nodes


def _first(item: Mapping[str, Any], path: str) -> Any:
    values = _values(item, path)
    if not values:
        raise ValueError(f"the matching item has no {path!r}")
    return values[0]


def _same(value: Any, wanted: Any) -> bool:
    # A form field travels as text, so "11" in a record and 11 in the call are the same value.
    if value is None or isinstance(value, dict | list):
        return False
    return value == wanted or str(value) == str(wanted)
