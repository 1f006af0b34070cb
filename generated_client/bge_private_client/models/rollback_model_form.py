from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RollbackModelForm")


@_attrs_define
class RollbackModelForm:
    """
    Attributes:
        model_id (str): A model's id (模型 id). It is put into paths by plain formatting, so `/`, `?` and `#` are refused.
        version (int): The version to roll back to (模型版本).
    """

    model_id: str
    version: int

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model_id": model_id,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model_id = d.pop("model_id")

        version = d.pop("version")

        rollback_model_form = cls(
            model_id=model_id,
            version=version,
        )

        return rollback_model_form
