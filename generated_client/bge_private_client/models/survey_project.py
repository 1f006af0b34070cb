from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SurveyProject")


@_attrs_define
class SurveyProject:
    """
    Attributes:
        project_id (str): A project id, `P-` + one capital letter + 11 digits (项目编号).
        comment (str): The project's comment (项目备注).
        release_survey_id (int | None): The released survey bound to the project (已发布问卷 id).
    """

    project_id: str
    comment: str
    release_survey_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        comment = self.comment

        release_survey_id: int | None
        release_survey_id = self.release_survey_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "comment": comment,
                "release_survey_id": release_survey_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project_id = d.pop("project_id")

        comment = d.pop("comment")

        def _parse_release_survey_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        release_survey_id = _parse_release_survey_id(d.pop("release_survey_id"))

        survey_project = cls(
            project_id=project_id,
            comment=comment,
            release_survey_id=release_survey_id,
        )

        survey_project.additional_properties = d
        return survey_project

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
