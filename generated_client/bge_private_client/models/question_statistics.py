from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.answer_summary import AnswerSummary
    from ..models.statistics_answer_page import StatisticsAnswerPage


T = TypeVar("T", bound="QuestionStatistics")


@_attrs_define
class QuestionStatistics:
    """Statistics of one question's answers, the answers paged (问题回收统计).

    Attributes:
        answers (StatisticsAnswerPage): A page of the answers to a question (答案列表).
        type_ (str): The shape of the statistics: `dict` for a question whose answers are listed one by one with a
            `summary` (统计类型).
        summary (AnswerSummary | None | Unset): Summary of the numeric answers of a number question; null for other
            questions and before any numeric answer (数值统计).
    """

    answers: StatisticsAnswerPage
    type_: str
    summary: AnswerSummary | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.answer_summary import AnswerSummary

        answers = self.answers.to_dict()

        type_ = self.type_

        summary: dict[str, Any] | None | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        elif isinstance(self.summary, AnswerSummary):
            summary = self.summary.to_dict()
        else:
            summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answers": answers,
                "type": type_,
            }
        )
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.answer_summary import AnswerSummary
        from ..models.statistics_answer_page import StatisticsAnswerPage

        d = dict(src_dict)
        answers = StatisticsAnswerPage.from_dict(d.pop("answers"))

        type_ = d.pop("type")

        def _parse_summary(data: object) -> AnswerSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                summary_type_0 = AnswerSummary.from_dict(data)

                return summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnswerSummary | None | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        question_statistics = cls(
            answers=answers,
            type_=type_,
            summary=summary,
        )

        question_statistics.additional_properties = d
        return question_statistics

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
