"""Calling a sandbox app in process, and signing bodies that are not a plain form."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping, Sequence
from typing import Any, Protocol
from urllib.parse import quote

import httpx
from bge_private_client.form_encoding import encode_form
from starlette.types import ASGIApp

from bge_private._signing import SIGNING_FIELDS, compute_sign, new_nonce, utc_timestamp
from bge_private_sandbox.spec import (
    FORM_MEDIA_TYPE,
    JSON_MEDIA_TYPE,
    MULTIPART_MEDIA_TYPE,
    Operation,
    operations,
)


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


def _quoted(text: str) -> str:
    # As browsers (and httpx) write a name or filename in Content-Disposition.
    return text.replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


def encode_multipart(
    text: Mapping[str, str], files: Mapping[str, tuple[str, bytes]]
) -> tuple[bytes, str]:
    """A multipart/form-data body (text parts, then file parts) and its Content-Type."""
    boundary = new_nonce()
    chunks: list[bytes] = []

    def part(disposition: str, content: bytes, headers: str = "") -> None:
        head = f"--{boundary}\r\nContent-Disposition: form-data; {disposition}\r\n{headers}\r\n"
        chunks.append(head.encode("utf-8") + content + b"\r\n")

    for name, value in text.items():
        part(f'name="{_quoted(name)}"', value.encode("utf-8"))
    for name, (filename, content) in files.items():
        disposition = f'name="{_quoted(name)}"; filename="{_quoted(filename)}"'
        part(disposition, content, "Content-Type: application/octet-stream\r\n")
    chunks.append(f"--{boundary}--\r\n".encode())
    return b"".join(chunks), f"multipart/form-data; boundary={boundary}"


class Http(Protocol):
    """What SignedWire sends with: an httpx.Client (a sandbox subprocess) or an AppClient."""

    def post(self, url: str, **options: Any) -> httpx.Response: ...


class SignedWire:
    """Signs and sends any operation's request as its media type needs, by operation id.

    `fields` are Python values (JSON-text fields as objects, encoded here as the generated
    client does); `files` are multipart file parts, `name -> (filename, bytes)`; `path` fills
    the path's `{parameters}`. The media type is the operation's first, or multipart when
    files are given, unless `media_type` says otherwise.
    """

    def __init__(
        self,
        http: Http,
        app_key: str,
        app_secret: str,
        table: Sequence[Operation] | None = None,
    ) -> None:
        self.http = http
        self.app_key = app_key
        self.app_secret = app_secret
        self.operations = {op.operation_id: op for op in (table or operations())}

    def url(self, operation_id: str, path: Mapping[str, Any] | None = None) -> str:
        values = {name: quote(str(value), safe="") for name, value in (path or {}).items()}
        return self.operations[operation_id].path.format(**values)

    def send(
        self,
        operation_id: str,
        fields: Mapping[str, Any] | None = None,
        *,
        files: Mapping[str, tuple[str, bytes]] | None = None,
        path: Mapping[str, Any] | None = None,
        media_type: str | None = None,
    ) -> httpx.Response:
        operation = self.operations[operation_id]
        media = media_type or (MULTIPART_MEDIA_TYPE if files else operation.media_types[0])
        url = self.url(operation_id, path)
        values = dict(fields or {})
        if media == JSON_MEDIA_TYPE:
            body = json_body(values, self.app_key, self.app_secret)
            return self.http.post(url, content=body, headers={"Content-Type": JSON_MEDIA_TYPE})
        json_fields = operation.bodies[media].json_fields
        text = signing_fields(encode_form(values, json_fields), self.app_key, self.app_secret)
        if media == MULTIPART_MEDIA_TYPE:
            # Built here, because httpx sends a form, not multipart, when there is no file.
            content, content_type = encode_multipart(text, files or {})
            return self.http.post(url, content=content, headers={"Content-Type": content_type})
        assert media == FORM_MEDIA_TYPE, media
        return self.http.post(url, data=text)

    def call(
        self, operation_id: str, fields: Mapping[str, Any] | None = None, **options: Any
    ) -> dict[str, Any]:
        """send(), and the decoded envelope (the answer must be HTTP 200)."""
        response = self.send(operation_id, fields, **options)
        assert response.status_code == 200, response.text
        answer: dict[str, Any] = response.json()
        return answer

    def ok(self, operation_id: str, fields: Mapping[str, Any] | None = None, **options: Any) -> Any:
        """call(), but the answer must be a success; its `data`."""
        answer = self.call(operation_id, fields, **options)
        assert answer["code"] == 0, answer
        return answer["data"]
