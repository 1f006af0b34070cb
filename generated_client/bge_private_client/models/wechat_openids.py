from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WechatOpenids")


@_attrs_define
class WechatOpenids:
    """The user's openid in each BGE WeChat app; an app the user never used is null.

    Attributes:
        home (None | str): openid in the BGE home app (主页小程序).
        wgs (None | str): openid in the WGS app (WGS 公众号).
        bger (None | str): openid in the BGEr app (BGEr 小程序).
    """

    home: None | str
    wgs: None | str
    bger: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        home: None | str
        home = self.home

        wgs: None | str
        wgs = self.wgs

        bger: None | str
        bger = self.bger

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "home": home,
                "wgs": wgs,
                "bger": bger,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_home(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        home = _parse_home(d.pop("home"))

        def _parse_wgs(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        wgs = _parse_wgs(d.pop("wgs"))

        def _parse_bger(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bger = _parse_bger(d.pop("bger"))

        wechat_openids = cls(
            home=home,
            wgs=wgs,
            bger=bger,
        )

        wechat_openids.additional_properties = d
        return wechat_openids

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
