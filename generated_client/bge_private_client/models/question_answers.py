from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.statistics_answer import StatisticsAnswer


T = TypeVar("T", bound="QuestionAnswers")


@_attrs_define
class QuestionAnswers:
    """How the answers to a question are distributed (答案分布).

    Attributes:
        type_ (str): The shape of the statistics: `list` for answers counted per option (统计类型).
        answers (list[StatisticsAnswer]): The distinct answers with their counts (答案).
    """

    type_: str
    answers: list[StatisticsAnswer]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        answers = []
        for answers_item_data in self.answers:
            answers_item = answers_item_data.to_dict()
            answers.append(answers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "answers": answers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.statistics_answer import StatisticsAnswer

        d = dict(src_dict)
        type_ = d.pop("type")

        answers = []
        _answers = d.pop("answers")
        for answers_item_data in _answers:
            answers_item = StatisticsAnswer.from_dict(answers_item_data)

            answers.append(answers_item)

        question_answers = cls(
            type_=type_,
            answers=answers,
        )

        question_answers.additional_properties = d
        return question_answers

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
