from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VariantRecordSourceTag")


@_attrs_define
class VariantRecordSourceTag:
    """Reference versions.

    Attributes:
        db_snp_build (int): dbSNP build.
        assembly_synonym (str): Genome assembly.
    """

    db_snp_build: int
    assembly_synonym: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        db_snp_build = self.db_snp_build

        assembly_synonym = self.assembly_synonym

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dbSNP_build": db_snp_build,
                "assembly_synonym": assembly_synonym,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        db_snp_build = d.pop("dbSNP_build")

        assembly_synonym = d.pop("assembly_synonym")

        variant_record_source_tag = cls(
            db_snp_build=db_snp_build,
            assembly_synonym=assembly_synonym,
        )

        variant_record_source_tag.additional_properties = d
        return variant_record_source_tag

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
