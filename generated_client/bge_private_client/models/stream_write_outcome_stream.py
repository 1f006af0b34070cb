from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.stream_meta import StreamMeta
    from ..models.stream_write_outcome_stream_data_element import (
        StreamWriteOutcomeStreamDataElement,
    )


T = TypeVar("T", bound="StreamWriteOutcomeStream")


@_attrs_define
class StreamWriteOutcomeStream:
    """The record as the platform took it.

    Attributes:
        stream_meta (StreamMeta): Whose record it is and where it lives.
        stream_generate_time (str): The generation time as stored.
        stream_id (None | str): The new record's id; null when it was not written.
        data_element (StreamWriteOutcomeStreamDataElement): The record's data element.
    """

    stream_meta: StreamMeta
    stream_generate_time: str
    stream_id: None | str
    data_element: StreamWriteOutcomeStreamDataElement
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stream_meta = self.stream_meta.to_dict()

        stream_generate_time = self.stream_generate_time

        stream_id: None | str
        stream_id = self.stream_id

        data_element = self.data_element.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stream_meta": stream_meta,
                "stream_generate_time": stream_generate_time,
                "stream_id": stream_id,
                "data_element": data_element,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stream_meta import StreamMeta
        from ..models.stream_write_outcome_stream_data_element import (
            StreamWriteOutcomeStreamDataElement,
        )

        d = dict(src_dict)
        stream_meta = StreamMeta.from_dict(d.pop("stream_meta"))

        stream_generate_time = d.pop("stream_generate_time")

        def _parse_stream_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        stream_id = _parse_stream_id(d.pop("stream_id"))

        data_element = StreamWriteOutcomeStreamDataElement.from_dict(d.pop("data_element"))

        stream_write_outcome_stream = cls(
            stream_meta=stream_meta,
            stream_generate_time=stream_generate_time,
            stream_id=stream_id,
            data_element=data_element,
        )

        stream_write_outcome_stream.additional_properties = d
        return stream_write_outcome_stream

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
