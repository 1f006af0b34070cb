from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ModelDocUploadForm")


@_attrs_define
class ModelDocUploadForm:
    """
    Attributes:
        doc_tab (str): Which documentation tab of the model to set (文档标签).
        model_id (str): A model's id (模型 id). It is put into paths by plain formatting, so `/`, `?` and `#` are refused.
        doc_content (str): The tab's content (文档内容).
    """

    doc_tab: str
    model_id: str
    doc_content: str

    def to_dict(self) -> dict[str, Any]:
        doc_tab = self.doc_tab

        model_id = self.model_id

        doc_content = self.doc_content

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "doc_tab": doc_tab,
                "model_id": model_id,
                "doc_content": doc_content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        doc_tab = d.pop("doc_tab")

        model_id = d.pop("model_id")

        doc_content = d.pop("doc_content")

        model_doc_upload_form = cls(
            doc_tab=doc_tab,
            model_id=model_id,
            doc_content=doc_content,
        )

        return model_doc_upload_form
