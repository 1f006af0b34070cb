from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ReleaseSurveyIdForm")


@_attrs_define
class ReleaseSurveyIdForm:
    """
    Attributes:
        release_survey_id (int): A published survey's id (已发布问卷 id).
    """

    release_survey_id: int

    def to_dict(self) -> dict[str, Any]:
        release_survey_id = self.release_survey_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "release_survey_id": release_survey_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        release_survey_id = d.pop("release_survey_id")

        release_survey_id_form = cls(
            release_survey_id=release_survey_id,
        )

        return release_survey_id_form
