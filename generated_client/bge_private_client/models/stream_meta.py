from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StreamMeta")


@_attrs_define
class StreamMeta:
    """Whose record it is and where it lives.

    Attributes:
        namespace (str): The record's namespace.
        fundamental_entity_id (str): An individual (subject) id of the platform, a UUID (个体编号).
    """

    namespace: str
    fundamental_entity_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        namespace = self.namespace

        fundamental_entity_id = self.fundamental_entity_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "namespace": namespace,
                "fundamental_entity_id": fundamental_entity_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        namespace = d.pop("namespace")

        fundamental_entity_id = d.pop("fundamental_entity_id")

        stream_meta = cls(
            namespace=namespace,
            fundamental_entity_id=fundamental_entity_id,
        )

        stream_meta.additional_properties = d
        return stream_meta

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
