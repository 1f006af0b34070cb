from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ModifySmsTemplateForm")


@_attrs_define
class ModifySmsTemplateForm:
    """
    Attributes:
        template_code (str): The template's code (短信模板code).
        template_type (int): The kind of message; the codes are not documented (短信类型).
        template_name (str): The template's name (模板名称).
        template_content (str): The template's text (模板内容).
        remark (str): What the template is for, for the review (场景说明).
    """

    template_code: str
    template_type: int
    template_name: str
    template_content: str
    remark: str

    def to_dict(self) -> dict[str, Any]:
        template_code = self.template_code

        template_type = self.template_type

        template_name = self.template_name

        template_content = self.template_content

        remark = self.remark

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "template_code": template_code,
                "template_type": template_type,
                "template_name": template_name,
                "template_content": template_content,
                "remark": remark,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        template_code = d.pop("template_code")

        template_type = d.pop("template_type")

        template_name = d.pop("template_name")

        template_content = d.pop("template_content")

        remark = d.pop("remark")

        modify_sms_template_form = cls(
            template_code=template_code,
            template_type=template_type,
            template_name=template_name,
            template_content=template_content,
            remark=remark,
        )

        return modify_sms_template_form
