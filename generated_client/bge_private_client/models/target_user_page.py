from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.target_user import TargetUser


T = TypeVar("T", bound="TargetUserPage")


@_attrs_define
class TargetUserPage:
    """
    Attributes:
        total (int): Users on all pages (总数).
        page (int): This page (当前页).
        count (int): Users on this page (本页数量).
        limit (int): Page size (每页数量).
        pages (int): Number of pages (总页数).
        result (list[TargetUser]):
    """

    total: int
    page: int
    count: int
    limit: int
    pages: int
    result: list[TargetUser]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        page = self.page

        count = self.count

        limit = self.limit

        pages = self.pages

        result = []
        for result_item_data in self.result:
            result_item = result_item_data.to_dict()
            result.append(result_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "page": page,
                "count": count,
                "limit": limit,
                "pages": pages,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.target_user import TargetUser

        d = dict(src_dict)
        total = d.pop("total")

        page = d.pop("page")

        count = d.pop("count")

        limit = d.pop("limit")

        pages = d.pop("pages")

        result = []
        _result = d.pop("result")
        for result_item_data in _result:
            result_item = TargetUser.from_dict(result_item_data)

            result.append(result_item)

        target_user_page = cls(
            total=total,
            page=page,
            count=count,
            limit=limit,
            pages=pages,
            result=result,
        )

        target_user_page.additional_properties = d
        return target_user_page

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
