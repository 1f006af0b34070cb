from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.variant_gene_transcript import VariantGeneTranscript


T = TypeVar("T", bound="VariantGeneVersion")


@_attrs_define
class VariantGeneVersion:
    """Reference sequence accessions of the gene.

    Attributes:
        genomic (list[Any]): Genomic accessions (empty in the docs' example).
        rna (list[Any]): RNA accessions (empty in the docs' example).
        m_rna_and_protein (list[VariantGeneTranscript]): Transcripts and proteins.
    """

    genomic: list[Any]
    rna: list[Any]
    m_rna_and_protein: list[VariantGeneTranscript]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        genomic = self.genomic

        rna = self.rna

        m_rna_and_protein = []
        for m_rna_and_protein_item_data in self.m_rna_and_protein:
            m_rna_and_protein_item = m_rna_and_protein_item_data.to_dict()
            m_rna_and_protein.append(m_rna_and_protein_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Genomic": genomic,
                "RNA": rna,
                "mRNA_and_protein": m_rna_and_protein,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.variant_gene_transcript import VariantGeneTranscript

        d = dict(src_dict)
        genomic = cast(list[Any], d.pop("Genomic"))

        rna = cast(list[Any], d.pop("RNA"))

        m_rna_and_protein = []
        _m_rna_and_protein = d.pop("mRNA_and_protein")
        for m_rna_and_protein_item_data in _m_rna_and_protein:
            m_rna_and_protein_item = VariantGeneTranscript.from_dict(m_rna_and_protein_item_data)

            m_rna_and_protein.append(m_rna_and_protein_item)

        variant_gene_version = cls(
            genomic=genomic,
            rna=rna,
            m_rna_and_protein=m_rna_and_protein,
        )

        variant_gene_version.additional_properties = d
        return variant_gene_version

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
