"""Evaluating survey_target's AND/OR conditions over stored survey answers."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol

from .models import ConditionOperator
from .spec import SpecError

Answer = tuple[str, str, str | None, str | None]
"""One stored answer: (user_id, data_element_identifier_de, concept_code, content)."""


class ConditionLike(Protocol):
    """What the generated Condition models (one per anyOf branch) have in common."""

    @property
    def data_element_identifier_de(self) -> str: ...
    @property
    def operator(self) -> ConditionOperator: ...
    @property
    def concept_code(self) -> str | None: ...
    @property
    def content(self) -> str | None: ...


def _number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _numeric(compare: Callable[[float, float], bool]) -> Callable[[str, str], bool]:
    def check(answer: str, expected: str) -> bool:
        left, right = _number(answer), _number(expected)
        # An answer that is not a number never matches a numeric comparison.
        return left is not None and right is not None and compare(left, right)

    return check


# Keyed by the operator's text, as written in openapi.yaml's ConditionOperator.
COMPARISONS: dict[str, Callable[[str, str], bool]] = {
    "=": lambda answer, expected: answer == expected,
    "!=": lambda answer, expected: answer != expected,
    ">": _numeric(lambda left, right: left > right),
    ">=": _numeric(lambda left, right: left >= right),
    "<": _numeric(lambda left, right: left < right),
    "<=": _numeric(lambda left, right: left <= right),
    "in": lambda answer, expected: answer in {item.strip() for item in expected.split(",")},
    "contains": lambda answer, expected: expected in answer,
}

_unsupported = {member.value for member in ConditionOperator} - COMPARISONS.keys()
if _unsupported:
    raise SpecError(f"ConditionOperator values the sandbox cannot evaluate: {_unsupported}")


def matches(condition: ConditionLike, answer: Answer) -> bool:
    """Whether one stored answer meets the condition (concept_code wins over content)."""
    _, element, answer_code, answer_content = answer
    if element != condition.data_element_identifier_de:
        return False
    if condition.concept_code is not None:
        actual, expected = answer_code, condition.concept_code
    elif condition.content is not None:
        actual, expected = answer_content, condition.content
    else:  # the form model requires one of them; be safe anyway
        return False
    # A question the user left without this kind of answer matches nothing, not even `!=`.
    return actual is not None and COMPARISONS[condition.operator.value](actual, expected)


def users_meeting(condition: ConditionLike, answers: Iterable[Answer]) -> set[str]:
    """The users with at least one answer that meets the condition."""
    return {answer[0] for answer in answers if matches(condition, answer)}


def target_users(
    all_of: Sequence[ConditionLike],
    any_of: Sequence[ConditionLike],
    answers: Sequence[Answer],
    everyone: Callable[[], list[str]],
) -> list[str]:
    """Users meeting every `all_of` condition and, when `any_of` is given, one of those.

    With no condition at all, every user who answered anything. Ordered by user id.
    """
    if not all_of and not any_of:
        return everyone()
    chosen: set[str] | None = None
    for condition in all_of:
        met = users_meeting(condition, answers)
        chosen = met if chosen is None else chosen & met
    if any_of:
        met_any = set().union(*(users_meeting(condition, answers) for condition in any_of))
        chosen = met_any if chosen is None else chosen & met_any
    return sorted(chosen or ())
