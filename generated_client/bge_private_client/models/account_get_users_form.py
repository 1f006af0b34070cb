from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountGetUsersForm")


@_attrs_define
class AccountGetUsersForm:
    """
    Attributes:
        user_ids (str | Unset): One or more BGE user ids separated by commas (用户编号；逗号分割多个).
        page (int | Unset): The page to answer, from 1 (页码；默认值为 1). Default: 1.
        limit (int | Unset): The largest number of users on a page (单页返回数量；默认值为 100). Default: 100.
        sort (str | Unset): Sort keys separated by commas, each `user_id`, `gender`, `date_joined`, `last_login` or
            `last_modified`, with a leading `-` for descending order (排序，逗号分割多个；字段前增加减号代表从大到小排序).
    """

    user_ids: str | Unset = UNSET
    page: int | Unset = 1
    limit: int | Unset = 100
    sort: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        user_ids = self.user_ids

        page = self.page

        limit = self.limit

        sort = self.sort

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if user_ids is not UNSET:
            field_dict["user_ids"] = user_ids
        if page is not UNSET:
            field_dict["page"] = page
        if limit is not UNSET:
            field_dict["limit"] = limit
        if sort is not UNSET:
            field_dict["sort"] = sort

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_ids = d.pop("user_ids", UNSET)

        page = d.pop("page", UNSET)

        limit = d.pop("limit", UNSET)

        sort = d.pop("sort", UNSET)

        account_get_users_form = cls(
            user_ids=user_ids,
            page=page,
            limit=limit,
            sort=sort,
        )

        return account_get_users_form
