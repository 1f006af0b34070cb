"""Request signing for the BGE private platform (HMAC-SHA1 over the sorted, encoded form)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import uuid
from collections.abc import Generator, Mapping
from datetime import UTC, datetime
from urllib.parse import parse_qsl, quote, urlencode

import httpx

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


def percent_encode(text: str) -> str:
    """Percent-encode ``text`` as UTF-8, keeping only ``A-Za-z0-9-_.~`` (space becomes %20)."""
    # quote() always keeps alphanumerics and "-_.~"; safe="" stops it from also keeping "/".
    return quote(text, safe="", encoding="utf-8", errors="strict")


def string_to_sign(fields: Mapping[str, str]) -> str:
    """Return the platform's string-to-sign for ``fields`` (every field given is included)."""
    pairs = "&".join(
        f"{percent_encode(name)}={percent_encode(fields[name])}" for name in sorted(fields)
    )
    return percent_encode(pairs)


def compute_sign(app_secret: str, fields: Mapping[str, str]) -> str:
    """Return the Base64 HMAC-SHA1 ``sign`` of ``fields``; a ``sign`` field in them is ignored."""
    unsigned = {name: value for name, value in fields.items() if name != "sign"}
    message = f"{_SALT}&{string_to_sign(unsigned)}".encode()
    key = f"{app_secret}&".encode()
    digest = hmac.new(key, message, hashlib.sha1).digest()
    return base64.b64encode(digest).decode("ascii")


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
        now = datetime.now(UTC)
    elif now.tzinfo is None or now.utcoffset() is None:
        # A naive time is ambiguous: the reference client's local-time bug lives exactly here.
        raise ValueError("utc_timestamp() needs a timezone-aware datetime, got a naive one")
    return now.astimezone(UTC).strftime(_TIMESTAMP_FORMAT)


def new_nonce() -> str:
    """Return a fresh random nonce."""
    return uuid.uuid4().hex


def _parse_form(body: bytes) -> dict[str, str]:
    try:
        text = body.decode("utf-8")
        pairs = parse_qsl(
            text, keep_blank_values=True, strict_parsing=False, encoding="utf-8", errors="strict"
        )
    except UnicodeDecodeError as exc:
        raise ValueError(f"request body is not valid UTF-8 form data: {exc}") from None
    fields: dict[str, str] = {}
    for name, value in pairs:
        if name in fields:
            # The platform's signature has one value per name; a repeat cannot be signed.
            raise ValueError(f"form field {name!r} is given more than once")
        if name in SIGNING_FIELDS:
            raise ValueError(f"form field {name!r} is set by SigningAuth and must not be given")
        fields[name] = value
    return fields


class SigningAuth(httpx.Auth):
    """httpx auth that signs a form-encoded POST body, afresh on every attempt."""

    requires_request_body = True

    def __init__(self, app_key: str, app_secret: str) -> None:
        self.app_key = app_key
        self._app_secret = app_secret

    def __repr__(self) -> str:
        return f"SigningAuth(app_key={self.app_key!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        yield self._signed_copy(request)

    def _signed_copy(self, request: httpx.Request) -> httpx.Request:
        """Return a signed copy of ``request``; ``request`` itself is left untouched."""
        content_type = request.headers.get("Content-Type")
        if content_type is not None:
            media_type = content_type.split(";", 1)[0].strip().lower()
            if media_type != _FORM_MEDIA_TYPE:
                raise ValueError(
                    f"SigningAuth signs only {_FORM_MEDIA_TYPE} bodies, got {media_type!r}"
                )
        original = request.content
        fields = _parse_form(original)
        added = {
            "app_key": self.app_key,
            "signature_nonce": new_nonce(),
            "timestamp": utc_timestamp(),
        }
        fields.update(added)
        added["sign"] = compute_sign(self._app_secret, fields)
        # The caller's bytes are kept verbatim so that what is sent decodes to what was signed.
        suffix = urlencode(added, quote_via=quote).encode("ascii")
        body = original + b"&" + suffix if original else suffix

        headers = httpx.Headers(request.headers)
        for stale in ("Content-Length", "Transfer-Encoding"):
            if stale in headers:
                del headers[stale]
        headers["Content-Type"] = content_type or _FORM_MEDIA_TYPE
        # A new Request rather than an edited one: the caller's request stays unsigned and so
        # can be sent again, and a resend is signed with its own nonce and timestamp.
        return httpx.Request(
            request.method,
            request.url,
            headers=headers,
            content=body,
            extensions=request.extensions,
        )
