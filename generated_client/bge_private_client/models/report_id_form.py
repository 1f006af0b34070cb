from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ReportIdForm")


@_attrs_define
class ReportIdForm:
    """
    Attributes:
        report_id (str): The report's id (报告 id).
    """

    report_id: str

    def to_dict(self) -> dict[str, Any]:
        report_id = self.report_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "report_id": report_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        report_id = d.pop("report_id")

        report_id_form = cls(
            report_id=report_id,
        )

        return report_id_form
