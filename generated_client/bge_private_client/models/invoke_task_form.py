from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.task_invocation_type import TaskInvocationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoke_task_form_kwargs import InvokeTaskFormKwargs


T = TypeVar("T", bound="InvokeTaskForm")


@_attrs_define
class InvokeTaskForm:
    """
    Attributes:
        task_name (str): The platform task to run (任务名称).
        invocation_type (TaskInvocationType | Unset): Whether the platform runs the task before answering (`sync`) or in
            the background (`async`) (任务类型，可选项 sync、async).
        args (list[Any] | Unset): The task's positional arguments, sent as JSON text; `[]` when not given (任务位置参数).
        kwargs (InvokeTaskFormKwargs | Unset): The task's keyword arguments, sent as JSON text; `{}` when not given
            (任务关键字参数).
    """

    task_name: str
    invocation_type: TaskInvocationType | Unset = UNSET
    args: list[Any] | Unset = UNSET
    kwargs: InvokeTaskFormKwargs | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        task_name = self.task_name

        invocation_type: str | Unset = UNSET
        if not isinstance(self.invocation_type, Unset):
            invocation_type = self.invocation_type.value

        args: list[Any] | Unset = UNSET
        if not isinstance(self.args, Unset):
            args = self.args

        kwargs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kwargs, Unset):
            kwargs = self.kwargs.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "task_name": task_name,
            }
        )
        if invocation_type is not UNSET:
            field_dict["invocation_type"] = invocation_type
        if args is not UNSET:
            field_dict["args"] = args
        if kwargs is not UNSET:
            field_dict["kwargs"] = kwargs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoke_task_form_kwargs import InvokeTaskFormKwargs

        d = dict(src_dict)
        task_name = d.pop("task_name")

        _invocation_type = d.pop("invocation_type", UNSET)
        invocation_type: TaskInvocationType | Unset
        if isinstance(_invocation_type, Unset):
            invocation_type = UNSET
        else:
            invocation_type = TaskInvocationType(_invocation_type)

        args = cast(list[Any], d.pop("args", UNSET))

        _kwargs = d.pop("kwargs", UNSET)
        kwargs: InvokeTaskFormKwargs | Unset
        if isinstance(_kwargs, Unset):
            kwargs = UNSET
        else:
            kwargs = InvokeTaskFormKwargs.from_dict(_kwargs)

        invoke_task_form = cls(
            task_name=task_name,
            invocation_type=invocation_type,
            args=args,
            kwargs=kwargs,
        )

        return invoke_task_form
