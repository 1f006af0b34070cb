"""The tasks family's state: the tasks invoke_task created, beside the core `tasks` rows.

A task is one row of store.py's `tasks` table (what task_result and task read: its status and
result) and, for a task invoked here, a JSON document `task` holding what was asked. A
document `invocations` per distinct request counts its calls, so that task ids are derived
from the request and its ordinal: the same sequence of calls gives the same ids on every fresh
sandbox, and every call still gets a task of its own.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..models import PlatformTask, TaskStatus
from . import FamilyStore, utc_now

TASK_URL_BASE = "https://sandbox.local/openbge/task/"
FINISHED = frozenset({TaskStatus.SUCCESS, TaskStatus.FAILURE})
_TASK_NAMESPACE = uuid.UUID("0d7f3c52-8a41-5e96-b1c4-7e2a9f6d3b18")


def task_url(task_id: str) -> str:
    """Where a task is followed: the `task` operation's path, on the sandbox's own host name
    (the handler does not know the address the sandbox is reached at)."""
    return f"{TASK_URL_BASE}{task_id}"


def task_view(
    task_id: str, status: TaskStatus, result: Any, extra: Mapping[str, Any] | None = None
) -> PlatformTask:
    """A task as invoke_task and task answer it."""
    return PlatformTask.model_validate(
        {
            **(extra or {}),
            "task_id": task_id,
            "progress": status.value,
            # Whether it completed; the `tasks` rows keep no completion time.
            "completed": True if status in FINISHED else None,
            "result": result,
            "task_url": task_url(task_id),
        }
    )


@dataclass(frozen=True)
class Invocation:
    """What invoke_task was asked to run."""

    task_name: str
    invocation_type: str
    args: list[Any]
    kwargs: dict[str, Any]

    def digest(self) -> str:
        text = json.dumps(
            [self.task_name, self.invocation_type, self.args, self.kwargs],
            sort_keys=True,
            ensure_ascii=False,
            allow_nan=False,
            separators=(",", ":"),
        )
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


class TaskStore(FamilyStore):
    """The tasks invoke_task created (the sandbox runs nothing: each one succeeds at once).

    It has no fixtures: the fixture tasks are store.py's (fixtures.json `tasks`).
    """

    NAME = "task_invocations"

    def invoke(self, invocation: Invocation) -> str:
        """Create the task (its `tasks` row SUCCESS, with no result); its id."""
        digest = invocation.digest()
        with self.write() as conn:
            counter = self.documents.get(conn, "invocations", digest)
            ordinal = 1 if counter is None else int(counter.body["count"]) + 1
            self.documents.put(conn, "invocations", digest, {"count": ordinal})
            task_id = str(uuid.uuid5(_TASK_NAMESPACE, f"{digest}#{ordinal}"))
            conn.execute(
                "INSERT INTO tasks (task_id, status, result) VALUES (?, ?, NULL)",
                (task_id, TaskStatus.SUCCESS.value),
            )
            self.documents.put(
                conn,
                "task",
                task_id,
                {
                    "task_name": invocation.task_name,
                    "invocation_type": invocation.invocation_type,
                    "args": invocation.args,
                    "kwargs": invocation.kwargs,
                    "invoked": utc_now(),
                },
            )
        return task_id

    def invocation(self, task_id: str) -> dict[str, Any] | None:
        """What was asked of a task invoke_task created (None for any other task)."""
        with self.read() as conn:
            document = self.documents.get(conn, "task", task_id)
        return None if document is None else document.body
