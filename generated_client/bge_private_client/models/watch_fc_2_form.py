from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="WatchFc2Form")


@_attrs_define
class WatchFc2Form:
    """
    Attributes:
        trigger (str): The trigger's name (not documented).
        event (str): The event payload, as text (not documented).
    """

    trigger: str
    event: str

    def to_dict(self) -> dict[str, Any]:
        trigger = self.trigger

        event = self.event

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "trigger": trigger,
                "event": event,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        trigger = d.pop("trigger")

        event = d.pop("event")

        watch_fc_2_form = cls(
            trigger=trigger,
            event=event,
        )

        return watch_fc_2_form
