from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BgicoinTrade")


@_attrs_define
class BgicoinTrade:
    """A BGI-coin payment (订单).

    Attributes:
        order_id (str): The merchant's order number (第三方订单编号).
        trade_no (str): The platform's trade number (交易号).
    """

    order_id: str
    trade_no: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        trade_no = self.trade_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "trade_no": trade_no,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        order_id = d.pop("order_id")

        trade_no = d.pop("trade_no")

        bgicoin_trade = cls(
            order_id=order_id,
            trade_no=trade_no,
        )

        bgicoin_trade.additional_properties = d
        return bgicoin_trade

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
