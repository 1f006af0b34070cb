from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_hit_name import SearchHitName


T = TypeVar("T", bound="SearchHitData")


@_attrs_define
class SearchHitData:
    """The document that matched. Its fields depend on the category; those below are the ones of a `report` hit in the
    documentation's example.

        Attributes:
            id (str | Unset): The document's id (编号).
            category (str | Unset): The hit's category (类别).
            number (str | Unset): The report's number (报告编号).
            name (SearchHitName | Unset): A name in Chinese and English (名称).
            summary (str | Unset): The text that was indexed (摘要).
            biosample_id (str | Unset): A biosample id, `E-` + one capital letter + 11 digits (生物样品编号).
            report_id (str | Unset): The report the item belongs to (报告 id).
            product (str | Unset): The report's product, e.g. `Full` or `Trial` (产品).
            c_time (float | Unset): Creation time, milliseconds since the epoch (创建时间).
            u_time (float | Unset): Last update, milliseconds since the epoch (更新时间).
    """

    id: str | Unset = UNSET
    category: str | Unset = UNSET
    number: str | Unset = UNSET
    name: SearchHitName | Unset = UNSET
    summary: str | Unset = UNSET
    biosample_id: str | Unset = UNSET
    report_id: str | Unset = UNSET
    product: str | Unset = UNSET
    c_time: float | Unset = UNSET
    u_time: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        category = self.category

        number = self.number

        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        summary = self.summary

        biosample_id = self.biosample_id

        report_id = self.report_id

        product = self.product

        c_time = self.c_time

        u_time = self.u_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if category is not UNSET:
            field_dict["category"] = category
        if number is not UNSET:
            field_dict["number"] = number
        if name is not UNSET:
            field_dict["name"] = name
        if summary is not UNSET:
            field_dict["summary"] = summary
        if biosample_id is not UNSET:
            field_dict["biosample_id"] = biosample_id
        if report_id is not UNSET:
            field_dict["reportId"] = report_id
        if product is not UNSET:
            field_dict["product"] = product
        if c_time is not UNSET:
            field_dict["cTime"] = c_time
        if u_time is not UNSET:
            field_dict["uTime"] = u_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.search_hit_name import SearchHitName

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        category = d.pop("category", UNSET)

        number = d.pop("number", UNSET)

        _name = d.pop("name", UNSET)
        name: SearchHitName | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = SearchHitName.from_dict(_name)

        summary = d.pop("summary", UNSET)

        biosample_id = d.pop("biosample_id", UNSET)

        report_id = d.pop("reportId", UNSET)

        product = d.pop("product", UNSET)

        c_time = d.pop("cTime", UNSET)

        u_time = d.pop("uTime", UNSET)

        search_hit_data = cls(
            id=id,
            category=category,
            number=number,
            name=name,
            summary=summary,
            biosample_id=biosample_id,
            report_id=report_id,
            product=product,
            c_time=c_time,
            u_time=u_time,
        )

        search_hit_data.additional_properties = d
        return search_hit_data

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
