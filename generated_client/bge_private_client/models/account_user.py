from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountUser")


@_attrs_define
class AccountUser:
    """A user of the BGE user center. Not documented: the fields below are those `get_users` can sort by (用户).

    Attributes:
        user_id (str | Unset): A BGE user id, 24 hex digits or 20 digits (用户 id).
        gender (Any | Unset): The user's gender; its coding is not documented (性别).
        date_joined (str | Unset): When the user registered (注册时间).
        last_login (None | str | Unset): The user's last log-in (最后登录时间).
        last_modified (str | Unset): When the user was last changed (最后修改时间).
    """

    user_id: str | Unset = UNSET
    gender: Any | Unset = UNSET
    date_joined: str | Unset = UNSET
    last_login: None | str | Unset = UNSET
    last_modified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        gender = self.gender

        date_joined = self.date_joined

        last_login: None | str | Unset
        if isinstance(self.last_login, Unset):
            last_login = UNSET
        else:
            last_login = self.last_login

        last_modified = self.last_modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if gender is not UNSET:
            field_dict["gender"] = gender
        if date_joined is not UNSET:
            field_dict["date_joined"] = date_joined
        if last_login is not UNSET:
            field_dict["last_login"] = last_login
        if last_modified is not UNSET:
            field_dict["last_modified"] = last_modified

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_id = d.pop("user_id", UNSET)

        gender = d.pop("gender", UNSET)

        date_joined = d.pop("date_joined", UNSET)

        def _parse_last_login(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_login = _parse_last_login(d.pop("last_login", UNSET))

        last_modified = d.pop("last_modified", UNSET)

        account_user = cls(
            user_id=user_id,
            gender=gender,
            date_joined=date_joined,
            last_login=last_login,
            last_modified=last_modified,
        )

        account_user.additional_properties = d
        return account_user

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
