from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AnswerIdForm")


@_attrs_define
class AnswerIdForm:
    """
    Attributes:
        answer_id (int): An answer's id: one answer to one question in a response (答案 id).
    """

    answer_id: int

    def to_dict(self) -> dict[str, Any]:
        answer_id = self.answer_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "answer_id": answer_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        answer_id = d.pop("answer_id")

        answer_id_form = cls(
            answer_id=answer_id,
        )

        return answer_id_form
