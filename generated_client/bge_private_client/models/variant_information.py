from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.variant_information_frequency import VariantInformationFrequency


T = TypeVar("T", bound="VariantInformation")


@_attrs_define
class VariantInformation:
    """Site information (VCF INFO fields).

    Attributes:
        site_quality (float | Unset): Site quality (VCF QUAL).
        frequency (VariantInformationFrequency | Unset): Allele frequencies by source (`CAF`, `TOPMED`, ...), each a
            list of numbers (empty when unknown).
        dp (int | Unset): Total depth (VCF INFO DP).
        an (int | Unset): Number of called alleles (VCF INFO AN).
    """

    site_quality: float | Unset = UNSET
    frequency: VariantInformationFrequency | Unset = UNSET
    dp: int | Unset = UNSET
    an: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        site_quality = self.site_quality

        frequency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.frequency, Unset):
            frequency = self.frequency.to_dict()

        dp = self.dp

        an = self.an

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if site_quality is not UNSET:
            field_dict["site_quality"] = site_quality
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if dp is not UNSET:
            field_dict["DP"] = dp
        if an is not UNSET:
            field_dict["AN"] = an

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.variant_information_frequency import VariantInformationFrequency

        d = dict(src_dict)
        site_quality = d.pop("site_quality", UNSET)

        _frequency = d.pop("frequency", UNSET)
        frequency: VariantInformationFrequency | Unset
        if isinstance(_frequency, Unset):
            frequency = UNSET
        else:
            frequency = VariantInformationFrequency.from_dict(_frequency)

        dp = d.pop("DP", UNSET)

        an = d.pop("AN", UNSET)

        variant_information = cls(
            site_quality=site_quality,
            frequency=frequency,
            dp=dp,
            an=an,
        )

        variant_information.additional_properties = d
        return variant_information

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
