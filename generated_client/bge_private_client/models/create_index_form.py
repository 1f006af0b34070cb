from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.search_index_type import SearchIndexType

if TYPE_CHECKING:
    from ..models.survey_index_document import SurveyIndexDocument


T = TypeVar("T", bound="CreateIndexForm")


@_attrs_define
class CreateIndexForm:
    """
    Attributes:
        type_ (SearchIndexType): The index type; always `survey` (索引类型，固定设置为 survey).
        content (list[SurveyIndexDocument]): The documents to create or update (索引内容), sent as JSON text.
    """

    type_: SearchIndexType
    content: list[SurveyIndexDocument]

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        content = []
        for content_item_data in self.content:
            content_item = content_item_data.to_dict()
            content.append(content_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.survey_index_document import SurveyIndexDocument

        d = dict(src_dict)
        type_ = SearchIndexType(d.pop("type"))

        content = []
        _content = d.pop("content")
        for content_item_data in _content:
            content_item = SurveyIndexDocument.from_dict(content_item_data)

            content.append(content_item)

        create_index_form = cls(
            type_=type_,
            content=content,
        )

        return create_index_form
