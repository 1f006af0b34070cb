from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeployModelForm")


@_attrs_define
class DeployModelForm:
    """
    Attributes:
        model_id (str): A model's id (模型 id). It is put into paths by plain formatting, so `/`, `?` and `#` are refused.
        object_name (str | Unset): The OSS object holding the model's package (OSS 对象).
        runtime (str | Unset): The function's runtime (运行环境).
        handler (str | Unset): The function's entry point (函数入口).
        memory_size (int | Unset): The function's memory; the unit is not documented (内存大小).
        timeout (int | Unset): The function's execution time limit; the unit is not documented (超时时间). The SDK's
            parameter is `model_timeout`.
    """

    model_id: str
    object_name: str | Unset = UNSET
    runtime: str | Unset = UNSET
    handler: str | Unset = UNSET
    memory_size: int | Unset = UNSET
    timeout: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        object_name = self.object_name

        runtime = self.runtime

        handler = self.handler

        memory_size = self.memory_size

        timeout = self.timeout

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model_id": model_id,
            }
        )
        if object_name is not UNSET:
            field_dict["object_name"] = object_name
        if runtime is not UNSET:
            field_dict["runtime"] = runtime
        if handler is not UNSET:
            field_dict["handler"] = handler
        if memory_size is not UNSET:
            field_dict["memory_size"] = memory_size
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model_id = d.pop("model_id")

        object_name = d.pop("object_name", UNSET)

        runtime = d.pop("runtime", UNSET)

        handler = d.pop("handler", UNSET)

        memory_size = d.pop("memory_size", UNSET)

        timeout = d.pop("timeout", UNSET)

        deploy_model_form = cls(
            model_id=model_id,
            object_name=object_name,
            runtime=runtime,
            handler=handler,
            memory_size=memory_size,
            timeout=timeout,
        )

        return deploy_model_form
