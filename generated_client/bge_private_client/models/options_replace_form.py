from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OptionsReplaceForm")


@_attrs_define
class OptionsReplaceForm:
    """
    Attributes:
        question_id (int): A draft survey question's id (问题 id).
        concept_code (str): The coded value an option stands for (选项系统编码 / 标准数据定义关联代码).
        value (str): The text shown (值).
        option_id (int | Unset): A draft question option's id (选项 id).
        order (int | Unset): Position among the options (顺序，默认为 0). Default: 0.
    """

    question_id: int
    concept_code: str
    value: str
    option_id: int | Unset = UNSET
    order: int | Unset = 0

    def to_dict(self) -> dict[str, Any]:
        question_id = self.question_id

        concept_code = self.concept_code

        value = self.value

        option_id = self.option_id

        order = self.order

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "question_id": question_id,
                "concept_code": concept_code,
                "value": value,
            }
        )
        if option_id is not UNSET:
            field_dict["option_id"] = option_id
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        question_id = d.pop("question_id")

        concept_code = d.pop("concept_code")

        value = d.pop("value")

        option_id = d.pop("option_id", UNSET)

        order = d.pop("order", UNSET)

        options_replace_form = cls(
            question_id=question_id,
            concept_code=concept_code,
            value=value,
            option_id=option_id,
            order=order,
        )

        return options_replace_form
