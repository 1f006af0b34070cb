from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.search_index_type import SearchIndexType

T = TypeVar("T", bound="DeleteIndexForm")


@_attrs_define
class DeleteIndexForm:
    """
    Attributes:
        type_ (SearchIndexType): The index type; always `survey` (索引类型，固定设置为 survey).
        ids (str): Ids of the documents to delete, separated by commas (要删除的问卷索引编号，多个编号以逗号分割).
    """

    type_: SearchIndexType
    ids: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        ids = self.ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "ids": ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = SearchIndexType(d.pop("type"))

        ids = d.pop("ids")

        delete_index_form = cls(
            type_=type_,
            ids=ids,
        )

        return delete_index_form
