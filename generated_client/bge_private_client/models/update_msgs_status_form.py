from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="UpdateMsgsStatusForm")


@_attrs_define
class UpdateMsgsStatusForm:
    """
    Attributes:
        msg_ids (str): Ids of batch sends, presumably separated by commas (批量发送 ids).
    """

    msg_ids: str

    def to_dict(self) -> dict[str, Any]:
        msg_ids = self.msg_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "msg_ids": msg_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        msg_ids = d.pop("msg_ids")

        update_msgs_status_form = cls(
            msg_ids=msg_ids,
        )

        return update_msgs_status_form
