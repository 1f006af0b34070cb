"""What the schemathesis tests share: signing a generated case for its media type, the checks,
and the envelope codes each operation may answer."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import schemathesis
from schemathesis.checks import CheckFunction, not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from schemathesis.transport.serialization import Binary

from bge_private._signing import SIGNING_FIELDS, compute_sign, new_nonce, utc_timestamp
from bge_private_sandbox.spec import JSON_MEDIA_TYPE, MULTIPART_MEDIA_TYPE, operations
from sandbox_wire import encode_multipart
from spec_document import load_spec

SPEC = Path(__file__).resolve().parent.parent / "openapi.yaml"
RAW_SPEC: dict[str, Any] = load_spec()
OPERATIONS: dict[str, dict[str, Any]] = {
    item["post"]["operationId"]: item["post"] for item in RAW_SPEC["paths"].values()
}
"""Each operation of openapi.yaml (its `post`), by operation id."""

# The checks that say "the answer is what the spec promises". Left out on purpose, because the
# platform answers invalid requests with HTTP 200 and an envelope error rather than a 4xx:
# negative_data_rejection, positive_data_acceptance (a valid form can still name an unknown
# sample) and ignored_auth (a missing signature is envelope error 40101, not HTTP 401); and the
# stateful REST checks (use_after_free, ensure_resource_availability), which read HTTP statuses.
CHECKS: list[CheckFunction] = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]

_EVERY_OPERATION = RAW_SPEC["components"]["schemas"]["ErrorCode"]["x-every-operation"]
DECLARED_CODES: dict[str, frozenset[int]] = {
    operation_id: frozenset(operation["x-error-codes"]) | frozenset(_EVERY_OPERATION) | {0}
    for operation_id, operation in OPERATIONS.items()
}
"""The envelope codes each operation may answer: 0, its x-error-codes, the every-operation ones."""

PENDING_MESSAGE = "not implemented in the sandbox yet"
"""The sandbox's stand-in answer for an operation without a handler (BGE_SANDBOX_PENDING_OK)."""

BODIES = {operation.operation_id: operation.bodies for operation in operations()}


def _text(value: Any, as_json: bool) -> str:
    """A generated value as the wire carries it (the generated client's form encoding)."""
    if as_json or isinstance(value, dict | list):
        return json.dumps(value)
    return str(value)


def _file_bytes(value: Any) -> bytes:
    """A generated file part's content (schemathesis draws `format: binary` as Binary)."""
    if isinstance(value, Binary):
        return value.data
    if isinstance(value, bytes):
        return value
    return _text(value, False).encode("utf-8")


def _signing_fields(signed: Mapping[str, str], app_key: str, app_secret: str) -> dict[str, str]:
    fields = dict(signed)
    fields.update(app_key=app_key, signature_nonce=new_nonce(), timestamp=utc_timestamp())
    fields["sign"] = compute_sign(app_secret, fields)
    return fields


def operation_id_of(case: schemathesis.Case) -> str:
    operation_id: str = case.operation.definition.raw["operationId"]
    return operation_id


def signed_request(case: schemathesis.Case, app_key: str, app_secret: str) -> dict[str, Any]:
    """What a client sends for the case's body, signed for its media type: the `data` and
    `headers` to send instead of schemathesis' own serialization (which would re-encode the
    form's JSON-text fields by their schema type).

    A form or multipart body is signed over its text fields (JSON-text fields as JSON), the
    file parts are not signed; the JSON body is signed over `str()` of each non-null member.
    Path parameters are in the URL, not signed. A body that is not an object (a negative
    case's list or string) is left to schemathesis, unsigned: the sandbox must refuse it in the
    envelope.
    """
    if not isinstance(case.body, dict):
        return {}
    operation_id = operation_id_of(case)
    media_type = case.media_type or next(iter(BODIES[operation_id]))
    values = {
        name: value
        for name, value in case.body.items()
        if value is not None and name not in SIGNING_FIELDS
    }
    if media_type == JSON_MEDIA_TYPE:
        # Signed over str() of each member's Python value, as the reference SDK signs it; the
        # sandbox's json.loads gives back the same values, so the same texts.
        signed = {name: str(value) for name, value in values.items()}
        signature = _signing_fields(signed, app_key, app_secret)
        document = {**values, **{name: signature[name] for name in SIGNING_FIELDS}}
        return {"data": json.dumps(document).encode(), "headers": {"Content-Type": media_type}}
    body = BODIES[operation_id].get(media_type)
    json_fields = body.json_fields if body else frozenset()
    file_fields = body.file_fields if body and media_type == MULTIPART_MEDIA_TYPE else frozenset()
    text = {
        name: _text(value, name in json_fields)
        for name, value in values.items()
        if name not in file_fields
    }
    fields = _signing_fields(text, app_key, app_secret)
    if media_type == MULTIPART_MEDIA_TYPE:
        files = {
            name: (f"{name}.bin", _file_bytes(value))
            for name, value in values.items()
            if name in file_fields
        }
        content, content_type = encode_multipart(fields, files)
        return {"data": content, "headers": {"Content-Type": content_type}}
    return {"data": urlencode(fields).encode(), "headers": {"Content-Type": media_type}}


def check_envelope(operation_id: str, answer: Any) -> int:
    """The answer is an envelope with a code the operation declares, never the sandbox's
    stand-in for a missing handler; an error carries a message and no data. Its code."""
    assert isinstance(answer, dict), answer
    code = answer["code"]
    assert isinstance(code, int)
    assert answer["msg"] != PENDING_MESSAGE, f"{operation_id} has no handler in the sandbox"
    assert code in DECLARED_CODES[operation_id], f"{operation_id} answered undeclared {answer}"
    if code != 0:
        assert answer["data"] is None
        assert answer["msg"]
    return code


def request_example(operation_id: str) -> tuple[str, dict[str, Any]] | None:
    """The operation's first request example (first media type having one): (media type,
    wire fields), or None."""
    content = OPERATIONS[operation_id].get("requestBody", {}).get("content", {})
    for media_type, media in content.items():
        for example in (media.get("examples") or {}).values():
            return media_type, dict(example["value"])
    return None


def required_fields(operation_id: str, media_type: str) -> tuple[str, ...]:
    """The top-level `required` fields of the operation's form for `media_type` (not those of
    its oneOf branches, where giving one excludes another)."""
    schema = OPERATIONS[operation_id]["requestBody"]["content"][media_type]["schema"]
    name = schema["$ref"].rsplit("/", 1)[-1]
    return tuple(RAW_SPEC["components"]["schemas"][name].get("required", ()))


def path_examples(operation_id: str) -> dict[str, Any]:
    """Each path parameter's documented value: its `example`, else its schema's first."""
    found: dict[str, Any] = {}
    for parameter in OPERATIONS[operation_id].get("parameters", []):
        if parameter.get("in") != "path":
            continue
        schema = parameter.get("schema", {})
        if "$ref" in schema:
            schema = RAW_SPEC["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
        found[parameter["name"]] = parameter.get("example", (schema.get("examples") or [None])[0])
    return found


def with_files(
    operation_id: str, media_type: str, fields: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, tuple[str, bytes]]]:
    """A documented call's fields, its file fields taken out as files holding their text."""
    body = {op.operation_id: op for op in operations()}[operation_id].bodies[media_type]
    files = {
        name: (f"{name}.txt", str(fields.pop(name)).encode("utf-8"))
        for name in list(fields)
        if name in body.file_fields
    }
    return fields, files


def example_call(operation_id: str) -> tuple[str, dict[str, Any], dict[str, tuple[str, bytes]]]:
    """(media type, fields, files) of the operation's documentation example, its file fields
    sent as files holding the example's text."""
    example = request_example(operation_id)
    assert example is not None, f"{operation_id} has no request example"
    media_type, fields = example
    return (media_type, *with_files(operation_id, media_type, fields))


def call_on_fresh_sandbox(
    operation_id: str,
    media_type: str,
    fields: dict[str, Any],
    files: dict[str, tuple[str, bytes]],
) -> dict[str, Any]:
    """The call, signed with the demo key, on a sandbox of its own (a new in-memory store),
    path parameters from the operation's examples; the decoded envelope (HTTP 200)."""
    from bge_private_sandbox import DEMO_APP_KEY, DEMO_APP_SECRET
    from bge_private_sandbox.app import create_app
    from bge_private_sandbox.store import Store
    from sandbox_wire import AppClient, SignedWire

    store = Store()
    try:
        wire = SignedWire(AppClient(create_app(store)), DEMO_APP_KEY, DEMO_APP_SECRET)
        return wire.call(
            operation_id,
            fields,
            files=files or None,
            path=path_examples(operation_id) or None,
            media_type=media_type,
        )
    finally:
        store.close()
