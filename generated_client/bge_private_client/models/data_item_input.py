from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.data_item_input_attributes import DataItemInputAttributes


T = TypeVar("T", bound="DataItemInput")


@_attrs_define
class DataItemInput:
    """One data item to import.

    Attributes:
        data_element_id (str): A data element id, a UUID (数据元编号).
        attributes (DataItemInputAttributes): The item's value: the attributes its data element defines (数据元数据).
    """

    data_element_id: str
    attributes: DataItemInputAttributes

    def to_dict(self) -> dict[str, Any]:
        data_element_id = self.data_element_id

        attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data_element_id": data_element_id,
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_item_input_attributes import DataItemInputAttributes

        d = dict(src_dict)
        data_element_id = d.pop("data_element_id")

        attributes = DataItemInputAttributes.from_dict(d.pop("attributes"))

        data_item_input = cls(
            data_element_id=data_element_id,
            attributes=attributes,
        )

        return data_item_input
