from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountLoginForm")


@_attrs_define
class AccountLoginForm:
    """`account` and exactly one of `password` and `code` (password 与 code 必须且只能提供其中之一).

    Attributes:
        account (str): The phone number or e-mail address the user registered with (用于注册和接收到验证码的手机号或者邮箱).
        password (str | Unset): The user's password; give it or `code`, not both (密码，password 与 code 必须且只能提供其中之一).
        code (str | Unset): The 6-digit code received by SMS or e-mail; give it or `password`, not both
            (短信或邮件中收到的6个数字的验证码).
    """

    account: str
    password: str | Unset = UNSET
    code: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        password = self.password

        code = self.code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "account": account,
            }
        )
        if password is not UNSET:
            field_dict["password"] = password
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account = d.pop("account")

        password = d.pop("password", UNSET)

        code = d.pop("code", UNSET)

        account_login_form = cls(
            account=account,
            password=password,
            code=code,
        )

        return account_login_form
