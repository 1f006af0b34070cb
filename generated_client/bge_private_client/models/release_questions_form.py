from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReleaseQuestionsForm")


@_attrs_define
class ReleaseQuestionsForm:
    """
    Attributes:
        release_survey_id (int): A published survey's id (已发布问卷 id).
        release_question_ids (str | Unset): One or more published question ids, separated by commas (已发布问题 id，逗号分割多个
            id).
        data_element_identifier_des (str | Unset): One or more data element identifiers, separated by commas
            (数据元编号，逗号分割多个).
        sort (str | Unset): The field to sort by, ascending; a leading `-` sorts descending (以某字段排序，默认升序，字段前加上 “-”
            代表降序). Sortable: `release_question_id`, `data_element_identifier_de`, `required`, `order`, `qtype`.
        page (int | Unset): The page to answer, from 1 (当前页码，默认 1).
        limit (int | Unset): The largest number of items on a page (一页最大返回数据量，默认 50).
    """

    release_survey_id: int
    release_question_ids: str | Unset = UNSET
    data_element_identifier_des: str | Unset = UNSET
    sort: str | Unset = UNSET
    page: int | Unset = UNSET
    limit: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        release_survey_id = self.release_survey_id

        release_question_ids = self.release_question_ids

        data_element_identifier_des = self.data_element_identifier_des

        sort = self.sort

        page = self.page

        limit = self.limit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "release_survey_id": release_survey_id,
            }
        )
        if release_question_ids is not UNSET:
            field_dict["release_question_ids"] = release_question_ids
        if data_element_identifier_des is not UNSET:
            field_dict["data_element_identifier_des"] = data_element_identifier_des
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
        release_survey_id = d.pop("release_survey_id")

        release_question_ids = d.pop("release_question_ids", UNSET)

        data_element_identifier_des = d.pop("data_element_identifier_des", UNSET)

        sort = d.pop("sort", UNSET)

        page = d.pop("page", UNSET)

        limit = d.pop("limit", UNSET)

        release_questions_form = cls(
            release_survey_id=release_survey_id,
            release_question_ids=release_question_ids,
            data_element_identifier_des=data_element_identifier_des,
            sort=sort,
            page=page,
            limit=limit,
        )

        return release_questions_form
