from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelListForm")


@_attrs_define
class ModelListForm:
    """
    Attributes:
        model_ids (str | Unset): Only these models, presumably separated by commas (模型id).
        page (int | Unset): The page to answer, from 1 (当前页码，默认 1).
        limit (int | Unset): The largest number of items on a page (一页最大返回数据量，默认 50).
    """

    model_ids: str | Unset = UNSET
    page: int | Unset = UNSET
    limit: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model_ids = self.model_ids

        page = self.page

        limit = self.limit

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if model_ids is not UNSET:
            field_dict["model_ids"] = model_ids
        if page is not UNSET:
            field_dict["page"] = page
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model_ids = d.pop("model_ids", UNSET)

        page = d.pop("page", UNSET)

        limit = d.pop("limit", UNSET)

        model_list_form = cls(
            model_ids=model_ids,
            page=page,
            limit=limit,
        )

        return model_list_form
