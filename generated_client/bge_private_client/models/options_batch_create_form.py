from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.new_option import NewOption


T = TypeVar("T", bound="OptionsBatchCreateForm")


@_attrs_define
class OptionsBatchCreateForm:
    """
    Attributes:
        question_id (int): A draft survey question's id (问题 id).
        options (list[NewOption]): The options to create, sent as JSON text (选项数据).
    """

    question_id: int
    options: list[NewOption]

    def to_dict(self) -> dict[str, Any]:
        question_id = self.question_id

        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "question_id": question_id,
                "options": options,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.new_option import NewOption

        d = dict(src_dict)
        question_id = d.pop("question_id")

        options = []
        _options = d.pop("options")
        for options_item_data in _options:
            options_item = NewOption.from_dict(options_item_data)

            options.append(options_item)

        options_batch_create_form = cls(
            question_id=question_id,
            options=options,
        )

        return options_batch_create_form
