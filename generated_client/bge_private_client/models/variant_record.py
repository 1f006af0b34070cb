from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.variant_record_genomic_context import VariantRecordGenomicContext
    from ..models.variant_record_source import VariantRecordSource
    from ..models.variant_site import VariantSite


T = TypeVar("T", bound="VariantRecord")


@_attrs_define
class VariantRecord:
    """A sample's genotype at one variant site (变异位点数据).

    Attributes:
        coordinate_system (int): Coordinate system (0 in the docs' example).
        variant (VariantSite): The site and the sample's genotype there.
        genomic_context (VariantRecordGenomicContext): Genes around the variant.
        alternate_id (list[str]): Other ids of the variant (rs ids).
        is_no_call (bool): Whether the site could not be called.
        source (VariantRecordSource): Where the record comes from.
        is_genotyped (bool): Whether the site was genotyped.
        variant_id (str): The record's id, a UUID.
        is_assayed (bool): Whether the site was assayed.
    """

    coordinate_system: int
    variant: VariantSite
    genomic_context: VariantRecordGenomicContext
    alternate_id: list[str]
    is_no_call: bool
    source: VariantRecordSource
    is_genotyped: bool
    variant_id: str
    is_assayed: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coordinate_system = self.coordinate_system

        variant = self.variant.to_dict()

        genomic_context = self.genomic_context.to_dict()

        alternate_id = self.alternate_id

        is_no_call = self.is_no_call

        source = self.source.to_dict()

        is_genotyped = self.is_genotyped

        variant_id = self.variant_id

        is_assayed = self.is_assayed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coordinate_system": coordinate_system,
                "variant": variant,
                "genomic_context": genomic_context,
                "alternate_id": alternate_id,
                "is_no_call": is_no_call,
                "source": source,
                "is_genotyped": is_genotyped,
                "variant_id": variant_id,
                "is_assayed": is_assayed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.variant_record_genomic_context import VariantRecordGenomicContext
        from ..models.variant_record_source import VariantRecordSource
        from ..models.variant_site import VariantSite

        d = dict(src_dict)
        coordinate_system = d.pop("coordinate_system")

        variant = VariantSite.from_dict(d.pop("variant"))

        genomic_context = VariantRecordGenomicContext.from_dict(d.pop("genomic_context"))

        alternate_id = cast(list[str], d.pop("alternate_id"))

        is_no_call = d.pop("is_no_call")

        source = VariantRecordSource.from_dict(d.pop("source"))

        is_genotyped = d.pop("is_genotyped")

        variant_id = d.pop("variant_id")

        is_assayed = d.pop("is_assayed")

        variant_record = cls(
            coordinate_system=coordinate_system,
            variant=variant,
            genomic_context=genomic_context,
            alternate_id=alternate_id,
            is_no_call=is_no_call,
            source=source,
            is_genotyped=is_genotyped,
            variant_id=variant_id,
            is_assayed=is_assayed,
        )

        variant_record.additional_properties = d
        return variant_record

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
