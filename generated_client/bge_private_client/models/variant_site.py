from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.variant_call import VariantCall
    from ..models.variant_information import VariantInformation


T = TypeVar("T", bound="VariantSite")


@_attrs_define
class VariantSite:
    """The site and the sample's genotype there.

    Attributes:
        information (VariantInformation): Site information (VCF INFO fields).
        genotype (str): The sample's genotype as bases.
        reference_base (str): Reference base(s).
        type_ (str): Variant type, e.g. `snp`.
        call (VariantCall): The sample's call at the site (VCF FORMAT fields).
        position (int): Position on the chromosome.
        alternate_base (list[str]): Alternate bases.
        chromosome (str): Chromosome, e.g. `chr8`.
    """

    information: VariantInformation
    genotype: str
    reference_base: str
    type_: str
    call: VariantCall
    position: int
    alternate_base: list[str]
    chromosome: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        information = self.information.to_dict()

        genotype = self.genotype

        reference_base = self.reference_base

        type_ = self.type_

        call = self.call.to_dict()

        position = self.position

        alternate_base = self.alternate_base

        chromosome = self.chromosome

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "information": information,
                "genotype": genotype,
                "reference_base": reference_base,
                "type": type_,
                "call": call,
                "position": position,
                "alternate_base": alternate_base,
                "chromosome": chromosome,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.variant_call import VariantCall
        from ..models.variant_information import VariantInformation

        d = dict(src_dict)
        information = VariantInformation.from_dict(d.pop("information"))

        genotype = d.pop("genotype")

        reference_base = d.pop("reference_base")

        type_ = d.pop("type")

        call = VariantCall.from_dict(d.pop("call"))

        position = d.pop("position")

        alternate_base = cast(list[str], d.pop("alternate_base"))

        chromosome = d.pop("chromosome")

        variant_site = cls(
            information=information,
            genotype=genotype,
            reference_base=reference_base,
            type_=type_,
            call=call,
            position=position,
            alternate_base=alternate_base,
            chromosome=chromosome,
        )

        variant_site.additional_properties = d
        return variant_site

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
