from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ReleaseQuestionIdForm")


@_attrs_define
class ReleaseQuestionIdForm:
    """
    Attributes:
        release_question_id (int): A published question's id (已发布问题 id).
    """

    release_question_id: int

    def to_dict(self) -> dict[str, Any]:
        release_question_id = self.release_question_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "release_question_id": release_question_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        release_question_id = d.pop("release_question_id")

        release_question_id_form = cls(
            release_question_id=release_question_id,
        )

        return release_question_id_form
