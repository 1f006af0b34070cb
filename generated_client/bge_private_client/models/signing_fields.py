from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SigningFields")


@_attrs_define
class SigningFields:
    """The four form fields that sign every request, added to each operation's own fields (see the `bgeSignature` security
    scheme for the algorithm).

        Attributes:
            app_key (str): The client's public key (第三方客户端 client_id).
            signature_nonce (str): A random string of 16 to 64 characters, never reused; 32 hex digits (a UUID4's) are usual
                (签名随机数).
            timestamp (str): The time of signing in UTC, `%Y-%m-%dT%H:%M:%SZ` (UTC 时间戳).
            sign (str): Base64 of the HMAC-SHA1 signature over all other fields (签名).
    """

    app_key: str
    signature_nonce: str
    timestamp: str
    sign: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_key = self.app_key

        signature_nonce = self.signature_nonce

        timestamp = self.timestamp

        sign = self.sign

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_key": app_key,
                "signature_nonce": signature_nonce,
                "timestamp": timestamp,
                "sign": sign,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        app_key = d.pop("app_key")

        signature_nonce = d.pop("signature_nonce")

        timestamp = d.pop("timestamp")

        sign = d.pop("sign")

        signing_fields = cls(
            app_key=app_key,
            signature_nonce=signature_nonce,
            timestamp=timestamp,
            sign=sign,
        )

        signing_fields.additional_properties = d
        return signing_fields

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
