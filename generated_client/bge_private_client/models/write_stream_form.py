from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="WriteStreamForm")


@_attrs_define
class WriteStreamForm:
    """
    Attributes:
        fundamental_entity_id (str): An individual (subject) id of the platform, a UUID (个体编号).
        data_element_id (str): A data element id, a UUID (数据元编号).
        stream_generate_time (str): When the value was generated (流数据生成时间), in one of the platform's date formats; a
            year alone is allowed.
        stream_data (str): The record's content as JSON text, sent as given (流数据内容，JSON 格式内容).
        duplicate_enabled (str | Unset): `true` allows a record equal to an existing one (same individual, data element
            and generation time); duplicates are rejected by default (是否允许重复写入相同数据).
    """

    fundamental_entity_id: str
    data_element_id: str
    stream_generate_time: str
    stream_data: str
    duplicate_enabled: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        fundamental_entity_id = self.fundamental_entity_id

        data_element_id = self.data_element_id

        stream_generate_time = self.stream_generate_time

        stream_data = self.stream_data

        duplicate_enabled = self.duplicate_enabled

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "fundamental_entity_id": fundamental_entity_id,
                "data_element_id": data_element_id,
                "stream_generate_time": stream_generate_time,
                "stream_data": stream_data,
            }
        )
        if duplicate_enabled is not UNSET:
            field_dict["duplicate_enabled"] = duplicate_enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        fundamental_entity_id = d.pop("fundamental_entity_id")

        data_element_id = d.pop("data_element_id")

        stream_generate_time = d.pop("stream_generate_time")

        stream_data = d.pop("stream_data")

        duplicate_enabled = d.pop("duplicate_enabled", UNSET)

        write_stream_form = cls(
            fundamental_entity_id=fundamental_entity_id,
            data_element_id=data_element_id,
            stream_generate_time=stream_generate_time,
            stream_data=stream_data,
            duplicate_enabled=duplicate_enabled,
        )

        return write_stream_form
