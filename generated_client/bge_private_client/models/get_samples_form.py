from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetSamplesForm")


@_attrs_define
class GetSamplesForm:
    """Exactly one of `biosample_id` and `external_sample_id` must be given.

    Attributes:
        biosample_id (str | Unset): One to 1,000 biosample ids separated by commas (生物样品编号；多个以英文逗号分割，最多 1000 个).
        external_sample_id (str | Unset): One or more external sample ids separated by commas (外部样品编号，多个以英文逗号分割).
        page (int | Unset): The page to answer, from 1 (当前页码，默认 1).
        limit (int | Unset): The largest number of items on a page (一页最大返回数据量，默认 50).
    """

    biosample_id: str | Unset = UNSET
    external_sample_id: str | Unset = UNSET
    page: int | Unset = UNSET
    limit: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        biosample_id = self.biosample_id

        external_sample_id = self.external_sample_id

        page = self.page

        limit = self.limit

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if biosample_id is not UNSET:
            field_dict["biosample_id"] = biosample_id
        if external_sample_id is not UNSET:
            field_dict["external_sample_id"] = external_sample_id
        if page is not UNSET:
            field_dict["page"] = page
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        biosample_id = d.pop("biosample_id", UNSET)

        external_sample_id = d.pop("external_sample_id", UNSET)

        page = d.pop("page", UNSET)

        limit = d.pop("limit", UNSET)

        get_samples_form = cls(
            biosample_id=biosample_id,
            external_sample_id=external_sample_id,
            page=page,
            limit=limit,
        )

        return get_samples_form
