from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.daily_completion import DailyCompletion
    from ..models.question_completion import QuestionCompletion


T = TypeVar("T", bound="SurveyStatistics")


@_attrs_define
class SurveyStatistics:
    """A draft survey's collection statistics, recomputed periodically by the platform (问卷回收统计).

    Attributes:
        total_question_size (int): Number of questions (问题总数).
        title (str): Title (标题).
        readable_avg_completion_time (str): `avg_completion_time` as text (平均答题时长).
        questions (list[QuestionCompletion]): Statistics per question (问题统计).
        avg_completion_time (float): Mean seconds to complete the survey (平均答题时长，秒).
        total_completion_size (int): Responses collected in all (回收总数).
        update_time (str): When the statistics were computed, `YYYY-MM-DD HH:MM` (统计时间).
        description (str): Description (问卷描述).
        completions (list[DailyCompletion]): Responses per day over the last days (每日回收数).
    """

    total_question_size: int
    title: str
    readable_avg_completion_time: str
    questions: list[QuestionCompletion]
    avg_completion_time: float
    total_completion_size: int
    update_time: str
    description: str
    completions: list[DailyCompletion]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_question_size = self.total_question_size

        title = self.title

        readable_avg_completion_time = self.readable_avg_completion_time

        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)

        avg_completion_time = self.avg_completion_time

        total_completion_size = self.total_completion_size

        update_time = self.update_time

        description = self.description

        completions = []
        for completions_item_data in self.completions:
            completions_item = completions_item_data.to_dict()
            completions.append(completions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_question_size": total_question_size,
                "title": title,
                "readable_avg_completion_time": readable_avg_completion_time,
                "questions": questions,
                "avg_completion_time": avg_completion_time,
                "total_completion_size": total_completion_size,
                "update_time": update_time,
                "description": description,
                "completions": completions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.daily_completion import DailyCompletion
        from ..models.question_completion import QuestionCompletion

        d = dict(src_dict)
        total_question_size = d.pop("total_question_size")

        title = d.pop("title")

        readable_avg_completion_time = d.pop("readable_avg_completion_time")

        questions = []
        _questions = d.pop("questions")
        for questions_item_data in _questions:
            questions_item = QuestionCompletion.from_dict(questions_item_data)

            questions.append(questions_item)

        avg_completion_time = d.pop("avg_completion_time")

        total_completion_size = d.pop("total_completion_size")

        update_time = d.pop("update_time")

        description = d.pop("description")

        completions = []
        _completions = d.pop("completions")
        for completions_item_data in _completions:
            completions_item = DailyCompletion.from_dict(completions_item_data)

            completions.append(completions_item)

        survey_statistics = cls(
            total_question_size=total_question_size,
            title=title,
            readable_avg_completion_time=readable_avg_completion_time,
            questions=questions,
            avg_completion_time=avg_completion_time,
            total_completion_size=total_completion_size,
            update_time=update_time,
            description=description,
            completions=completions,
        )

        survey_statistics.additional_properties = d
        return survey_statistics

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
