from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MergeDataElementForm")


@_attrs_define
class MergeDataElementForm:
    """
    Attributes:
        data_element_ids (str): The data elements to merge away, their ids separated by commas (被合并的数据元编号，逗号分割多个).
        merge_data_element_id (str): The data element they are merged into (合并到的数据元编号).
        comment (str | Unset): A remark (备注).
    """

    data_element_ids: str
    merge_data_element_id: str
    comment: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        data_element_ids = self.data_element_ids

        merge_data_element_id = self.merge_data_element_id

        comment = self.comment

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data_element_ids": data_element_ids,
                "merge_data_element_id": merge_data_element_id,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data_element_ids = d.pop("data_element_ids")

        merge_data_element_id = d.pop("merge_data_element_id")

        comment = d.pop("comment", UNSET)

        merge_data_element_form = cls(
            data_element_ids=data_element_ids,
            merge_data_element_id=merge_data_element_id,
            comment=comment,
        )

        return merge_data_element_form
