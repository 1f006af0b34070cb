from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Oauth2ApplicationForm")


@_attrs_define
class Oauth2ApplicationForm:
    """
    Attributes:
        client_id (str): A third-party application's client id on the open platform (开放平台客户端 client_id).
        redirect_uri (str): The callback address registered for the application (回调地址).
    """

    client_id: str
    redirect_uri: str

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        redirect_uri = self.redirect_uri

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "client_id": client_id,
                "redirect_uri": redirect_uri,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        client_id = d.pop("client_id")

        redirect_uri = d.pop("redirect_uri")

        oauth_2_application_form = cls(
            client_id=client_id,
            redirect_uri=redirect_uri,
        )

        return oauth_2_application_form
