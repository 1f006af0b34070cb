"""Calling a sandbox app in process, and signing bodies that are not a plain form."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping
from typing import Any

import httpx
from starlette.types import ASGIApp

from bge_private._signing import SIGNING_FIELDS, compute_sign, new_nonce, utc_timestamp


class AppClient:
    """An httpx-like client for an ASGI app, in process (no socket, no lifespan): one event
    loop per call, so tests stay synchronous."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    def request(self, method: str, url: str, **options: Any) -> httpx.Response:
        async def send() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as http:
                return await http.request(method, url, **options)

        return asyncio.run(send())

    def post(self, url: str, **options: Any) -> httpx.Response:
        return self.request("POST", url, **options)

    def get(self, url: str, **options: Any) -> httpx.Response:
        return self.request("GET", url, **options)


def signing_fields(
    signed: Mapping[str, str],
    app_key: str,
    app_secret: str,
    *,
    nonce: str | None = None,
    timestamp: str | None = None,
) -> dict[str, str]:
    """`signed` plus the four signing fields; the signature covers exactly `signed` and them."""
    fields = dict(signed)
    fields["app_key"] = app_key
    fields["signature_nonce"] = nonce or new_nonce()
    fields["timestamp"] = timestamp or utc_timestamp()
    fields["sign"] = compute_sign(app_secret, fields)
    return fields


def multipart_parts(
    text: Mapping[str, str], app_key: str, app_secret: str, **options: str
) -> dict[str, str]:
    """The text parts of a signed multipart request: every non-file field and the signing
    fields. Send them with the file parts, which are not signed (httpx: `data=`, `files=`)."""
    return signing_fields(text, app_key, app_secret, **options)


def json_body(values: Mapping[str, Any], app_key: str, app_secret: str, **options: str) -> bytes:
    """A signed JSON body as the reference's import_batch sends it: one object holding the
    fields and the signing fields; signed over `str()` of each non-null value (a list as its
    Python repr); null members are sent but not signed."""
    signed = {name: str(value) for name, value in values.items() if value is not None}
    signature = signing_fields(signed, app_key, app_secret, **options)
    fields: dict[str, Any] = dict(values)
    fields.update({name: signature[name] for name in SIGNING_FIELDS})
    return json.dumps(fields).encode("utf-8")
