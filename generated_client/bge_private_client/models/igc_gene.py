from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.abundance_coding import AbundanceCoding
    from ..models.igc_gene_annotation import IgcGeneAnnotation


T = TypeVar("T", bound="IgcGene")


@_attrs_define
class IgcGene:
    """A gene of the IGC catalogue.

    Attributes:
        igc_gene_id (str): BGE IGC gene id.
        annotation (IgcGeneAnnotation): Annotation of the gene.
        igc_gene_name (str): Gene name in the IGC catalogue.
        coding (AbundanceCoding): The coding system of a taxon or gene record (its id is a member of the record).
    """

    igc_gene_id: str
    annotation: IgcGeneAnnotation
    igc_gene_name: str
    coding: AbundanceCoding
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        igc_gene_id = self.igc_gene_id

        annotation = self.annotation.to_dict()

        igc_gene_name = self.igc_gene_name

        coding = self.coding.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "igc_gene_id": igc_gene_id,
                "annotation": annotation,
                "igc_gene_name": igc_gene_name,
                "coding": coding,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.abundance_coding import AbundanceCoding
        from ..models.igc_gene_annotation import IgcGeneAnnotation

        d = dict(src_dict)
        igc_gene_id = d.pop("igc_gene_id")

        annotation = IgcGeneAnnotation.from_dict(d.pop("annotation"))

        igc_gene_name = d.pop("igc_gene_name")

        coding = AbundanceCoding.from_dict(d.pop("coding"))

        igc_gene = cls(
            igc_gene_id=igc_gene_id,
            annotation=annotation,
            igc_gene_name=igc_gene_name,
            coding=coding,
        )

        igc_gene.additional_properties = d
        return igc_gene

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
