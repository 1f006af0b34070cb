from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="IndexDeletion")


@_attrs_define
class IndexDeletion:
    """What happened to one id (删除结果).

    Attributes:
        id (str): The document's id (编号).
        deleted (bool): Whether it was deleted now (是否已删除).
        not_found (bool): Whether there was no such document (未找到).
    """

    id: str
    deleted: bool
    not_found: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        deleted = self.deleted

        not_found = self.not_found

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "deleted": deleted,
                "not_found": not_found,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        deleted = d.pop("deleted")

        not_found = d.pop("not_found")

        index_deletion = cls(
            id=id,
            deleted=deleted,
            not_found=not_found,
        )

        index_deletion.additional_properties = d
        return index_deletion

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
