from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SurveyTargetForm")


@_attrs_define
class SurveyTargetForm:
    """
    Attributes:
        and_ (list[Any] | Unset): Conditions that must all hold (“与逻辑”的筛选条件), sent as JSON text.
        or_ (list[Any] | Unset): Conditions of which at least one must hold (“或逻辑”的筛选条件), sent as JSON text.
        page (int | Unset): The page to answer, from 1 (当前页码，默认 1).
        limit (int | Unset): The largest number of items on a page (一页最大返回数据量，默认 50).
    """

    and_: list[Any] | Unset = UNSET
    or_: list[Any] | Unset = UNSET
    page: int | Unset = UNSET
    limit: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        and_: list[Any] | Unset = UNSET
        if not isinstance(self.and_, Unset):
            and_ = []
            for and_item_data in self.and_:
                and_item: Any
                and_item = and_item_data
                and_.append(and_item)

        or_: list[Any] | Unset = UNSET
        if not isinstance(self.or_, Unset):
            or_ = []
            for or_item_data in self.or_:
                or_item: Any
                or_item = or_item_data
                or_.append(or_item)

        page = self.page

        limit = self.limit

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if and_ is not UNSET:
            field_dict["AND"] = and_
        if or_ is not UNSET:
            field_dict["OR"] = or_
        if page is not UNSET:
            field_dict["page"] = page
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _and_ = d.pop("AND", UNSET)
        and_: list[Any] | Unset = UNSET
        if _and_ is not UNSET:
            and_ = []
            for and_item_data in _and_:

                def _parse_and_item(data: object) -> Any:
                    return cast(Any, data)

                and_item = _parse_and_item(and_item_data)

                and_.append(and_item)

        _or_ = d.pop("OR", UNSET)
        or_: list[Any] | Unset = UNSET
        if _or_ is not UNSET:
            or_ = []
            for or_item_data in _or_:

                def _parse_or_item(data: object) -> Any:
                    return cast(Any, data)

                or_item = _parse_or_item(or_item_data)

                or_.append(or_item)

        page = d.pop("page", UNSET)

        limit = d.pop("limit", UNSET)

        survey_target_form = cls(
            and_=and_,
            or_=or_,
            page=page,
            limit=limit,
        )

        return survey_target_form
