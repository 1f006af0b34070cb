from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.o_auth_scope import OAuthScope


T = TypeVar("T", bound="OAuthApplication")


@_attrs_define
class OAuthApplication:
    """A third-party application and the permissions it asks for (应用详情).

    Attributes:
        authorization_grant_type (str): The OAuth2 grant type (授权类型).
        name (str): Name (应用名称).
        wxmp_app_id (str): The WeChat mini program of the application; empty when none (微信小程序 app id).
        redirect_uri (str): The callback address registered for the application (回调地址).
        client_id (str): A third-party application's client id on the open platform (开放平台客户端 client_id).
        client_type (str): The OAuth2 client type (客户端类型).
        description (str): Description (应用描述).
        scopes (list[OAuthScope]): The permissions it asks for (权限范围).
        logo (str): The logo's URL; empty when none (应用图标).
    """

    authorization_grant_type: str
    name: str
    wxmp_app_id: str
    redirect_uri: str
    client_id: str
    client_type: str
    description: str
    scopes: list[OAuthScope]
    logo: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authorization_grant_type = self.authorization_grant_type

        name = self.name

        wxmp_app_id = self.wxmp_app_id

        redirect_uri = self.redirect_uri

        client_id = self.client_id

        client_type = self.client_type

        description = self.description

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = scopes_item_data.to_dict()
            scopes.append(scopes_item)

        logo = self.logo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authorization_grant_type": authorization_grant_type,
                "name": name,
                "wxmp_app_id": wxmp_app_id,
                "redirect_uri": redirect_uri,
                "client_id": client_id,
                "client_type": client_type,
                "description": description,
                "scopes": scopes,
                "logo": logo,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.o_auth_scope import OAuthScope

        d = dict(src_dict)
        authorization_grant_type = d.pop("authorization_grant_type")

        name = d.pop("name")

        wxmp_app_id = d.pop("wxmp_app_id")

        redirect_uri = d.pop("redirect_uri")

        client_id = d.pop("client_id")

        client_type = d.pop("client_type")

        description = d.pop("description")

        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in _scopes:
            scopes_item = OAuthScope.from_dict(scopes_item_data)

            scopes.append(scopes_item)

        logo = d.pop("logo")

        o_auth_application = cls(
            authorization_grant_type=authorization_grant_type,
            name=name,
            wxmp_app_id=wxmp_app_id,
            redirect_uri=redirect_uri,
            client_id=client_id,
            client_type=client_type,
            description=description,
            scopes=scopes,
            logo=logo,
        )

        o_auth_application.additional_properties = d
        return o_auth_application

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
