from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="OptionIdsForm")


@_attrs_define
class OptionIdsForm:
    """
    Attributes:
        option_ids (str): One or more option ids, separated by commas (选项 id，多个 id 用逗号分隔).
    """

    option_ids: str

    def to_dict(self) -> dict[str, Any]:
        option_ids = self.option_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "option_ids": option_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        option_ids = d.pop("option_ids")

        option_ids_form = cls(
            option_ids=option_ids,
        )

        return option_ids_form
