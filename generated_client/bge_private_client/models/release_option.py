from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReleaseOption")


@_attrs_define
class ReleaseOption:
    """A choice of a published question (已发布选项).

    Attributes:
        release_option_id (int): The published option's id (已发布选项 id).
        concept_code (str): The coded value an option stands for (选项系统编码 / 标准数据定义关联代码).
        code (str): The option's code in LimeSurvey (底层问卷系统中的选项编码).
        value (str): The text shown (值).
        order (int): Position among the options (顺序).
    """

    release_option_id: int
    concept_code: str
    code: str
    value: str
    order: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        release_option_id = self.release_option_id

        concept_code = self.concept_code

        code = self.code

        value = self.value

        order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "release_option_id": release_option_id,
                "concept_code": concept_code,
                "code": code,
                "value": value,
                "order": order,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        release_option_id = d.pop("release_option_id")

        concept_code = d.pop("concept_code")

        code = d.pop("code")

        value = d.pop("value")

        order = d.pop("order")

        release_option = cls(
            release_option_id=release_option_id,
            concept_code=concept_code,
            code=code,
            value=value,
            order=order,
        )

        release_option.additional_properties = d
        return release_option

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
