from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RetrieveDataItemForm")


@_attrs_define
class RetrieveDataItemForm:
    """
    Attributes:
        data_element_id (str): A data element id, a UUID (数据元编号).
        namespace (str): A namespace of data items and streams (命名空间), e.g. `KB-BGE`, `BGE_DEVELOPER_PLATFORM`,
            `WGSAI3.0-L-FULL`.
        biosample_id (str | Unset): A biosample id, `E-` + one capital letter + 11 digits (生物样品编号).
        batch_no (int | Unset): A batch number, 13 digits (a millisecond timestamp; 批次号).
    """

    data_element_id: str
    namespace: str
    biosample_id: str | Unset = UNSET
    batch_no: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        data_element_id = self.data_element_id

        namespace = self.namespace

        biosample_id = self.biosample_id

        batch_no = self.batch_no

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data_element_id": data_element_id,
                "namespace": namespace,
            }
        )
        if biosample_id is not UNSET:
            field_dict["biosample_id"] = biosample_id
        if batch_no is not UNSET:
            field_dict["batch_no"] = batch_no

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data_element_id = d.pop("data_element_id")

        namespace = d.pop("namespace")

        biosample_id = d.pop("biosample_id", UNSET)

        batch_no = d.pop("batch_no", UNSET)

        retrieve_data_item_form = cls(
            data_element_id=data_element_id,
            namespace=namespace,
            biosample_id=biosample_id,
            batch_no=batch_no,
        )

        return retrieve_data_item_form
