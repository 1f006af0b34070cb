from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VariantCall")


@_attrs_define
class VariantCall:
    """The sample's call at the site (VCF FORMAT fields).

    Attributes:
        gt (str): Genotype as allele indexes (VCF GT).
        rgq (int | Unset): Reference genotype quality.
        ad (list[int] | Unset): Allelic depths (VCF AD).
        dp (int | Unset): Read depth (VCF DP).
    """

    gt: str
    rgq: int | Unset = UNSET
    ad: list[int] | Unset = UNSET
    dp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gt = self.gt

        rgq = self.rgq

        ad: list[int] | Unset = UNSET
        if not isinstance(self.ad, Unset):
            ad = self.ad

        dp = self.dp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "GT": gt,
            }
        )
        if rgq is not UNSET:
            field_dict["RGQ"] = rgq
        if ad is not UNSET:
            field_dict["AD"] = ad
        if dp is not UNSET:
            field_dict["DP"] = dp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        gt = d.pop("GT")

        rgq = d.pop("RGQ", UNSET)

        ad = cast(list[int], d.pop("AD", UNSET))

        dp = d.pop("DP", UNSET)

        variant_call = cls(
            gt=gt,
            rgq=rgq,
            ad=ad,
            dp=dp,
        )

        variant_call.additional_properties = d
        return variant_call

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
