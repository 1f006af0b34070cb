from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.release_option import ReleaseOption


T = TypeVar("T", bound="ReleaseQuestion")


@_attrs_define
class ReleaseQuestion:
    """A question of a published survey, with its options (已发布问题).

    Attributes:
        release_question_id (int): A published question's id (已发布问题 id).
        data_element_identifier_de (str): The data element identifier a question and its answers are bound to (数据元编号).
        title (str): The question (问题标题).
        description (None | str): Help text (问题描述).
        qtype (str): The kind of question (问题类型). Values seen: `input`, `textarea`, `number`, `radio`, `checkbox`; the
            platform documents no closed list.
        release_options (list[ReleaseOption]): The choices; empty for questions without choices (选项).
        required (bool): Whether an answer is required (是否必填).
        order (int): Position in the survey (顺序号).
    """

    release_question_id: int
    data_element_identifier_de: str
    title: str
    description: None | str
    qtype: str
    release_options: list[ReleaseOption]
    required: bool
    order: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        release_question_id = self.release_question_id

        data_element_identifier_de = self.data_element_identifier_de

        title = self.title

        description: None | str
        description = self.description

        qtype = self.qtype

        release_options = []
        for release_options_item_data in self.release_options:
            release_options_item = release_options_item_data.to_dict()
            release_options.append(release_options_item)

        required = self.required

        order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "release_question_id": release_question_id,
                "data_element_identifier_de": data_element_identifier_de,
                "title": title,
                "description": description,
                "qtype": qtype,
                "release_options": release_options,
                "required": required,
                "order": order,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.release_option import ReleaseOption

        d = dict(src_dict)
        release_question_id = d.pop("release_question_id")

        data_element_identifier_de = d.pop("data_element_identifier_de")

        title = d.pop("title")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        qtype = d.pop("qtype")

        release_options = []
        _release_options = d.pop("release_options")
        for release_options_item_data in _release_options:
            release_options_item = ReleaseOption.from_dict(release_options_item_data)

            release_options.append(release_options_item)

        required = d.pop("required")

        order = d.pop("order")

        release_question = cls(
            release_question_id=release_question_id,
            data_element_identifier_de=data_element_identifier_de,
            title=title,
            description=description,
            qtype=qtype,
            release_options=release_options,
            required=required,
            order=order,
        )

        release_question.additional_properties = d
        return release_question

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
