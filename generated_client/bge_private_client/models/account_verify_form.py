from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.account_verify_scope import AccountVerifyScope
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountVerifyForm")


@_attrs_define
class AccountVerifyForm:
    """`user_id` is the user whose phone number or e-mail address changes; it is required when `scope` is `update` and not
    needed otherwise (要更新邮箱或手机号的用户编号，仅 scope=update 时必须提供).

        Attributes:
            account (str): The phone number or e-mail address that receives the code (接收验证码的手机号或者邮箱).
            scope (AccountVerifyScope): What a verification code is for: `login`, `register`, or `update` of a user's phone
                number or e-mail address (使用验证码的场景，可选值：login（登录）, register（注册）, update（更新手机号或者邮件地址）).
            user_id (str | Unset): A BGE user id, 24 hex digits or 20 digits (用户 id).
    """

    account: str
    scope: AccountVerifyScope
    user_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        scope = self.scope.value

        user_id = self.user_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "account": account,
                "scope": scope,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account = d.pop("account")

        scope = AccountVerifyScope(d.pop("scope"))

        user_id = d.pop("user_id", UNSET)

        account_verify_form = cls(
            account=account,
            scope=scope,
            user_id=user_id,
        )

        return account_verify_form
