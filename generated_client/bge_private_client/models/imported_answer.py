from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportedAnswer")


@_attrs_define
class ImportedAnswer:
    """One answer of an imported response: the free answer (`content`) or the chosen option (`concept_code`) of one
    published question. A checkbox question gives one answer per chosen option, repeating `release_question_id` (答案).

        Attributes:
            release_question_id (int): A published question's id (已发布问题 id).
            content (float | str | Unset): The free answer (答案内容).
            concept_code (str | Unset): The coded value an option stands for (选项系统编码 / 标准数据定义关联代码).
    """

    release_question_id: int
    content: float | str | Unset = UNSET
    concept_code: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        release_question_id = self.release_question_id

        content: float | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        concept_code = self.concept_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "release_question_id": release_question_id,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if concept_code is not UNSET:
            field_dict["concept_code"] = concept_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        release_question_id = d.pop("release_question_id")

        def _parse_content(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        concept_code = d.pop("concept_code", UNSET)

        imported_answer = cls(
            release_question_id=release_question_id,
            content=content,
            concept_code=concept_code,
        )

        return imported_answer
