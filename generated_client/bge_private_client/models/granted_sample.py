from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="GrantedSample")


@_attrs_define
class GrantedSample:
    """A sample the user shares with the application, and which of its data (授权样品).

    Attributes:
        biosample_id (str): A biosample id, `E-` + one capital letter + 11 digits (生物样品编号).
        type_ (str): Which data of the sample, e.g. `Lowpass` or `Full` (样品数据类型).
    """

    biosample_id: str
    type_: str

    def to_dict(self) -> dict[str, Any]:
        biosample_id = self.biosample_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "biosample_id": biosample_id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        biosample_id = d.pop("biosample_id")

        type_ = d.pop("type")

        granted_sample = cls(
            biosample_id=biosample_id,
            type_=type_,
        )

        return granted_sample
