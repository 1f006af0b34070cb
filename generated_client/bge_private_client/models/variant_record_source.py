from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.variant_record_source_tag import VariantRecordSourceTag


T = TypeVar("T", bound="VariantRecordSource")


@_attrs_define
class VariantRecordSource:
    """Where the record comes from.

    Attributes:
        update_time (int): Last update, milliseconds since the epoch.
        tag (VariantRecordSourceTag): Reference versions.
        pipeline_version (str): Analysis pipeline version.
    """

    update_time: int
    tag: VariantRecordSourceTag
    pipeline_version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        update_time = self.update_time

        tag = self.tag.to_dict()

        pipeline_version = self.pipeline_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "update_time": update_time,
                "tag": tag,
                "pipeline_version": pipeline_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.variant_record_source_tag import VariantRecordSourceTag

        d = dict(src_dict)
        update_time = d.pop("update_time")

        tag = VariantRecordSourceTag.from_dict(d.pop("tag"))

        pipeline_version = d.pop("pipeline_version")

        variant_record_source = cls(
            update_time=update_time,
            tag=tag,
            pipeline_version=pipeline_version,
        )

        variant_record_source.additional_properties = d
        return variant_record_source

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
