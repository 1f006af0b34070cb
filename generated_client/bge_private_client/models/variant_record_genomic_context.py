from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.variant_gene import VariantGene


T = TypeVar("T", bound="VariantRecordGenomicContext")


@_attrs_define
class VariantRecordGenomicContext:
    """Genes around the variant.

    Attributes:
        gene (list[VariantGene]): Genes at the position.
    """

    gene: list[VariantGene]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gene = []
        for gene_item_data in self.gene:
            gene_item = gene_item_data.to_dict()
            gene.append(gene_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gene": gene,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.variant_gene import VariantGene

        d = dict(src_dict)
        gene = []
        _gene = d.pop("gene")
        for gene_item_data in _gene:
            gene_item = VariantGene.from_dict(gene_item_data)

            gene.append(gene_item)

        variant_record_genomic_context = cls(
            gene=gene,
        )

        variant_record_genomic_context.additional_properties = d
        return variant_record_genomic_context

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
