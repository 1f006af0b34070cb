from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.data_item_attributes import DataItemAttributes


T = TypeVar("T", bound="DataItem")


@_attrs_define
class DataItem:
    """A data item (数据项): the value of a data element, in a namespace, for a sample or for none.

    Attributes:
        biosample_id (str): The sample the item belongs to (生物样品编号); empty when it belongs to none.
        data_element_id (str): A data element id, a UUID (数据元编号).
        namespace (str): The item's namespace (命名空间).
        batch_no (int): A batch number, 13 digits (a millisecond timestamp; 批次号).
        attributes (DataItemAttributes): The item's value: the attributes its data element defines.
    """

    biosample_id: str
    data_element_id: str
    namespace: str
    batch_no: int
    attributes: DataItemAttributes
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        biosample_id = self.biosample_id

        data_element_id = self.data_element_id

        namespace = self.namespace

        batch_no = self.batch_no

        attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "biosample_id": biosample_id,
                "data_element_id": data_element_id,
                "namespace": namespace,
                "batch_no": batch_no,
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_item_attributes import DataItemAttributes

        d = dict(src_dict)
        biosample_id = d.pop("biosample_id")

        data_element_id = d.pop("data_element_id")

        namespace = d.pop("namespace")

        batch_no = d.pop("batch_no")

        attributes = DataItemAttributes.from_dict(d.pop("attributes"))

        data_item = cls(
            biosample_id=biosample_id,
            data_element_id=data_element_id,
            namespace=namespace,
            batch_no=batch_no,
            attributes=attributes,
        )

        data_item.additional_properties = d
        return data_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
