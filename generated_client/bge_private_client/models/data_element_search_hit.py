from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.data_element_search_hit_data import DataElementSearchHitData
    from ..models.data_element_search_hit_highlight import DataElementSearchHitHighlight


T = TypeVar("T", bound="DataElementSearchHit")


@_attrs_define
class DataElementSearchHit:
    """One search hit.

    Attributes:
        id (str): The index entry's id.
        app (str): The application owning the index (索引归属应用).
        type_ (str): The kind of object: `data_element` or `collection` (索引类型).
        highlight (DataElementSearchHitHighlight): Highlighted fragments (HTML) by field (搜索高亮).
        data (DataElementSearchHitData): The indexed object (索引数据): a `DataElement` for a data element hit; for a
            collection hit presumably the collection's fields (not documented).
    """

    id: str
    app: str
    type_: str
    highlight: DataElementSearchHitHighlight
    data: DataElementSearchHitData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        app = self.app

        type_ = self.type_

        highlight = self.highlight.to_dict()

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "app": app,
                "type": type_,
                "highlight": highlight,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_element_search_hit_data import DataElementSearchHitData
        from ..models.data_element_search_hit_highlight import (
            DataElementSearchHitHighlight,
        )

        d = dict(src_dict)
        id = d.pop("id")

        app = d.pop("app")

        type_ = d.pop("type")

        highlight = DataElementSearchHitHighlight.from_dict(d.pop("highlight"))

        data = DataElementSearchHitData.from_dict(d.pop("data"))

        data_element_search_hit = cls(
            id=id,
            app=app,
            type_=type_,
            highlight=highlight,
            data=data,
        )

        data_element_search_hit.additional_properties = d
        return data_element_search_hit

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
