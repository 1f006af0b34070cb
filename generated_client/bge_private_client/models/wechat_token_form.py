from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.wechat_token_action import WechatTokenAction

T = TypeVar("T", bound="WechatTokenForm")


@_attrs_define
class WechatTokenForm:
    """
    Attributes:
        app_id (str): The app_id of a BGE WeChat official account or mini-program (BGE 微信公众号、小程序的 app_id).
        action (WechatTokenAction): `get` answers the cached token; `refresh` replaces it (可选项 get、refresh).
    """

    app_id: str
    action: WechatTokenAction

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        action = self.action.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "app_id": app_id,
                "action": action,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        app_id = d.pop("app_id")

        action = WechatTokenAction(d.pop("action"))

        wechat_token_form = cls(
            app_id=app_id,
            action=action,
        )

        return wechat_token_form
