from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.sign_url_region import SignUrlRegion
from ..types import UNSET, Unset

T = TypeVar("T", bound="SignUrlForm")


@_attrs_define
class SignUrlForm:
    """
    Attributes:
        object_name (str): The OSS object's key (OSS 对象).
        region (SignUrlRegion | Unset): Which download domain a signed URL uses (区域，可选值：domestic、international).
        expiration_time (int | Unset): How long the URL lives, in seconds; the platform's default is 600 (下载地址过期时间).
    """

    object_name: str
    region: SignUrlRegion | Unset = UNSET
    expiration_time: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        object_name = self.object_name

        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region.value

        expiration_time = self.expiration_time

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "object_name": object_name,
            }
        )
        if region is not UNSET:
            field_dict["region"] = region
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        object_name = d.pop("object_name")

        _region = d.pop("region", UNSET)
        region: SignUrlRegion | Unset
        if isinstance(_region, Unset):
            region = UNSET
        else:
            region = SignUrlRegion(_region)

        expiration_time = d.pop("expiration_time", UNSET)

        sign_url_form = cls(
            object_name=object_name,
            region=region,
            expiration_time=expiration_time,
        )

        return sign_url_form
