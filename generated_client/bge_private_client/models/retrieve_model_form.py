from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RetrieveModelForm")


@_attrs_define
class RetrieveModelForm:
    """
    Attributes:
        model_id (str): A model's id (模型 id). It is put into paths by plain formatting, so `/`, `?` and `#` are refused.
    """

    model_id: str

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model_id": model_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model_id = d.pop("model_id")

        retrieve_model_form = cls(
            model_id=model_id,
        )

        return retrieve_model_form
