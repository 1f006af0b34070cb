from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SurveyPageInfo")


@_attrs_define
class SurveyPageInfo:
    """Where a page of a survey list stands; the platform's survey lists carry it inside `data` (分页信息).

    Attributes:
        page (int): This page, from 1 (当前页).
        limit (int): Page size (每页数量).
        count (int): Items on this page (本页数量).
        total (int): Items on all pages (总数).
        pages (int): Number of pages (总页数).
    """

    page: int
    limit: int
    count: int
    total: int
    pages: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        limit = self.limit

        count = self.count

        total = self.total

        pages = self.pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "limit": limit,
                "count": count,
                "total": total,
                "pages": pages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        page = d.pop("page")

        limit = d.pop("limit")

        count = d.pop("count")

        total = d.pop("total")

        pages = d.pop("pages")

        survey_page_info = cls(
            page=page,
            limit=limit,
            count=count,
            total=total,
            pages=pages,
        )

        survey_page_info.additional_properties = d
        return survey_page_info

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
