from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewOption")


@_attrs_define
class NewOption:
    """An option to create (选项).

    Attributes:
        concept_code (str): The coded value an option stands for (选项系统编码 / 标准数据定义关联代码).
        value (str): The text shown (值).
        order (int | Unset): Position among the options (顺序，默认 0). Default: 0.
    """

    concept_code: str
    value: str
    order: int | Unset = 0

    def to_dict(self) -> dict[str, Any]:
        concept_code = self.concept_code

        value = self.value

        order = self.order

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "concept_code": concept_code,
                "value": value,
            }
        )
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        concept_code = d.pop("concept_code")

        value = d.pop("value")

        order = d.pop("order", UNSET)

        new_option = cls(
            concept_code=concept_code,
            value=value,
            order=order,
        )

        return new_option
