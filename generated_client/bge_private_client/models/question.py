from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.option import Option


T = TypeVar("T", bound="Question")


@_attrs_define
class Question:
    """A question of a draft survey, with its options (问题).

    Attributes:
        survey_id (int): A draft survey's id (问卷 id).
        question_id (int): A draft survey question's id (问题 id).
        data_element_identifier_de (str): The data element identifier a question and its answers are bound to (数据元编号).
        order (int): Position in the survey, from 0 (顺序号).
        required (bool): Whether an answer is required (是否必填).
        title (str): The question (问题标题).
        description (None | str): Help text (问题描述).
        qtype (str): The kind of question (问题类型). Values seen: `input`, `textarea`, `number`, `radio`, `checkbox`; the
            platform documents no closed list.
        options (list[Option]): The choices; empty for questions without choices (选项).
    """

    survey_id: int
    question_id: int
    data_element_identifier_de: str
    order: int
    required: bool
    title: str
    description: None | str
    qtype: str
    options: list[Option]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        survey_id = self.survey_id

        question_id = self.question_id

        data_element_identifier_de = self.data_element_identifier_de

        order = self.order

        required = self.required

        title = self.title

        description: None | str
        description = self.description

        qtype = self.qtype

        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "survey_id": survey_id,
                "question_id": question_id,
                "data_element_identifier_de": data_element_identifier_de,
                "order": order,
                "required": required,
                "title": title,
                "description": description,
                "qtype": qtype,
                "options": options,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.option import Option

        d = dict(src_dict)
        survey_id = d.pop("survey_id")

        question_id = d.pop("question_id")

        data_element_identifier_de = d.pop("data_element_identifier_de")

        order = d.pop("order")

        required = d.pop("required")

        title = d.pop("title")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        qtype = d.pop("qtype")

        options = []
        _options = d.pop("options")
        for options_item_data in _options:
            options_item = Option.from_dict(options_item_data)

            options.append(options_item)

        question = cls(
            survey_id=survey_id,
            question_id=question_id,
            data_element_identifier_de=data_element_identifier_de,
            order=order,
            required=required,
            title=title,
            description=description,
            qtype=qtype,
            options=options,
        )

        question.additional_properties = d
        return question

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
