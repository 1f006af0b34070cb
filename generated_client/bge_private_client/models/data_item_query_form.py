from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataItemQueryForm")


@_attrs_define
class DataItemQueryForm:
    """
    Attributes:
        namespace (str): A namespace of data items and streams (命名空间), e.g. `KB-BGE`, `BGE_DEVELOPER_PLATFORM`,
            `WGSAI3.0-L-FULL`.
        biosample_id (str | Unset): A biosample id, `E-` + one capital letter + 11 digits (生物样品编号).
        batch_no (int | Unset): A batch number, 13 digits (a millisecond timestamp; 批次号).
        next_page_key (str | Unset): The cursor of the page to answer: the previous answer's `next_page_key`.
    """

    namespace: str
    biosample_id: str | Unset = UNSET
    batch_no: int | Unset = UNSET
    next_page_key: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        namespace = self.namespace

        biosample_id = self.biosample_id

        batch_no = self.batch_no

        next_page_key = self.next_page_key

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
        if next_page_key is not UNSET:
            field_dict["next_page_key"] = next_page_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        namespace = d.pop("namespace")

        biosample_id = d.pop("biosample_id", UNSET)

        batch_no = d.pop("batch_no", UNSET)

        next_page_key = d.pop("next_page_key", UNSET)

        data_item_query_form = cls(
            namespace=namespace,
            biosample_id=biosample_id,
            batch_no=batch_no,
            next_page_key=next_page_key,
        )

        return data_item_query_form
