from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="GetDataElementForm")


@_attrs_define
class GetDataElementForm:
    """
    Attributes:
        data_element_id (str): A data element id, a UUID (数据元编号).
    """

    data_element_id: str

    def to_dict(self) -> dict[str, Any]:
        data_element_id = self.data_element_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data_element_id": data_element_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data_element_id = d.pop("data_element_id")

        get_data_element_form = cls(
            data_element_id=data_element_id,
        )

        return get_data_element_form
