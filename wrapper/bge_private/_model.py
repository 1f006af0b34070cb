"""The dict-like ``Model`` in which the SDK hands the platform's JSON answers to the user."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator, Mapping, MutableMapping
from typing import Any

__all__ = ["Model"]


def _wrap(value: Any) -> Any:
    if isinstance(value, Mapping):
        return value if isinstance(value, Model) else Model(value)
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


class Model(MutableMapping[str, Any]):
    """A JSON object whose keys read as items (``m["total"]``) or as attributes (``m.total``).

    Nested objects become ``Model`` too, also inside lists, on construction and on assignment.
    Attribute access never reaches names starting with ``_``, and the mapping's own methods
    (``items``, ``keys``, ``values``, ``get``, ``json``, ...) win over keys of the same name:
    use ``m["items"]`` for those. ``Model({"a": 1}) == {"a": 1}`` is true.
    """

    __slots__ = ("_data",)

    _data: dict[str, Any]

    def __init__(self, data: Mapping[str, Any] | None = None, /, **kwargs: Any) -> None:
        object.__setattr__(self, "_data", {})
        if data is not None:
            self.update(data)
        self.update(kwargs)

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self._data[key] = _wrap(value)

    def __delitem__(self, key: str) -> None:
        del self._data[key]

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
                return self._data[name]
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
        return f"{type(self).__name__}({self._data!r})"

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
