from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VariantGeneTranscript")


@_attrs_define
class VariantGeneTranscript:
    """An mRNA and its protein.

    Attributes:
        protein (None | str): Protein accession, if any.
        m_rna (str): mRNA accession (RefSeq).
    """

    protein: None | str
    m_rna: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        protein: None | str
        protein = self.protein

        m_rna = self.m_rna

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "protein": protein,
                "mRNA": m_rna,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_protein(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        protein = _parse_protein(d.pop("protein"))

        m_rna = d.pop("mRNA")

        variant_gene_transcript = cls(
            protein=protein,
            m_rna=m_rna,
        )

        variant_gene_transcript.additional_properties = d
        return variant_gene_transcript

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
