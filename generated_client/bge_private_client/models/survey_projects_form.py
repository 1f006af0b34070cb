from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SurveyProjectsForm")


@_attrs_define
class SurveyProjectsForm:
    """
    Attributes:
        project_ids (str): One or more project ids separated by commas (项目编号，逗号分割多个).
        page (int | Unset): The page to answer, from 1 (当前页码，默认 1).
        limit (int | Unset): The largest number of items on a page (一页最大返回数据量，默认 50).
    """

    project_ids: str
    page: int | Unset = UNSET
    limit: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        project_ids = self.project_ids

        page = self.page

        limit = self.limit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "project_ids": project_ids,
            }
        )
        if page is not UNSET:
            field_dict["page"] = page
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project_ids = d.pop("project_ids")

        page = d.pop("page", UNSET)

        limit = d.pop("limit", UNSET)

        survey_projects_form = cls(
            project_ids=project_ids,
            page=page,
            limit=limit,
        )

        return survey_projects_form
