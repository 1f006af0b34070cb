from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    """Where a list answer stands (分页信息).

    Attributes:
        page (int): This page's number, from 1 (当前页码).
        count (int): Items on this page (本页数量).
        total (int): Items on all pages (总数).
        limit (int | Unset): The largest number of items on a page (每页数量).
        pages (int | Unset): Number of pages (总页数).
    """

    page: int
    count: int
    total: int
    limit: int | Unset = UNSET
    pages: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        count = self.count

        total = self.total

        limit = self.limit

        pages = self.pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "count": count,
                "total": total,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit
        if pages is not UNSET:
            field_dict["pages"] = pages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        page = d.pop("page")

        count = d.pop("count")

        total = d.pop("total")

        limit = d.pop("limit", UNSET)

        pages = d.pop("pages", UNSET)

        pagination = cls(
            page=page,
            count=count,
            total=total,
            limit=limit,
            pages=pages,
        )

        pagination.additional_properties = d
        return pagination

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
