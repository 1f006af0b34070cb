from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="LatestAnswersForm")


@_attrs_define
class LatestAnswersForm:
    """
    Attributes:
        user_id (str): A BGE user id, 24 hex digits or 20 digits (用户 id).
        data_element_identifier_des (str): One or more data element identifiers, separated by commas (数据元编号，逗号分割多个).
    """

    user_id: str
    data_element_identifier_des: str

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        data_element_identifier_des = self.data_element_identifier_des

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "user_id": user_id,
                "data_element_identifier_des": data_element_identifier_des,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        data_element_identifier_des = d.pop("data_element_identifier_des")

        latest_answers_form = cls(
            user_id=user_id,
            data_element_identifier_des=data_element_identifier_des,
        )

        return latest_answers_form
