from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SurveyIdForm")


@_attrs_define
class SurveyIdForm:
    """
    Attributes:
        survey_id (int): A draft survey's id (问卷 id).
    """

    survey_id: int

    def to_dict(self) -> dict[str, Any]:
        survey_id = self.survey_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "survey_id": survey_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        survey_id = d.pop("survey_id")

        survey_id_form = cls(
            survey_id=survey_id,
        )

        return survey_id_form
