from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ResponseIdForm")


@_attrs_define
class ResponseIdForm:
    """
    Attributes:
        response_id (int): A response's id: one respondent's filled-in survey (答卷 id).
    """

    response_id: int

    def to_dict(self) -> dict[str, Any]:
        response_id = self.response_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "response_id": response_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        response_id = d.pop("response_id")

        response_id_form = cls(
            response_id=response_id,
        )

        return response_id_form
