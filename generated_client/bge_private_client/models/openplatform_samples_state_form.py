from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OpenplatformSamplesStateForm")


@_attrs_define
class OpenplatformSamplesStateForm:
    """
    Attributes:
        biosample_id (str): A biosample id, `E-` + one capital letter + 11 digits (生物样品编号).
        sub_state (int): The sample's new sub-state (样品子状态); the codes are not documented.
        mtime (str): When the state changed (样品更新时间); the format is not documented.
        change_source (str | Unset): Where the state update comes from (样品状态更新来源).
        comment (str | Unset): Remarks on the state change as JSON text, sent as given (样品状态备注信息，json 格式); an empty
            value is not sent.
    """

    biosample_id: str
    sub_state: int
    mtime: str
    change_source: str | Unset = UNSET
    comment: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        biosample_id = self.biosample_id

        sub_state = self.sub_state

        mtime = self.mtime

        change_source = self.change_source

        comment = self.comment

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "biosample_id": biosample_id,
                "sub_state": sub_state,
                "mtime": mtime,
            }
        )
        if change_source is not UNSET:
            field_dict["change_source"] = change_source
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        biosample_id = d.pop("biosample_id")

        sub_state = d.pop("sub_state")

        mtime = d.pop("mtime")

        change_source = d.pop("change_source", UNSET)

        comment = d.pop("comment", UNSET)

        openplatform_samples_state_form = cls(
            biosample_id=biosample_id,
            sub_state=sub_state,
            mtime=mtime,
            change_source=change_source,
            comment=comment,
        )

        return openplatform_samples_state_form
