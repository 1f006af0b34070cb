from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Oauth2GrantsForm")


@_attrs_define
class Oauth2GrantsForm:
    """
    Attributes:
        auth_token (str): The user's authorisation token (用户授权令牌).
        client_id (str | Unset): A third-party application's client id on the open platform (开放平台客户端 client_id).
    """

    auth_token: str
    client_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        auth_token = self.auth_token

        client_id = self.client_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "auth_token": auth_token,
            }
        )
        if client_id is not UNSET:
            field_dict["client_id"] = client_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        auth_token = d.pop("auth_token")

        client_id = d.pop("client_id", UNSET)

        oauth_2_grants_form = cls(
            auth_token=auth_token,
            client_id=client_id,
        )

        return oauth_2_grants_form
