from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountGetUserForm")


@_attrs_define
class AccountGetUserForm:
    """Exactly one of `user_id` and `token` (用户编号与 token 同一时间只允许提供其中之一).

    Attributes:
        user_id (str | Unset): A BGE user id, 24 hex digits or 20 digits (用户 id).
        token (str | Unset): The token `login` answered; give it or `user_id`, not both (登录验证成功后返回的 token).
    """

    user_id: str | Unset = UNSET
    token: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        token = self.token

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_id = d.pop("user_id", UNSET)

        token = d.pop("token", UNSET)

        account_get_user_form = cls(
            user_id=user_id,
            token=token,
        )

        return account_get_user_form
