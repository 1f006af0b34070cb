from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.wechat_openids import WechatOpenids


T = TypeVar("T", bound="WechatProfile")


@_attrs_define
class WechatProfile:
    """
    Attributes:
        openid (WechatOpenids): The user's openid in each BGE WeChat app; an app the user never used is null.
        nickname (None | str): The user's WeChat nickname (微信昵称).
    """

    openid: WechatOpenids
    nickname: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        openid = self.openid.to_dict()

        nickname: None | str
        nickname = self.nickname

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "openid": openid,
                "nickname": nickname,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.wechat_openids import WechatOpenids

        d = dict(src_dict)
        openid = WechatOpenids.from_dict(d.pop("openid"))

        def _parse_nickname(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        nickname = _parse_nickname(d.pop("nickname"))

        wechat_profile = cls(
            openid=openid,
            nickname=nickname,
        )

        wechat_profile.additional_properties = d
        return wechat_profile

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
