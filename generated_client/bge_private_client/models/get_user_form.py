from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUserForm")


@_attrs_define
class GetUserForm:
    """Exactly one of `biosample_id` and `fundamental_entity_id` must be given.

    Attributes:
        biosample_id (str | Unset): A biosample id, `E-` + one capital letter + 11 digits (生物样品编号).
        fundamental_entity_id (str | Unset): An individual (subject) id of the platform, a UUID (个体编号).
        has_generate_time_fields (str | Unset): Fields whose data-generation time the answer should include, comma-
            separated; allowed: `surname`, `nation`.
    """

    biosample_id: str | Unset = UNSET
    fundamental_entity_id: str | Unset = UNSET
    has_generate_time_fields: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        biosample_id = self.biosample_id

        fundamental_entity_id = self.fundamental_entity_id

        has_generate_time_fields = self.has_generate_time_fields

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if biosample_id is not UNSET:
            field_dict["biosample_id"] = biosample_id
        if fundamental_entity_id is not UNSET:
            field_dict["fundamental_entity_id"] = fundamental_entity_id
        if has_generate_time_fields is not UNSET:
            field_dict["has_generate_time_fields"] = has_generate_time_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        biosample_id = d.pop("biosample_id", UNSET)

        fundamental_entity_id = d.pop("fundamental_entity_id", UNSET)

        has_generate_time_fields = d.pop("has_generate_time_fields", UNSET)

        get_user_form = cls(
            biosample_id=biosample_id,
            fundamental_entity_id=fundamental_entity_id,
            has_generate_time_fields=has_generate_time_fields,
        )

        return get_user_form
