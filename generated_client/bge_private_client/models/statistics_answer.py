from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StatisticsAnswer")


@_attrs_define
class StatisticsAnswer:
    """One distinct answer (or, for free answers, one answer) in question statistics (答案统计).

    Attributes:
        create_time (None | str): When it was answered, `YYYY-MM-DD HH:MM:SS`; null when answers are counted per option
            (回答时间).
        serial (int): Its number in this list, from 1 (序号).
        size (int | None): How many answers gave it; null when each answer is listed (回答数).
        content (float | str): The answer (答案内容): text, or a number for number questions.
        concept_code (str): The chosen option's concept code; empty for free answers (选项编码).
    """

    create_time: None | str
    serial: int
    size: int | None
    content: float | str
    concept_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create_time: None | str
        create_time = self.create_time

        serial = self.serial

        size: int | None
        size = self.size

        content: float | str
        content = self.content

        concept_code = self.concept_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "create_time": create_time,
                "serial": serial,
                "size": size,
                "content": content,
                "concept_code": concept_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_create_time(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        create_time = _parse_create_time(d.pop("create_time"))

        serial = d.pop("serial")

        def _parse_size(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        size = _parse_size(d.pop("size"))

        def _parse_content(data: object) -> float | str:
            return cast(float | str, data)

        content = _parse_content(d.pop("content"))

        concept_code = d.pop("concept_code")

        statistics_answer = cls(
            create_time=create_time,
            serial=serial,
            size=size,
            content=content,
            concept_code=concept_code,
        )

        statistics_answer.additional_properties = d
        return statistics_answer

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
