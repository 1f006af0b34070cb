from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlatformTask")


@_attrs_define
class PlatformTask:
    """A background task of the platform (任务). Not documented: the fields are those of the task `commit_batch` answers,
    whose `task_url` is this task's `task` path.

        Attributes:
            task_id (str | Unset): The task (任务 id).
            progress (str | Unset): The task's state, Celery-style, e.g. `PENDING` or `SUCCESS` (任务状态).
            completed (Any | Unset): Whether and when the task completed; null while it runs (完成情况).
            result (Any | Unset): The task's result; null until it completes (任务结果).
            task_url (str | Unset): Where to follow the task: the `task` operation's path (任务地址).
    """

    task_id: str | Unset = UNSET
    progress: str | Unset = UNSET
    completed: Any | Unset = UNSET
    result: Any | Unset = UNSET
    task_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        progress = self.progress

        completed = self.completed

        result = self.result

        task_url = self.task_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if progress is not UNSET:
            field_dict["progress"] = progress
        if completed is not UNSET:
            field_dict["completed"] = completed
        if result is not UNSET:
            field_dict["result"] = result
        if task_url is not UNSET:
            field_dict["task_url"] = task_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        task_id = d.pop("task_id", UNSET)

        progress = d.pop("progress", UNSET)

        completed = d.pop("completed", UNSET)

        result = d.pop("result", UNSET)

        task_url = d.pop("task_url", UNSET)

        platform_task = cls(
            task_id=task_id,
            progress=progress,
            completed=completed,
            result=result,
            task_url=task_url,
        )

        platform_task.additional_properties = d
        return platform_task

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
