from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetSurveysForm")


@_attrs_define
class GetSurveysForm:
    """
    Attributes:
        survey_ids (str | Unset): One or more draft survey ids, separated by commas (问卷 id，多个 id 以逗号分隔).
        developer_ids (str | Unset): One or more developer ids, separated by commas (开发者用户 id，多个 id 以逗号分隔).
        sort (str | Unset): The field to sort by, ascending; a leading `-` sorts descending (以某字段排序，默认升序，字段前加上 “-”
            代表降序). Sortable: `developer_id`, `survey_id`.
        page (int | Unset): The page to answer, from 1 (当前页码，默认 1).
        limit (int | Unset): The largest number of items on a page (一页最大返回数据量，默认 50).
    """

    survey_ids: str | Unset = UNSET
    developer_ids: str | Unset = UNSET
    sort: str | Unset = UNSET
    page: int | Unset = UNSET
    limit: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        survey_ids = self.survey_ids

        developer_ids = self.developer_ids

        sort = self.sort

        page = self.page

        limit = self.limit

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if survey_ids is not UNSET:
            field_dict["survey_ids"] = survey_ids
        if developer_ids is not UNSET:
            field_dict["developer_ids"] = developer_ids
        if sort is not UNSET:
            field_dict["sort"] = sort
        if page is not UNSET:
            field_dict["page"] = page
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        survey_ids = d.pop("survey_ids", UNSET)

        developer_ids = d.pop("developer_ids", UNSET)

        sort = d.pop("sort", UNSET)

        page = d.pop("page", UNSET)

        limit = d.pop("limit", UNSET)

        get_surveys_form = cls(
            survey_ids=survey_ids,
            developer_ids=developer_ids,
            sort=sort,
            page=page,
            limit=limit,
        )

        return get_surveys_form
