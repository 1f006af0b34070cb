"""Reading a request's form body and turning it into the operation's generated form model."""

from __future__ import annotations

import json
import math
import re
import types
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from typing import Any, Union, get_args, get_origin
from urllib.parse import parse_qsl

import anyio
from pydantic import BaseModel, RootModel, ValidationError
from starlette.requests import Request

from . import models
from .errors import BODY_TOO_LARGE, INVALID_ARGUMENT, ApiError
from .spec import FORM_MEDIA_TYPE, Body, Operation

DEFAULT_MAX_BODY_BYTES = 1 << 20
# How long a body may take to arrive once the headers have (a connection trickling it would
# otherwise be held open for ever).
DEFAULT_REQUEST_TIMEOUT_SECONDS = 30.0
# A body within the size limit can still name thousands of fields; none of ours has 100.
MAX_FIELDS = 1000
# How many validation problems one message lists before it says "and N more".
_MAX_PROBLEMS = 5


def check_content_type(request: Request, accepted: Sequence[str] = (FORM_MEDIA_TYPE,)) -> str:
    """The body's media type, one of `accepted` (the operation's), in UTF-8; else ApiError."""
    header = request.headers.get("content-type")
    wanted = " or ".join(accepted)
    if header is None:
        raise ApiError(INVALID_ARGUMENT, f"Content-Type is missing; send {wanted}")
    media_type, *params = (part.strip() for part in header.split(";"))
    media_type = media_type.lower()
    if media_type not in accepted:
        raise ApiError(INVALID_ARGUMENT, f"Content-Type is {media_type!r}; send {wanted}")
    for param in params:
        name, _, value = param.partition("=")
        charset = value.strip().strip('"').lower()
        if name.strip().lower() == "charset" and charset not in {"utf-8", "utf8"}:
            raise ApiError(INVALID_ARGUMENT, f"charset {charset!r} is not supported; send UTF-8")
    return media_type


async def read_body(
    request: Request, limit: int, timeout: float = DEFAULT_REQUEST_TIMEOUT_SECONDS
) -> bytes:
    """The request body, refused with 41301 as soon as it is known to exceed `limit` bytes,
    and answered HTTP 408 (closing the connection) if it has not all come within `timeout` s."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise ApiError(BODY_TOO_LARGE, f"request body is larger than {limit} bytes")
    body = bytearray()
    try:
        with anyio.fail_after(timeout):
            # Chunk by chunk, so that a body without Content-Length is never held whole past
            # the limit.
            async for chunk in request.stream():
                body += chunk
                if len(body) > limit:
                    raise ApiError(BODY_TOO_LARGE, f"request body is larger than {limit} bytes")
    except TimeoutError:
        raise ApiError(
            INVALID_ARGUMENT,
            f"the request body did not arrive within {timeout:g} s",
            status_code=408,
            headers={"Connection": "close"},
        ) from None
    return bytes(body)


def parse_form(body: bytes) -> dict[str, str]:
    """The fields of a urlencoded UTF-8 body; a repeated name is an error, not a list."""
    try:
        text = body.decode("utf-8")
        pairs = parse_qsl(
            text,
            keep_blank_values=True,
            encoding="utf-8",
            errors="strict",
            max_num_fields=MAX_FIELDS,
        )
    except UnicodeDecodeError:
        raise ApiError(INVALID_ARGUMENT, "request body is not UTF-8 form data") from None
    except ValueError:
        message = f"request body has more than {MAX_FIELDS} fields"
        raise ApiError(INVALID_ARGUMENT, message) from None
    fields: dict[str, str] = {}
    for name, value in pairs:
        if name in fields:
            # The signature covers one value per name, so a repeat cannot have been signed.
            raise ApiError(INVALID_ARGUMENT, f"{name}: given more than once")
        fields[name] = value
    return fields


def build_form(operation: Operation | Body, fields: Mapping[str, Any]) -> BaseModel:
    """Validate the operation's own fields (signing fields already removed) with its form model.

    `fields` holds text (a form), text and file bytes (multipart) or JSON values (a JSON body);
    JSON-text fields are decoded here. Given an Operation, its first media type's model is used.

    A form model that is a union (a RootModel, as `oneOf` in the spec generates) is unwrapped:
    the result is the branch that matched.
    """
    values: dict[str, Any] = {}
    scalars = _scalar_kinds(operation.form_model)
    for name, text in fields.items():
        if name not in operation.json_fields or not isinstance(text, str):
            if isinstance(text, str):
                check_scalar_text(name, text, scalars.get(name))
            values[name] = text
            continue
        value = _parse_json_field(name, text)
        # The reference client sends the text `null` for an argument it was not given.
        if value is not None:
            values[name] = value
    try:
        form = operation.form_model.model_validate(values)
    except ValidationError as exc:
        raise ApiError(INVALID_ARGUMENT, describe_validation_error(exc)) from None
    except RecursionError:
        raise ApiError(INVALID_ARGUMENT, "invalid argument: a value is nested too deeply") from None
    while isinstance(form, RootModel):
        form = form.root
    for where in _non_finite_numbers(form):
        # pydantic accepts "nan" and "inf" for floats, but no JSON answer could hold them.
        raise ApiError(INVALID_ARGUMENT, f"invalid argument: {where}: must be a finite number")
    return form


# The text of a scalar, as the spec's types allow it: JSON's grammar, which pydantic's lax
# parsing of text is looser than ("1_1" and "11.0" would be the integer 11, " 11 " too).
_SCALAR_TEXT = {
    "integer": re.compile(r"-?(?:0|[1-9][0-9]*)", re.ASCII),
    "number": re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?", re.ASCII),
    "boolean": re.compile(r"true|false|True|False", re.ASCII),
}
_SCALAR_WORDS = {
    "integer": "an integer in decimal digits, such as 11",
    "number": "a number such as 46.612 or 1e-05",
    "boolean": "true or false",
}


def check_scalar_text(name: str, text: str, kind: str | None) -> None:
    """Refuse form text that is not of the spec's scalar type `kind` (None: not a scalar)."""
    pattern = _SCALAR_TEXT.get(kind or "")
    if pattern is not None and pattern.fullmatch(text) is None:
        raise ApiError(
            INVALID_ARGUMENT, f"invalid argument: {name}: must be {_SCALAR_WORDS[kind or '']}"
        )


_SCALAR_TYPES: dict[type, str] = {bool: "boolean", int: "integer", float: "number"}


@cache
def _scalar_kinds(model: type[BaseModel]) -> dict[str, str]:
    """The fields of a form model (or of each branch of a union of them) that are scalars: name
    to "integer", "number" or "boolean"."""
    kinds: dict[str, str] = {}
    if issubclass(model, RootModel):
        for branch in _union_members(model.model_fields["root"].annotation):
            if isinstance(branch, type) and issubclass(branch, BaseModel):
                kinds.update(_scalar_kinds(branch))
        return kinds
    for name, field in model.model_fields.items():
        members = {
            member for member in _union_members(field.annotation) if member is not type(None)
        }
        if len(members) == 1:
            kind = _SCALAR_TYPES.get(next(iter(members)))
            if kind is not None:
                kinds[field.alias or name] = kind
    return kinds


def _union_members(annotation: Any) -> tuple[Any, ...]:
    if get_origin(annotation) in (Union, types.UnionType):
        return get_args(annotation)
    return (annotation,)


def _refuse_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            # json.loads would keep the last silently; which one the caller meant is unknowable.
            raise ValueError(f"duplicate key {key[:64]!r}")
        found[key] = value
    return found


def _parse_json_field(name: str, text: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_refuse_duplicate_keys)
    except json.JSONDecodeError as exc:
        raise ApiError(
            INVALID_ARGUMENT, f"{name}: not valid JSON ({exc.msg} at position {exc.pos})"
        ) from None
    except RecursionError:
        raise ApiError(INVALID_ARGUMENT, f"{name}: JSON nested too deeply") from None
    except ValueError as exc:
        raise ApiError(INVALID_ARGUMENT, f"{name}: not valid JSON ({exc})") from None


def describe_validation_error(exc: ValidationError) -> str:
    """A short message naming each bad field and what is wrong with it (never its value)."""
    problems: list[str] = []
    for error in exc.errors(include_url=False, include_input=False, include_context=False):
        # Union members appear in the location under their class names; the caller never
        # wrote those, so they are left out.
        where = ".".join(str(part) for part in error["loc"] if not _is_model_name(part))
        if error["type"] == "missing":
            reason = "is required"
        elif error["type"] == "extra_forbidden":
            reason = "is not a field of this operation"
        else:
            reason = error["msg"][:1].lower() + error["msg"][1:]
        problem = f"{where or 'form'}: {reason}"
        if problem not in problems:
            problems.append(problem)
    shown = "; ".join(problems[:_MAX_PROBLEMS])
    if len(problems) > _MAX_PROBLEMS:
        shown += f"; and {len(problems) - _MAX_PROBLEMS} more"
    return f"invalid argument: {shown}"


def _is_model_name(part: str | int) -> bool:
    return isinstance(part, str) and isinstance(getattr(models, part, None), type)


def _non_finite_numbers(value: Any, where: str = "") -> Iterator[str]:
    if isinstance(value, float) and not math.isfinite(value):
        yield where or "form"
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _non_finite_numbers(getattr(value, name), f"{where}.{name}".lstrip("."))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _non_finite_numbers(item, f"{where}.{index}")
