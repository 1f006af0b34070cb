from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="QuestionIdForm")


@_attrs_define
class QuestionIdForm:
    """
    Attributes:
        question_id (int): A draft survey question's id (问题 id).
    """

    question_id: int

    def to_dict(self) -> dict[str, Any]:
        question_id = self.question_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "question_id": question_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        question_id = d.pop("question_id")

        question_id_form = cls(
            question_id=question_id,
        )

        return question_id_form
