from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ImageUpload")


@_attrs_define
class ImageUpload:
    """A stored image (图片).

    Attributes:
        md5 (str): MD5 of the stored file, 32 hex digits (md5 值).
        size (int): The file's size in bytes (文件大小).
        url (str): The image's public URL (在线图片链接).
    """

    md5: str
    size: int
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        md5 = self.md5

        size = self.size

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "md5": md5,
                "size": size,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        md5 = d.pop("md5")

        size = d.pop("size")

        url = d.pop("url")

        image_upload = cls(
            md5=md5,
            size=size,
            url=url,
        )

        image_upload.additional_properties = d
        return image_upload

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
