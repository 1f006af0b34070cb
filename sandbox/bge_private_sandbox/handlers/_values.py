"""Checks on JSON values taken from JSON-text fields, shared by the family modules."""

from __future__ import annotations

import math
from typing import Any

from ..errors import INVALID_ARGUMENT, ApiError


def require_finite(value: Any, where: str) -> None:
    """Refuse NaN and infinities anywhere in `value`: Python's JSON parser takes them, but no
    JSON answer (nor the effects record) can hold them."""
    if isinstance(value, float) and not math.isfinite(value):
        raise ApiError(INVALID_ARGUMENT, f"invalid argument: {where}: must be a finite number")
    if isinstance(value, dict):
        for name, item in value.items():
            require_finite(item, f"{where}.{name}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            require_finite(item, f"{where}.{index}")
