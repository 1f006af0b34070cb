from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OAuthAuthorization")


@_attrs_define
class OAuthAuthorization:
    """An authorisation code for the application (用户授权 code).

    Attributes:
        redirect_uri (str): Where to send the user with the code (回调地址).
        wxmp_app_id (str): The WeChat mini program to return to (微信小程序 app id).
        code (str): The authorisation code (授权 code).
    """

    redirect_uri: str
    wxmp_app_id: str
    code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        redirect_uri = self.redirect_uri

        wxmp_app_id = self.wxmp_app_id

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "redirect_uri": redirect_uri,
                "wxmp_app_id": wxmp_app_id,
                "code": code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        redirect_uri = d.pop("redirect_uri")

        wxmp_app_id = d.pop("wxmp_app_id")

        code = d.pop("code")

        o_auth_authorization = cls(
            redirect_uri=redirect_uri,
            wxmp_app_id=wxmp_app_id,
            code=code,
        )

        o_auth_authorization.additional_properties = d
        return o_auth_authorization

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
