from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AnswerResponse")


@_attrs_define
class AnswerResponse:
    """The response an answer belongs to (答案所属答卷).

    Attributes:
        response_id (int): A response's id: one respondent's filled-in survey (答卷 id).
        user_id (str): A BGE user id, 24 hex digits or 20 digits (用户 id).
        biosample_id (None | str): The sample the response is bound to, if any (生物样品编号).
        release_survey_id (int): A published survey's id (已发布问卷 id).
    """

    response_id: int
    user_id: str
    biosample_id: None | str
    release_survey_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response_id = self.response_id

        user_id = self.user_id

        biosample_id: None | str
        biosample_id = self.biosample_id

        release_survey_id = self.release_survey_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "response_id": response_id,
                "user_id": user_id,
                "biosample_id": biosample_id,
                "release_survey_id": release_survey_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        response_id = d.pop("response_id")

        user_id = d.pop("user_id")

        def _parse_biosample_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        biosample_id = _parse_biosample_id(d.pop("biosample_id"))

        release_survey_id = d.pop("release_survey_id")

        answer_response = cls(
            response_id=response_id,
            user_id=user_id,
            biosample_id=biosample_id,
            release_survey_id=release_survey_id,
        )

        answer_response.additional_properties = d
        return answer_response

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
