from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BatchTrace")


@_attrs_define
class BatchTrace:
    """Where the range lies among the batches; null where there is none.

    Attributes:
        prev_batch_no (int | None): The batch before the range.
        next_batch_no (int | None): The batch after the range.
        first_batch_no (int | None): The namespace's first batch.
        last_batch_no (int | None): The namespace's last batch.
    """

    prev_batch_no: int | None
    next_batch_no: int | None
    first_batch_no: int | None
    last_batch_no: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prev_batch_no: int | None
        prev_batch_no = self.prev_batch_no

        next_batch_no: int | None
        next_batch_no = self.next_batch_no

        first_batch_no: int | None
        first_batch_no = self.first_batch_no

        last_batch_no: int | None
        last_batch_no = self.last_batch_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prev_batch_no": prev_batch_no,
                "next_batch_no": next_batch_no,
                "first_batch_no": first_batch_no,
                "last_batch_no": last_batch_no,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_prev_batch_no(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        prev_batch_no = _parse_prev_batch_no(d.pop("prev_batch_no"))

        def _parse_next_batch_no(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        next_batch_no = _parse_next_batch_no(d.pop("next_batch_no"))

        def _parse_first_batch_no(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        first_batch_no = _parse_first_batch_no(d.pop("first_batch_no"))

        def _parse_last_batch_no(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        last_batch_no = _parse_last_batch_no(d.pop("last_batch_no"))

        batch_trace = cls(
            prev_batch_no=prev_batch_no,
            next_batch_no=next_batch_no,
            first_batch_no=first_batch_no,
            last_batch_no=last_batch_no,
        )

        batch_trace.additional_properties = d
        return batch_trace

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
