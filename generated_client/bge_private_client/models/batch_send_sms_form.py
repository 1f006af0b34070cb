from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.batch_send_sms_form_template_params_item import (
        BatchSendSmsFormTemplateParamsItem,
    )


T = TypeVar("T", bound="BatchSendSmsForm")


@_attrs_define
class BatchSendSmsForm:
    """
    Attributes:
        template_api_name (str): The template's api_name (短信模板api_name).
        title (str): The batch send's title (批量发送标题).
        mobiles (str): Phone numbers separated by commas (手机号，逗号分割多个手机号).
        template_params (list[BatchSendSmsFormTemplateParamsItem]): One entry of template values per phone number, in
            the order of `mobiles` (模板参数，个数应与手机号数量相同), sent as JSON text. The shape of an entry is not documented;
            presumably an object of variable name to value.
    """

    template_api_name: str
    title: str
    mobiles: str
    template_params: list[BatchSendSmsFormTemplateParamsItem]

    def to_dict(self) -> dict[str, Any]:
        template_api_name = self.template_api_name

        title = self.title

        mobiles = self.mobiles

        template_params = []
        for template_params_item_data in self.template_params:
            template_params_item = template_params_item_data.to_dict()
            template_params.append(template_params_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "template_api_name": template_api_name,
                "title": title,
                "mobiles": mobiles,
                "template_params": template_params,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.batch_send_sms_form_template_params_item import (
            BatchSendSmsFormTemplateParamsItem,
        )

        d = dict(src_dict)
        template_api_name = d.pop("template_api_name")

        title = d.pop("title")

        mobiles = d.pop("mobiles")

        template_params = []
        _template_params = d.pop("template_params")
        for template_params_item_data in _template_params:
            template_params_item = BatchSendSmsFormTemplateParamsItem.from_dict(template_params_item_data)

            template_params.append(template_params_item)

        batch_send_sms_form = cls(
            template_api_name=template_api_name,
            title=title,
            mobiles=mobiles,
            template_params=template_params,
        )

        return batch_send_sms_form
