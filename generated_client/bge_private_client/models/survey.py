from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Survey")


@_attrs_define
class Survey:
    """A draft survey: the editable survey that releases are published from (问卷).

    Attributes:
        survey_id (int): A draft survey's id (问卷 id).
        developer_id (str): The id of the developer who owns a survey (开发者 id); a UUID in most answers.
        title (str): Title (标题).
        description (str): Description (问卷描述).
        end_text (None | str): Closing text shown after the last question (结束语).
        redirect_url (str): Where a respondent is sent after finishing (问卷填写完成后跳转地址).
        create_time (str): When the survey was created, UTC (创建时间).
        update_time (str): When the survey last changed, UTC (更新时间).
        question_count (int): Number of questions (问题数).
    """

    survey_id: int
    developer_id: str
    title: str
    description: str
    end_text: None | str
    redirect_url: str
    create_time: str
    update_time: str
    question_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        survey_id = self.survey_id

        developer_id = self.developer_id

        title = self.title

        description = self.description

        end_text: None | str
        end_text = self.end_text

        redirect_url = self.redirect_url

        create_time = self.create_time

        update_time = self.update_time

        question_count = self.question_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "survey_id": survey_id,
                "developer_id": developer_id,
                "title": title,
                "description": description,
                "end_text": end_text,
                "redirect_url": redirect_url,
                "create_time": create_time,
                "update_time": update_time,
                "question_count": question_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        survey_id = d.pop("survey_id")

        developer_id = d.pop("developer_id")

        title = d.pop("title")

        description = d.pop("description")

        def _parse_end_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        end_text = _parse_end_text(d.pop("end_text"))

        redirect_url = d.pop("redirect_url")

        create_time = d.pop("create_time")

        update_time = d.pop("update_time")

        question_count = d.pop("question_count")

        survey = cls(
            survey_id=survey_id,
            developer_id=developer_id,
            title=title,
            description=description,
            end_text=end_text,
            redirect_url=redirect_url,
            create_time=create_time,
            update_time=update_time,
            question_count=question_count,
        )

        survey.additional_properties = d
        return survey

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
