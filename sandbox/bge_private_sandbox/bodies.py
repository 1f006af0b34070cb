"""Reading a request body of any media type the spec allows: what is signed, what the form gets."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any

from python_multipart.exceptions import FormParserError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import Request

from bge_private._signing import SIGNING_FIELDS

from .errors import BODY_TOO_LARGE, INVALID_ARGUMENT, ApiError
from .forms import (
    DEFAULT_MAX_BODY_BYTES,
    DEFAULT_REQUEST_TIMEOUT_SECONDS,
    MAX_FIELDS,
    parse_form,
    read_body,
)
from .spec import FORM_MEDIA_TYPE, JSON_MEDIA_TYPE, MULTIPART_MEDIA_TYPE, Body

MIB = 1 << 20
DEFAULT_MAX_UPLOAD_BYTES = 16 * MIB
DEFAULT_MAX_PART_BYTES = 8 * MIB


@dataclass(frozen=True)
class BodyLimits:
    """How large a body may be (over the limit: 41301)."""

    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    """A urlencoded form or a JSON body."""
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES
    """A whole multipart body."""
    max_part_bytes: int = DEFAULT_MAX_PART_BYTES
    """One part (file or text) of a multipart body."""
    request_timeout: float = DEFAULT_REQUEST_TIMEOUT_SECONDS
    """How long a body may take to arrive (then: HTTP 408, connection closed)."""


@dataclass(frozen=True)
class Received:
    """A request body, read and split the way the signature and the form model need it."""

    signed: dict[str, str]
    """The fields the signature covers, as the text that was signed (signing fields included)."""
    own: dict[str, Any]
    """The operation's own fields: text, file bytes (multipart) or JSON values (JSON body)."""
    filenames: dict[str, str] = field(default_factory=dict)
    """Each file part's filename as the client gave it ("" when it gave none)."""


async def read_request(request: Request, body: Body, limits: BodyLimits) -> Received:
    """Read `request`, whose media type is `body.media_type` (checked already)."""
    if body.media_type == MULTIPART_MEDIA_TYPE:
        raw = await read_body(request, limits.max_upload_bytes, limits.request_timeout)
        return _received_multipart(request.headers.get("content-type", ""), raw, body, limits)
    raw = await read_body(request, limits.max_body_bytes, limits.request_timeout)
    if body.media_type == JSON_MEDIA_TYPE:
        return _received_json(raw)
    if body.media_type == FORM_MEDIA_TYPE:
        fields = parse_form(raw)
        return Received(signed=fields, own=_own(fields))
    raise AssertionError(f"unexpected media type {body.media_type}")  # spec.py allows no other


def _own(fields: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in fields.items() if name not in SIGNING_FIELDS}


# ---------------------------------------------------------------------- JSON body


def reference_text(value: Any) -> str:
    """The text the reference SDK signs for a JSON body member: `str()` of the Python value.

    So a list or an object is signed as its Python repr (`[{'a': 1}]`), a boolean as `True`,
    not as the JSON that is sent. json.loads gives back the values the client dumped (same
    types, same key order), so their repr is the client's.
    """
    return str(value)


def _received_json(raw: bytes) -> Received:
    document = parse_json_object(raw)
    # A null member is neither signed nor given, as in the reference (biosample_id: null).
    present = {name: value for name, value in document.items() if value is not None}
    return Received(
        signed={name: reference_text(value) for name, value in present.items()},
        own=_own(present),
    )


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for name, value in pairs:
        if name in result:
            raise ApiError(INVALID_ARGUMENT, f"{name}: given more than once in the JSON body")
        result[name] = value
    return result


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ApiError(INVALID_ARGUMENT, "the JSON body holds a number too large for a float")
    return value


def _no_constant(name: str) -> Any:
    raise ApiError(INVALID_ARGUMENT, f"the JSON body holds {name}, which JSON does not allow")


def parse_json_object(raw: bytes) -> dict[str, Any]:
    """A JSON body that must be one object, in UTF-8, each member once, numbers finite."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ApiError(INVALID_ARGUMENT, "request body is not UTF-8 JSON") from None
    try:
        document = json.loads(
            text, object_pairs_hook=_no_duplicates, parse_float=_finite, parse_constant=_no_constant
        )
    except json.JSONDecodeError as exc:
        raise ApiError(
            INVALID_ARGUMENT, f"request body is not valid JSON ({exc.msg} at position {exc.pos})"
        ) from None
    except (ValueError, RecursionError):
        # An integer of more than 4300 digits, or nesting deeper than Python's stack.
        raise ApiError(INVALID_ARGUMENT, "request body is JSON this sandbox cannot hold") from None
    if not isinstance(document, dict):
        raise ApiError(INVALID_ARGUMENT, "request body must be one JSON object")
    return document


# ---------------------------------------------------------------------- multipart body


@dataclass
class _Part:
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    data: bytearray = field(default_factory=bytearray)
    name: str = ""
    filename: str | None = None


class _MultipartReader:
    """python-multipart's callbacks, collecting whole parts (the body is in memory already)."""

    def __init__(self, max_part_bytes: int) -> None:
        self.max_part_bytes = max_part_bytes
        self.parts: list[_Part] = []
        self.ended = False
        self._part = _Part()
        self._header_name = bytearray()
        self._header_value = bytearray()

    def on_part_begin(self) -> None:
        if len(self.parts) >= MAX_FIELDS:
            raise ApiError(INVALID_ARGUMENT, f"request body has more than {MAX_FIELDS} parts")
        self._part = _Part()

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self._header_name += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]

    def on_header_end(self) -> None:
        self._part.headers.append((bytes(self._header_name).lower(), bytes(self._header_value)))
        self._header_name.clear()
        self._header_value.clear()

    def on_headers_finished(self) -> None:
        headers = self._part.headers
        dispositions = [value for name, value in headers if name == b"content-disposition"]
        if len(dispositions) != 1:
            raise ApiError(INVALID_ARGUMENT, "each multipart part needs one Content-Disposition")
        kind, options = parse_options_header(dispositions[0])
        if kind != b"form-data" or b"name" not in options:
            raise ApiError(
                INVALID_ARGUMENT,
                'each multipart part must be Content-Disposition: form-data; name="..."',
            )
        self._part.name = _header_text(options[b"name"], "a part name")
        if b"filename" in options:
            self._part.filename = _header_text(options[b"filename"], "a filename")

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        self._part.data += data[start:end]
        if len(self._part.data) > self.max_part_bytes:
            raise ApiError(
                BODY_TOO_LARGE,
                f"multipart part {self._part.name!r} is larger than {self.max_part_bytes} bytes",
            )

    def on_part_end(self) -> None:
        self.parts.append(self._part)

    def on_end(self) -> None:
        self.ended = True


def _header_text(raw: bytes, what: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ApiError(INVALID_ARGUMENT, f"multipart body has {what} that is not UTF-8") from None


def parse_multipart(content_type: str, raw: bytes, max_part_bytes: int) -> list[_Part]:
    """The parts of a multipart/form-data body, each at most `max_part_bytes`."""
    _, params = parse_options_header(content_type)
    boundary = params.get(b"boundary")
    if not boundary:
        raise ApiError(INVALID_ARGUMENT, "Content-Type multipart/form-data has no boundary")
    reader = _MultipartReader(max_part_bytes)
    callbacks: Any = {
        name: getattr(reader, name)
        for name in (
            "on_part_begin",
            "on_header_field",
            "on_header_value",
            "on_header_end",
            "on_headers_finished",
            "on_part_data",
            "on_part_end",
            "on_end",
        )
    }
    try:
        parser = MultipartParser(boundary, callbacks)
        parser.write(raw)
        parser.finalize()
    except FormParserError:
        raise ApiError(INVALID_ARGUMENT, "request body is not valid multipart/form-data") from None
    if not reader.ended:
        raise ApiError(INVALID_ARGUMENT, "multipart body ends before its closing boundary")
    return reader.parts


def _received_multipart(content_type: str, raw: bytes, body: Body, limits: BodyLimits) -> Received:
    signed: dict[str, str] = {}
    own: dict[str, Any] = {}
    filenames: dict[str, str] = {}
    for part in parse_multipart(content_type, raw, limits.max_part_bytes):
        if part.name in signed or part.name in own:
            # The signature covers one value per name, so a repeat cannot have been signed.
            raise ApiError(INVALID_ARGUMENT, f"{part.name}: given more than once")
        # The spec, not the client, says which parts are files: those are not signed.
        if part.name in body.file_fields:
            own[part.name] = bytes(part.data)
            filenames[part.name] = part.filename or ""
            continue
        try:
            text = part.data.decode("utf-8")
        except UnicodeDecodeError:
            raise ApiError(INVALID_ARGUMENT, f"{part.name}: not UTF-8 text") from None
        signed[part.name] = text
        if part.name not in SIGNING_FIELDS:
            own[part.name] = text
    return Received(signed=signed, own=own, filenames=filenames)
