from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SurveyReplaceForm")


@_attrs_define
class SurveyReplaceForm:
    """
    Attributes:
        developer_id (str): The id of the developer who owns a survey (开发者 id); a UUID in most answers.
        title (str): Title (标题).
        description (str): Description (问卷描述).
        redirect_url (str): Where a respondent is sent after finishing (问卷填写完成后跳转地址).
        survey_id (int | Unset): A draft survey's id (问卷 id).
        end_text (str | Unset): Closing text shown after the last question (结束语).
    """

    developer_id: str
    title: str
    description: str
    redirect_url: str
    survey_id: int | Unset = UNSET
    end_text: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        developer_id = self.developer_id

        title = self.title

        description = self.description

        redirect_url = self.redirect_url

        survey_id = self.survey_id

        end_text = self.end_text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "developer_id": developer_id,
                "title": title,
                "description": description,
                "redirect_url": redirect_url,
            }
        )
        if survey_id is not UNSET:
            field_dict["survey_id"] = survey_id
        if end_text is not UNSET:
            field_dict["end_text"] = end_text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        developer_id = d.pop("developer_id")

        title = d.pop("title")

        description = d.pop("description")

        redirect_url = d.pop("redirect_url")

        survey_id = d.pop("survey_id", UNSET)

        end_text = d.pop("end_text", UNSET)

        survey_replace_form = cls(
            developer_id=developer_id,
            title=title,
            description=description,
            redirect_url=redirect_url,
            survey_id=survey_id,
            end_text=end_text,
        )

        return survey_replace_form
