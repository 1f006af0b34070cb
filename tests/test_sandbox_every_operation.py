"""Every operation of openapi.yaml is answered by the sandbox: each one's documentation
example, sent on a fresh sandbox, succeeds, except the few whose documented call names a
thing that an earlier call makes (they are answered 40401, as the platform would)."""

from __future__ import annotations

import collections
from typing import Any

import pytest

from contract_wire import OPERATIONS, call_on_fresh_sandbox, check_envelope, example_call

NEEDS_AN_EARLIER_CALL = {
    "survey_async": "its survey 216 is the one survey_replace's example creates",
    "questions_replace": "its survey 217 is one survey_replace makes (the second)",
    "task": "its task id is one the platform drew for an earlier call",
}
"""Documented calls that name what an earlier call creates (answered 40401 on a fresh one)."""

CODES: collections.Counter[int] = collections.Counter()


def _documented_call(operation_id: str) -> dict[str, Any]:
    return call_on_fresh_sandbox(operation_id, *example_call(operation_id))


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
