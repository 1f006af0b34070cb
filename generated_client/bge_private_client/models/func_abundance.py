from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.abundance_observation import AbundanceObservation
    from ..models.abundance_sample_info import AbundanceSampleInfo
    from ..models.func_coding import FuncCoding


T = TypeVar("T", bound="FuncAbundance")


@_attrs_define
class FuncAbundance:
    """The abundance of one function in a sample (功能丰度).

    Attributes:
        coding (FuncCoding): A function's id in its catalogue.
        observation (AbundanceObservation): A measured abundance.
        sample_info (AbundanceSampleInfo): The sample a record belongs to.
        data_element_id (str): A data element id, a UUID (数据元编号).
        platform_labels (list[Any] | None): Labels the platform attached to the record; null or empty when none.
    """

    coding: FuncCoding
    observation: AbundanceObservation
    sample_info: AbundanceSampleInfo
    data_element_id: str
    platform_labels: list[Any] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coding = self.coding.to_dict()

        observation = self.observation.to_dict()

        sample_info = self.sample_info.to_dict()

        data_element_id = self.data_element_id

        platform_labels: list[Any] | None
        if isinstance(self.platform_labels, list):
            platform_labels = self.platform_labels

        else:
            platform_labels = self.platform_labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coding": coding,
                "observation": observation,
                "sample_info": sample_info,
                "data_element_id": data_element_id,
                "platform_labels": platform_labels,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.abundance_observation import AbundanceObservation
        from ..models.abundance_sample_info import AbundanceSampleInfo
        from ..models.func_coding import FuncCoding

        d = dict(src_dict)
        coding = FuncCoding.from_dict(d.pop("coding"))

        observation = AbundanceObservation.from_dict(d.pop("observation"))

        sample_info = AbundanceSampleInfo.from_dict(d.pop("sample_info"))

        data_element_id = d.pop("data_element_id")

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

        func_abundance = cls(
            coding=coding,
            observation=observation,
            sample_info=sample_info,
            data_element_id=data_element_id,
            platform_labels=platform_labels,
        )

        func_abundance.additional_properties = d
        return func_abundance

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
