from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OAuthGrantApplication")


@_attrs_define
class OAuthGrantApplication:
    """The application a grant is for (授权应用).

    Attributes:
        client_id (str): A third-party application's client id on the open platform (开放平台客户端 client_id).
        logo (str): The logo's URL (应用图标).
        name (str): Name (应用名称).
    """

    client_id: str
    logo: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        logo = self.logo

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "logo": logo,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        client_id = d.pop("client_id")

        logo = d.pop("logo")

        name = d.pop("name")

        o_auth_grant_application = cls(
            client_id=client_id,
            logo=logo,
            name=name,
        )

        o_auth_grant_application.additional_properties = d
        return o_auth_grant_application

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
