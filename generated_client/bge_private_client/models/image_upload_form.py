from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="ImageUploadForm")


@_attrs_define
class ImageUploadForm:
    """
    Attributes:
        image (File): The image file's content, sent with its file name; not signed (图片).
        allow_exif (bool | Unset): Keep the image's EXIF data, sent as `True`/`False` (是否允许保存图片 exif 值；默认值：false).
            Default: False.
    """

    image: File
    allow_exif: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        image = self.image.to_tuple()

        allow_exif = self.allow_exif

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image": image,
            }
        )
        if allow_exif is not UNSET:
            field_dict["allow_exif"] = allow_exif

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("image", self.image.to_tuple()))

        if not isinstance(self.allow_exif, Unset):
            files.append(("allow_exif", (None, str(self.allow_exif).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image = File(payload=BytesIO(d.pop("image")))

        allow_exif = d.pop("allow_exif", UNSET)

        image_upload_form = cls(
            image=image,
            allow_exif=allow_exif,
        )

        return image_upload_form
