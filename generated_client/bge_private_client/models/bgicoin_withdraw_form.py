from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.bgicoin_order_type import BgicoinOrderType

T = TypeVar("T", bound="BgicoinWithdrawForm")


@_attrs_define
class BgicoinWithdrawForm:
    """
    Attributes:
        account_name (str): The mailbox prefix of the paying BGI employee (付款的华大员工邮箱前缀).
        amount (float): The amount to charge, more than 0 (付款金额，必须大于 0).
        order_type (BgicoinOrderType): The kind of purchase: 4 online, 5 health check, 6 offline (订单类型，消费类型:
            4线上消费，5体检，6线下消费).
        order_id (str): The merchant's own order number, unique in its system, at least 8 characters
            (第三方订单编号，需保证在第三方系统中唯一；订单号长度需大于或等于 8).
    """

    account_name: str
    amount: float
    order_type: BgicoinOrderType
    order_id: str

    def to_dict(self) -> dict[str, Any]:
        account_name = self.account_name

        amount = self.amount

        order_type = self.order_type.value

        order_id = self.order_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "account_name": account_name,
                "amount": amount,
                "order_type": order_type,
                "order_id": order_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_name = d.pop("account_name")

        amount = d.pop("amount")

        order_type = BgicoinOrderType(d.pop("order_type"))

        order_id = d.pop("order_id")

        bgicoin_withdraw_form = cls(
            account_name=account_name,
            amount=amount,
            order_type=order_type,
            order_id=order_id,
        )

        return bgicoin_withdraw_form
