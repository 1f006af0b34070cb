from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="GatewayInvokeForm")


@_attrs_define
class GatewayInvokeForm:
    """
    Attributes:
        service (str): The backend service's name, as configured in the platform's admin (服务名，请先在后台配置).
        api (str): The backend API's path, as configured for the service (接口地址，根据后台配置的接口地址进行适配).
        params (str | Unset): Query parameters to forward, as the caller encodes them (需要转发的 GET 参数).
        headers (str | Unset): HTTP headers to forward, as the caller encodes them (需要转发的 HTTP 头部).
        data (str | Unset): The body to forward, as the caller encodes it, e.g. JSON text (需要转发的 POST 数据).
    """

    service: str
    api: str
    params: str | Unset = UNSET
    headers: str | Unset = UNSET
    data: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        service = self.service

        api = self.api

        params = self.params

        headers = self.headers

        data = self.data

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "service": service,
                "api": api,
            }
        )
        if params is not UNSET:
            field_dict["params"] = params
        if headers is not UNSET:
            field_dict["headers"] = headers
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        service = d.pop("service")

        api = d.pop("api")

        params = d.pop("params", UNSET)

        headers = d.pop("headers", UNSET)

        data = d.pop("data", UNSET)

        gateway_invoke_form = cls(
            service=service,
            api=api,
            params=params,
            headers=headers,
            data=data,
        )

        return gateway_invoke_form
