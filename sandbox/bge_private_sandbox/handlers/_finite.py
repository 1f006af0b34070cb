"""Refusing NaN and infinities inside free-form JSON values of a form (objects of any shape)."""

from __future__ import annotations

import json
import math
from typing import Any

from ..errors import INVALID_ARGUMENT, ApiError


def require_finite(value: Any, where: str) -> None:
    """ApiError 40001 when `value` holds a NaN or an infinity anywhere.

    Python's json module reads `NaN` and `Infinity`, and the form models only check the numbers
    of their declared fields; a non-finite number inside a free-form object would be stored and
    then make every answer showing it invalid JSON.
    """
    pending: list[tuple[Any, str]] = [(value, where)]
    while pending:
        item, at = pending.pop()
        if isinstance(item, float) and not math.isfinite(item):
            raise ApiError(INVALID_ARGUMENT, f"invalid argument: {at}: must be a finite number")
        if isinstance(item, dict):
            pending.extend((member, f"{at}.{name}") for name, member in item.items())
        elif isinstance(item, list):
            pending.extend((member, f"{at}.{index}") for index, member in enumerate(item))


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def json_object(text: str, where: str) -> dict[str, Any]:
    """The JSON object in `text` (finite numbers only); ApiError 40001 for anything else."""
    try:
        value = json.loads(text, parse_constant=_refuse_constant)
    except (ValueError, RecursionError) as exc:
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
        if isinstance(exc, RecursionError):
            reason = "nested too deeply"

        raise ApiError(
            INVALID_ARGUMENT, f"invalid argument: {where}: not valid JSON ({reason})"
        ) from None
    if not isinstance(value, dict):
        raise ApiError(INVALID_ARGUMENT, f"invalid argument: {where}: must be a JSON object")
    return value
