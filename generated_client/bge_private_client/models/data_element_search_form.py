from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.data_element_search_form_types import DataElementSearchFormTypes
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataElementSearchForm")


@_attrs_define
class DataElementSearchForm:
    """
    Attributes:
        query (str): The text to search for (查询文本).
        data_element_source_domains (str | Unset): Restrict data-element hits to these source domains, separated by
            commas (数据元 source_domain，逗号分割多个); only meaningful when `types` includes `data_element`.
        page (int | Unset): The page to answer, from 1 (当前页码，默认 1).
        limit (int | Unset): Hits per page (每页返回数量); always sent, 50 by default. Default: 50.
        types (DataElementSearchFormTypes | Unset): What to search (搜索的数据类型); both kinds when omitted.
    """

    query: str
    data_element_source_domains: str | Unset = UNSET
    page: int | Unset = UNSET
    limit: int | Unset = 50
    types: DataElementSearchFormTypes | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        data_element_source_domains = self.data_element_source_domains

        page = self.page

        limit = self.limit

        types: str | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = self.types.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "query": query,
            }
        )
        if data_element_source_domains is not UNSET:
            field_dict["data_element_source_domains"] = data_element_source_domains
        if page is not UNSET:
            field_dict["page"] = page
        if limit is not UNSET:
            field_dict["limit"] = limit
        if types is not UNSET:
            field_dict["types"] = types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        query = d.pop("query")

        data_element_source_domains = d.pop("data_element_source_domains", UNSET)

        page = d.pop("page", UNSET)

        limit = d.pop("limit", UNSET)

        _types = d.pop("types", UNSET)
        types: DataElementSearchFormTypes | Unset
        if isinstance(_types, Unset):
            types = UNSET
        else:
            types = DataElementSearchFormTypes(_types)

        data_element_search_form = cls(
            query=query,
            data_element_source_domains=data_element_source_domains,
            page=page,
            limit=limit,
            types=types,
        )

        return data_element_search_form
