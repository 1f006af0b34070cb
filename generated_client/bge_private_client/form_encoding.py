"""How a form body goes on the wire: JSON-valued fields as JSON text, scalars as their text.

Copied into the generated client by generator/generate.py; the endpoint modules call
`encode_form` with the fields that openapi.yaml declares JSON-encoded
(`encoding: {contentType: application/json}`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any


def encode_form(fields: Mapping[str, Any], json_fields: Iterable[str] = ()) -> dict[str, str]:
    """The form fields as text: `json_fields` as JSON, `True` as "True", numbers via str().

    Values that are None are left out, like every unset field: the platform neither receives
    nor signs a field without a value.
    """
    as_json = frozenset(json_fields)
    encoded: dict[str, str] = {}
    for name, value in fields.items():
        if value is None:
            continue
        if name in as_json:
            encoded[name] = json.dumps(value)
        elif isinstance(value, (dict, list, tuple)):
            raise TypeError(
                f"form field {name!r} holds a {type(value).__name__}, but openapi.yaml does not "
                "declare it JSON-encoded (encoding: contentType: application/json)"
            )
        else:
            encoded[name] = str(value)
    return encoded
