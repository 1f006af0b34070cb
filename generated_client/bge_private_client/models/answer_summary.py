from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AnswerSummary")


@_attrs_define
class AnswerSummary:
    """Summary of the numeric answers to a question (数值答案统计).

    Attributes:
        maximum (float): Largest answer (最大值).
        minimum (float): Smallest answer (最小值).
        median (float): Median (中位数).
        average (float): Mean (平均值).
    """

    maximum: float
    minimum: float
    median: float
    average: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        maximum = self.maximum

        minimum = self.minimum

        median = self.median

        average = self.average

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "maximum": maximum,
                "minimum": minimum,
                "median": median,
                "average": average,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        maximum = d.pop("maximum")

        minimum = d.pop("minimum")

        median = d.pop("median")

        average = d.pop("average")

        answer_summary = cls(
            maximum=maximum,
            minimum=minimum,
            median=median,
            average=average,
        )

        answer_summary.additional_properties = d
        return answer_summary

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
