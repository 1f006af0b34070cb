from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RetrieveBatchDataItemForm")


@_attrs_define
class RetrieveBatchDataItemForm:
    """
    Attributes:
        namespace (str): A namespace of data items and streams (命名空间), e.g. `KB-BGE`, `BGE_DEVELOPER_PLATFORM`,
            `WGSAI3.0-L-FULL`.
        biosample_id (str | Unset): A biosample id, `E-` + one capital letter + 11 digits (生物样品编号).
        batch_no (int | Unset): A batch number, 13 digits (a millisecond timestamp; 批次号).
        next_page (str | Unset): The cursor of the page to answer, from the previous answer.
        collection_id (str | Unset): A collection id, `C-` + one capital letter + 11 digits (数据集编号).
        data_element_ids (str | Unset): Read the items of these data elements, their ids separated by commas.
    """

    namespace: str
    biosample_id: str | Unset = UNSET
    batch_no: int | Unset = UNSET
    next_page: str | Unset = UNSET
    collection_id: str | Unset = UNSET
    data_element_ids: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        namespace = self.namespace

        biosample_id = self.biosample_id

        batch_no = self.batch_no

        next_page = self.next_page

        collection_id = self.collection_id

        data_element_ids = self.data_element_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "namespace": namespace,
            }
        )
        if biosample_id is not UNSET:
            field_dict["biosample_id"] = biosample_id
        if batch_no is not UNSET:
            field_dict["batch_no"] = batch_no
        if next_page is not UNSET:
            field_dict["next_page"] = next_page
        if collection_id is not UNSET:
            field_dict["collection_id"] = collection_id
        if data_element_ids is not UNSET:
            field_dict["data_element_ids"] = data_element_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        namespace = d.pop("namespace")

        biosample_id = d.pop("biosample_id", UNSET)

        batch_no = d.pop("batch_no", UNSET)

        next_page = d.pop("next_page", UNSET)

        collection_id = d.pop("collection_id", UNSET)

        data_element_ids = d.pop("data_element_ids", UNSET)

        retrieve_batch_data_item_form = cls(
            namespace=namespace,
            biosample_id=biosample_id,
            batch_no=batch_no,
            next_page=next_page,
            collection_id=collection_id,
            data_element_ids=data_element_ids,
        )

        return retrieve_batch_data_item_form
