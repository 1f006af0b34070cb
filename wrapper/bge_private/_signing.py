"""Request signing for the BGE private platform (HMAC-SHA1 over the sorted, encoded form)."""

from __future__ import annotations

import base64
import email.parser
import email.policy
import functools
import hashlib
import hmac
import json
import os
import re
import time
from collections.abc import Generator, Iterable, Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, quote, quote_plus

import httpx

from ._redact import key_hint, note_sent

__all__ = [
    "SIGNING_FIELDS",
    "SigningAuth",
    "compute_sign",
    "new_nonce",
    "percent_encode",
    "string_to_sign",
    "utc_timestamp",
    "verify_sign",
]

SIGNING_FIELDS: tuple[str, ...] = ("app_key", "signature_nonce", "timestamp", "sign")

# The platform prepends this fixed salt (ASCII letters, lower then upper) to every message.
_SALT = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
_FORM_MEDIA_TYPE = "application/x-www-form-urlencoded"
_MULTIPART_MEDIA_TYPE = "multipart/form-data"
_JSON_MEDIA_TYPE = "application/json"
# Where a signed request keeps its unsigned body (see SigningAuth.sign).
_UNSIGNED_BODY = "bge_private.unsigned_body"
# A signed multipart request's boundary and text parts, for signing it again.
_MULTIPART_TEXTS = "bge_private.multipart_texts"


_RESERVED_ASCII = re.compile(r"[^A-Za-z0-9._~-]")
# Every reserved ASCII character → its %XX escape (ASCII is one UTF-8 byte per character).
_ASCII_ESCAPES = {chr(code): f"%{code:02X}" for code in range(128)}


def _escape(match: re.Match[str]) -> str:
    return _ASCII_ESCAPES[match.group()]


def percent_encode(text: str) -> str:
    """Percent-encode ``text`` as UTF-8, keeping only ``A-Za-z0-9-_.~`` (space becomes %20)."""
    # Ids, numbers and id lists are ASCII, where a regex pass is twice as fast as quote().
    if text.isascii():
        return _RESERVED_ASCII.sub(_escape, text)
    # quote() always keeps alphanumerics and "-_.~"; safe="" stops it from also keeping "/".
    return quote(text, safe="", encoding="utf-8", errors="strict")


def _encode_pairs(pairs: str) -> str:
    """The second encoding pass, over text the first pass made of unreserved bytes and %XX,
    joined by "=" and "&": only those three characters still need encoding."""
    return pairs.replace("%", "%25").replace("=", "%3D").replace("&", "%26")


# Field names repeat from call to call; their encoding is worth remembering.
_encode_name = functools.lru_cache(maxsize=1024)(percent_encode)


def string_to_sign(fields: Mapping[str, str]) -> str:
    """Return the platform's string-to-sign for ``fields`` (every field given is included)."""
    pairs = "&".join(
        f"{_encode_name(name)}={percent_encode(fields[name])}" for name in sorted(fields)
    )
    return _encode_pairs(pairs)


def _signer(app_secret: str) -> hmac.HMAC:
    return hmac.new(f"{app_secret}&".encode(), digestmod=hashlib.sha1)


def _sign_with(signer: hmac.HMAC, fields: Mapping[str, str]) -> str:
    unsigned = {name: value for name, value in fields.items() if name != "sign"}
    mac = signer.copy()
    mac.update(f"{_SALT}&{string_to_sign(unsigned)}".encode())
    return base64.b64encode(mac.digest()).decode("ascii")


def compute_sign(app_secret: str, fields: Mapping[str, str]) -> str:
    """Return the Base64 HMAC-SHA1 ``sign`` of ``fields``; a ``sign`` field in them is ignored."""
    return _sign_with(_signer(app_secret), fields)


def verify_sign(app_secret: str, fields: Mapping[str, str]) -> bool:
    """Tell whether ``fields["sign"]`` is the correct signature of the other fields."""
    given = fields.get("sign")
    if given is None:
        return False
    expected = compute_sign(app_secret, fields)
    # Bytes, because compare_digest refuses non-ASCII str and ``given`` is untrusted input.
    return hmac.compare_digest(expected.encode(), given.encode())


def utc_timestamp(now: datetime | None = None) -> str:
    """Format ``now`` (default: the current instant) as the platform's UTC timestamp."""
    if now is None:
        return time.strftime(_TIMESTAMP_FORMAT, time.gmtime())
    if now.tzinfo is None or now.utcoffset() is None:
        # A naive time is ambiguous: the reference client's local-time bug lives exactly here.
        raise ValueError("utc_timestamp() needs a timezone-aware datetime, got a naive one")
    return now.astimezone(UTC).strftime(_TIMESTAMP_FORMAT)


def new_nonce() -> str:
    """Return a fresh random nonce: 32 hex digits from the OS's random source (like uuid4().hex)."""
    return os.urandom(16).hex()


def _parse_form(body: bytes) -> dict[str, str]:
    try:
        text = body.decode("utf-8")
        pairs = parse_qsl(
            text, keep_blank_values=True, strict_parsing=False, encoding="utf-8", errors="strict"
        )
    except UnicodeDecodeError as exc:
        raise ValueError(f"request body is not valid UTF-8 form data: {exc}") from None
    return _form_fields(pairs)


def _form_fields(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """The form's fields by name; a name given twice, or a signing field, is refused."""
    fields: dict[str, str] = {}
    for name, value in pairs:
        if name in fields:
            # The platform's signature has one value per name; a repeat cannot be signed.
            raise ValueError(f"form field {name!r} is given more than once")
        if name in SIGNING_FIELDS:
            raise ValueError(f"form field {name!r} is set by SigningAuth and must not be given")
        fields[name] = value
    return fields


def _form_text(value: Any) -> str:
    # What httpx sends for a form value (httpx._utils.primitive_value_to_str).
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    return str(value)


# Text that quote_plus() leaves as it is: ids, numbers, most values of a form.
_URL_SAFE = re.compile(r"[A-Za-z0-9_.~-]*")


def _quote_plus(text: str) -> str:
    """quote_plus(text), as urlencode() encodes a form's names and values; quicker on text it
    leaves alone."""
    if type(text) is str and _URL_SAFE.fullmatch(text):
        return text
    return quote_plus(text if isinstance(text, str) else str(text))


def _form_pairs(data: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The (name, text) pairs httpx encodes for `data=` (httpx._content.encode_urlencoded_data):
    a list or tuple value gives one pair per item."""
    pairs: list[tuple[str, str]] = []
    for name, value in data.items():
        if isinstance(value, list | tuple):
            pairs.extend((name, _form_text(item)) for item in value)
        else:
            pairs.append((name, value if type(value) is str else _form_text(value)))
    return pairs


class SigningAuth(httpx.Auth):
    """httpx auth that signs a form-encoded POST body, afresh on every attempt."""

    requires_request_body = True

    def __init__(self, app_key: str, app_secret: str) -> None:
        self.app_key = app_key
        # The keyed HMAC state, prepared once and copied per request; the secret is kept only
        # inside it.
        self._signer = _signer(app_secret)

    def __repr__(self) -> str:
        return f"SigningAuth(app_key={key_hint(self.app_key)!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.sign(request)
        yield request

    def sign(self, request: httpx.Request) -> None:
        """Add the four signing fields to ``request``'s form body, with a fresh nonce and time.

        The request is changed in place (building a second httpx.Request cost a fifth of a
        call's CPU). Its unsigned body is kept in its extensions, so sending the same request
        object again signs it again rather than signing the signature.
        """
        content_type = request.headers.get("Content-Type")
        media_type = (content_type or _FORM_MEDIA_TYPE).split(";", 1)[0].strip().lower()
        if media_type == _MULTIPART_MEDIA_TYPE:
            self._sign_multipart(request)
            return
        if media_type == _JSON_MEDIA_TYPE:
            self._sign_json(request)
            return
        if media_type != _FORM_MEDIA_TYPE:
            raise ValueError(f"SigningAuth cannot sign a {media_type!r} body")
        original: bytes = request.extensions.get(_UNSIGNED_BODY, request.content)
        body = self._signed(original, _parse_form(original))

        request.extensions = {**request.extensions, _UNSIGNED_BODY: original}
        request.headers["Content-Type"] = content_type or _FORM_MEDIA_TYPE
        request.headers["Content-Length"] = str(len(body))
        if "Transfer-Encoding" in request.headers:
            del request.headers["Transfer-Encoding"]
        request.stream = httpx.ByteStream(body)
        # httpx keeps the read body in `_content` (what `request.content` returns); it must
        # match the new stream.
        request._content = body

    def sign_form(self, data: Mapping[str, Any]) -> bytes:
        """The signed body of a form that httpx would send for `data=`: what sign() makes of
        that request's body, built without the request.

        For a caller that has the form's fields at hand (PrivateAPI): it sends these bytes as
        the request's content, sparing httpx's encoding and this auth's parsing it back.
        """
        pairs = _form_pairs(data)
        original = "&".join(f"{_quote_plus(name)}={_quote_plus(value)}" for name, value in pairs)
        return self._signed(original.encode("utf-8"), _form_fields(pairs))

    def _signed(self, original: bytes, fields: dict[str, str]) -> bytes:
        """`original` (the form `fields` encoded) followed by the four signing fields."""
        added = {
            "app_key": self.app_key,
            "signature_nonce": new_nonce(),
            "timestamp": utc_timestamp(),
        }
        fields.update(added)
        added["sign"] = _sign_with(self._signer, fields)
        # Whatever reads this request's answer can then strip an echo of the sign from it.
        note_sent(self.app_key, added["sign"])
        # The caller's bytes are kept verbatim so that what is sent decodes to what was signed.
        suffix = "&".join(f"{name}={percent_encode(value)}" for name, value in added.items())
        return original + b"&" + suffix.encode("ascii") if original else suffix.encode("ascii")

    def _signing_fields(self, fields: dict[str, str]) -> dict[str, str]:
        """The four signing fields for `fields` (the text of every field sent and signed)."""
        for name in SIGNING_FIELDS:
            if name in fields:
                raise ValueError(f"field {name!r} is set by SigningAuth and must not be given")
        added = {
            "app_key": self.app_key,
            "signature_nonce": new_nonce(),
            "timestamp": utc_timestamp(),
        }
        added["sign"] = _sign_with(self._signer, {**fields, **added})
        return added

    def _sign_json(self, request: httpx.Request) -> None:
        """A JSON body: each member's text is what the platform signs, `str()` of its value as
        the reference computes it (so a list of objects is signed as its Python repr)."""
        original: bytes = request.extensions.get(_UNSIGNED_BODY, request.content)
        document = json.loads(original or b"{}")
        if not isinstance(document, dict):
            raise ValueError("a JSON request body must be an object")
        texts = {
            name: value if isinstance(value, str) else str(value)
            for name, value in document.items()
            if value is not None
        }
        document.update(self._signing_fields(texts))
        body = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        _replace_body(request, original, body)

    def _sign_multipart(self, request: httpx.Request) -> None:
        """A multipart body: its text parts are signed, its file parts are not."""
        original: bytes = request.extensions.get(_UNSIGNED_BODY, request.content)
        boundary, texts = request.extensions.get(_MULTIPART_TEXTS) or _multipart_texts(request)
        request.extensions = {**request.extensions, _MULTIPART_TEXTS: (boundary, texts)}
        closing = b"--" + boundary + b"--\r\n"
        if not original.endswith(closing):
            raise ValueError("the multipart body does not end with its closing boundary")
        parts = b"".join(
            b'--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n'
            % (boundary, name.encode("ascii"), value.encode("utf-8"))
            for name, value in self._signing_fields(texts).items()
        )
        _replace_body(request, original, original[: -len(closing)] + parts + closing)


def _multipart_texts(request: httpx.Request) -> tuple[bytes, dict[str, str]]:
    """The boundary and the text parts (name → text) of a multipart request.

    A part with a file name is a file and is not signed; every other part is a text field.
    """
    content_type = request.headers.get("Content-Type", "")
    header = f"Content-Type: {content_type}\r\n\r\n".encode("latin-1")
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        header + request.content
    )
    boundary = message.get_boundary()
    if not message.is_multipart() or boundary is None:
        raise ValueError("the multipart body cannot be read back")
    texts: dict[str, str] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            raise ValueError("a multipart part has no name")
        if part.get_filename() is not None:
            continue
        if name in texts:
            raise ValueError(f"form field {name!r} is given more than once")
        payload = part.get_payload(decode=True)
        texts[name] = payload.decode("utf-8") if isinstance(payload, bytes) else ""
    return boundary.encode("ascii"), texts


def _replace_body(request: httpx.Request, original: bytes, body: bytes) -> None:
    request.extensions = {**request.extensions, _UNSIGNED_BODY: original}
    request.headers["Content-Length"] = str(len(body))
    if "Transfer-Encoding" in request.headers:
        del request.headers["Transfer-Encoding"]
    request.stream = httpx.ByteStream(body)
    request._content = body
