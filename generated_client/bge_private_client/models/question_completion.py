from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.question_answers import QuestionAnswers


T = TypeVar("T", bound="QuestionCompletion")


@_attrs_define
class QuestionCompletion:
    """A question's collection statistics within survey statistics (问题回收统计).

    Attributes:
        readable_completion_rate (str): `completion_rate` as a percentage text (完成率).
        statistics (QuestionAnswers): How the answers to a question are distributed (答案分布).
        data_element_identifier_de (str): The data element identifier a question and its answers are bound to (数据元编号).
        serial (int): The question's number, from 1 (序号).
        completion_size (int): Responses that answered it (回答数).
        order (int): Position in the survey (顺序号).
        title (str): The question (问题标题).
        completion_rate (float): Share of responses that answered it, 0 to 1 (完成率).
        required (bool): Whether an answer is required (是否必填).
        qtype (str): The kind of question (问题类型). Values seen: `input`, `textarea`, `number`, `radio`, `checkbox`; the
            platform documents no closed list.
    """

    readable_completion_rate: str
    statistics: QuestionAnswers
    data_element_identifier_de: str
    serial: int
    completion_size: int
    order: int
    title: str
    completion_rate: float
    required: bool
    qtype: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        readable_completion_rate = self.readable_completion_rate

        statistics = self.statistics.to_dict()

        data_element_identifier_de = self.data_element_identifier_de

        serial = self.serial

        completion_size = self.completion_size

        order = self.order

        title = self.title

        completion_rate = self.completion_rate

        required = self.required

        qtype = self.qtype

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "readable_completion_rate": readable_completion_rate,
                "statistics": statistics,
                "data_element_identifier_de": data_element_identifier_de,
                "serial": serial,
                "completion_size": completion_size,
                "order": order,
                "title": title,
                "completion_rate": completion_rate,
                "required": required,
                "qtype": qtype,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.question_answers import QuestionAnswers

        d = dict(src_dict)
        readable_completion_rate = d.pop("readable_completion_rate")

        statistics = QuestionAnswers.from_dict(d.pop("statistics"))

        data_element_identifier_de = d.pop("data_element_identifier_de")

        serial = d.pop("serial")

        completion_size = d.pop("completion_size")

        order = d.pop("order")

        title = d.pop("title")

        completion_rate = d.pop("completion_rate")

        required = d.pop("required")

        qtype = d.pop("qtype")

        question_completion = cls(
            readable_completion_rate=readable_completion_rate,
            statistics=statistics,
            data_element_identifier_de=data_element_identifier_de,
            serial=serial,
            completion_size=completion_size,
            order=order,
            title=title,
            completion_rate=completion_rate,
            required=required,
            qtype=qtype,
        )

        question_completion.additional_properties = d
        return question_completion

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
