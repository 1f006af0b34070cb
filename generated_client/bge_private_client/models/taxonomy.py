from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.abundance_coding import AbundanceCoding


T = TypeVar("T", bound="Taxonomy")


@_attrs_define
class Taxonomy:
    """The taxon.

    Attributes:
        taxon_name (str): Taxon name with rank prefix.
        taxon_id (str): BGE taxon id, `txid` + NCBI taxonomy number.
        coding (AbundanceCoding): The coding system of a taxon or gene record (its id is a member of the record).
        lineage (str): Full lineage, ranks joined by `|`.
        rank (str): Taxonomic rank.
    """

    taxon_name: str
    taxon_id: str
    coding: AbundanceCoding
    lineage: str
    rank: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        taxon_name = self.taxon_name

        taxon_id = self.taxon_id

        coding = self.coding.to_dict()

        lineage = self.lineage

        rank = self.rank

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taxon_name": taxon_name,
                "taxon_id": taxon_id,
                "coding": coding,
                "lineage": lineage,
                "rank": rank,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.abundance_coding import AbundanceCoding

        d = dict(src_dict)
        taxon_name = d.pop("taxon_name")

        taxon_id = d.pop("taxon_id")

        coding = AbundanceCoding.from_dict(d.pop("coding"))

        lineage = d.pop("lineage")

        rank = d.pop("rank")

        taxonomy = cls(
            taxon_name=taxon_name,
            taxon_id=taxon_id,
            coding=coding,
            lineage=lineage,
            rank=rank,
        )

        taxonomy.additional_properties = d
        return taxonomy

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
