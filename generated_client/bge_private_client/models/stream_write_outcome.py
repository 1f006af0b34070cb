from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.stream_write_outcome_stream import StreamWriteOutcomeStream


T = TypeVar("T", bound="StreamWriteOutcome")


@_attrs_define
class StreamWriteOutcome:
    """The outcome of writing one record.

    Attributes:
        is_succeed (bool): Whether the record was written.
        message (str): Why not, when it was not; empty on success.
        stream (StreamWriteOutcomeStream): The record as the platform took it.
    """

    is_succeed: bool
    message: str
    stream: StreamWriteOutcomeStream
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_succeed = self.is_succeed

        message = self.message

        stream = self.stream.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_succeed": is_succeed,
                "message": message,
                "stream": stream,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stream_write_outcome_stream import StreamWriteOutcomeStream

        d = dict(src_dict)
        is_succeed = d.pop("is_succeed")

        message = d.pop("message")

        stream = StreamWriteOutcomeStream.from_dict(d.pop("stream"))

        stream_write_outcome = cls(
            is_succeed=is_succeed,
            message=message,
            stream=stream,
        )

        stream_write_outcome.additional_properties = d
        return stream_write_outcome

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
