"""Keeping secrets out of logs, reprs and errors: the signature, and all but a prefix of app_key.

A server may echo the request it got (a gateway's error page, an envelope `msg`), so text from
the server is scrubbed of `sign=...` and of the very sign the request carried before it is
logged or raised.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from typing import Any
from urllib.parse import parse_qsl, quote, quote_plus, urlencode

import httpx

REDACTED = "<redacted>"
# How much of app_key logs and reprs may show. An app_key is not a secret, but one swapped by
# mistake with app_secret is.
KEY_PREFIX = 6

# The app_key and sign of the request this context sent last (set by SigningAuth). A call's
# attempts run one after another in one context (one thread, or one asyncio task), so the
# answer being read belongs to that request.
_sent: ContextVar[tuple[str, str] | None] = ContextVar("bge_private_sent", default=None)

# `sign=VALUE` in a form, `"sign": "VALUE"` in JSON; a value already redacted is left alone.
_SIGN_PAIR = re.compile(r"(\bsign=)(?!<redacted>)[^&\s\"'<>]+", re.IGNORECASE)
_SIGN_JSON = re.compile(r"""(["']sign["']\s*:\s*["'])(?!<redacted>)[^"']+""", re.IGNORECASE)


def key_hint(app_key: str) -> str:
    """The most of `app_key` a log line or repr shows: a short prefix and an ellipsis."""
    return app_key[: min(KEY_PREFIX, len(app_key) // 4)] + "…"


def note_sent(app_key: str, sign: str) -> None:
    _sent.set((app_key, sign))


def sent() -> tuple[str, str] | None:
    """The (app_key, sign) of the request this context sent last, if any."""
    return _sent.get()


def _variants(value: str) -> set[str]:
    """`value` as it may appear in echoed text: raw, percent-encoded, JSON-escaped."""
    return {value, quote(value, safe=""), quote_plus(value), value.replace("/", "\\/")}


def scrub(text: str, request: tuple[str, str] | None = None) -> str:
    """`text` without any signature, and with the app_key of `request` cut to a prefix.

    `request` is the (app_key, sign) sent; by default, the last one this context sent.
    """
    if request is None:
        request = sent()
    if request is not None:
        app_key, sign = request
        for variant in _variants(sign):
            text = re.sub(re.escape(variant), REDACTED, text, flags=re.IGNORECASE)
        # A key too short to be worth hiding could also match unrelated text.
        if len(app_key) >= 2 * KEY_PREFIX:
            for variant in _variants(app_key):
                text = text.replace(variant, key_hint(app_key))
    text = _SIGN_PAIR.sub(lambda m: m.group(1) + REDACTED, text)
    return _SIGN_JSON.sub(lambda m: m.group(1) + REDACTED, text)


def scrub_data(value: Any, request: tuple[str, str] | None = None) -> Any:
    """A parsed JSON value with every string scrubbed and every `sign` member redacted."""
    if request is None:
        request = sent()
    if isinstance(value, str):
        return scrub(value, request)
    if isinstance(value, list):
        return [scrub_data(item, request) for item in value]
    if isinstance(value, dict):
        return {
            key: REDACTED if str(key).lower() == "sign" else scrub_data(item, request)
            for key, item in value.items()
        }
    return value


def _pairs(content: bytes) -> list[tuple[str, str]]:
    return parse_qsl(content.decode("utf-8", errors="replace"), keep_blank_values=True)


def _hidden(name: str, value: str) -> str:
    if name == "sign":
        return REDACTED
    if name == "app_key":
        return key_hint(value)
    return value


def redacted_form(content: bytes) -> str:
    """A request body for the log: the signature hidden, app_key cut to a prefix."""
    return ", ".join(f"{name}={_hidden(name, value)!r}" for name, value in _pairs(content))


def sent_by(request: httpx.Request) -> tuple[str, str] | None:
    """The (app_key, sign) a signed request carries, or None."""
    fields = dict(_pairs(request.content))
    sign = fields.get("sign")
    return None if sign is None else (fields.get("app_key", ""), sign)


def redact_cause(cause: BaseException) -> BaseException:
    """`cause` and the errors under it, rid of the signed request and of echoed signs.

    An httpx error keeps the request it failed on, signed body included; a parser's error may
    keep the whole answer (json.JSONDecodeError.doc). Neither may reach the application as it
    is: the request is replaced by one whose sign is redacted (and app_key cut), and text
    attributes are scrubbed and cut to a length worth keeping.
    """
    request_sent = sent()
    link: BaseException | None = cause
    seen: set[int] = set()
    while link is not None and id(link) not in seen:
        seen.add(id(link))
        if isinstance(link, httpx.HTTPError):
            _redact_request(link)
        for name, value in list(getattr(link, "__dict__", {}).items()):
            if isinstance(value, str):
                setattr(link, name, _kept(value, request_sent))
        link.args = tuple(_kept(a, request_sent) if isinstance(a, str) else a for a in link.args)
        link = link.__cause__ or link.__context__
    return cause


# Longest text kept in an attribute of an error under a BGEError.
_KEPT_TEXT = 2000


def _kept(text: str, request: tuple[str, str] | None) -> str:
    if len(text) > _KEPT_TEXT:
        text = text[:_KEPT_TEXT] + "…"
    return scrub(text, request)


def _redact_request(error: httpx.HTTPError) -> None:
    request = getattr(error, "_request", None)
    if not isinstance(request, httpx.Request):
        return
    try:
        content = request.content
    except httpx.RequestNotRead:
        content = b""
    body = urlencode([(name, _hidden(name, value)) for name, value in _pairs(content)])
    headers = {
        name: value for name, value in request.headers.items() if name.lower() != "content-length"
    }
    error.request = httpx.Request(request.method, request.url, headers=headers, content=body)
