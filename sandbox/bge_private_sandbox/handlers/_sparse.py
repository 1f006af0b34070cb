"""Answers that leave out the optional members their data does not have (not `null`).

The app writes an answer with `model_dump(mode="json")`, which shows every optional member a
record lacks as `null`; where the spec types that member (`type: string`), `null` does not
conform, and a documented record gains members its documentation does not show. Until the app
dumps with `exclude_unset=True`, a handler wraps its answer with `sparse()`.
"""

from __future__ import annotations

from functools import cache
from typing import Any, TypeVar

from pydantic import BaseModel

R = TypeVar("R", bound=BaseModel)


@cache
def _sparse_class(response: type[BaseModel]) -> type[BaseModel]:
    class Sparse(response):  # type: ignore[valid-type,misc]
        def model_dump(self, **options: Any) -> dict[str, Any]:
            options.setdefault("exclude_unset", True)
            dumped: dict[str, Any] = super().model_dump(**options)
            return dumped

    Sparse.__name__ = Sparse.__qualname__ = response.__name__
    return Sparse


def sparse(answer: R) -> R:
    """The same answer, of a subclass of its class whose dump leaves out unset members."""
    cls = _sparse_class(type(answer))
    rebuilt = cls.model_validate(answer.model_dump(mode="json", exclude_unset=True))
    assert isinstance(rebuilt, type(answer))
    return rebuilt
