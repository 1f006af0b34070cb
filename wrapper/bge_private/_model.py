"""The dict-like ``Model`` in which the SDK hands the platform's JSON answers to the user."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator, Mapping, MutableMapping
from typing import Any

__all__ = ["Model"]


def _wrap(value: Any) -> Any:
    """A JSON value as Model users see it: objects become Models, also inside lists.

    Only one level is converted: a nested object becomes a Model that converts its own values
    when they are first read, so building a Model costs nothing however large the answer.
    """
    if isinstance(value, Model):
        return value
    if type(value) is dict:
        return Model._adopt(value)
    if isinstance(value, Mapping):
        return Model(value)
    if isinstance(value, list | tuple):
        return [_wrap(item) for item in value]
    return value


def _unwrap(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {key: _unwrap(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_unwrap(item) for item in value]
    # Scalars from JSON are immutable, so deepcopy returns them as they are; anything else is
    # copied so that changing the result of json() can never change the Model.
    return copy.deepcopy(value)


def _show(value: Any) -> str:
    """repr() with every object shown as Model({...}), as the reference SDK prints them."""
    if isinstance(value, Mapping):
        inner = ", ".join(f"{key!r}: {_show(item)}" for key, item in value.items())
        return f"Model({{{inner}}})"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_show(item) for item in value) + "]"
    return repr(value)


class Model(MutableMapping[str, Any]):
    """A JSON object whose keys read as items (``m["total"]``) or as attributes (``m.total``).

    Nested objects become ``Model`` too, also inside lists (converted when first read, so a
    large answer costs nothing until it is used).
    Attribute access never reaches names starting with ``_``, and the mapping's own methods
    (``items``, ``keys``, ``values``, ``get``, ``json``, ...) win over keys of the same name:
    use ``m["items"]`` for those. ``Model({"a": 1}) == {"a": 1}`` is true.
    """

    __slots__ = ("_data", "_ready")

    _data: dict[str, Any]
    # Keys whose values are already in Model form (see _wrap: conversion happens on first read).
    _ready: set[str]

    def __init__(self, data: Mapping[str, Any] | None = None, /, **kwargs: Any) -> None:
        object.__setattr__(self, "_data", {})
        object.__setattr__(self, "_ready", set())
        # The caller keeps its objects: the Model holds its own copy of every level.
        if data is not None:
            self._data.update(_unwrap(data))
        self._data.update(_unwrap(kwargs))

    @classmethod
    def _adopt(cls, data: dict[str, Any]) -> Model:
        """A Model over `data` itself (no copy): for freshly parsed JSON that nobody else holds."""
        model = cls.__new__(cls)
        object.__setattr__(model, "_data", data)
        object.__setattr__(model, "_ready", set())
        return model

    def __getitem__(self, key: str) -> Any:
        value = self._data[key]
        if key not in self._ready:
            value = self._data[key] = _wrap(value)
            self._ready.add(key)
        return value

    def __setitem__(self, key: str, value: Any) -> None:
        self._data[key] = _unwrap(value)
        self._ready.discard(key)

    def __delitem__(self, key: str) -> None:
        del self._data[key]
        self._ready.discard(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __getattr__(self, name: str) -> Any:
        # Only reached when normal lookup fails; "_" names are left alone so that copy, pickle
        # and other protocol probes see a plain missing attribute, never a data key.
        if not name.startswith("_"):
            try:
                return self[name]
            except KeyError:
                pass
        raise AttributeError(f"{type(self).__name__!s} has no key or attribute {name!r}")

    def __setattr__(self, name: str, value: Any) -> None:
        # m.x = 1 must be visible in m["x"] and json(), not hidden as an instance attribute.
        if name.startswith("_"):
            raise AttributeError(f"cannot set private attribute {name!r} on {type(self).__name__}")
        self[name] = value

    def __delattr__(self, name: str) -> None:
        if name.startswith("_") or name not in self._data:
            raise AttributeError(f"{type(self).__name__!s} has no key {name!r}")
        del self[name]

    def __dir__(self) -> list[str]:
        keys = [key for key in self._data if key.isidentifier() and not key.startswith("_")]
        return sorted(set(super().__dir__()) | set(keys))

    def __repr__(self) -> str:
        return _show(self)

    def __reduce__(self) -> tuple[type[Model], tuple[dict[str, Any]]]:
        return (type(self), (self.json(),))

    def json(self) -> dict[str, Any]:
        """Return the content as plain, newly built dicts and lists (safe to change)."""
        return {key: _unwrap(value) for key, value in self._data.items()}

    def dumps(
        self, indent: int | str | None = None, ensure_ascii: bool | None = None, **kwargs: Any
    ) -> str:
        """Return the content as JSON text; extra keyword arguments go to ``json.dumps``.

        ``ensure_ascii`` defaults to False, unlike ``json.dumps``, so that the platform's Chinese
        text prints readably instead of as ``\\uXXXX`` escapes.
        """
        return json.dumps(
            self.json(),
            indent=indent,
            ensure_ascii=bool(ensure_ascii),
            **kwargs,
        )
