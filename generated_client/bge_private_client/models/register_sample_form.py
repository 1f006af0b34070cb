from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegisterSampleForm")


@_attrs_define
class RegisterSampleForm:
    """The sample's site and project, an optional external id, and any attributes.

    Attributes:
        biosample_site (int): Where the sample was taken, a code from 1 to 14 (采样部位，取值范围：1-14).
        project_id (str): A project id, `P-` + one capital letter + 11 digits (项目编号).
        sample_id_alt (str | Unset): An alternative provider id (备用外部样品编号).
        budget_execution_unit_id (str | Unset): Budget execution unit (预算执行单元).
        sample_time (str | Unset): When the sample was taken (采样时间).
        library_id (str | Unset): Library id (文库编号).
        library_strategy (str | Unset): Sequencing strategy (建库策略).
        library_source (str | Unset): Source material (文库来源).
        library_selection (str | Unset): Selection method (文库选择方法).
        library_layout (str | Unset): SINGLE or PAIRED (单端或双端).
        insert_size (int | Unset): Insert size in bp (插入片段长度).
        nominal_size (int | Unset): Nominal fragment size in bp (标称片段长度).
        dnb_id (str | Unset): DNA nanoball id (DNB 编号).
        platform (str | Unset): Sequencing platform (测序平台).
        instrument_model (str | Unset): Instrument model (仪器型号).
        instrument_serial_number (str | Unset): Instrument serial number (仪器序列号).
        read_type (str | Unset): Read type (读长类型).
        slide_id (str | Unset): Flow cell / slide id (芯片编号).
        lane_id (str | Unset): Lane id (通道编号).
        barcode (str | Unset): Barcode (标签序列).
        sequencing_time (str | Unset): When it was sequenced (测序时间).
        raw_data_readnum (int | Unset): Raw reads (原始数据 reads 数).
        raw_data_basenum (int | Unset): Raw bases (原始数据碱基数).
        raw_data_gc_content (float | Unset): Raw GC content (原始数据 GC 含量).
        raw_data_n_count (int | Unset): Raw N bases (原始数据 N 碱基数).
        raw_data_q20 (float | Unset): Raw Q20 share (原始数据 Q20).
        raw_data_q30 (float | Unset): Raw Q30 share (原始数据 Q30).
        clean_data_readnum (int | Unset): Clean reads (过滤后 reads 数).
        clean_data_basenum (int | Unset): Clean bases (过滤后碱基数).
        clean_data_gc_content (float | Unset): Clean GC content (过滤后 GC 含量).
        clean_data_n_count (int | Unset): Clean N bases (过滤后 N 碱基数).
        clean_data_q20 (float | Unset): Clean Q20 share (过滤后 Q20).
        clean_data_q30 (float | Unset): Clean Q30 share (过滤后 Q30).
        fastq_backup_location (str | Unset): Where the FASTQ files are kept (FASTQ 备份位置).
        coverage (float | Unset): Coverage (覆盖度).
        depth (float | Unset): Sequencing depth (测序深度).
        base_pairs (int | Unset): Base pairs (碱基对数).
        variant_counting (int | Unset): Variants counted (变异数).
        human_contamination (float | Unset): Human contamination share (人源污染比例).
        mapping_rate (float | Unset): Mapping rate (比对率).
        pe_mapping_rate (float | Unset): Paired-end mapping rate (双端比对率).
        duplication_rate (float | Unset): Duplication rate (重复率).
        mismatch_rate (float | Unset): Mismatch rate (错配率).
        chimerical_rate (float | Unset): Chimeric read rate (嵌合率).
        calculated_insert_size (float | Unset): Measured insert size (实测插入片段长度).
        capture_rate_on_reads (float | Unset): Capture rate on reads (reads 捕获率).
        capture_rate_on_bases (float | Unset): Capture rate on bases (碱基捕获率).
        average_depth_rmdup (float | Unset): Mean depth after deduplication (去重后平均深度).
        coverage_gteq_1_fold (float | Unset): Share covered ≥1× (≥1X 覆盖度).
        coverage_gteq_2_fold (float | Unset): Share covered ≥2× (≥2X 覆盖度).
        coverage_gteq_3_fold (float | Unset): Share covered ≥3× (≥3X 覆盖度).
        coverage_gteq_4_fold (float | Unset): Share covered ≥4× (≥4X 覆盖度).
        coverage_gteq_5_fold (float | Unset): Share covered ≥5× (≥5X 覆盖度).
        coverage_gteq_10_fold (float | Unset): Share covered ≥10× (≥10X 覆盖度).
        coverage_gteq_20_fold (float | Unset): Share covered ≥20× (≥20X 覆盖度).
        coverage_gteq_30_fold (float | Unset): Share covered ≥30× (≥30X 覆盖度).
        coverage_gteq_100_fold (float | Unset): Share covered ≥100× (≥100X 覆盖度).
        uniformity_gt_point_2_fold (float | Unset): Share above 0.2× mean depth (均一性).
        external_sample_id (str | Unset): An id the caller's own system gives the sample; no commas, control characters
            or bidirectional controls (外部生物样品 id).
    """

    biosample_site: int
    project_id: str
    sample_id_alt: str | Unset = UNSET
    budget_execution_unit_id: str | Unset = UNSET
    sample_time: str | Unset = UNSET
    library_id: str | Unset = UNSET
    library_strategy: str | Unset = UNSET
    library_source: str | Unset = UNSET
    library_selection: str | Unset = UNSET
    library_layout: str | Unset = UNSET
    insert_size: int | Unset = UNSET
    nominal_size: int | Unset = UNSET
    dnb_id: str | Unset = UNSET
    platform: str | Unset = UNSET
    instrument_model: str | Unset = UNSET
    instrument_serial_number: str | Unset = UNSET
    read_type: str | Unset = UNSET
    slide_id: str | Unset = UNSET
    lane_id: str | Unset = UNSET
    barcode: str | Unset = UNSET
    sequencing_time: str | Unset = UNSET
    raw_data_readnum: int | Unset = UNSET
    raw_data_basenum: int | Unset = UNSET
    raw_data_gc_content: float | Unset = UNSET
    raw_data_n_count: int | Unset = UNSET
    raw_data_q20: float | Unset = UNSET
    raw_data_q30: float | Unset = UNSET
    clean_data_readnum: int | Unset = UNSET
    clean_data_basenum: int | Unset = UNSET
    clean_data_gc_content: float | Unset = UNSET
    clean_data_n_count: int | Unset = UNSET
    clean_data_q20: float | Unset = UNSET
    clean_data_q30: float | Unset = UNSET
    fastq_backup_location: str | Unset = UNSET
    coverage: float | Unset = UNSET
    depth: float | Unset = UNSET
    base_pairs: int | Unset = UNSET
    variant_counting: int | Unset = UNSET
    human_contamination: float | Unset = UNSET
    mapping_rate: float | Unset = UNSET
    pe_mapping_rate: float | Unset = UNSET
    duplication_rate: float | Unset = UNSET
    mismatch_rate: float | Unset = UNSET
    chimerical_rate: float | Unset = UNSET
    calculated_insert_size: float | Unset = UNSET
    capture_rate_on_reads: float | Unset = UNSET
    capture_rate_on_bases: float | Unset = UNSET
    average_depth_rmdup: float | Unset = UNSET
    coverage_gteq_1_fold: float | Unset = UNSET
    coverage_gteq_2_fold: float | Unset = UNSET
    coverage_gteq_3_fold: float | Unset = UNSET
    coverage_gteq_4_fold: float | Unset = UNSET
    coverage_gteq_5_fold: float | Unset = UNSET
    coverage_gteq_10_fold: float | Unset = UNSET
    coverage_gteq_20_fold: float | Unset = UNSET
    coverage_gteq_30_fold: float | Unset = UNSET
    coverage_gteq_100_fold: float | Unset = UNSET
    uniformity_gt_point_2_fold: float | Unset = UNSET
    external_sample_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        biosample_site = self.biosample_site

        project_id = self.project_id

        sample_id_alt = self.sample_id_alt

        budget_execution_unit_id = self.budget_execution_unit_id

        sample_time = self.sample_time

        library_id = self.library_id

        library_strategy = self.library_strategy

        library_source = self.library_source

        library_selection = self.library_selection

        library_layout = self.library_layout

        insert_size = self.insert_size

        nominal_size = self.nominal_size

        dnb_id = self.dnb_id

        platform = self.platform

        instrument_model = self.instrument_model

        instrument_serial_number = self.instrument_serial_number

        read_type = self.read_type

        slide_id = self.slide_id

        lane_id = self.lane_id

        barcode = self.barcode

        sequencing_time = self.sequencing_time

        raw_data_readnum = self.raw_data_readnum

        raw_data_basenum = self.raw_data_basenum

        raw_data_gc_content = self.raw_data_gc_content

        raw_data_n_count = self.raw_data_n_count

        raw_data_q20 = self.raw_data_q20

        raw_data_q30 = self.raw_data_q30

        clean_data_readnum = self.clean_data_readnum

        clean_data_basenum = self.clean_data_basenum

        clean_data_gc_content = self.clean_data_gc_content

        clean_data_n_count = self.clean_data_n_count

        clean_data_q20 = self.clean_data_q20

        clean_data_q30 = self.clean_data_q30

        fastq_backup_location = self.fastq_backup_location

        coverage = self.coverage

        depth = self.depth

        base_pairs = self.base_pairs

        variant_counting = self.variant_counting

        human_contamination = self.human_contamination

        mapping_rate = self.mapping_rate

        pe_mapping_rate = self.pe_mapping_rate

        duplication_rate = self.duplication_rate

        mismatch_rate = self.mismatch_rate

        chimerical_rate = self.chimerical_rate

        calculated_insert_size = self.calculated_insert_size

        capture_rate_on_reads = self.capture_rate_on_reads

        capture_rate_on_bases = self.capture_rate_on_bases

        average_depth_rmdup = self.average_depth_rmdup

        coverage_gteq_1_fold = self.coverage_gteq_1_fold

        coverage_gteq_2_fold = self.coverage_gteq_2_fold

        coverage_gteq_3_fold = self.coverage_gteq_3_fold

        coverage_gteq_4_fold = self.coverage_gteq_4_fold

        coverage_gteq_5_fold = self.coverage_gteq_5_fold

        coverage_gteq_10_fold = self.coverage_gteq_10_fold

        coverage_gteq_20_fold = self.coverage_gteq_20_fold

        coverage_gteq_30_fold = self.coverage_gteq_30_fold

        coverage_gteq_100_fold = self.coverage_gteq_100_fold

        uniformity_gt_point_2_fold = self.uniformity_gt_point_2_fold

        external_sample_id = self.external_sample_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "biosample_site": biosample_site,
                "project_id": project_id,
            }
        )
        if sample_id_alt is not UNSET:
            field_dict["sample_id_alt"] = sample_id_alt
        if budget_execution_unit_id is not UNSET:
            field_dict["budget_execution_unit_id"] = budget_execution_unit_id
        if sample_time is not UNSET:
            field_dict["sample_time"] = sample_time
        if library_id is not UNSET:
            field_dict["library_id"] = library_id
        if library_strategy is not UNSET:
            field_dict["library_strategy"] = library_strategy
        if library_source is not UNSET:
            field_dict["library_source"] = library_source
        if library_selection is not UNSET:
            field_dict["library_selection"] = library_selection
        if library_layout is not UNSET:
            field_dict["library_layout"] = library_layout
        if insert_size is not UNSET:
            field_dict["insert_size"] = insert_size
        if nominal_size is not UNSET:
            field_dict["nominal_size"] = nominal_size
        if dnb_id is not UNSET:
            field_dict["dnb_id"] = dnb_id
        if platform is not UNSET:
            field_dict["platform"] = platform
        if instrument_model is not UNSET:
            field_dict["instrument_model"] = instrument_model
        if instrument_serial_number is not UNSET:
            field_dict["instrument_serial_number"] = instrument_serial_number
        if read_type is not UNSET:
            field_dict["read_type"] = read_type
        if slide_id is not UNSET:
            field_dict["slide_id"] = slide_id
        if lane_id is not UNSET:
            field_dict["lane_id"] = lane_id
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if sequencing_time is not UNSET:
            field_dict["sequencing_time"] = sequencing_time
        if raw_data_readnum is not UNSET:
            field_dict["raw_data_readnum"] = raw_data_readnum
        if raw_data_basenum is not UNSET:
            field_dict["raw_data_basenum"] = raw_data_basenum
        if raw_data_gc_content is not UNSET:
            field_dict["raw_data_gc_content"] = raw_data_gc_content
        if raw_data_n_count is not UNSET:
            field_dict["raw_data_n_count"] = raw_data_n_count
        if raw_data_q20 is not UNSET:
            field_dict["raw_data_q20"] = raw_data_q20
        if raw_data_q30 is not UNSET:
            field_dict["raw_data_q30"] = raw_data_q30
        if clean_data_readnum is not UNSET:
            field_dict["clean_data_readnum"] = clean_data_readnum
        if clean_data_basenum is not UNSET:
            field_dict["clean_data_basenum"] = clean_data_basenum
        if clean_data_gc_content is not UNSET:
            field_dict["clean_data_gc_content"] = clean_data_gc_content
        if clean_data_n_count is not UNSET:
            field_dict["clean_data_n_count"] = clean_data_n_count
        if clean_data_q20 is not UNSET:
            field_dict["clean_data_q20"] = clean_data_q20
        if clean_data_q30 is not UNSET:
            field_dict["clean_data_q30"] = clean_data_q30
        if fastq_backup_location is not UNSET:
            field_dict["fastq_backup_location"] = fastq_backup_location
        if coverage is not UNSET:
            field_dict["coverage"] = coverage
        if depth is not UNSET:
            field_dict["depth"] = depth
        if base_pairs is not UNSET:
            field_dict["base_pairs"] = base_pairs
        if variant_counting is not UNSET:
            field_dict["variant_counting"] = variant_counting
        if human_contamination is not UNSET:
            field_dict["human_contamination"] = human_contamination
        if mapping_rate is not UNSET:
            field_dict["mapping_rate"] = mapping_rate
        if pe_mapping_rate is not UNSET:
            field_dict["pe_mapping_rate"] = pe_mapping_rate
        if duplication_rate is not UNSET:
            field_dict["duplication_rate"] = duplication_rate
        if mismatch_rate is not UNSET:
            field_dict["mismatch_rate"] = mismatch_rate
        if chimerical_rate is not UNSET:
            field_dict["chimerical_rate"] = chimerical_rate
        if calculated_insert_size is not UNSET:
            field_dict["calculated_insert_size"] = calculated_insert_size
        if capture_rate_on_reads is not UNSET:
            field_dict["capture_rate_on_reads"] = capture_rate_on_reads
        if capture_rate_on_bases is not UNSET:
            field_dict["capture_rate_on_bases"] = capture_rate_on_bases
        if average_depth_rmdup is not UNSET:
            field_dict["average_depth_rmdup"] = average_depth_rmdup
        if coverage_gteq_1_fold is not UNSET:
            field_dict["coverage_gteq_1_fold"] = coverage_gteq_1_fold
        if coverage_gteq_2_fold is not UNSET:
            field_dict["coverage_gteq_2_fold"] = coverage_gteq_2_fold
        if coverage_gteq_3_fold is not UNSET:
            field_dict["coverage_gteq_3_fold"] = coverage_gteq_3_fold
        if coverage_gteq_4_fold is not UNSET:
            field_dict["coverage_gteq_4_fold"] = coverage_gteq_4_fold
        if coverage_gteq_5_fold is not UNSET:
            field_dict["coverage_gteq_5_fold"] = coverage_gteq_5_fold
        if coverage_gteq_10_fold is not UNSET:
            field_dict["coverage_gteq_10_fold"] = coverage_gteq_10_fold
        if coverage_gteq_20_fold is not UNSET:
            field_dict["coverage_gteq_20_fold"] = coverage_gteq_20_fold
        if coverage_gteq_30_fold is not UNSET:
            field_dict["coverage_gteq_30_fold"] = coverage_gteq_30_fold
        if coverage_gteq_100_fold is not UNSET:
            field_dict["coverage_gteq_100_fold"] = coverage_gteq_100_fold
        if uniformity_gt_point_2_fold is not UNSET:
            field_dict["uniformity_gt_point_2_fold"] = uniformity_gt_point_2_fold
        if external_sample_id is not UNSET:
            field_dict["external_sample_id"] = external_sample_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        biosample_site = d.pop("biosample_site")

        project_id = d.pop("project_id")

        sample_id_alt = d.pop("sample_id_alt", UNSET)

        budget_execution_unit_id = d.pop("budget_execution_unit_id", UNSET)

        sample_time = d.pop("sample_time", UNSET)

        library_id = d.pop("library_id", UNSET)

        library_strategy = d.pop("library_strategy", UNSET)

        library_source = d.pop("library_source", UNSET)

        library_selection = d.pop("library_selection", UNSET)

        library_layout = d.pop("library_layout", UNSET)

        insert_size = d.pop("insert_size", UNSET)

        nominal_size = d.pop("nominal_size", UNSET)

        dnb_id = d.pop("dnb_id", UNSET)

        platform = d.pop("platform", UNSET)

        instrument_model = d.pop("instrument_model", UNSET)

        instrument_serial_number = d.pop("instrument_serial_number", UNSET)

        read_type = d.pop("read_type", UNSET)

        slide_id = d.pop("slide_id", UNSET)

        lane_id = d.pop("lane_id", UNSET)

        barcode = d.pop("barcode", UNSET)

        sequencing_time = d.pop("sequencing_time", UNSET)

        raw_data_readnum = d.pop("raw_data_readnum", UNSET)

        raw_data_basenum = d.pop("raw_data_basenum", UNSET)

        raw_data_gc_content = d.pop("raw_data_gc_content", UNSET)

        raw_data_n_count = d.pop("raw_data_n_count", UNSET)

        raw_data_q20 = d.pop("raw_data_q20", UNSET)

        raw_data_q30 = d.pop("raw_data_q30", UNSET)

        clean_data_readnum = d.pop("clean_data_readnum", UNSET)

        clean_data_basenum = d.pop("clean_data_basenum", UNSET)

        clean_data_gc_content = d.pop("clean_data_gc_content", UNSET)

        clean_data_n_count = d.pop("clean_data_n_count", UNSET)

        clean_data_q20 = d.pop("clean_data_q20", UNSET)

        clean_data_q30 = d.pop("clean_data_q30", UNSET)

        fastq_backup_location = d.pop("fastq_backup_location", UNSET)

        coverage = d.pop("coverage", UNSET)

        depth = d.pop("depth", UNSET)

        base_pairs = d.pop("base_pairs", UNSET)

        variant_counting = d.pop("variant_counting", UNSET)

        human_contamination = d.pop("human_contamination", UNSET)

        mapping_rate = d.pop("mapping_rate", UNSET)

        pe_mapping_rate = d.pop("pe_mapping_rate", UNSET)

        duplication_rate = d.pop("duplication_rate", UNSET)

        mismatch_rate = d.pop("mismatch_rate", UNSET)

        chimerical_rate = d.pop("chimerical_rate", UNSET)

        calculated_insert_size = d.pop("calculated_insert_size", UNSET)

        capture_rate_on_reads = d.pop("capture_rate_on_reads", UNSET)

        capture_rate_on_bases = d.pop("capture_rate_on_bases", UNSET)

        average_depth_rmdup = d.pop("average_depth_rmdup", UNSET)

        coverage_gteq_1_fold = d.pop("coverage_gteq_1_fold", UNSET)

        coverage_gteq_2_fold = d.pop("coverage_gteq_2_fold", UNSET)

        coverage_gteq_3_fold = d.pop("coverage_gteq_3_fold", UNSET)

        coverage_gteq_4_fold = d.pop("coverage_gteq_4_fold", UNSET)

        coverage_gteq_5_fold = d.pop("coverage_gteq_5_fold", UNSET)

        coverage_gteq_10_fold = d.pop("coverage_gteq_10_fold", UNSET)

        coverage_gteq_20_fold = d.pop("coverage_gteq_20_fold", UNSET)

        coverage_gteq_30_fold = d.pop("coverage_gteq_30_fold", UNSET)

        coverage_gteq_100_fold = d.pop("coverage_gteq_100_fold", UNSET)

        uniformity_gt_point_2_fold = d.pop("uniformity_gt_point_2_fold", UNSET)

        external_sample_id = d.pop("external_sample_id", UNSET)

        register_sample_form = cls(
            biosample_site=biosample_site,
            project_id=project_id,
            sample_id_alt=sample_id_alt,
            budget_execution_unit_id=budget_execution_unit_id,
            sample_time=sample_time,
            library_id=library_id,
            library_strategy=library_strategy,
            library_source=library_source,
            library_selection=library_selection,
            library_layout=library_layout,
            insert_size=insert_size,
            nominal_size=nominal_size,
            dnb_id=dnb_id,
            platform=platform,
            instrument_model=instrument_model,
            instrument_serial_number=instrument_serial_number,
            read_type=read_type,
            slide_id=slide_id,
            lane_id=lane_id,
            barcode=barcode,
            sequencing_time=sequencing_time,
            raw_data_readnum=raw_data_readnum,
            raw_data_basenum=raw_data_basenum,
            raw_data_gc_content=raw_data_gc_content,
            raw_data_n_count=raw_data_n_count,
            raw_data_q20=raw_data_q20,
            raw_data_q30=raw_data_q30,
            clean_data_readnum=clean_data_readnum,
            clean_data_basenum=clean_data_basenum,
            clean_data_gc_content=clean_data_gc_content,
            clean_data_n_count=clean_data_n_count,
            clean_data_q20=clean_data_q20,
            clean_data_q30=clean_data_q30,
            fastq_backup_location=fastq_backup_location,
            coverage=coverage,
            depth=depth,
            base_pairs=base_pairs,
            variant_counting=variant_counting,
            human_contamination=human_contamination,
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
            external_sample_id=external_sample_id,
        )

        register_sample_form.additional_properties = d
        return register_sample_form

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
