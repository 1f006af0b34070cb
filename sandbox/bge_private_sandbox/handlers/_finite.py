"""Refusing what a free-form JSON value of a form cannot hold: NaN, infinities, deep nesting."""

from __future__ import annotations

import json
import math
from typing import Any

from ..errors import INVALID_ARGUMENT, ApiError

# Deeper values cannot be answered: pydantic refuses to serialise past ~250 levels.
MAX_DEPTH = 64


def require_finite(value: Any, where: str) -> None:
    """ApiError 40001 when `value` holds a NaN or an infinity anywhere, or nests deeper than
    MAX_DEPTH objects and arrays.

    Python's json module reads `NaN`, `Infinity` and `1e999`, and the form models only check
    the numbers of their declared fields; such a number inside a free-form object would be
    stored and then make every answer showing it invalid JSON. Likewise a value nested too
    deeply would be stored and then fail every answer that shows it.
    """
    pending: list[tuple[Any, str, int]] = [(value, where, 0)]
    while pending:
        item, at, depth = pending.pop()
        if isinstance(item, float) and not math.isfinite(item):
            raise ApiError(INVALID_ARGUMENT, f"invalid argument: {at}: must be a finite number")
        if isinstance(item, dict | list) and depth >= MAX_DEPTH:
            raise ApiError(
                INVALID_ARGUMENT,
                f"invalid argument: {where}: nested deeper than {MAX_DEPTH} levels",
            )
        if isinstance(item, dict):
            pending.extend((member, f"{at}.{name}", depth + 1) for name, member in item.items())
        elif isinstance(item, list):
            pending.extend(
                (member, f"{at}.{index}", depth + 1) for index, member in enumerate(item)
            )


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def json_object(text: str, where: str) -> dict[str, Any]:
    """The JSON object in `text` (finite numbers only); ApiError 40001 for anything else."""
    try:
        value = json.loads(text, parse_constant=_refuse_constant)
    except RecursionError:
        raise ApiError(
            INVALID_ARGUMENT, f"invalid argument: {where}: not valid JSON (nested too deeply)"
        ) from None
    except ValueError as exc:
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
        raise ApiError(
            INVALID_ARGUMENT, f"invalid argument: {where}: not valid JSON ({reason})"
        ) from None
    if not isinstance(value, dict):
        raise ApiError(INVALID_ARGUMENT, f"invalid argument: {where}: must be a JSON object")
    # `1e999` reads as an infinity without passing through parse_constant.
    require_finite(value, where)
    return value
