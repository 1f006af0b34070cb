from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.imported_answer import ImportedAnswer


T = TypeVar("T", bound="ImportResponseForm")


@_attrs_define
class ImportResponseForm:
    """
    Attributes:
        user_id (str): A BGE user id, 24 hex digits or 20 digits (用户 id).
        biosample_id (str): A biosample id, `E-` + one capital letter + 11 digits (生物样品编号).
        release_survey_id (int): A published survey's id (已发布问卷 id).
        answers (list[ImportedAnswer]): The answers, sent as JSON text (答卷中的答案).
    """

    user_id: str
    biosample_id: str
    release_survey_id: int
    answers: list[ImportedAnswer]

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        biosample_id = self.biosample_id

        release_survey_id = self.release_survey_id

        answers = []
        for answers_item_data in self.answers:
            answers_item = answers_item_data.to_dict()
            answers.append(answers_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "user_id": user_id,
                "biosample_id": biosample_id,
                "release_survey_id": release_survey_id,
                "answers": answers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.imported_answer import ImportedAnswer

        d = dict(src_dict)
        user_id = d.pop("user_id")

        biosample_id = d.pop("biosample_id")

        release_survey_id = d.pop("release_survey_id")

        answers = []
        _answers = d.pop("answers")
        for answers_item_data in _answers:
            answers_item = ImportedAnswer.from_dict(answers_item_data)

            answers.append(answers_item)

        import_response_form = cls(
            user_id=user_id,
            biosample_id=biosample_id,
            release_survey_id=release_survey_id,
            answers=answers,
        )

        return import_response_form
