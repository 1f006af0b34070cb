from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sts_credentials import StsCredentials


T = TypeVar("T", bound="StsToken")


@_attrs_define
class StsToken:
    """Where to upload, and the credentials to do it with (上传凭证).

    Attributes:
        endpoint (str): The OSS endpoint, a scheme and a host without a path (OSS 访问域名).
        bucket (str): The OSS bucket (存储空间).
        destination (str): The folder (object key prefix) to upload into (上传目录).
        base_uri (str): The URL of that folder (上传目录地址).
        credentials (StsCredentials): Temporary Alibaba Cloud STS credentials (临时访问凭证).
    """

    endpoint: str
    bucket: str
    destination: str
    base_uri: str
    credentials: StsCredentials
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint = self.endpoint

        bucket = self.bucket

        destination = self.destination

        base_uri = self.base_uri

        credentials = self.credentials.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoint": endpoint,
                "bucket": bucket,
                "destination": destination,
                "base_uri": base_uri,
                "credentials": credentials,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sts_credentials import StsCredentials

        d = dict(src_dict)
        endpoint = d.pop("endpoint")

        bucket = d.pop("bucket")

        destination = d.pop("destination")

        base_uri = d.pop("base_uri")

        credentials = StsCredentials.from_dict(d.pop("credentials"))

        sts_token = cls(
            endpoint=endpoint,
            bucket=bucket,
            destination=destination,
            base_uri=base_uri,
            credentials=credentials,
        )

        sts_token.additional_properties = d
        return sts_token

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
