from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_user import AccountUser


T = TypeVar("T", bound="AccountUserPage")


@_attrs_define
class AccountUserPage:
    """One page of users. Not documented: presumably the platform's usual page with `page`, `limit`, `count`, `total`,
    `pages` and the users in `result`.

        Attributes:
            page (int | Unset): This page's number, from 1 (当前页码).
            limit (int | Unset): The largest number of items on a page (每页数量).
            count (int | Unset): Users on this page (本页数量).
            total (int | Unset): Users on all pages (总数).
            pages (int | Unset): Number of pages (总页数).
            result (list[AccountUser] | Unset): The users (结果).
    """

    page: int | Unset = UNSET
    limit: int | Unset = UNSET
    count: int | Unset = UNSET
    total: int | Unset = UNSET
    pages: int | Unset = UNSET
    result: list[AccountUser] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        limit = self.limit

        count = self.count

        total = self.total

        pages = self.pages

        result: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = []
            for result_item_data in self.result:
                result_item = result_item_data.to_dict()
                result.append(result_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if limit is not UNSET:
            field_dict["limit"] = limit
        if count is not UNSET:
            field_dict["count"] = count
        if total is not UNSET:
            field_dict["total"] = total
        if pages is not UNSET:
            field_dict["pages"] = pages
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account_user import AccountUser

        d = dict(src_dict)
        page = d.pop("page", UNSET)

        limit = d.pop("limit", UNSET)

        count = d.pop("count", UNSET)

        total = d.pop("total", UNSET)

        pages = d.pop("pages", UNSET)

        _result = d.pop("result", UNSET)
        result: list[AccountUser] | Unset = UNSET
        if _result is not UNSET:
            result = []
            for result_item_data in _result:
                result_item = AccountUser.from_dict(result_item_data)

                result.append(result_item)

        account_user_page = cls(
            page=page,
            limit=limit,
            count=count,
            total=total,
            pages=pages,
            result=result,
        )

        account_user_page.additional_properties = d
        return account_user_page

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
