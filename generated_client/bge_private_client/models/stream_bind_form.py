from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="StreamBindForm")


@_attrs_define
class StreamBindForm:
    """
    Attributes:
        biosample_id (str): A biosample id, `E-` + one capital letter + 11 digits (生物样品编号).
    """

    biosample_id: str

    def to_dict(self) -> dict[str, Any]:
        biosample_id = self.biosample_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "biosample_id": biosample_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        biosample_id = d.pop("biosample_id")

        stream_bind_form = cls(
            biosample_id=biosample_id,
        )

        return stream_bind_form
