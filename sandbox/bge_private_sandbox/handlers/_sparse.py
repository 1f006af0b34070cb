"""Answers that hold only the members a handler set: unset optional members are left out, not null.

Superseded: the app dumps every answer with `model_dump(mode="json", exclude_unset=True)`, so
`sparse()` and `sparse_answer()` change nothing any more. Only handlers/streams.py still calls
`sparse_answer()`; this module goes once it no longer does.
"""

from __future__ import annotations

import threading
from typing import Any, TypeVar, cast

from pydantic import BaseModel

R = TypeVar("R", bound=BaseModel)

_made: dict[type[BaseModel], type[BaseModel]] = {}
_lock = threading.Lock()


def _dump_set_members(self: BaseModel, **options: Any) -> dict[str, Any]:
    options.setdefault("exclude_unset", True)
    return BaseModel.model_dump(self, **options)


def sparse(response: type[R]) -> type[R]:
    """`response`'s subclass (one per class) whose model_dump() leaves out unset members."""
    with _lock:
        made = _made.get(response)
        if made is None:
            made = type(
                response.__name__,
                (response,),
                {
                    "__module__": __name__,
                    "__qualname__": response.__qualname__,
                    "__doc__": response.__doc__,
                    "model_dump": _dump_set_members,
                },
            )
            _made[response] = made
    return cast(type[R], made)


def sparse_answer(answer: R) -> R:
    """The same answer, rebuilt as its class's sparse subclass (see `sparse`)."""
    return sparse(type(answer)).model_validate(answer.model_dump(mode="json", exclude_unset=True))
