from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SurveyOptionsForm")


@_attrs_define
class SurveyOptionsForm:
    """
    Attributes:
        question_id (int): A draft survey question's id (问题 id).
        option_ids (str | Unset): One or more option ids, separated by commas (选项 id，多个 id 用逗号分隔).
        sort (str | Unset): The field to sort by, ascending; a leading `-` sorts descending (以某字段排序，默认升序，字段前加上 “-”
            代表降序). Sortable: `option_id`, `question_id`, `concept_code`, `value`.
        page (int | Unset): The page to answer, from 1 (当前页码，默认 1).
        limit (int | Unset): The largest number of items on a page (一页最大返回数据量，默认 50).
    """

    question_id: int
    option_ids: str | Unset = UNSET
    sort: str | Unset = UNSET
    page: int | Unset = UNSET
    limit: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        question_id = self.question_id

        option_ids = self.option_ids

        sort = self.sort

        page = self.page

        limit = self.limit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "question_id": question_id,
            }
        )
        if option_ids is not UNSET:
            field_dict["option_ids"] = option_ids
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
        question_id = d.pop("question_id")

        option_ids = d.pop("option_ids", UNSET)

        sort = d.pop("sort", UNSET)

        page = d.pop("page", UNSET)

        limit = d.pop("limit", UNSET)

        survey_options_form = cls(
            question_id=question_id,
            option_ids=option_ids,
            sort=sort,
            page=page,
            limit=limit,
        )

        return survey_options_form
