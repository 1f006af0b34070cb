from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SurveyIdsForm")


@_attrs_define
class SurveyIdsForm:
    """
    Attributes:
        survey_ids (str): One or more draft survey ids, separated by commas (问卷 id，多个 id 以逗号分隔).
    """

    survey_ids: str

    def to_dict(self) -> dict[str, Any]:
        survey_ids = self.survey_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "survey_ids": survey_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        survey_ids = d.pop("survey_ids")

        survey_ids_form = cls(
            survey_ids=survey_ids,
        )

        return survey_ids_form
