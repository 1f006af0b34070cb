from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchHitName")


@_attrs_define
class SearchHitName:
    """A name in Chinese and English (名称).

    Attributes:
        chinese (str | Unset): Chinese name (中文名).
        english (str | Unset): English name (英文名).
    """

    chinese: str | Unset = UNSET
    english: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chinese = self.chinese

        english = self.english

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chinese is not UNSET:
            field_dict["chinese"] = chinese
        if english is not UNSET:
            field_dict["english"] = english

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        chinese = d.pop("chinese", UNSET)

        english = d.pop("english", UNSET)

        search_hit_name = cls(
            chinese=chinese,
            english=english,
        )

        search_hit_name.additional_properties = d
        return search_hit_name

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
