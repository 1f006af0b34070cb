from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuestionsReplaceForm")


@_attrs_define
class QuestionsReplaceForm:
    """
    Attributes:
        survey_id (int): A draft survey's id (问卷 id).
        question_id (int): A draft survey question's id (问题 id).
        title (str): The question (问题标题).
        data_element_identifier_de (str): The data element identifier a question and its answers are bound to (数据元编号).
        qtype (str | Unset): The kind of question (问题类型). Values seen: `input`, `textarea`, `number`, `radio`,
            `checkbox`; the platform documents no closed list.
        order (int | Unset): Position in the survey, from 0 (顺序号).
        required (bool | Unset): Whether an answer is required, sent as `True` or `False` (是否必填).
        description (str | Unset): Help text (问题描述).
    """

    survey_id: int
    question_id: int
    title: str
    data_element_identifier_de: str
    qtype: str | Unset = UNSET
    order: int | Unset = UNSET
    required: bool | Unset = UNSET
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        survey_id = self.survey_id

        question_id = self.question_id

        title = self.title

        data_element_identifier_de = self.data_element_identifier_de

        qtype = self.qtype

        order = self.order

        required = self.required

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "survey_id": survey_id,
                "question_id": question_id,
                "title": title,
                "data_element_identifier_de": data_element_identifier_de,
            }
        )
        if qtype is not UNSET:
            field_dict["qtype"] = qtype
        if order is not UNSET:
            field_dict["order"] = order
        if required is not UNSET:
            field_dict["required"] = required
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        survey_id = d.pop("survey_id")

        question_id = d.pop("question_id")

        title = d.pop("title")

        data_element_identifier_de = d.pop("data_element_identifier_de")

        qtype = d.pop("qtype", UNSET)

        order = d.pop("order", UNSET)

        required = d.pop("required", UNSET)

        description = d.pop("description", UNSET)

        questions_replace_form = cls(
            survey_id=survey_id,
            question_id=question_id,
            title=title,
            data_element_identifier_de=data_element_identifier_de,
            qtype=qtype,
            order=order,
            required=required,
            description=description,
        )

        return questions_replace_form
