from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.collection_omic import CollectionOmic
from ..models.collection_type import CollectionType

T = TypeVar("T", bound="Collection")


@_attrs_define
class Collection:
    """A collection of data elements (数据集).

    Attributes:
        collection_omic (CollectionOmic): The collection's omics category (组学).
        collection_name (str): Name (数据集名称).
        collection_description (str): Description (数据集描述).
        deids (list[str]): The ids of the collection's data elements.
        collection_id (str): A collection id, `C-` + one capital letter + 11 digits (数据集编号).
        collection_type (CollectionType): Who may see the collection (类型).
    """

    collection_omic: CollectionOmic
    collection_name: str
    collection_description: str
    deids: list[str]
    collection_id: str
    collection_type: CollectionType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collection_omic = self.collection_omic.value

        collection_name = self.collection_name

        collection_description = self.collection_description

        deids = self.deids

        collection_id = self.collection_id

        collection_type = self.collection_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collection_omic": collection_omic,
                "collection_name": collection_name,
                "collection_description": collection_description,
                "deids": deids,
                "collection_id": collection_id,
                "collection_type": collection_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        collection_omic = CollectionOmic(d.pop("collection_omic"))

        collection_name = d.pop("collection_name")

        collection_description = d.pop("collection_description")

        deids = cast(list[str], d.pop("deids"))

        collection_id = d.pop("collection_id")

        collection_type = CollectionType(d.pop("collection_type"))

        collection = cls(
            collection_omic=collection_omic,
            collection_name=collection_name,
            collection_description=collection_description,
            deids=deids,
            collection_id=collection_id,
            collection_type=collection_type,
        )

        collection.additional_properties = d
        return collection

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
