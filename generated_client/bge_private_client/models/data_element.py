from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_element_allele import DataElementAllele
    from ..models.data_element_annotation import DataElementAnnotation
    from ..models.data_element_info import DataElementInfo


T = TypeVar("T", bound="DataElement")


@_attrs_define
class DataElement:
    """A data element (数据元): the definition that data items and streams are values of. Its attributes depend on its kind
    (variant, disease, measurement, ...); the ones listed are those the docs show.

        Attributes:
            data_element_id (str): A data element id, a UUID (数据元编号).
            data_element_source_domain (str): The source domain (数据元来源域).
            data_element_source_id (str): The id inside the source domain (数据元来源编号).
            type_ (str | Unset): The kind of data element, e.g. `snp`.
            data_element_name (str | Unset): Name.
            data_element_name_en (str | Unset): English name.
            data_element_description (str | Unset): Description.
            category (str | Unset): Category.
            flag (int | Unset): State flag (1 in the docs' examples).
            effected_flag (str | Unset): Whether the element is in effect (`1` in the docs' example).
            uri (str | Unset): The element's URI in its source.
            icd10_code (str | Unset): ICD-10 code of a disease element.
            icd10_name_en (str | Unset): ICD-10 English name of a disease element.
            ref (str | Unset): Reference allele of a variant element.
            alt (list[DataElementAllele] | Unset): Alternate alleles of a variant element.
            chr_pos (str | Unset): Chromosome and position of a variant element, `chromosome:position`.
            db_snp_build_id (int | Unset): dbSNP build of a variant element.
            info (DataElementInfo | Unset): VCF INFO fields of a variant element, as dbSNP gives them.
            annotation (DataElementAnnotation | Unset): Annotations of a variant element; each a list of values.
    """

    data_element_id: str
    data_element_source_domain: str
    data_element_source_id: str
    type_: str | Unset = UNSET
    data_element_name: str | Unset = UNSET
    data_element_name_en: str | Unset = UNSET
    data_element_description: str | Unset = UNSET
    category: str | Unset = UNSET
    flag: int | Unset = UNSET
    effected_flag: str | Unset = UNSET
    uri: str | Unset = UNSET
    icd10_code: str | Unset = UNSET
    icd10_name_en: str | Unset = UNSET
    ref: str | Unset = UNSET
    alt: list[DataElementAllele] | Unset = UNSET
    chr_pos: str | Unset = UNSET
    db_snp_build_id: int | Unset = UNSET
    info: DataElementInfo | Unset = UNSET
    annotation: DataElementAnnotation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_element_id = self.data_element_id

        data_element_source_domain = self.data_element_source_domain

        data_element_source_id = self.data_element_source_id

        type_ = self.type_

        data_element_name = self.data_element_name

        data_element_name_en = self.data_element_name_en

        data_element_description = self.data_element_description

        category = self.category

        flag = self.flag

        effected_flag = self.effected_flag

        uri = self.uri

        icd10_code = self.icd10_code

        icd10_name_en = self.icd10_name_en

        ref = self.ref

        alt: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.alt, Unset):
            alt = []
            for alt_item_data in self.alt:
                alt_item = alt_item_data.to_dict()
                alt.append(alt_item)

        chr_pos = self.chr_pos

        db_snp_build_id = self.db_snp_build_id

        info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.info, Unset):
            info = self.info.to_dict()

        annotation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annotation, Unset):
            annotation = self.annotation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data_element_id": data_element_id,
                "data_element_source_domain": data_element_source_domain,
                "data_element_source_id": data_element_source_id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if data_element_name is not UNSET:
            field_dict["data_element_name"] = data_element_name
        if data_element_name_en is not UNSET:
            field_dict["data_element_name_en"] = data_element_name_en
        if data_element_description is not UNSET:
            field_dict["data_element_description"] = data_element_description
        if category is not UNSET:
            field_dict["category"] = category
        if flag is not UNSET:
            field_dict["flag"] = flag
        if effected_flag is not UNSET:
            field_dict["effected_flag"] = effected_flag
        if uri is not UNSET:
            field_dict["uri"] = uri
        if icd10_code is not UNSET:
            field_dict["icd10_code"] = icd10_code
        if icd10_name_en is not UNSET:
            field_dict["icd10_name_en"] = icd10_name_en
        if ref is not UNSET:
            field_dict["ref"] = ref
        if alt is not UNSET:
            field_dict["alt"] = alt
        if chr_pos is not UNSET:
            field_dict["chr_pos"] = chr_pos
        if db_snp_build_id is not UNSET:
            field_dict["db_snp_build_id"] = db_snp_build_id
        if info is not UNSET:
            field_dict["info"] = info
        if annotation is not UNSET:
            field_dict["annotation"] = annotation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_element_allele import DataElementAllele
        from ..models.data_element_annotation import DataElementAnnotation
        from ..models.data_element_info import DataElementInfo

        d = dict(src_dict)
        data_element_id = d.pop("data_element_id")

        data_element_source_domain = d.pop("data_element_source_domain")

        data_element_source_id = d.pop("data_element_source_id")

        type_ = d.pop("type", UNSET)

        data_element_name = d.pop("data_element_name", UNSET)

        data_element_name_en = d.pop("data_element_name_en", UNSET)

        data_element_description = d.pop("data_element_description", UNSET)

        category = d.pop("category", UNSET)

        flag = d.pop("flag", UNSET)

        effected_flag = d.pop("effected_flag", UNSET)

        uri = d.pop("uri", UNSET)

        icd10_code = d.pop("icd10_code", UNSET)

        icd10_name_en = d.pop("icd10_name_en", UNSET)

        ref = d.pop("ref", UNSET)

        _alt = d.pop("alt", UNSET)
        alt: list[DataElementAllele] | Unset = UNSET
        if _alt is not UNSET:
            alt = []
            for alt_item_data in _alt:
                alt_item = DataElementAllele.from_dict(alt_item_data)

                alt.append(alt_item)

        chr_pos = d.pop("chr_pos", UNSET)

        db_snp_build_id = d.pop("db_snp_build_id", UNSET)

        _info = d.pop("info", UNSET)
        info: DataElementInfo | Unset
        if isinstance(_info, Unset):
            info = UNSET
        else:
            info = DataElementInfo.from_dict(_info)

        _annotation = d.pop("annotation", UNSET)
        annotation: DataElementAnnotation | Unset
        if isinstance(_annotation, Unset):
            annotation = UNSET
        else:
            annotation = DataElementAnnotation.from_dict(_annotation)

        data_element = cls(
            data_element_id=data_element_id,
            data_element_source_domain=data_element_source_domain,
            data_element_source_id=data_element_source_id,
            type_=type_,
            data_element_name=data_element_name,
            data_element_name_en=data_element_name_en,
            data_element_description=data_element_description,
            category=category,
            flag=flag,
            effected_flag=effected_flag,
            uri=uri,
            icd10_code=icd10_code,
            icd10_name_en=icd10_name_en,
            ref=ref,
            alt=alt,
            chr_pos=chr_pos,
            db_snp_build_id=db_snp_build_id,
            info=info,
            annotation=annotation,
        )

        data_element.additional_properties = d
        return data_element

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
