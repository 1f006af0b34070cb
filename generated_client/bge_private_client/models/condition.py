from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.condition_operator import ConditionOperator
from ..types import UNSET, Unset

T = TypeVar("T", bound="Condition")


@_attrs_define
class Condition:
    """One condition on the answers to one question. `concept_code` wins over `content` when both are given; one of them is
    required (concept_code 和 content 必须提供其中之一).

        Attributes:
            data_element_identifier_de (str): The question's data element identifier (数据元标识).
            operator (ConditionOperator): How a condition compares a user's answer with its value (比较运算符):
                `=` and `!=` compare the answer with the value; `>`, `>=`, `<`, `<=` compare numerically
                (an answer that is not a number never matches); `in` matches when the answer is one of
                the comma-separated values; `contains` when the value occurs in the answer's text.
            concept_code (str | Unset): The coded answer to compare with (选项编码).
            content (str | Unset): The free-text answer to compare with (答案内容).
    """

    data_element_identifier_de: str
    operator: ConditionOperator
    concept_code: str | Unset = UNSET
    content: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        data_element_identifier_de = self.data_element_identifier_de

        operator = self.operator.value

        concept_code = self.concept_code

        content = self.content

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data_element_identifier_de": data_element_identifier_de,
                "operator": operator,
            }
        )
        if concept_code is not UNSET:
            field_dict["concept_code"] = concept_code
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data_element_identifier_de = d.pop("data_element_identifier_de")

        operator = ConditionOperator(d.pop("operator"))

        concept_code = d.pop("concept_code", UNSET)

        content = d.pop("content", UNSET)

        condition = cls(
            data_element_identifier_de=data_element_identifier_de,
            operator=operator,
            concept_code=concept_code,
            content=content,
        )

        return condition
