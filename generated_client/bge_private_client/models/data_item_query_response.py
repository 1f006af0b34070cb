from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataItemQueryResponse")


@_attrs_define
class DataItemQueryResponse:
    """
    Attributes:
        code (int): 0 on success, otherwise an error code (返回码). An open enum: one of `ErrorCode`, or a code the
            platform added later, which is an error like any other. A client must not reject an answer for a code it does
            not know.
        msg (str): A human-readable message (返回信息).
        data (Any | Unset): The operation's result; null on errors and for some operations (返回数据).
    """

    code: int
    msg: str
    data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        msg = self.msg

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "msg": msg,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        msg = d.pop("msg")

        data = d.pop("data", UNSET)

        data_item_query_response = cls(
            code=code,
            msg=msg,
            data=data,
        )

        data_item_query_response.additional_properties = d
        return data_item_query_response

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
