from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.data_element import DataElement
    from ..models.stream_meta import StreamMeta
    from ..models.stream_record_stream_data import StreamRecordStreamData


T = TypeVar("T", bound="StreamRecord")


@_attrs_define
class StreamRecord:
    """A stream record (数据流): a value of a data element for an individual at a time.

    Attributes:
        stream_generate_time_mask (str): Which parts of `stream_generate_time` were given (1) or filled in (0).
        stream_generate_time (str): When the value was generated, `YYYY-MM-DDThh:mm:ss.ffffff+hhmm` (流数据生成时间).
        data_element (DataElement): A data element (数据元): the definition that data items and streams are values of. Its
            attributes depend on its kind (variant, disease, measurement, ...); the ones listed are those the docs show.
        stream_data (StreamRecordStreamData): The record's content as written (流数据内容); FHIR-like in the docs' example.
        stream_meta (StreamMeta): Whose record it is and where it lives.
        create_time (str): When the record was written, `YYYY-MM-DDThh:mm:ss.ffffff+hhmm`.
        stream_id (str): A stream record id, a UUID (数据流编号).
        data_type (int): The kind of content (2 in the docs' example).
    """

    stream_generate_time_mask: str
    stream_generate_time: str
    data_element: DataElement
    stream_data: StreamRecordStreamData
    stream_meta: StreamMeta
    create_time: str
    stream_id: str
    data_type: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stream_generate_time_mask = self.stream_generate_time_mask

        stream_generate_time = self.stream_generate_time

        data_element = self.data_element.to_dict()

        stream_data = self.stream_data.to_dict()

        stream_meta = self.stream_meta.to_dict()

        create_time = self.create_time

        stream_id = self.stream_id

        data_type = self.data_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stream_generate_time_mask": stream_generate_time_mask,
                "stream_generate_time": stream_generate_time,
                "data_element": data_element,
                "stream_data": stream_data,
                "stream_meta": stream_meta,
                "create_time": create_time,
                "stream_id": stream_id,
                "data_type": data_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_element import DataElement
        from ..models.stream_meta import StreamMeta
        from ..models.stream_record_stream_data import StreamRecordStreamData

        d = dict(src_dict)
        stream_generate_time_mask = d.pop("stream_generate_time_mask")

        stream_generate_time = d.pop("stream_generate_time")

        data_element = DataElement.from_dict(d.pop("data_element"))

        stream_data = StreamRecordStreamData.from_dict(d.pop("stream_data"))

        stream_meta = StreamMeta.from_dict(d.pop("stream_meta"))

        create_time = d.pop("create_time")

        stream_id = d.pop("stream_id")

        data_type = d.pop("data_type")

        stream_record = cls(
            stream_generate_time_mask=stream_generate_time_mask,
            stream_generate_time=stream_generate_time,
            data_element=data_element,
            stream_data=stream_data,
            stream_meta=stream_meta,
            create_time=create_time,
            stream_id=stream_id,
            data_type=data_type,
        )

        stream_record.additional_properties = d
        return stream_record

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
