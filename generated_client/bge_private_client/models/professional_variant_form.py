from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfessionalVariantForm")


@_attrs_define
class ProfessionalVariantForm:
    """The regions given inline; for a BED file see `ProfessionalVariantUploadForm`.

    Attributes:
        biosample_id (str): A biosample id, `E-` + one capital letter + 11 digits (生物样品编号).
        regions (str): The regions to extract (需要抽取区域的坐标数据): JSON text of an array of at most 5000 objects `{"chr":
            chromosome, "begin": start, "end": end}`, sent as given.
        only_variant_site (bool | Unset): Whether to output variant positions only (是否仅输出变异位置，默认为 True); sent as `True`
            or `False`. Default: True.
    """

    biosample_id: str
    regions: str
    only_variant_site: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        biosample_id = self.biosample_id

        regions = self.regions

        only_variant_site = self.only_variant_site

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "biosample_id": biosample_id,
                "regions": regions,
            }
        )
        if only_variant_site is not UNSET:
            field_dict["only_variant_site"] = only_variant_site

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        biosample_id = d.pop("biosample_id")

        regions = d.pop("regions")

        only_variant_site = d.pop("only_variant_site", UNSET)

        professional_variant_form = cls(
            biosample_id=biosample_id,
            regions=regions,
            only_variant_site=only_variant_site,
        )

        return professional_variant_form
