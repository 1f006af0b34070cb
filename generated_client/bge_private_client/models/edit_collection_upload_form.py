from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..models.collection_omic import CollectionOmic
from ..models.collection_type import CollectionType
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="EditCollectionUploadForm")


@_attrs_define
class EditCollectionUploadForm:
    """The attributes to change and a file of data element ids replacing the collection's (multipart).

    Attributes:
        collection_id (str): A collection id, `C-` + one capital letter + 11 digits (数据集编号).
        data_element_ids (File): A text file of data element ids separated by spaces or newlines
            (数据元文件，文件中数据元编号之间以空格或换行隔开); a file part named after the file, not signed.
        collection_type (CollectionType | Unset): Who may see the collection (类型).
        collection_omic (CollectionOmic | Unset): The collection's omics category (组学).
        collection_description (str | Unset): A description, at most 30 characters (数据集描述).
    """

    collection_id: str
    data_element_ids: File
    collection_type: CollectionType | Unset = UNSET
    collection_omic: CollectionOmic | Unset = UNSET
    collection_description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        collection_id = self.collection_id

        data_element_ids = self.data_element_ids.to_tuple()

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
                "data_element_ids": data_element_ids,
            }
        )
        if collection_type is not UNSET:
            field_dict["collection_type"] = collection_type
        if collection_omic is not UNSET:
            field_dict["collection_omic"] = collection_omic
        if collection_description is not UNSET:
            field_dict["collection_description"] = collection_description

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("collection_id", (None, str(self.collection_id).encode(), "text/plain")))

        files.append(("data_element_ids", self.data_element_ids.to_tuple()))

        if not isinstance(self.collection_type, Unset):
            files.append(("collection_type", (None, str(self.collection_type.value).encode(), "text/plain")))

        if not isinstance(self.collection_omic, Unset):
            files.append(("collection_omic", (None, str(self.collection_omic.value).encode(), "text/plain")))

        if not isinstance(self.collection_description, Unset):
            files.append(("collection_description", (None, str(self.collection_description).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        collection_id = d.pop("collection_id")

        data_element_ids = File(payload=BytesIO(d.pop("data_element_ids")))

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

        edit_collection_upload_form = cls(
            collection_id=collection_id,
            data_element_ids=data_element_ids,
            collection_type=collection_type,
            collection_omic=collection_omic,
            collection_description=collection_description,
        )

        return edit_collection_upload_form
