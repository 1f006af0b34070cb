from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.condition import Condition


T = TypeVar("T", bound="SurveyTargetForm")


@_attrs_define
class SurveyTargetForm:
    """
    Attributes:
        and_ (list[Condition] | Unset): Conditions that must all hold (“与逻辑”的筛选条件), sent as JSON text.
        or_ (list[Condition] | Unset): Conditions of which at least one must hold (“或逻辑”的筛选条件), sent as JSON text.
        page (int | Unset): The page to answer, from 1 (当前页码，默认 1).
        limit (int | Unset): The largest number of items on a page (一页最大返回数据量，默认 50).
    """

    and_: list[Condition] | Unset = UNSET
    or_: list[Condition] | Unset = UNSET
    page: int | Unset = UNSET
    limit: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        and_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.and_, Unset):
            and_ = []
            for and_item_data in self.and_:
                and_item = and_item_data.to_dict()
                and_.append(and_item)

        or_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.or_, Unset):
            or_ = []
            for or_item_data in self.or_:
                or_item = or_item_data.to_dict()
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
        from ..models.condition import Condition

        d = dict(src_dict)
        _and_ = d.pop("AND", UNSET)
        and_: list[Condition] | Unset = UNSET
        if _and_ is not UNSET:
            and_ = []
            for and_item_data in _and_:
                and_item = Condition.from_dict(and_item_data)

                and_.append(and_item)

        _or_ = d.pop("OR", UNSET)
        or_: list[Condition] | Unset = UNSET
        if _or_ is not UNSET:
            or_ = []
            for or_item_data in _or_:
                or_item = Condition.from_dict(or_item_data)

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
