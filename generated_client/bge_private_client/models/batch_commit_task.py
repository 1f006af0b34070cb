from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BatchCommitTask")


@_attrs_define
class BatchCommitTask:
    """The background task pushing a batch.

    Attributes:
        completed (bool | None): Whether the task has finished; null while pending.
        progress (str): The task's state, e.g. `PENDING` (Celery-style).
        result (Any): The task's result; null until it finishes (shape not documented).
        task_id (str): The task's id.
        task_url (str): Where the task's state can be read (`/openbge/task/{task_id}`).
    """

    completed: bool | None
    progress: str
    result: Any
    task_id: str
    task_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completed: bool | None
        completed = self.completed

        progress = self.progress

        result = self.result

        task_id = self.task_id

        task_url = self.task_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completed": completed,
                "progress": progress,
                "result": result,
                "task_id": task_id,
                "task_url": task_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_completed(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        completed = _parse_completed(d.pop("completed"))

        progress = d.pop("progress")

        result = d.pop("result")

        task_id = d.pop("task_id")

        task_url = d.pop("task_url")

        batch_commit_task = cls(
            completed=completed,
            progress=progress,
            result=result,
            task_id=task_id,
            task_url=task_url,
        )

        batch_commit_task.additional_properties = d
        return batch_commit_task

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
