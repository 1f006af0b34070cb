from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..models.collection_omic import CollectionOmic
from ..models.collection_type import CollectionType
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="AddCollectionUploadForm")


@_attrs_define
class AddCollectionUploadForm:
    """With a file of data element ids (multipart).

    Attributes:
        collection_name (str): The collection's name, at most 20 characters (数据集名称).
        collection_type (CollectionType): Who may see the collection (类型).
        collection_omic (CollectionOmic): The collection's omics category (组学).
        data_element_ids (File): A text file of data element ids separated by spaces or newlines
            (数据元文件，文件中数据元编号之间以空格或换行隔开); a file part named after the file, not signed.
        collection_description (str | Unset): A description, at most 30 characters (数据集描述).
    """

    collection_name: str
    collection_type: CollectionType
    collection_omic: CollectionOmic
    data_element_ids: File
    collection_description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        collection_name = self.collection_name

        collection_type = self.collection_type.value

        collection_omic = self.collection_omic.value

        data_element_ids = self.data_element_ids.to_tuple()

        collection_description = self.collection_description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "collection_name": collection_name,
                "collection_type": collection_type,
                "collection_omic": collection_omic,
                "data_element_ids": data_element_ids,
            }
        )
        if collection_description is not UNSET:
            field_dict["collection_description"] = collection_description

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("collection_name", (None, str(self.collection_name).encode(), "text/plain")))

        files.append(("collection_type", (None, str(self.collection_type.value).encode(), "text/plain")))

        files.append(("collection_omic", (None, str(self.collection_omic.value).encode(), "text/plain")))

        files.append(("data_element_ids", self.data_element_ids.to_tuple()))

        if not isinstance(self.collection_description, Unset):
            files.append(("collection_description", (None, str(self.collection_description).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        collection_name = d.pop("collection_name")

        collection_type = CollectionType(d.pop("collection_type"))

        collection_omic = CollectionOmic(d.pop("collection_omic"))

        data_element_ids = File(payload=BytesIO(d.pop("data_element_ids")))

        collection_description = d.pop("collection_description", UNSET)

        add_collection_upload_form = cls(
            collection_name=collection_name,
            collection_type=collection_type,
            collection_omic=collection_omic,
            data_element_ids=data_element_ids,
            collection_description=collection_description,
        )

        return add_collection_upload_form
