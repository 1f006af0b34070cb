from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Option")


@_attrs_define
class Option:
    """A choice of a draft radio or checkbox question (选项).

    Attributes:
        option_id (int): A draft question option's id (选项 id).
        question_id (int): A draft survey question's id (问题 id).
        concept_code (str): The coded value an option stands for (选项系统编码 / 标准数据定义关联代码).
        value (str): The text shown (值).
        order (int): Position among the options, from 0 (顺序).
    """

    option_id: int
    question_id: int
    concept_code: str
    value: str
    order: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        option_id = self.option_id

        question_id = self.question_id

        concept_code = self.concept_code

        value = self.value

        order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "option_id": option_id,
                "question_id": question_id,
                "concept_code": concept_code,
                "value": value,
                "order": order,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        option_id = d.pop("option_id")

        question_id = d.pop("question_id")

        concept_code = d.pop("concept_code")

        value = d.pop("value")

        order = d.pop("order")

        option = cls(
            option_id=option_id,
            question_id=question_id,
            concept_code=concept_code,
            value=value,
            order=order,
        )

        option.additional_properties = d
        return option

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
