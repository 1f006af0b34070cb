from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TaskResultForm")


@_attrs_define
class TaskResultForm:
    """
    Attributes:
        task_id (str): The asynchronous task's id (任务 id).
    """

    task_id: str

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "task_id": task_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        task_id = d.pop("task_id")

        task_result_form = cls(
            task_id=task_id,
        )

        return task_result_form
