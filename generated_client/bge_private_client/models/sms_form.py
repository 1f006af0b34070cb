from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SmsForm")


@_attrs_define
class SmsForm:
    """`template` and `mobiles`, plus one field per template variable (any name; the value as text).

    Attributes:
        template (str): The SMS template's name (短信模板).
        mobiles (str): Up to 100 phone numbers separated by commas (手机号，逗号分割多个手机号，最多提供 100 个手机号).
    """

    template: str
    mobiles: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template = self.template

        mobiles = self.mobiles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "template": template,
                "mobiles": mobiles,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        template = d.pop("template")

        mobiles = d.pop("mobiles")

        sms_form = cls(
            template=template,
            mobiles=mobiles,
        )

        sms_form.additional_properties = d
        return sms_form

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
