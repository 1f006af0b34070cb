from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SurveyResponsesForm")


@_attrs_define
class SurveyResponsesForm:
    """
    Attributes:
        response_ids (str | Unset): One or more response ids, separated by commas (答卷 id，逗号分割多个 id).
        user_ids (str | Unset): One or more BGE user ids, separated by commas (用户系统 id，逗号分割多个 id).
        biosample_ids (str | Unset): One to 1,000 biosample ids separated by commas (生物样品编号；多个以英文逗号分割，最多 1000 个).
        limeresponse_ids (str | Unset): One or more LimeSurvey response ids, separated by commas (底层问卷系统 limesurvey
            中的答卷编号，逗号分割多个 id).
        release_survey_ids (str | Unset): One or more published survey ids, separated by commas (已发布问卷 id，逗号分割多个 id).
        sort (str | Unset): The field to sort by, ascending; a leading `-` sorts descending (以某字段排序，默认升序，字段前加上 “-”
            代表降序). Sortable: `response_id`, `user_id`, `biosample_id`, `submit_time`, `start_time`, `time_consuming`,
            `release_survey_id`.
        page (int | Unset): The page to answer, from 1 (当前页码，默认 1).
        limit (int | Unset): The largest number of items on a page (一页最大返回数据量，默认 50).
    """

    response_ids: str | Unset = UNSET
    user_ids: str | Unset = UNSET
    biosample_ids: str | Unset = UNSET
    limeresponse_ids: str | Unset = UNSET
    release_survey_ids: str | Unset = UNSET
    sort: str | Unset = UNSET
    page: int | Unset = UNSET
    limit: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        response_ids = self.response_ids

        user_ids = self.user_ids

        biosample_ids = self.biosample_ids

        limeresponse_ids = self.limeresponse_ids

        release_survey_ids = self.release_survey_ids

        sort = self.sort

        page = self.page

        limit = self.limit

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if response_ids is not UNSET:
            field_dict["response_ids"] = response_ids
        if user_ids is not UNSET:
            field_dict["user_ids"] = user_ids
        if biosample_ids is not UNSET:
            field_dict["biosample_ids"] = biosample_ids
        if limeresponse_ids is not UNSET:
            field_dict["limeresponse_ids"] = limeresponse_ids
        if release_survey_ids is not UNSET:
            field_dict["release_survey_ids"] = release_survey_ids
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
        response_ids = d.pop("response_ids", UNSET)

        user_ids = d.pop("user_ids", UNSET)

        biosample_ids = d.pop("biosample_ids", UNSET)

        limeresponse_ids = d.pop("limeresponse_ids", UNSET)

        release_survey_ids = d.pop("release_survey_ids", UNSET)

        sort = d.pop("sort", UNSET)

        page = d.pop("page", UNSET)

        limit = d.pop("limit", UNSET)

        survey_responses_form = cls(
            response_ids=response_ids,
            user_ids=user_ids,
            biosample_ids=biosample_ids,
            limeresponse_ids=limeresponse_ids,
            release_survey_ids=release_survey_ids,
            sort=sort,
            page=page,
            limit=limit,
        )

        return survey_responses_form
