from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.collection_omic import CollectionOmic
from ..models.collection_type import CollectionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddCollectionForm")


@_attrs_define
class AddCollectionForm:
    """Without data elements; to add them see `AddCollectionUploadForm`.

    Attributes:
        collection_name (str): The collection's name, at most 20 characters (数据集名称).
        collection_type (CollectionType): Who may see the collection (类型).
        collection_omic (CollectionOmic): The collection's omics category (组学).
        collection_description (str | Unset): A description, at most 30 characters (数据集描述).
    """

    collection_name: str
    collection_type: CollectionType
    collection_omic: CollectionOmic
    collection_description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        collection_name = self.collection_name

        collection_type = self.collection_type.value

        collection_omic = self.collection_omic.value

        collection_description = self.collection_description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "collection_name": collection_name,
                "collection_type": collection_type,
                "collection_omic": collection_omic,
            }
        )
        if collection_description is not UNSET:
            field_dict["collection_description"] = collection_description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        collection_name = d.pop("collection_name")

        collection_type = CollectionType(d.pop("collection_type"))

        collection_omic = CollectionOmic(d.pop("collection_omic"))

        collection_description = d.pop("collection_description", UNSET)

        add_collection_form = cls(
            collection_name=collection_name,
            collection_type=collection_type,
            collection_omic=collection_omic,
            collection_description=collection_description,
        )

        return add_collection_form
