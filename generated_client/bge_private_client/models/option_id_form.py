from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="OptionIdForm")


@_attrs_define
class OptionIdForm:
    """
    Attributes:
        option_id (int): A draft question option's id (选项 id).
    """

    option_id: int

    def to_dict(self) -> dict[str, Any]:
        option_id = self.option_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "option_id": option_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        option_id = d.pop("option_id")

        option_id_form = cls(
            option_id=option_id,
        )

        return option_id_form
