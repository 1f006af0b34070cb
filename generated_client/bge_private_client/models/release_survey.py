from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReleaseSurvey")


@_attrs_define
class ReleaseSurvey:
    """A published survey: a numbered version of a draft survey, answered in LimeSurvey (已发布问卷).

    Attributes:
        release_survey_id (int): A published survey's id (已发布问卷 id).
        developer_id (str): The id of the developer who owns a survey (开发者 id); a UUID in most answers.
        title (str): Title (标题).
        description (str): Description (问卷描述).
        end_text (None | str): Closing text (结束语).
        redirect_url (str): Where a respondent is sent after finishing (问卷填写完成后跳转地址).
        question_count (int): Number of questions (问题数).
        survey_id (int): A draft survey's id (问卷 id).
        limesurvey_id (int): The id of a survey in LimeSurvey, the survey system under the platform (底层问卷系统 limesurvey
            的问卷 id).
        release_time (str): When this version was published, UTC (发布时间).
        sync_time (str): When the platform last synchronised it with LimeSurvey, UTC (同步时间).
        version (int): The version number among the releases of the draft survey (版本号).
        survey_url (str): Where respondents fill it in (问卷地址).
    """

    release_survey_id: int
    developer_id: str
    title: str
    description: str
    end_text: None | str
    redirect_url: str
    question_count: int
    survey_id: int
    limesurvey_id: int
    release_time: str
    sync_time: str
    version: int
    survey_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        release_survey_id = self.release_survey_id

        developer_id = self.developer_id

        title = self.title

        description = self.description

        end_text: None | str
        end_text = self.end_text

        redirect_url = self.redirect_url

        question_count = self.question_count

        survey_id = self.survey_id

        limesurvey_id = self.limesurvey_id

        release_time = self.release_time

        sync_time = self.sync_time

        version = self.version

        survey_url = self.survey_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "release_survey_id": release_survey_id,
                "developer_id": developer_id,
                "title": title,
                "description": description,
                "end_text": end_text,
                "redirect_url": redirect_url,
                "question_count": question_count,
                "survey_id": survey_id,
                "limesurvey_id": limesurvey_id,
                "release_time": release_time,
                "sync_time": sync_time,
                "version": version,
                "survey_url": survey_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        release_survey_id = d.pop("release_survey_id")

        developer_id = d.pop("developer_id")

        title = d.pop("title")

        description = d.pop("description")

        def _parse_end_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        end_text = _parse_end_text(d.pop("end_text"))

        redirect_url = d.pop("redirect_url")

        question_count = d.pop("question_count")

        survey_id = d.pop("survey_id")

        limesurvey_id = d.pop("limesurvey_id")

        release_time = d.pop("release_time")

        sync_time = d.pop("sync_time")

        version = d.pop("version")

        survey_url = d.pop("survey_url")

        release_survey = cls(
            release_survey_id=release_survey_id,
            developer_id=developer_id,
            title=title,
            description=description,
            end_text=end_text,
            redirect_url=redirect_url,
            question_count=question_count,
            survey_id=survey_id,
            limesurvey_id=limesurvey_id,
            release_time=release_time,
            sync_time=sync_time,
            version=version,
            survey_url=survey_url,
        )

        release_survey.additional_properties = d
        return release_survey

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
