from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="ProfessionalVariantUploadForm")


@_attrs_define
class ProfessionalVariantUploadForm:
    """The regions as an uploaded BED file (multipart); for inline regions see `ProfessionalVariantForm`.

    Attributes:
        biosample_id (str): A biosample id, `E-` + one capital letter + 11 digits (生物样品编号).
        bed_file (File): A zip-compressed BED file listing the regions, at most 1,000,000 lines (需要抽取区域的 bed 文件，须为 zip
            压缩文件且内容不得超过 100w 行); a file part named after the file, not signed.
        only_variant_site (bool | Unset): Whether to output variant positions only (是否仅输出变异位置，默认为 True); sent as `True`
            or `False`. Default: True.
    """

    biosample_id: str
    bed_file: File
    only_variant_site: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        biosample_id = self.biosample_id

        bed_file = self.bed_file.to_tuple()

        only_variant_site = self.only_variant_site

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "biosample_id": biosample_id,
                "bed_file": bed_file,
            }
        )
        if only_variant_site is not UNSET:
            field_dict["only_variant_site"] = only_variant_site

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("biosample_id", (None, str(self.biosample_id).encode(), "text/plain")))

        files.append(("bed_file", self.bed_file.to_tuple()))

        if not isinstance(self.only_variant_site, Unset):
            files.append(("only_variant_site", (None, str(self.only_variant_site).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        biosample_id = d.pop("biosample_id")

        bed_file = File(payload=BytesIO(d.pop("bed_file")))

        only_variant_site = d.pop("only_variant_site", UNSET)

        professional_variant_upload_form = cls(
            biosample_id=biosample_id,
            bed_file=bed_file,
            only_variant_site=only_variant_site,
        )

        return professional_variant_upload_form
