from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Alignment")


@_attrs_define
class Alignment:
    """Alignment QC (比对信息).

    Attributes:
        mapping_rate (float | None): Mapping rate (比对率).
        pe_mapping_rate (float | None): Paired-end mapping rate (双端比对率).
        duplication_rate (float | None): Duplication rate (重复率).
        mismatch_rate (float | None): Mismatch rate (错配率).
        chimerical_rate (float | None): Chimeric read rate (嵌合率).
        calculated_insert_size (float | None): Measured insert size (实测插入片段长度).
        capture_rate_on_reads (float | None): Capture rate on reads (reads 捕获率).
        capture_rate_on_bases (float | None): Capture rate on bases (碱基捕获率).
        average_depth_rmdup (float | None): Mean depth after deduplication (去重后平均深度).
        coverage_gteq_1_fold (float | None): Share covered ≥1× (≥1X 覆盖度).
        coverage_gteq_2_fold (float | None): Share covered ≥2× (≥2X 覆盖度).
        coverage_gteq_3_fold (float | None): Share covered ≥3× (≥3X 覆盖度).
        coverage_gteq_4_fold (float | None): Share covered ≥4× (≥4X 覆盖度).
        coverage_gteq_5_fold (float | None): Share covered ≥5× (≥5X 覆盖度).
        coverage_gteq_10_fold (float | None): Share covered ≥10× (≥10X 覆盖度).
        coverage_gteq_20_fold (float | None): Share covered ≥20× (≥20X 覆盖度).
        coverage_gteq_30_fold (float | None): Share covered ≥30× (≥30X 覆盖度).
        coverage_gteq_100_fold (float | None): Share covered ≥100× (≥100X 覆盖度).
        uniformity_gt_point_2_fold (float | None): Share above 0.2× mean depth (均一性).
    """

    mapping_rate: float | None
    pe_mapping_rate: float | None
    duplication_rate: float | None
    mismatch_rate: float | None
    chimerical_rate: float | None
    calculated_insert_size: float | None
    capture_rate_on_reads: float | None
    capture_rate_on_bases: float | None
    average_depth_rmdup: float | None
    coverage_gteq_1_fold: float | None
    coverage_gteq_2_fold: float | None
    coverage_gteq_3_fold: float | None
    coverage_gteq_4_fold: float | None
    coverage_gteq_5_fold: float | None
    coverage_gteq_10_fold: float | None
    coverage_gteq_20_fold: float | None
    coverage_gteq_30_fold: float | None
    coverage_gteq_100_fold: float | None
    uniformity_gt_point_2_fold: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mapping_rate: float | None
        mapping_rate = self.mapping_rate

        pe_mapping_rate: float | None
        pe_mapping_rate = self.pe_mapping_rate

        duplication_rate: float | None
        duplication_rate = self.duplication_rate

        mismatch_rate: float | None
        mismatch_rate = self.mismatch_rate

        chimerical_rate: float | None
        chimerical_rate = self.chimerical_rate

        calculated_insert_size: float | None
        calculated_insert_size = self.calculated_insert_size

        capture_rate_on_reads: float | None
        capture_rate_on_reads = self.capture_rate_on_reads

        capture_rate_on_bases: float | None
        capture_rate_on_bases = self.capture_rate_on_bases

        average_depth_rmdup: float | None
        average_depth_rmdup = self.average_depth_rmdup

        coverage_gteq_1_fold: float | None
        coverage_gteq_1_fold = self.coverage_gteq_1_fold

        coverage_gteq_2_fold: float | None
        coverage_gteq_2_fold = self.coverage_gteq_2_fold

        coverage_gteq_3_fold: float | None
        coverage_gteq_3_fold = self.coverage_gteq_3_fold

        coverage_gteq_4_fold: float | None
        coverage_gteq_4_fold = self.coverage_gteq_4_fold

        coverage_gteq_5_fold: float | None
        coverage_gteq_5_fold = self.coverage_gteq_5_fold

        coverage_gteq_10_fold: float | None
        coverage_gteq_10_fold = self.coverage_gteq_10_fold

        coverage_gteq_20_fold: float | None
        coverage_gteq_20_fold = self.coverage_gteq_20_fold

        coverage_gteq_30_fold: float | None
        coverage_gteq_30_fold = self.coverage_gteq_30_fold

        coverage_gteq_100_fold: float | None
        coverage_gteq_100_fold = self.coverage_gteq_100_fold

        uniformity_gt_point_2_fold: float | None
        uniformity_gt_point_2_fold = self.uniformity_gt_point_2_fold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mapping_rate": mapping_rate,
                "pe_mapping_rate": pe_mapping_rate,
                "duplication_rate": duplication_rate,
                "mismatch_rate": mismatch_rate,
                "chimerical_rate": chimerical_rate,
                "calculated_insert_size": calculated_insert_size,
                "capture_rate_on_reads": capture_rate_on_reads,
                "capture_rate_on_bases": capture_rate_on_bases,
                "average_depth_rmdup": average_depth_rmdup,
                "coverage_gteq_1_fold": coverage_gteq_1_fold,
                "coverage_gteq_2_fold": coverage_gteq_2_fold,
                "coverage_gteq_3_fold": coverage_gteq_3_fold,
                "coverage_gteq_4_fold": coverage_gteq_4_fold,
                "coverage_gteq_5_fold": coverage_gteq_5_fold,
                "coverage_gteq_10_fold": coverage_gteq_10_fold,
                "coverage_gteq_20_fold": coverage_gteq_20_fold,
                "coverage_gteq_30_fold": coverage_gteq_30_fold,
                "coverage_gteq_100_fold": coverage_gteq_100_fold,
                "uniformity_gt_point_2_fold": uniformity_gt_point_2_fold,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_mapping_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        mapping_rate = _parse_mapping_rate(d.pop("mapping_rate"))

        def _parse_pe_mapping_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        pe_mapping_rate = _parse_pe_mapping_rate(d.pop("pe_mapping_rate"))

        def _parse_duplication_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        duplication_rate = _parse_duplication_rate(d.pop("duplication_rate"))

        def _parse_mismatch_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        mismatch_rate = _parse_mismatch_rate(d.pop("mismatch_rate"))

        def _parse_chimerical_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        chimerical_rate = _parse_chimerical_rate(d.pop("chimerical_rate"))

        def _parse_calculated_insert_size(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        calculated_insert_size = _parse_calculated_insert_size(d.pop("calculated_insert_size"))

        def _parse_capture_rate_on_reads(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        capture_rate_on_reads = _parse_capture_rate_on_reads(d.pop("capture_rate_on_reads"))

        def _parse_capture_rate_on_bases(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        capture_rate_on_bases = _parse_capture_rate_on_bases(d.pop("capture_rate_on_bases"))

        def _parse_average_depth_rmdup(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        average_depth_rmdup = _parse_average_depth_rmdup(d.pop("average_depth_rmdup"))

        def _parse_coverage_gteq_1_fold(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        coverage_gteq_1_fold = _parse_coverage_gteq_1_fold(d.pop("coverage_gteq_1_fold"))

        def _parse_coverage_gteq_2_fold(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        coverage_gteq_2_fold = _parse_coverage_gteq_2_fold(d.pop("coverage_gteq_2_fold"))

        def _parse_coverage_gteq_3_fold(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        coverage_gteq_3_fold = _parse_coverage_gteq_3_fold(d.pop("coverage_gteq_3_fold"))

        def _parse_coverage_gteq_4_fold(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        coverage_gteq_4_fold = _parse_coverage_gteq_4_fold(d.pop("coverage_gteq_4_fold"))

        def _parse_coverage_gteq_5_fold(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        coverage_gteq_5_fold = _parse_coverage_gteq_5_fold(d.pop("coverage_gteq_5_fold"))

        def _parse_coverage_gteq_10_fold(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        coverage_gteq_10_fold = _parse_coverage_gteq_10_fold(d.pop("coverage_gteq_10_fold"))

        def _parse_coverage_gteq_20_fold(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        coverage_gteq_20_fold = _parse_coverage_gteq_20_fold(d.pop("coverage_gteq_20_fold"))

        def _parse_coverage_gteq_30_fold(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        coverage_gteq_30_fold = _parse_coverage_gteq_30_fold(d.pop("coverage_gteq_30_fold"))

        def _parse_coverage_gteq_100_fold(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        coverage_gteq_100_fold = _parse_coverage_gteq_100_fold(d.pop("coverage_gteq_100_fold"))

        def _parse_uniformity_gt_point_2_fold(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        uniformity_gt_point_2_fold = _parse_uniformity_gt_point_2_fold(d.pop("uniformity_gt_point_2_fold"))

        alignment = cls(
            mapping_rate=mapping_rate,
            pe_mapping_rate=pe_mapping_rate,
            duplication_rate=duplication_rate,
            mismatch_rate=mismatch_rate,
            chimerical_rate=chimerical_rate,
            calculated_insert_size=calculated_insert_size,
            capture_rate_on_reads=capture_rate_on_reads,
            capture_rate_on_bases=capture_rate_on_bases,
            average_depth_rmdup=average_depth_rmdup,
            coverage_gteq_1_fold=coverage_gteq_1_fold,
            coverage_gteq_2_fold=coverage_gteq_2_fold,
            coverage_gteq_3_fold=coverage_gteq_3_fold,
            coverage_gteq_4_fold=coverage_gteq_4_fold,
            coverage_gteq_5_fold=coverage_gteq_5_fold,
            coverage_gteq_10_fold=coverage_gteq_10_fold,
            coverage_gteq_20_fold=coverage_gteq_20_fold,
            coverage_gteq_30_fold=coverage_gteq_30_fold,
            coverage_gteq_100_fold=coverage_gteq_100_fold,
            uniformity_gt_point_2_fold=uniformity_gt_point_2_fold,
        )

        alignment.additional_properties = d
        return alignment

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
