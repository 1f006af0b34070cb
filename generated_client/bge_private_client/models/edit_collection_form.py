from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.collection_omic import CollectionOmic
from ..models.collection_type import CollectionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="EditCollectionForm")


@_attrs_define
class EditCollectionForm:
    """The attributes to change; to replace the data elements see `EditCollectionUploadForm`.

    Attributes:
        collection_id (str): A collection id, `C-` + one capital letter + 11 digits (数据集编号).
        collection_type (CollectionType | Unset): Who may see the collection (类型).
        collection_omic (CollectionOmic | Unset): The collection's omics category (组学).
        collection_description (str | Unset): A description, at most 30 characters (数据集描述).
    """

    collection_id: str
    collection_type: CollectionType | Unset = UNSET
    collection_omic: CollectionOmic | Unset = UNSET
    collection_description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        collection_id = self.collection_id

        collection_type: str | Unset = UNSET
        if not isinstance(self.collection_type, Unset):
            collection_type = self.collection_type.value

        collection_omic: str | Unset = UNSET
        if not isinstance(self.collection_omic, Unset):
            collection_omic = self.collection_omic.value

        collection_description = self.collection_description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "collection_id": collection_id,
            }
        )
        if collection_type is not UNSET:
            field_dict["collection_type"] = collection_type
        if collection_omic is not UNSET:
            field_dict["collection_omic"] = collection_omic
        if collection_description is not UNSET:
            field_dict["collection_description"] = collection_description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        collection_id = d.pop("collection_id")

        _collection_type = d.pop("collection_type", UNSET)
        collection_type: CollectionType | Unset
        if isinstance(_collection_type, Unset):
            collection_type = UNSET
        else:
            collection_type = CollectionType(_collection_type)

        _collection_omic = d.pop("collection_omic", UNSET)
        collection_omic: CollectionOmic | Unset
        if isinstance(_collection_omic, Unset):
            collection_omic = UNSET
        else:
            collection_omic = CollectionOmic(_collection_omic)

        collection_description = d.pop("collection_description", UNSET)

        edit_collection_form = cls(
            collection_id=collection_id,
            collection_type=collection_type,
            collection_omic=collection_omic,
            collection_description=collection_description,
        )

        return edit_collection_form
