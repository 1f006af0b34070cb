from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DownloadOmicsDataForm")


@_attrs_define
class DownloadOmicsDataForm:
    """
    Attributes:
        namespace (str): A namespace of data items and streams (命名空间), e.g. `KB-BGE`, `BGE_DEVELOPER_PLATFORM`,
            `WGSAI3.0-L-FULL`.
        biosample_ids (str | Unset): One to 1,000 biosample ids separated by commas (生物样品编号；多个以英文逗号分割，最多 1000 个).
        format_ (str | Unset): The file format (下载文件格式); `json` by default, other values not documented. Default:
            'json'.
    """

    namespace: str
    biosample_ids: str | Unset = UNSET
    format_: str | Unset = "json"

    def to_dict(self) -> dict[str, Any]:
        namespace = self.namespace

        biosample_ids = self.biosample_ids

        format_ = self.format_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "namespace": namespace,
            }
        )
        if biosample_ids is not UNSET:
            field_dict["biosample_ids"] = biosample_ids
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        namespace = d.pop("namespace")

        biosample_ids = d.pop("biosample_ids", UNSET)

        format_ = d.pop("format", UNSET)

        download_omics_data_form = cls(
            namespace=namespace,
            biosample_ids=biosample_ids,
            format_=format_,
        )

        return download_omics_data_form
