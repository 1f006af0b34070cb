from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuestionStatisticsForm")


@_attrs_define
class QuestionStatisticsForm:
    """
    Attributes:
        survey_id (int): A draft survey's id (问卷 id).
        data_element_identifier_de (str): The data element identifier a question and its answers are bound to (数据元编号).
        page (int | Unset): The page to answer, from 1 (当前页码，默认 1).
        limit (int | Unset): The largest number of answers on a page, 1 to 100 (单页返回数，最小值 1，最大值 100); 10 when not given
            (the documentation's example answer). Default: 10.
    """

    survey_id: int
    data_element_identifier_de: str
    page: int | Unset = UNSET
    limit: int | Unset = 10

    def to_dict(self) -> dict[str, Any]:
        survey_id = self.survey_id

        data_element_identifier_de = self.data_element_identifier_de

        page = self.page

        limit = self.limit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "survey_id": survey_id,
                "data_element_identifier_de": data_element_identifier_de,
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
        survey_id = d.pop("survey_id")

        data_element_identifier_de = d.pop("data_element_identifier_de")

        page = d.pop("page", UNSET)

        limit = d.pop("limit", UNSET)

        question_statistics_form = cls(
            survey_id=survey_id,
            data_element_identifier_de=data_element_identifier_de,
            page=page,
            limit=limit,
        )

        return question_statistics_form
