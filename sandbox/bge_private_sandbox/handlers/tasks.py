"""The tasks family: invoke a platform task, and read a task by its id."""

from __future__ import annotations

import uuid

from ..answers import ok
from ..errors import INVALID_ARGUMENT, NOT_FOUND, ApiError
from ..models import (
    InvokeTaskForm,
    InvokeTaskResponse,
    TaskForm,
    TaskInvocationType,
    TaskResponse,
    TaskStatus,
)
from ..store import Store
from ..stores.tasks import Invocation, TaskStore, task_view
from . import handles
from ._finite import require_finite


@handles("invoke_task")
def invoke_task(store: Store, form: InvokeTaskForm) -> InvokeTaskResponse:
    args = list(form.args or [])
    kwargs = dict(form.kwargs or {})
    require_finite(args, "args")
    require_finite(kwargs, "kwargs")
    # The model's default is the plain text "async" (pydantic does not validate defaults).
    kind = TaskInvocationType(form.invocation_type or TaskInvocationType.async_)
    task_id = store.family(TaskStore).invoke(
        Invocation(task_name=form.task_name, invocation_type=kind.value, args=args, kwargs=kwargs)
    )
    # A sync call answers once the task ran; an async one as it is queued (`task` then shows
    # it done: the sandbox runs nothing, so every task succeeds at once).
    status = TaskStatus.SUCCESS if kind == TaskInvocationType.sync else TaskStatus.PENDING
    return ok(InvokeTaskResponse, task_view(task_id, status, None, {"task_name": form.task_name}))


@handles("task")  # POST /openbge/task/{task_id}
def task(store: Store, form: TaskForm, *, task_id: str) -> TaskResponse:
    try:
        canonical = str(uuid.UUID(task_id))
    except ValueError:
        raise ApiError(
            INVALID_ARGUMENT, "invalid argument: task_id (in the path): must be a UUID"
        ) from None
    found = store.task(canonical)
    if found is None:
        raise ApiError(NOT_FOUND, f"task {canonical} does not exist")
    invocation = store.family(TaskStore).invocation(canonical)
    extra = None if invocation is None else {"task_name": invocation["task_name"]}
    result = None if found.result is None else [str(url) for url in found.result]
    return ok(TaskResponse, task_view(canonical, found.status, result, extra))
