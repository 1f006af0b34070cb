from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StsCredentials")


@_attrs_define
class StsCredentials:
    """Temporary Alibaba Cloud STS credentials (临时访问凭证).

    Attributes:
        access_key_id (str): The temporary AccessKey id (AccessKeyId).
        access_key_secret (str): The temporary AccessKey secret (AccessKeySecret).
        security_token (str): The STS security token (SecurityToken).
        expiration (str): When the credentials expire, UTC (过期时间).
    """

    access_key_id: str
    access_key_secret: str
    security_token: str
    expiration: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_key_id = self.access_key_id

        access_key_secret = self.access_key_secret

        security_token = self.security_token

        expiration = self.expiration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_key_id": access_key_id,
                "access_key_secret": access_key_secret,
                "security_token": security_token,
                "expiration": expiration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        access_key_id = d.pop("access_key_id")

        access_key_secret = d.pop("access_key_secret")

        security_token = d.pop("security_token")

        expiration = d.pop("expiration")

        sts_credentials = cls(
            access_key_id=access_key_id,
            access_key_secret=access_key_secret,
            security_token=security_token,
            expiration=expiration,
        )

        sts_credentials.additional_properties = d
        return sts_credentials

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
