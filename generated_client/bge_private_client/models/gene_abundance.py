from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.abundance_sample_info import AbundanceSampleInfo
    from ..models.gene_observation import GeneObservation
    from ..models.igc_gene import IgcGene


T = TypeVar("T", bound="GeneAbundance")


@_attrs_define
class GeneAbundance:
    """The abundance of one gene in a sample (基因丰度).

    Attributes:
        sample_info (AbundanceSampleInfo): The sample a record belongs to.
        platform_labels (list[Any] | None): Labels the platform attached to the record; null or empty when none.
        igc_gene (IgcGene): A gene of the IGC catalogue.
        observation (GeneObservation): A measured gene abundance and the software that profiled it.
    """

    sample_info: AbundanceSampleInfo
    platform_labels: list[Any] | None
    igc_gene: IgcGene
    observation: GeneObservation
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sample_info = self.sample_info.to_dict()

        platform_labels: list[Any] | None
        if isinstance(self.platform_labels, list):
            platform_labels = self.platform_labels

        else:
            platform_labels = self.platform_labels

        igc_gene = self.igc_gene.to_dict()

        observation = self.observation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sample_info": sample_info,
                "platform_labels": platform_labels,
                "igc_gene": igc_gene,
                "observation": observation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.abundance_sample_info import AbundanceSampleInfo
        from ..models.gene_observation import GeneObservation
        from ..models.igc_gene import IgcGene

        d = dict(src_dict)
        sample_info = AbundanceSampleInfo.from_dict(d.pop("sample_info"))

        def _parse_platform_labels(data: object) -> list[Any] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_abundance_platform_labels_type_0 = cast(list[Any], data)

                return componentsschemas_abundance_platform_labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None, data)

        platform_labels = _parse_platform_labels(d.pop("platform_labels"))

        igc_gene = IgcGene.from_dict(d.pop("igc_gene"))

        observation = GeneObservation.from_dict(d.pop("observation"))

        gene_abundance = cls(
            sample_info=sample_info,
            platform_labels=platform_labels,
            igc_gene=igc_gene,
            observation=observation,
        )

        gene_abundance.additional_properties = d
        return gene_abundance

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
