from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.get_gene_abundance_form_catalog import GetGeneAbundanceFormCatalog
from ..models.get_gene_abundance_form_data_type import GetGeneAbundanceFormDataType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetGeneAbundanceForm")


@_attrs_define
class GetGeneAbundanceForm:
    """
    Attributes:
        biosample_id (str): A biosample id, `E-` + one capital letter + 11 digits (生物样品编号).
        catalog (GetGeneAbundanceFormCatalog): The gene catalogue (分类标签).
        data_type (GetGeneAbundanceFormDataType): What to answer: `list` (records) or `file` (返回数据类型).
        ids (str | Unset): BGE IGC gene ids to restrict the answer to, separated by commas (BGE 物种 IGC 基因编号，多个值以逗号分割).
        limit (int | Unset): The largest number of records per page (一页最大返回数量，默认 50，最大值为 1000). Default: 50.
        next_page (str | Unset): The cursor of the page to answer: the previous answer's `next_page` (下一页).
    """

    biosample_id: str
    catalog: GetGeneAbundanceFormCatalog
    data_type: GetGeneAbundanceFormDataType
    ids: str | Unset = UNSET
    limit: int | Unset = 50
    next_page: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        biosample_id = self.biosample_id

        catalog = self.catalog.value

        data_type = self.data_type.value

        ids = self.ids

        limit = self.limit

        next_page = self.next_page

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "biosample_id": biosample_id,
                "catalog": catalog,
                "data_type": data_type,
            }
        )
        if ids is not UNSET:
            field_dict["ids"] = ids
        if limit is not UNSET:
            field_dict["limit"] = limit
        if next_page is not UNSET:
            field_dict["next_page"] = next_page

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        biosample_id = d.pop("biosample_id")

        catalog = GetGeneAbundanceFormCatalog(d.pop("catalog"))

        data_type = GetGeneAbundanceFormDataType(d.pop("data_type"))

        ids = d.pop("ids", UNSET)

        limit = d.pop("limit", UNSET)

        next_page = d.pop("next_page", UNSET)

        get_gene_abundance_form = cls(
            biosample_id=biosample_id,
            catalog=catalog,
            data_type=data_type,
            ids=ids,
            limit=limit,
            next_page=next_page,
        )

        return get_gene_abundance_form
