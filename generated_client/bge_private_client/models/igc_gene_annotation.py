from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IgcGeneAnnotation")


@_attrs_define
class IgcGeneAnnotation:
    """Annotation of the gene.

    Attributes:
        phylum (str | Unset): Phylum.
        genus (str | Unset): Genus.
        gene_completeness (str | Unset): Gene completeness.
        gene_length (int | Unset): Gene length in bp.
        kegg_annotation (str | Unset): KEGG orthology.
        eggnog_annotation (str | Unset): eggNOG orthology.
    """

    phylum: str | Unset = UNSET
    genus: str | Unset = UNSET
    gene_completeness: str | Unset = UNSET
    gene_length: int | Unset = UNSET
    kegg_annotation: str | Unset = UNSET
    eggnog_annotation: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phylum = self.phylum

        genus = self.genus

        gene_completeness = self.gene_completeness

        gene_length = self.gene_length

        kegg_annotation = self.kegg_annotation

        eggnog_annotation = self.eggnog_annotation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phylum is not UNSET:
            field_dict["phylum"] = phylum
        if genus is not UNSET:
            field_dict["genus"] = genus
        if gene_completeness is not UNSET:
            field_dict["gene_completeness"] = gene_completeness
        if gene_length is not UNSET:
            field_dict["gene_length"] = gene_length
        if kegg_annotation is not UNSET:
            field_dict["kegg_annotation"] = kegg_annotation
        if eggnog_annotation is not UNSET:
            field_dict["eggnog_annotation"] = eggnog_annotation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        phylum = d.pop("phylum", UNSET)

        genus = d.pop("genus", UNSET)

        gene_completeness = d.pop("gene_completeness", UNSET)

        gene_length = d.pop("gene_length", UNSET)

        kegg_annotation = d.pop("kegg_annotation", UNSET)

        eggnog_annotation = d.pop("eggnog_annotation", UNSET)

        igc_gene_annotation = cls(
            phylum=phylum,
            genus=genus,
            gene_completeness=gene_completeness,
            gene_length=gene_length,
            kegg_annotation=kegg_annotation,
            eggnog_annotation=eggnog_annotation,
        )

        igc_gene_annotation.additional_properties = d
        return igc_gene_annotation

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
