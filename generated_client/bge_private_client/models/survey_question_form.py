from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SurveyQuestionForm")


@_attrs_define
class SurveyQuestionForm:
    """
    Attributes:
        survey_id (int): A draft survey's id (问卷 id).
        question_ids (str | Unset): One or more question ids, separated by commas (问题 id，多个 id 用逗号分隔).
        data_element_identifier_des (str | Unset): One or more data element identifiers, separated by commas
            (数据元编号，逗号分割多个).
        sort (str | Unset): The field to sort by, ascending; a leading `-` sorts descending (以某字段排序，默认升序，字段前加上 “-”
            代表降序). Sortable: `question_id`, `survey_id`, `data_element_identifier_de`, `required`, `order`, `qtype`.
        page (int | Unset): The page to answer, from 1 (当前页码，默认 1).
        limit (int | Unset): The largest number of items on a page (一页最大返回数据量，默认 50).
    """

    survey_id: int
    question_ids: str | Unset = UNSET
    data_element_identifier_des: str | Unset = UNSET
    sort: str | Unset = UNSET
    page: int | Unset = UNSET
    limit: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        survey_id = self.survey_id

        question_ids = self.question_ids

        data_element_identifier_des = self.data_element_identifier_des

        sort = self.sort

        page = self.page

        limit = self.limit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "survey_id": survey_id,
            }
        )
        if question_ids is not UNSET:
            field_dict["question_ids"] = question_ids
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
        survey_id = d.pop("survey_id")

        question_ids = d.pop("question_ids", UNSET)

        data_element_identifier_des = d.pop("data_element_identifier_des", UNSET)

        sort = d.pop("sort", UNSET)

        page = d.pop("page", UNSET)

        limit = d.pop("limit", UNSET)

        survey_question_form = cls(
            survey_id=survey_id,
            question_ids=question_ids,
            data_element_identifier_des=data_element_identifier_des,
            sort=sort,
            page=page,
            limit=limit,
        )

        return survey_question_form
