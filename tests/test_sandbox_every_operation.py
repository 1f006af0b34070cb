"""Every operation of openapi.yaml is answered by the sandbox: each one's documentation
example, sent on a fresh sandbox, succeeds, except the few whose documented call names a
thing that an earlier call makes (they are answered 40401, as the platform would)."""

from __future__ import annotations

import collections

import pytest

from bge_private_sandbox import DEMO_APP_KEY, DEMO_APP_SECRET
from bge_private_sandbox.app import create_app
from bge_private_sandbox.store import Store
from contract_wire import OPERATIONS, check_envelope, example_call, path_examples
from sandbox_wire import AppClient, SignedWire

NEEDS_AN_EARLIER_CALL = {
    "survey_async": "its survey 216 is the one survey_replace's example creates",
    "questions_replace": "its survey 217 is one survey_replace makes (the second)",
    "task": "its task id is one the platform drew for an earlier call",
}
"""Documented calls that name what an earlier call creates (answered 40401 on a fresh one)."""

CODES: collections.Counter[int] = collections.Counter()


def _documented_call(operation_id: str) -> dict[str, object]:
    media_type, fields, files = example_call(operation_id)
    store = Store()
    try:
        wire = SignedWire(AppClient(create_app(store)), DEMO_APP_KEY, DEMO_APP_SECRET)
        answer = wire.call(
            operation_id,
            fields,
            files=files or None,
            path=path_examples(operation_id) or None,
            media_type=media_type,
        )
    finally:
        store.close()
    return answer


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_the_documented_call_is_answered(operation_id: str) -> None:
    answer = _documented_call(operation_id)
    # HTTP 200 (call() asserts it) and an envelope with a code the operation declares.
    code = check_envelope(operation_id, answer)
    CODES[code] += 1
    expected = 40401 if operation_id in NEEDS_AN_EARLIER_CALL else 0
    assert code == expected, answer


def test_every_operation_is_in_the_run() -> None:
    assert len(OPERATIONS) == 115
    assert set(NEEDS_AN_EARLIER_CALL) <= set(OPERATIONS)
    if CODES.total() == len(OPERATIONS):  # the whole file ran
        print(
            f"\nsandbox: {CODES[0]} of {len(OPERATIONS)} documented calls succeed on a fresh "
            f"sandbox; {CODES[40401]} name what an earlier call makes"
        )
        assert CODES[0] == len(OPERATIONS) - len(NEEDS_AN_EARLIER_CALL)
