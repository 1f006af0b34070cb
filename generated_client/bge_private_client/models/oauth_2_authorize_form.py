from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.granted_sample import GrantedSample


T = TypeVar("T", bound="Oauth2AuthorizeForm")


@_attrs_define
class Oauth2AuthorizeForm:
    """
    Attributes:
        client_id (str): A third-party application's client id on the open platform (开放平台客户端 client_id).
        redirect_uri (str): The callback address registered for the application (回调地址).
        auth_token (str): The user's authorisation token (用户授权令牌).
        biosample_ids (list[GrantedSample] | Unset): The samples the user chose to share, sent as JSON text (选中的授权样品信息).
    """

    client_id: str
    redirect_uri: str
    auth_token: str
    biosample_ids: list[GrantedSample] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        redirect_uri = self.redirect_uri

        auth_token = self.auth_token

        biosample_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.biosample_ids, Unset):
            biosample_ids = []
            for biosample_ids_item_data in self.biosample_ids:
                biosample_ids_item = biosample_ids_item_data.to_dict()
                biosample_ids.append(biosample_ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "client_id": client_id,
                "redirect_uri": redirect_uri,
                "auth_token": auth_token,
            }
        )
        if biosample_ids is not UNSET:
            field_dict["biosample_ids"] = biosample_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.granted_sample import GrantedSample

        d = dict(src_dict)
        client_id = d.pop("client_id")

        redirect_uri = d.pop("redirect_uri")

        auth_token = d.pop("auth_token")

        _biosample_ids = d.pop("biosample_ids", UNSET)
        biosample_ids: list[GrantedSample] | Unset = UNSET
        if _biosample_ids is not UNSET:
            biosample_ids = []
            for biosample_ids_item_data in _biosample_ids:
                biosample_ids_item = GrantedSample.from_dict(biosample_ids_item_data)

                biosample_ids.append(biosample_ids_item)

        oauth_2_authorize_form = cls(
            client_id=client_id,
            redirect_uri=redirect_uri,
            auth_token=auth_token,
            biosample_ids=biosample_ids,
        )

        return oauth_2_authorize_form
