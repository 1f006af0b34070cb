from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Sequencing")


@_attrs_define
class Sequencing:
    """The sequencing run and raw/clean data QC (测序信息).

    Attributes:
        platform (None | str): Sequencing platform (测序平台).
        instrument_model (None | str): Instrument model (仪器型号).
        instrument_serial_number (None | str): Instrument serial number (仪器序列号).
        read_type (None | str): Read type, e.g. `PE100` (读长类型).
        slide_id (None | str): Flow cell / slide id (芯片编号).
        lane_id (None | str): Lane id (通道编号).
        barcode (None | str): Barcode (标签序列).
        sequencing_time (None | str): When it was sequenced (测序时间).
        raw_data_readnum (int | None): Raw reads (原始数据 reads 数).
        raw_data_basenum (int | None): Raw bases (原始数据碱基数).
        raw_data_gc_content (float | None): Raw GC content (原始数据 GC 含量).
        raw_data_n_count (int | None): Raw N bases (原始数据 N 碱基数).
        raw_data_q20 (float | None): Raw Q20 share (原始数据 Q20).
        raw_data_q30 (float | None): Raw Q30 share (原始数据 Q30).
        clean_data_readnum (int | None): Clean reads (过滤后 reads 数).
        clean_data_basenum (int | None): Clean bases (过滤后碱基数).
        clean_data_gc_content (float | None): Clean GC content (过滤后 GC 含量).
        clean_data_n_count (int | None): Clean N bases (过滤后 N 碱基数).
        clean_data_q20 (float | None): Clean Q20 share (过滤后 Q20).
        clean_data_q30 (float | None): Clean Q30 share (过滤后 Q30).
        fastq_backup_location (None | str): Where the FASTQ files are kept (FASTQ 备份位置).
    """

    platform: None | str
    instrument_model: None | str
    instrument_serial_number: None | str
    read_type: None | str
    slide_id: None | str
    lane_id: None | str
    barcode: None | str
    sequencing_time: None | str
    raw_data_readnum: int | None
    raw_data_basenum: int | None
    raw_data_gc_content: float | None
    raw_data_n_count: int | None
    raw_data_q20: float | None
    raw_data_q30: float | None
    clean_data_readnum: int | None
    clean_data_basenum: int | None
    clean_data_gc_content: float | None
    clean_data_n_count: int | None
    clean_data_q20: float | None
    clean_data_q30: float | None
    fastq_backup_location: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform: None | str
        platform = self.platform

        instrument_model: None | str
        instrument_model = self.instrument_model

        instrument_serial_number: None | str
        instrument_serial_number = self.instrument_serial_number

        read_type: None | str
        read_type = self.read_type

        slide_id: None | str
        slide_id = self.slide_id

        lane_id: None | str
        lane_id = self.lane_id

        barcode: None | str
        barcode = self.barcode

        sequencing_time: None | str
        sequencing_time = self.sequencing_time

        raw_data_readnum: int | None
        raw_data_readnum = self.raw_data_readnum

        raw_data_basenum: int | None
        raw_data_basenum = self.raw_data_basenum

        raw_data_gc_content: float | None
        raw_data_gc_content = self.raw_data_gc_content

        raw_data_n_count: int | None
        raw_data_n_count = self.raw_data_n_count

        raw_data_q20: float | None
        raw_data_q20 = self.raw_data_q20

        raw_data_q30: float | None
        raw_data_q30 = self.raw_data_q30

        clean_data_readnum: int | None
        clean_data_readnum = self.clean_data_readnum

        clean_data_basenum: int | None
        clean_data_basenum = self.clean_data_basenum

        clean_data_gc_content: float | None
        clean_data_gc_content = self.clean_data_gc_content

        clean_data_n_count: int | None
        clean_data_n_count = self.clean_data_n_count

        clean_data_q20: float | None
        clean_data_q20 = self.clean_data_q20

        clean_data_q30: float | None
        clean_data_q30 = self.clean_data_q30

        fastq_backup_location: None | str
        fastq_backup_location = self.fastq_backup_location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform": platform,
                "instrument_model": instrument_model,
                "instrument_serial_number": instrument_serial_number,
                "read_type": read_type,
                "slide_id": slide_id,
                "lane_id": lane_id,
                "barcode": barcode,
                "sequencing_time": sequencing_time,
                "raw_data_readnum": raw_data_readnum,
                "raw_data_basenum": raw_data_basenum,
                "raw_data_gc_content": raw_data_gc_content,
                "raw_data_n_count": raw_data_n_count,
                "raw_data_q20": raw_data_q20,
                "raw_data_q30": raw_data_q30,
                "clean_data_readnum": clean_data_readnum,
                "clean_data_basenum": clean_data_basenum,
                "clean_data_gc_content": clean_data_gc_content,
                "clean_data_n_count": clean_data_n_count,
                "clean_data_q20": clean_data_q20,
                "clean_data_q30": clean_data_q30,
                "fastq_backup_location": fastq_backup_location,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_platform(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        platform = _parse_platform(d.pop("platform"))

        def _parse_instrument_model(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        instrument_model = _parse_instrument_model(d.pop("instrument_model"))

        def _parse_instrument_serial_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        instrument_serial_number = _parse_instrument_serial_number(d.pop("instrument_serial_number"))

        def _parse_read_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        read_type = _parse_read_type(d.pop("read_type"))

        def _parse_slide_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        slide_id = _parse_slide_id(d.pop("slide_id"))

        def _parse_lane_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        lane_id = _parse_lane_id(d.pop("lane_id"))

        def _parse_barcode(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        barcode = _parse_barcode(d.pop("barcode"))

        def _parse_sequencing_time(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sequencing_time = _parse_sequencing_time(d.pop("sequencing_time"))

        def _parse_raw_data_readnum(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        raw_data_readnum = _parse_raw_data_readnum(d.pop("raw_data_readnum"))

        def _parse_raw_data_basenum(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        raw_data_basenum = _parse_raw_data_basenum(d.pop("raw_data_basenum"))

        def _parse_raw_data_gc_content(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        raw_data_gc_content = _parse_raw_data_gc_content(d.pop("raw_data_gc_content"))

        def _parse_raw_data_n_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        raw_data_n_count = _parse_raw_data_n_count(d.pop("raw_data_n_count"))

        def _parse_raw_data_q20(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        raw_data_q20 = _parse_raw_data_q20(d.pop("raw_data_q20"))

        def _parse_raw_data_q30(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        raw_data_q30 = _parse_raw_data_q30(d.pop("raw_data_q30"))

        def _parse_clean_data_readnum(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        clean_data_readnum = _parse_clean_data_readnum(d.pop("clean_data_readnum"))

        def _parse_clean_data_basenum(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        clean_data_basenum = _parse_clean_data_basenum(d.pop("clean_data_basenum"))

        def _parse_clean_data_gc_content(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        clean_data_gc_content = _parse_clean_data_gc_content(d.pop("clean_data_gc_content"))

        def _parse_clean_data_n_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        clean_data_n_count = _parse_clean_data_n_count(d.pop("clean_data_n_count"))

        def _parse_clean_data_q20(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        clean_data_q20 = _parse_clean_data_q20(d.pop("clean_data_q20"))

        def _parse_clean_data_q30(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        clean_data_q30 = _parse_clean_data_q30(d.pop("clean_data_q30"))

        def _parse_fastq_backup_location(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        fastq_backup_location = _parse_fastq_backup_location(d.pop("fastq_backup_location"))

        sequencing = cls(
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
        )

        sequencing.additional_properties = d
        return sequencing

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
