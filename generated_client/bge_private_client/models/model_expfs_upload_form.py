from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="ModelExpfsUploadForm")


@_attrs_define
class ModelExpfsUploadForm:
    """
    Attributes:
        model_id (str): A model's id (模型 id). It is put into paths by plain formatting, so `/`, `?` and `#` are refused.
        expfs (File): The file's content, sent with its file name; not signed. What it holds is not documented.
        doc_tab (str | Unset): Which documentation tab of the model to set (文档标签).
        doc_content (str | Unset): The tab's content (文档内容).
    """

    model_id: str
    expfs: File
    doc_tab: str | Unset = UNSET
    doc_content: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        expfs = self.expfs.to_tuple()

        doc_tab = self.doc_tab

        doc_content = self.doc_content

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model_id": model_id,
                "expfs": expfs,
            }
        )
        if doc_tab is not UNSET:
            field_dict["doc_tab"] = doc_tab
        if doc_content is not UNSET:
            field_dict["doc_content"] = doc_content

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("model_id", (None, str(self.model_id).encode(), "text/plain")))

        files.append(("expfs", self.expfs.to_tuple()))

        if not isinstance(self.doc_tab, Unset):
            files.append(("doc_tab", (None, str(self.doc_tab).encode(), "text/plain")))

        if not isinstance(self.doc_content, Unset):
            files.append(("doc_content", (None, str(self.doc_content).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model_id = d.pop("model_id")

        expfs = File(payload=BytesIO(d.pop("expfs")))

        doc_tab = d.pop("doc_tab", UNSET)

        doc_content = d.pop("doc_content", UNSET)

        model_expfs_upload_form = cls(
            model_id=model_id,
            expfs=expfs,
            doc_tab=doc_tab,
            doc_content=doc_content,
        )

        return model_expfs_upload_form
