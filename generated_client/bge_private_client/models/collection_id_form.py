from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CollectionIdForm")


@_attrs_define
class CollectionIdForm:
    """
    Attributes:
        collection_id (str): A collection id, `C-` + one capital letter + 11 digits (数据集编号).
    """

    collection_id: str

    def to_dict(self) -> dict[str, Any]:
        collection_id = self.collection_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "collection_id": collection_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        collection_id = d.pop("collection_id")

        collection_id_form = cls(
            collection_id=collection_id,
        )

        return collection_id_form
