from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PublishModelForm")


@_attrs_define
class PublishModelForm:
    """
    Attributes:
        model_id (str): A model's id (模型 id). It is put into paths by plain formatting, so `/`, `?` and `#` are refused.
        message (str): The release note (备注信息).
    """

    model_id: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model_id": model_id,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model_id = d.pop("model_id")

        message = d.pop("message")

        publish_model_form = cls(
            model_id=model_id,
            message=message,
        )

        return publish_model_form
