from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.stream_input_stream_data import StreamInputStreamData


T = TypeVar("T", bound="StreamInput")


@_attrs_define
class StreamInput:
    """One record to write.

    Attributes:
        fundamental_entity_id (str): An individual (subject) id of the platform, a UUID (个体编号).
        data_element_id (str): A data element id, a UUID (数据元编号).
        stream_generate_time (str): A generation time in one of the platform's date formats (流数据生成时间); a year alone,
            such as `1986`, is allowed.
        stream_data (StreamInputStreamData): The record's content.
    """

    fundamental_entity_id: str
    data_element_id: str
    stream_generate_time: str
    stream_data: StreamInputStreamData

    def to_dict(self) -> dict[str, Any]:
        fundamental_entity_id = self.fundamental_entity_id

        data_element_id = self.data_element_id

        stream_generate_time = self.stream_generate_time

        stream_data = self.stream_data.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "fundamental_entity_id": fundamental_entity_id,
                "data_element_id": data_element_id,
                "stream_generate_time": stream_generate_time,
                "stream_data": stream_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stream_input_stream_data import StreamInputStreamData

        d = dict(src_dict)
        fundamental_entity_id = d.pop("fundamental_entity_id")

        data_element_id = d.pop("data_element_id")

        stream_generate_time = d.pop("stream_generate_time")

        stream_data = StreamInputStreamData.from_dict(d.pop("stream_data"))

        stream_input = cls(
            fundamental_entity_id=fundamental_entity_id,
            data_element_id=data_element_id,
            stream_generate_time=stream_generate_time,
            stream_data=stream_data,
        )

        return stream_input
