from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.search_hit_data import SearchHitData
    from ..models.search_hit_highlight import SearchHitHighlight


T = TypeVar("T", bound="SearchHit")


@_attrs_define
class SearchHit:
    """One search hit (搜索结果).

    Attributes:
        highlight (SearchHitHighlight): Highlighted fragments by field; empty in the documentation's example (高亮).
        id (str): The hit's id (编号).
        type_ (str): The kind of document (类型).
        data (SearchHitData): The document that matched. Its fields depend on the category; those below are the ones of
            a `report` hit in the documentation's example.
        app (str): The app the document comes from (来源应用).
    """

    highlight: SearchHitHighlight
    id: str
    type_: str
    data: SearchHitData
    app: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        highlight = self.highlight.to_dict()

        id = self.id

        type_ = self.type_

        data = self.data.to_dict()

        app = self.app

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "highlight": highlight,
                "id": id,
                "type": type_,
                "data": data,
                "app": app,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.search_hit_data import SearchHitData
        from ..models.search_hit_highlight import SearchHitHighlight

        d = dict(src_dict)
        highlight = SearchHitHighlight.from_dict(d.pop("highlight"))

        id = d.pop("id")

        type_ = d.pop("type")

        data = SearchHitData.from_dict(d.pop("data"))

        app = d.pop("app")

        search_hit = cls(
            highlight=highlight,
            id=id,
            type_=type_,
            data=data,
            app=app,
        )

        search_hit.additional_properties = d
        return search_hit

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
