from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SurveyProjectsForm")


@_attrs_define
class SurveyProjectsForm:
    """
    Attributes:
        project_ids (str): One or more project ids separated by commas (项目编号，逗号分割多个).
    """

    project_ids: str

    def to_dict(self) -> dict[str, Any]:
        project_ids = self.project_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "project_ids": project_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project_ids = d.pop("project_ids")

        survey_projects_form = cls(
            project_ids=project_ids,
        )

        return survey_projects_form
