from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ExternalSampleId")


@_attrs_define
class ExternalSampleId:
    """The ids the data provider's own system gives the sample (外部样品编号).

    Attributes:
        sample_id (None | str): The provider's sample id (外部样品编号).
        sample_id_alt (None | str): An alternative provider id (备用外部样品编号).
    """

    sample_id: None | str
    sample_id_alt: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sample_id: None | str
        sample_id = self.sample_id

        sample_id_alt: None | str
        sample_id_alt = self.sample_id_alt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sample_id": sample_id,
                "sample_id_alt": sample_id_alt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_sample_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sample_id = _parse_sample_id(d.pop("sample_id"))

        def _parse_sample_id_alt(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sample_id_alt = _parse_sample_id_alt(d.pop("sample_id_alt"))

        external_sample_id = cls(
            sample_id=sample_id,
            sample_id_alt=sample_id_alt,
        )

        external_sample_id.additional_properties = d
        return external_sample_id

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
