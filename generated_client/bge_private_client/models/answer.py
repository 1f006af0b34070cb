from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.answer_response import AnswerResponse
    from ..models.answered_question import AnsweredQuestion


T = TypeVar("T", bound="Answer")


@_attrs_define
class Answer:
    """One answer to one published question, in a response (答案).

    Attributes:
        answer_id (int): An answer's id: one answer to one question in a response (答案 id).
        concept_code (str): The chosen option's concept code; empty for free-text answers (答案内容的关联代码).
        content (str): The answer as text (答案内容).
        time_consuming (float | None): Seconds spent on the question (答题耗时，秒).
        release_question (AnsweredQuestion): The published question an answer answers (答案所属问题).
        create_time (str): When the answer was stored, UTC (创建时间).
        response (AnswerResponse): The response an answer belongs to (答案所属答卷).
    """

    answer_id: int
    concept_code: str
    content: str
    time_consuming: float | None
    release_question: AnsweredQuestion
    create_time: str
    response: AnswerResponse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answer_id = self.answer_id

        concept_code = self.concept_code

        content = self.content

        time_consuming: float | None
        time_consuming = self.time_consuming

        release_question = self.release_question.to_dict()

        create_time = self.create_time

        response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answer_id": answer_id,
                "concept_code": concept_code,
                "content": content,
                "time_consuming": time_consuming,
                "release_question": release_question,
                "create_time": create_time,
                "response": response,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.answer_response import AnswerResponse
        from ..models.answered_question import AnsweredQuestion

        d = dict(src_dict)
        answer_id = d.pop("answer_id")

        concept_code = d.pop("concept_code")

        content = d.pop("content")

        def _parse_time_consuming(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        time_consuming = _parse_time_consuming(d.pop("time_consuming"))

        release_question = AnsweredQuestion.from_dict(d.pop("release_question"))

        create_time = d.pop("create_time")

        response = AnswerResponse.from_dict(d.pop("response"))

        answer = cls(
            answer_id=answer_id,
            concept_code=concept_code,
            content=content,
            time_consuming=time_consuming,
            release_question=release_question,
            create_time=create_time,
            response=response,
        )

        answer.additional_properties = d
        return answer

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
