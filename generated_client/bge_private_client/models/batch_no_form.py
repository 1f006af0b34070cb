from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BatchNoForm")


@_attrs_define
class BatchNoForm:
    """
    Attributes:
        batch_no (int): A batch number, 13 digits (a millisecond timestamp; 批次号).
    """

    batch_no: int

    def to_dict(self) -> dict[str, Any]:
        batch_no = self.batch_no

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "batch_no": batch_no,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        batch_no = d.pop("batch_no")

        batch_no_form = cls(
            batch_no=batch_no,
        )

        return batch_no_form
