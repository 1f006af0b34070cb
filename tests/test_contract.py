"""The contract: schemathesis drives every operation of openapi.yaml against the sandbox.

Requests are generated from the spec (valid ones, and invalid ones that the sandbox must refuse
in the envelope), signed like a real client signs them, and every answer must conform to the
spec: no server error, a declared status, content type, headers and a body matching its schema.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from conftest import JSON_FIELDS, PATHS, Sandbox, sign_form

SPEC = Path(__file__).resolve().parent.parent / "openapi.yaml"
MAX_EXAMPLES = 50

schema = schemathesis.openapi.from_path(SPEC)
schema.config.generation.update(
    modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE],
    max_examples=MAX_EXAMPLES,
    deterministic=True,
)

# The checks that say "the answer is what the spec promises". Left out on purpose, because the
# platform answers invalid requests with HTTP 200 and an envelope error rather than a 4xx:
# negative_data_rejection, positive_data_acceptance (a valid form can still name an unknown
# sample) and ignored_auth (a missing signature is envelope error 40101, not HTTP 401).
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


def _wire_form(operation_id: str, body: dict[str, Any]) -> dict[str, str]:
    """A generated body as a client puts it on the wire (JSON fields as JSON text)."""
    form: dict[str, str] = {}
    for name, value in body.items():
        if value is None:
            continue
        if name in JSON_FIELDS[operation_id] or isinstance(value, dict | list):
            form[name] = json.dumps(value)
        elif isinstance(value, bool):
            form[name] = str(value)
        else:
            form[name] = str(value)
    return form


def test_every_operation_is_exercised() -> None:
    covered = {result.ok().definition.raw["operationId"] for result in schema.get_all_operations()}
    assert covered == set(PATHS)


@pytest.fixture
def server(sandbox: Sandbox) -> Sandbox:
    return sandbox


@schema.parametrize()
@settings(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_answers_conform_to_the_spec(case: schemathesis.Case, server: Sandbox) -> None:
    operation_id = case.operation.definition.raw["operationId"]
    if isinstance(case.body, dict):
        case.body = sign_form(
            _wire_form(operation_id, case.body), server.app_key, server.app_secret
        )
    response = case.call(base_url=server.url, timeout=30)
    case.validate_response(response, checks=CHECKS)
    if case.method.upper() != "POST":
        # The coverage phase also tries the methods the spec does not declare.
        assert response.status_code == 405
        assert response.headers["allow"] == ["POST"]
        return
    assert response.status_code == 200
    answer = response.json()
    assert isinstance(answer["code"], int)
    if answer["code"] != 0:
        assert answer["data"] is None
        assert answer["msg"]
