from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Oauth2RevokeGrantForm")


@_attrs_define
class Oauth2RevokeGrantForm:
    """
    Attributes:
        auth_token (str): The user's authorisation token (用户授权令牌).
        client_id (str): A third-party application's client id on the open platform (开放平台客户端 client_id).
    """

    auth_token: str
    client_id: str

    def to_dict(self) -> dict[str, Any]:
        auth_token = self.auth_token

        client_id = self.client_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "auth_token": auth_token,
                "client_id": client_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        auth_token = d.pop("auth_token")

        client_id = d.pop("client_id")

        oauth_2_revoke_grant_form = cls(
            auth_token=auth_token,
            client_id=client_id,
        )

        return oauth_2_revoke_grant_form
