"""The contract: schemathesis drives every operation of openapi.yaml against the sandbox.

Requests are generated from the spec (its examples, valid and invalid bodies, and the coverage
phase's boundary and missing-field cases), signed like a real client signs them, whatever the
body's media type: a form, multipart (the text parts signed, the file parts not), the JSON body
(signed over `str()` of each non-null member), with path parameters in the URL (not signed).
Every answer must conform to the spec: no server error, a declared status, content type,
headers and a body matching its schema, and an envelope code the operation declares.
"""

from __future__ import annotations

import collections
from collections.abc import Iterator

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode

from conftest import PATHS, Sandbox, launch_sandbox
from contract_wire import CHECKS, SPEC, check_envelope, operation_id_of, signed_request

# Sized for the whole file to stay well under 90 s on two busy cores at 115 operations: the
# coverage phase adds its own deterministic cases (about 33 per operation) to these.
MAX_EXAMPLES = 8

schema = schemathesis.openapi.from_path(SPEC)
schema.config.generation.update(
    modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE],
    max_examples=MAX_EXAMPLES,
    deterministic=True,
)
# The coverage phase tries each undeclared method once per operation; one (GET) shows the
# sandbox's 405, the other six would only multiply the same answer.
schema.config.phases.coverage.unexpected_methods = {"GET"}

SIGNING_CODES = frozenset({40101, 40102, 40103, 40104, 40105})
"""The envelope codes that refuse a request's signing fields."""

KNOWN_SPEC_BUGS: dict[str, str] = {}
"""Operations whose error answers the spec itself describes wrongly (strict xfail: a fix in the
spec makes the test pass, and then this entry must go)."""

SEEN: collections.Counter[tuple[str, str, str]] = collections.Counter()
"""(operation, media type, outcome) -> number of cases, for the summary printed at the end."""


def test_every_operation_is_exercised() -> None:
    covered = {result.ok().definition.raw["operationId"] for result in schema.get_all_operations()}
    assert covered == set(PATHS)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sandbox]:
    """A sandbox of its own: generated writes and deletions must not reach other tests' data."""
    sandbox = launch_sandbox(tmp_path_factory.mktemp("contract"))
    try:
        yield sandbox
    finally:
        sandbox.stop()
        outcomes: collections.Counter[str] = collections.Counter()
        media: collections.Counter[str] = collections.Counter()
        for (_, media_type, outcome), count in SEEN.items():
            outcomes[outcome] += count
            media[media_type] += count
        operations_seen = len({operation for operation, _, _ in SEEN})
        print(f"\ncontract: {SEEN.total()} cases over {operations_seen} operations")
        print(f"contract: answers {dict(outcomes.most_common())}")
        print(f"contract: media types {dict(media.most_common())}")


@pytest.fixture(scope="module")
def session() -> Iterator[requests.Session]:
    """One keep-alive connection for every case (a new one per case would dominate)."""
    with requests.Session() as http:
        yield http


@schema.parametrize()
@settings(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_answers_conform_to_the_spec(
    case: schemathesis.Case,
    server: Sandbox,
    session: requests.Session,
    request: pytest.FixtureRequest,
) -> None:
    operation_id = operation_id_of(case)
    if operation_id in KNOWN_SPEC_BUGS and not request.node.get_closest_marker("xfail"):
        request.applymarker(pytest.mark.xfail(reason=KNOWN_SPEC_BUGS[operation_id], strict=True))
    media = str(case.media_type) if isinstance(case.body, dict) else "not an object"
    wire = signed_request(case, server.app_key, server.app_secret)
    response = case.call(base_url=server.url, session=session, timeout=30, **wire)
    case.validate_response(response, checks=CHECKS)
    if case.method.upper() != "POST":
        # The coverage phase also tries a method the spec does not declare.
        assert response.status_code == 405
        assert response.headers["allow"] == ["POST"]
        SEEN[operation_id, media, "405"] += 1
        return
    assert response.status_code == 200
    code = check_envelope(operation_id, response.json())
    if wire:
        # Signed as a client signs: the signature must hold whatever the generated fields.
        assert code not in SIGNING_CODES, f"{operation_id}: signature refused ({code})"
    SEEN[operation_id, media, "ok" if code == 0 else str(code)] += 1
