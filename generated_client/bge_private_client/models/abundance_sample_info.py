from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AbundanceSampleInfo")


@_attrs_define
class AbundanceSampleInfo:
    """The sample a record belongs to.

    Attributes:
        biosample_site (str): The body site, by name (采样部位).
        biosample_id (str): A biosample id, `E-` + one capital letter + 11 digits (生物样品编号).
        sample_time (None | str): When the sample was taken, as `YYYY-MM-DDThh:mm:ss+hhmm` (采样时间).
    """

    biosample_site: str
    biosample_id: str
    sample_time: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        biosample_site = self.biosample_site

        biosample_id = self.biosample_id

        sample_time: None | str
        sample_time = self.sample_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "biosample_site": biosample_site,
                "biosample_id": biosample_id,
                "sample_time": sample_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        biosample_site = d.pop("biosample_site")

        biosample_id = d.pop("biosample_id")

        def _parse_sample_time(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sample_time = _parse_sample_time(d.pop("sample_time"))

        abundance_sample_info = cls(
            biosample_site=biosample_site,
            biosample_id=biosample_id,
            sample_time=sample_time,
        )

        abundance_sample_info.additional_properties = d
        return abundance_sample_info

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
