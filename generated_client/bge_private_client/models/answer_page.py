from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.answer import Answer


T = TypeVar("T", bound="AnswerPage")


@_attrs_define
class AnswerPage:
    """A page of answers (答案列表).

    Attributes:
        page (int): This page, from 1 (当前页).
        limit (int): Page size (每页数量).
        count (int): Items on this page (本页数量).
        total (int): Items on all pages (总数).
        pages (int): Number of pages (总页数).
        result (list[Answer]): The items of this page (数据).
    """

    page: int
    limit: int
    count: int
    total: int
    pages: int
    result: list[Answer]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        limit = self.limit

        count = self.count

        total = self.total

        pages = self.pages

        result = []
        for result_item_data in self.result:
            result_item = result_item_data.to_dict()
            result.append(result_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "limit": limit,
                "count": count,
                "total": total,
                "pages": pages,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.answer import Answer

        d = dict(src_dict)
        page = d.pop("page")

        limit = d.pop("limit")

        count = d.pop("count")

        total = d.pop("total")

        pages = d.pop("pages")

        result = []
        _result = d.pop("result")
        for result_item_data in _result:
            result_item = Answer.from_dict(result_item_data)

            result.append(result_item)

        answer_page = cls(
            page=page,
            limit=limit,
            count=count,
            total=total,
            pages=pages,
            result=result,
        )

        answer_page.additional_properties = d
        return answer_page

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
