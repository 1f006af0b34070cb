from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.survey_project import SurveyProject


T = TypeVar("T", bound="SurveyProjectPage")


@_attrs_define
class SurveyProjectPage:
    """
    Attributes:
        limit (int): Page size (每页数量).
        total (int): Projects on all pages (总数).
        result (list[SurveyProject]):
        count (int): Projects on this page (本页数量).
        page (int): This page (当前页).
        pages (int): Number of pages (总页数).
    """

    limit: int
    total: int
    result: list[SurveyProject]
    count: int
    page: int
    pages: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        total = self.total

        result = []
        for result_item_data in self.result:
            result_item = result_item_data.to_dict()
            result.append(result_item)

        count = self.count

        page = self.page

        pages = self.pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "limit": limit,
                "total": total,
                "result": result,
                "count": count,
                "page": page,
                "pages": pages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.survey_project import SurveyProject

        d = dict(src_dict)
        limit = d.pop("limit")

        total = d.pop("total")

        result = []
        _result = d.pop("result")
        for result_item_data in _result:
            result_item = SurveyProject.from_dict(result_item_data)

            result.append(result_item)

        count = d.pop("count")

        page = d.pop("page")

        pages = d.pop("pages")

        survey_project_page = cls(
            limit=limit,
            total=total,
            result=result,
            count=count,
            page=page,
            pages=pages,
        )

        survey_project_page.additional_properties = d
        return survey_project_page

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
