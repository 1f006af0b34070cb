from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OpenbgeSearchForm")


@_attrs_define
class OpenbgeSearchForm:
    """
    Attributes:
        query (str): The text to search for (搜索文本).
        category (str): What to search: `app`, `report`, `survey` or `gene`, several joined with commas (类别).
        biosample_id (str | Unset): A biosample id, `E-` + one capital letter + 11 digits (生物样品编号).
        limit (int | Unset): The largest number of items on a page (一页最大返回数据量，默认 50).
        page (int | Unset): The page to answer, from 1 (当前页码，默认 1).
    """

    query: str
    category: str
    biosample_id: str | Unset = UNSET
    limit: int | Unset = UNSET
    page: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        category = self.category

        biosample_id = self.biosample_id

        limit = self.limit

        page = self.page

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "query": query,
                "category": category,
            }
        )
        if biosample_id is not UNSET:
            field_dict["biosample_id"] = biosample_id
        if limit is not UNSET:
            field_dict["limit"] = limit
        if page is not UNSET:
            field_dict["page"] = page

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        query = d.pop("query")

        category = d.pop("category")

        biosample_id = d.pop("biosample_id", UNSET)

        limit = d.pop("limit", UNSET)

        page = d.pop("page", UNSET)

        openbge_search_form = cls(
            query=query,
            category=category,
            biosample_id=biosample_id,
            limit=limit,
            page=page,
        )

        return openbge_search_form
