from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.get_func_abundance_form_catalog import GetFuncAbundanceFormCatalog
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetFuncAbundanceForm")


@_attrs_define
class GetFuncAbundanceForm:
    """
    Attributes:
        biosample_id (str): A biosample id, `E-` + one capital letter + 11 digits (生物样品编号).
        catalog (GetFuncAbundanceFormCatalog): The function catalogue (目录标签).
        ids (str | Unset): BGE function ids to restrict the answer to, separated by commas (BGE 物种功能编号，多个值以逗号隔开); the
            docs say not to combine it with `limit` or `next_page`.
        limit (int | Unset): Records per page (一页返回数量，默认值为 50). Default: 50.
        next_page (str | Unset): The cursor of the page to answer: the previous answer's `next_page` (下一页).
    """

    biosample_id: str
    catalog: GetFuncAbundanceFormCatalog
    ids: str | Unset = UNSET
    limit: int | Unset = 50
    next_page: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        biosample_id = self.biosample_id

        catalog = self.catalog.value

        ids = self.ids

        limit = self.limit

        next_page = self.next_page

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "biosample_id": biosample_id,
                "catalog": catalog,
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

        catalog = GetFuncAbundanceFormCatalog(d.pop("catalog"))

        ids = d.pop("ids", UNSET)

        limit = d.pop("limit", UNSET)

        next_page = d.pop("next_page", UNSET)

        get_func_abundance_form = cls(
            biosample_id=biosample_id,
            catalog=catalog,
            ids=ids,
            limit=limit,
            next_page=next_page,
        )

        return get_func_abundance_form
