from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="StreamRetrieveForm")


@_attrs_define
class StreamRetrieveForm:
    """
    Attributes:
        stream_id (str): A stream record id, a UUID (数据流编号).
    """

    stream_id: str

    def to_dict(self) -> dict[str, Any]:
        stream_id = self.stream_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "stream_id": stream_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        stream_id = d.pop("stream_id")

        stream_retrieve_form = cls(
            stream_id=stream_id,
        )

        return stream_retrieve_form
