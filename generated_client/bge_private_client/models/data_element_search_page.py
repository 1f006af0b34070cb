from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_element_search_hit import DataElementSearchHit


T = TypeVar("T", bound="DataElementSearchPage")


@_attrs_define
class DataElementSearchPage:
    """One page of search hits.

    Attributes:
        result (list[DataElementSearchHit]): The hits of this page.
        page (int | Unset): This page (当前页); not shown by the docs.
        limit (int | Unset): Page size (每页数量); not shown by the docs.
        total (int | Unset): Hits on all pages (总数); not shown by the docs.
    """

    result: list[DataElementSearchHit]
    page: int | Unset = UNSET
    limit: int | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = []
        for result_item_data in self.result:
            result_item = result_item_data.to_dict()
            result.append(result_item)

        page = self.page

        limit = self.limit

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
            }
        )
        if page is not UNSET:
            field_dict["page"] = page
        if limit is not UNSET:
            field_dict["limit"] = limit
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_element_search_hit import DataElementSearchHit

        d = dict(src_dict)
        result = []
        _result = d.pop("result")
        for result_item_data in _result:
            result_item = DataElementSearchHit.from_dict(result_item_data)

            result.append(result_item)

        page = d.pop("page", UNSET)

        limit = d.pop("limit", UNSET)

        total = d.pop("total", UNSET)

        data_element_search_page = cls(
            result=result,
            page=page,
            limit=limit,
            total=total,
        )

        data_element_search_page.additional_properties = d
        return data_element_search_page

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
