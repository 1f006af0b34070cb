from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SurveyAnswersForm")


@_attrs_define
class SurveyAnswersForm:
    """
    Attributes:
        response_ids (str | Unset): One or more response ids, separated by commas (答卷 id，逗号分割多个 id).
        release_survey_ids (str | Unset): One or more published survey ids, separated by commas (已发布问卷 id，逗号分割多个 id).
        answer_ids (str | Unset): One or more answer ids, separated by commas (答案 id，逗号分割多个 id).
        user_ids (str | Unset): One or more BGE user ids, separated by commas (用户系统 id，逗号分割多个 id).
        biosample_ids (str | Unset): One to 1,000 biosample ids separated by commas (生物样品编号；多个以英文逗号分割，最多 1000 个).
        concept_codes (str | Unset): One or more concept codes of chosen options, separated by commas
            (标准数据定义关联代码，逗号分割多个).
        sort (str | Unset): The field to sort by, ascending; a leading `-` sorts descending (以某字段排序，默认升序，字段前加上 “-”
            代表降序). The documentation lists the fields of `survey_responses` here (`response_id`, `user_id`, `biosample_id`,
            `submit_time`, `start_time`, `time_consuming`, `release_survey_id`), apparently copied; the platform's real list
            is not documented.
        page (int | Unset): The page to answer, from 1 (当前页码，默认 1).
        limit (int | Unset): The largest number of items on a page (一页最大返回数据量，默认 50).
    """

    response_ids: str | Unset = UNSET
    release_survey_ids: str | Unset = UNSET
    answer_ids: str | Unset = UNSET
    user_ids: str | Unset = UNSET
    biosample_ids: str | Unset = UNSET
    concept_codes: str | Unset = UNSET
    sort: str | Unset = UNSET
    page: int | Unset = UNSET
    limit: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        response_ids = self.response_ids

        release_survey_ids = self.release_survey_ids

        answer_ids = self.answer_ids

        user_ids = self.user_ids

        biosample_ids = self.biosample_ids

        concept_codes = self.concept_codes

        sort = self.sort

        page = self.page

        limit = self.limit

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if response_ids is not UNSET:
            field_dict["response_ids"] = response_ids
        if release_survey_ids is not UNSET:
            field_dict["release_survey_ids"] = release_survey_ids
        if answer_ids is not UNSET:
            field_dict["answer_ids"] = answer_ids
        if user_ids is not UNSET:
            field_dict["user_ids"] = user_ids
        if biosample_ids is not UNSET:
            field_dict["biosample_ids"] = biosample_ids
        if concept_codes is not UNSET:
            field_dict["concept_codes"] = concept_codes
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

        release_survey_ids = d.pop("release_survey_ids", UNSET)

        answer_ids = d.pop("answer_ids", UNSET)

        user_ids = d.pop("user_ids", UNSET)

        biosample_ids = d.pop("biosample_ids", UNSET)

        concept_codes = d.pop("concept_codes", UNSET)

        sort = d.pop("sort", UNSET)

        page = d.pop("page", UNSET)

        limit = d.pop("limit", UNSET)

        survey_answers_form = cls(
            response_ids=response_ids,
            release_survey_ids=release_survey_ids,
            answer_ids=answer_ids,
            user_ids=user_ids,
            biosample_ids=biosample_ids,
            concept_codes=concept_codes,
            sort=sort,
            page=page,
            limit=limit,
        )

        return survey_answers_form
