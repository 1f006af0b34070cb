from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AddSmsTemplateForm")


@_attrs_define
class AddSmsTemplateForm:
    """
    Attributes:
        api_name (str): The name the template is sent under (接口名).
        sign_name (str): The SMS signature to send with (短信签名名称).
        template_type (int): The kind of message; the codes are not documented (短信类型).
        template_name (str): The template's name (模板名称).
        template_content (str): The template's text (模板内容).
        remark (str): What the template is for, for the review (场景说明).
    """

    api_name: str
    sign_name: str
    template_type: int
    template_name: str
    template_content: str
    remark: str

    def to_dict(self) -> dict[str, Any]:
        api_name = self.api_name

        sign_name = self.sign_name

        template_type = self.template_type

        template_name = self.template_name

        template_content = self.template_content

        remark = self.remark

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "api_name": api_name,
                "sign_name": sign_name,
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
        api_name = d.pop("api_name")

        sign_name = d.pop("sign_name")

        template_type = d.pop("template_type")

        template_name = d.pop("template_name")

        template_content = d.pop("template_content")

        remark = d.pop("remark")

        add_sms_template_form = cls(
            api_name=api_name,
            sign_name=sign_name,
            template_type=template_type,
            template_name=template_name,
            template_content=template_content,
            remark=remark,
        )

        return add_sms_template_form
