from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Statistics")


@_attrs_define
class Statistics:
    """Summary statistics of the data (统计信息).

    Attributes:
        coverage (float | None): Coverage (覆盖度).
        depth (float | None): Sequencing depth (测序深度).
        base_pairs (int | None): Base pairs (碱基对数).
        variant_counting (int | None): Variants counted (变异数).
        human_contamination (float | None): Human contamination share (人源污染比例).
    """

    coverage: float | None
    depth: float | None
    base_pairs: int | None
    variant_counting: int | None
    human_contamination: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coverage: float | None
        coverage = self.coverage

        depth: float | None
        depth = self.depth

        base_pairs: int | None
        base_pairs = self.base_pairs

        variant_counting: int | None
        variant_counting = self.variant_counting

        human_contamination: float | None
        human_contamination = self.human_contamination

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coverage": coverage,
                "depth": depth,
                "base_pairs": base_pairs,
                "variant_counting": variant_counting,
                "human_contamination": human_contamination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_coverage(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        coverage = _parse_coverage(d.pop("coverage"))

        def _parse_depth(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        depth = _parse_depth(d.pop("depth"))

        def _parse_base_pairs(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        base_pairs = _parse_base_pairs(d.pop("base_pairs"))

        def _parse_variant_counting(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        variant_counting = _parse_variant_counting(d.pop("variant_counting"))

        def _parse_human_contamination(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        human_contamination = _parse_human_contamination(d.pop("human_contamination"))

        statistics = cls(
            coverage=coverage,
            depth=depth,
            base_pairs=base_pairs,
            variant_counting=variant_counting,
            human_contamination=human_contamination,
        )

        statistics.additional_properties = d
        return statistics

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
