from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoke_notify_form_params import InvokeNotifyFormParams


T = TypeVar("T", bound="InvokeNotifyForm")


@_attrs_define
class InvokeNotifyForm:
    """
    Attributes:
        notify_generator (str): The trigger point that generates the notification (通知生成点).
        category (str): The message channel; the values are not documented (消息渠道).
        sub_category (str | Unset): The sub-channel (子消息渠道).
        params (InvokeNotifyFormParams | Unset): Values for the notification's content (通知内容的相关参数), sent as JSON text.
    """

    notify_generator: str
    category: str
    sub_category: str | Unset = UNSET
    params: InvokeNotifyFormParams | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        notify_generator = self.notify_generator

        category = self.category

        sub_category = self.sub_category

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "notify_generator": notify_generator,
                "category": category,
            }
        )
        if sub_category is not UNSET:
            field_dict["sub_category"] = sub_category
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoke_notify_form_params import InvokeNotifyFormParams

        d = dict(src_dict)
        notify_generator = d.pop("notify_generator")

        category = d.pop("category")

        sub_category = d.pop("sub_category", UNSET)

        _params = d.pop("params", UNSET)
        params: InvokeNotifyFormParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = InvokeNotifyFormParams.from_dict(_params)

        invoke_notify_form = cls(
            notify_generator=notify_generator,
            category=category,
            sub_category=sub_category,
            params=params,
        )

        return invoke_notify_form
