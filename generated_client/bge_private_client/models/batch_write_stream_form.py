from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stream_input import StreamInput


T = TypeVar("T", bound="BatchWriteStreamForm")


@_attrs_define
class BatchWriteStreamForm:
    """
    Attributes:
        streams (list[StreamInput]): The records to write, at most 100, sent as JSON text (要写入的数据流数据数组).
        duplicate_enabled (str | Unset): `true` allows a record equal to an existing one (same individual, data element
            and generation time); duplicates are rejected by default (是否允许重复写入相同数据).
    """

    streams: list[StreamInput]
    duplicate_enabled: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        streams = []
        for streams_item_data in self.streams:
            streams_item = streams_item_data.to_dict()
            streams.append(streams_item)

        duplicate_enabled = self.duplicate_enabled

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "streams": streams,
            }
        )
        if duplicate_enabled is not UNSET:
            field_dict["duplicate_enabled"] = duplicate_enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stream_input import StreamInput

        d = dict(src_dict)
        streams = []
        _streams = d.pop("streams")
        for streams_item_data in _streams:
            streams_item = StreamInput.from_dict(streams_item_data)

            streams.append(streams_item)

        duplicate_enabled = d.pop("duplicate_enabled", UNSET)

        batch_write_stream_form = cls(
            streams=streams,
            duplicate_enabled=duplicate_enabled,
        )

        return batch_write_stream_form
