from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DelateSmsTemplateForm")


@_attrs_define
class DelateSmsTemplateForm:
    """
    Attributes:
        template_code (str): The template's code (短信模板code).
        api_name (str): The template's api_name (接口名).
    """

    template_code: str
    api_name: str

    def to_dict(self) -> dict[str, Any]:
        template_code = self.template_code

        api_name = self.api_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "template_code": template_code,
                "api_name": api_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        template_code = d.pop("template_code")

        api_name = d.pop("api_name")

        delate_sms_template_form = cls(
            template_code=template_code,
            api_name=api_name,
        )

        return delate_sms_template_form
