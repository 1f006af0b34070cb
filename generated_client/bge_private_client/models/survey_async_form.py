from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SurveyAsyncForm")


@_attrs_define
class SurveyAsyncForm:
    """
    Attributes:
        survey_id (int | Unset): A draft survey's id (问卷 id).
    """

    survey_id: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        survey_id = self.survey_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if survey_id is not UNSET:
            field_dict["survey_id"] = survey_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        survey_id = d.pop("survey_id", UNSET)

        survey_async_form = cls(
            survey_id=survey_id,
        )

        return survey_async_form
