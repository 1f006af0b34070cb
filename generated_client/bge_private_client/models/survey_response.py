from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SurveyResponse")


@_attrs_define
class SurveyResponse:
    """A response: one respondent's filled-in published survey (答卷).

    Attributes:
        user_id (str): A BGE user id, 24 hex digits or 20 digits (用户 id).
        biosample_id (None | str): The sample the response is bound to, if any (生物样品编号).
        time_consuming (float | None): Seconds the respondent took (答题耗时，秒).
        response_id (int): A response's id: one respondent's filled-in survey (答卷 id).
        ip_address (None | str): The respondent's IP address (IP 地址).
        referer_url (None | str): The page the respondent came from (来源地址).
        submit_time (None | str): When it was submitted, UTC (提交时间).
        start_time (None | str): When the respondent started, UTC (开始时间).
        last_action_time (None | str): When the respondent's last action was, UTC (最后操作时间).
        release_survey_id (int): A published survey's id (已发布问卷 id).
        limeresponse_id (int | None): The response in LimeSurvey; null for imported responses (底层答卷 id).
    """

    user_id: str
    biosample_id: None | str
    time_consuming: float | None
    response_id: int
    ip_address: None | str
    referer_url: None | str
    submit_time: None | str
    start_time: None | str
    last_action_time: None | str
    release_survey_id: int
    limeresponse_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        biosample_id: None | str
        biosample_id = self.biosample_id

        time_consuming: float | None
        time_consuming = self.time_consuming

        response_id = self.response_id

        ip_address: None | str
        ip_address = self.ip_address

        referer_url: None | str
        referer_url = self.referer_url

        submit_time: None | str
        submit_time = self.submit_time

        start_time: None | str
        start_time = self.start_time

        last_action_time: None | str
        last_action_time = self.last_action_time

        release_survey_id = self.release_survey_id

        limeresponse_id: int | None
        limeresponse_id = self.limeresponse_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "biosample_id": biosample_id,
                "time_consuming": time_consuming,
                "response_id": response_id,
                "ip_address": ip_address,
                "referer_url": referer_url,
                "submit_time": submit_time,
                "start_time": start_time,
                "last_action_time": last_action_time,
                "release_survey_id": release_survey_id,
                "limeresponse_id": limeresponse_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        def _parse_biosample_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        biosample_id = _parse_biosample_id(d.pop("biosample_id"))

        def _parse_time_consuming(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        time_consuming = _parse_time_consuming(d.pop("time_consuming"))

        response_id = d.pop("response_id")

        def _parse_ip_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ip_address = _parse_ip_address(d.pop("ip_address"))

        def _parse_referer_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        referer_url = _parse_referer_url(d.pop("referer_url"))

        def _parse_submit_time(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        submit_time = _parse_submit_time(d.pop("submit_time"))

        def _parse_start_time(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        start_time = _parse_start_time(d.pop("start_time"))

        def _parse_last_action_time(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_action_time = _parse_last_action_time(d.pop("last_action_time"))

        release_survey_id = d.pop("release_survey_id")

        def _parse_limeresponse_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        limeresponse_id = _parse_limeresponse_id(d.pop("limeresponse_id"))

        survey_response = cls(
            user_id=user_id,
            biosample_id=biosample_id,
            time_consuming=time_consuming,
            response_id=response_id,
            ip_address=ip_address,
            referer_url=referer_url,
            submit_time=submit_time,
            start_time=start_time,
            last_action_time=last_action_time,
            release_survey_id=release_survey_id,
            limeresponse_id=limeresponse_id,
        )

        survey_response.additional_properties = d
        return survey_response

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
