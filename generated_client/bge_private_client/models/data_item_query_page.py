from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_item import DataItem


T = TypeVar("T", bound="DataItemQueryPage")


@_attrs_define
class DataItemQueryPage:
    """One page of data items.

    Attributes:
        data_items (list[DataItem]): The items of this page.
        next_page_key (None | str | Unset): The cursor of the next page; absent or null at the end (presumed, not shown
            by the docs).
    """

    data_items: list[DataItem]
    next_page_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_items = []
        for data_items_item_data in self.data_items:
            data_items_item = data_items_item_data.to_dict()
            data_items.append(data_items_item)

        next_page_key: None | str | Unset
        if isinstance(self.next_page_key, Unset):
            next_page_key = UNSET
        else:
            next_page_key = self.next_page_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data_items": data_items,
            }
        )
        if next_page_key is not UNSET:
            field_dict["next_page_key"] = next_page_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_item import DataItem

        d = dict(src_dict)
        data_items = []
        _data_items = d.pop("data_items")
        for data_items_item_data in _data_items:
            data_items_item = DataItem.from_dict(data_items_item_data)

            data_items.append(data_items_item)

        def _parse_next_page_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_page_key = _parse_next_page_key(d.pop("next_page_key", UNSET))

        data_item_query_page = cls(
            data_items=data_items,
            next_page_key=next_page_key,
        )

        data_item_query_page.additional_properties = d
        return data_item_query_page

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
