from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegisterBatchForm")


@_attrs_define
class RegisterBatchForm:
    """
    Attributes:
        title (str | Unset): The batch's title (批次标题).
        intro (str | Unset): A short description (批次简介).
    """

    title: str | Unset = UNSET
    intro: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        intro = self.intro

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if intro is not UNSET:
            field_dict["intro"] = intro

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        intro = d.pop("intro", UNSET)

        register_batch_form = cls(
            title=title,
            intro=intro,
        )

        return register_batch_form
