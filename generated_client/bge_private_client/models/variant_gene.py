from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.variant_coding import VariantCoding
    from ..models.variant_gene_version import VariantGeneVersion


T = TypeVar("T", bound="VariantGene")


@_attrs_define
class VariantGene:
    """A gene at the variant's position.

    Attributes:
        symbol (str): Gene symbol.
        version (VariantGeneVersion): Reference sequence accessions of the gene.
        coding (VariantCoding): Which system an id belongs to.
    """

    symbol: str
    version: VariantGeneVersion
    coding: VariantCoding
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        version = self.version.to_dict()

        coding = self.coding.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "version": version,
                "coding": coding,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.variant_coding import VariantCoding
        from ..models.variant_gene_version import VariantGeneVersion

        d = dict(src_dict)
        symbol = d.pop("symbol")

        version = VariantGeneVersion.from_dict(d.pop("version"))

        coding = VariantCoding.from_dict(d.pop("coding"))

        variant_gene = cls(
            symbol=symbol,
            version=version,
            coding=coding,
        )

        variant_gene.additional_properties = d
        return variant_gene

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
