from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SyncResponsesForm")


@_attrs_define
class SyncResponsesForm:
    """
    Attributes:
        limesurvey_id (int): The id of a survey in LimeSurvey, the survey system under the platform (底层问卷系统 limesurvey
            的问卷 id).
        limeresponse_id (int): The id of a response in LimeSurvey, the survey system under the platform (底层问卷系统
            limesurvey 的答卷 id).
        user_id (str | Unset): A BGE user id, 24 hex digits or 20 digits (用户 id).
        biosample_id (str | Unset): A biosample id, `E-` + one capital letter + 11 digits (生物样品编号).
    """

    limesurvey_id: int
    limeresponse_id: int
    user_id: str | Unset = UNSET
    biosample_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        limesurvey_id = self.limesurvey_id

        limeresponse_id = self.limeresponse_id

        user_id = self.user_id

        biosample_id = self.biosample_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "limesurvey_id": limesurvey_id,
                "limeresponse_id": limeresponse_id,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if biosample_id is not UNSET:
            field_dict["biosample_id"] = biosample_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        limesurvey_id = d.pop("limesurvey_id")

        limeresponse_id = d.pop("limeresponse_id")

        user_id = d.pop("user_id", UNSET)

        biosample_id = d.pop("biosample_id", UNSET)

        sync_responses_form = cls(
            limesurvey_id=limesurvey_id,
            limeresponse_id=limeresponse_id,
            user_id=user_id,
            biosample_id=biosample_id,
        )

        return sync_responses_form
