from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="QuestionIdsForm")


@_attrs_define
class QuestionIdsForm:
    """
    Attributes:
        question_ids (str): One or more question ids, separated by commas (问题 id，多个 id 用逗号分隔).
    """

    question_ids: str

    def to_dict(self) -> dict[str, Any]:
        question_ids = self.question_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "question_ids": question_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        question_ids = d.pop("question_ids")

        question_ids_form = cls(
            question_ids=question_ids,
        )

        return question_ids_form
