from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AnsweredQuestion")


@_attrs_define
class AnsweredQuestion:
    """The published question an answer answers (答案所属问题).

    Attributes:
        release_question_id (int): A published question's id (已发布问题 id).
        data_element_identifier_de (str): The data element identifier a question and its answers are bound to (数据元编号).
    """

    release_question_id: int
    data_element_identifier_de: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        release_question_id = self.release_question_id

        data_element_identifier_de = self.data_element_identifier_de

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "release_question_id": release_question_id,
                "data_element_identifier_de": data_element_identifier_de,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        release_question_id = d.pop("release_question_id")

        data_element_identifier_de = d.pop("data_element_identifier_de")

        answered_question = cls(
            release_question_id=release_question_id,
            data_element_identifier_de=data_element_identifier_de,
        )

        answered_question.additional_properties = d
        return answered_question

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
