from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTaxonAbundanceForm")


@_attrs_define
class GetTaxonAbundanceForm:
    """
    Attributes:
        biosample_id (str): A biosample id, `E-` + one capital letter + 11 digits (生物样品编号).
        taxon_id (str | Unset): BGE taxon ids, `txid` + an NCBI taxonomy number, separated by commas (BGE
            物种编号，多个以','隔开); the method's `taxon_ids`.
        page (int | Unset): The page to answer, from 1 (当前页码，默认值为 1); the method's `next_page`, always sent. Default: 1.
        limit (int | Unset): Records per page (每页数量，默认为 50); always sent. Default: 50.
        sort_by (str | Unset): The record field to sort by.
        sort_direction (str | Unset): The sort direction.
    """

    biosample_id: str
    taxon_id: str | Unset = UNSET
    page: int | Unset = 1
    limit: int | Unset = 50
    sort_by: str | Unset = UNSET
    sort_direction: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        biosample_id = self.biosample_id

        taxon_id = self.taxon_id

        page = self.page

        limit = self.limit

        sort_by = self.sort_by

        sort_direction = self.sort_direction

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "biosample_id": biosample_id,
            }
        )
        if taxon_id is not UNSET:
            field_dict["taxon_id"] = taxon_id
        if page is not UNSET:
            field_dict["page"] = page
        if limit is not UNSET:
            field_dict["limit"] = limit
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if sort_direction is not UNSET:
            field_dict["sort_direction"] = sort_direction

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        biosample_id = d.pop("biosample_id")

        taxon_id = d.pop("taxon_id", UNSET)

        page = d.pop("page", UNSET)

        limit = d.pop("limit", UNSET)

        sort_by = d.pop("sort_by", UNSET)

        sort_direction = d.pop("sort_direction", UNSET)

        get_taxon_abundance_form = cls(
            biosample_id=biosample_id,
            taxon_id=taxon_id,
            page=page,
            limit=limit,
            sort_by=sort_by,
            sort_direction=sort_direction,
        )

        return get_taxon_abundance_form
