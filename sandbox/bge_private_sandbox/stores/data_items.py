"""The batches and data items family's store: batches registered, filled, committed; items read.

A data item is the value a batch gives a data element in a namespace, for one sample or for none
(`biosample_id` ""). Items of a batch are seen only once it is committed; then the current value
of an item is the one the latest committed batch (by number) gave it. Items are read through the
data elements' `resolve()`: an item of a discarded element is gone, one of a merged element reads
as the element it was merged into (where both gave a value in one batch, the element's own wins).
"""

from __future__ import annotations

import json
import sqlite3
import time
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from ..errors import CONFLICT, INVALID_ARGUMENT, NOT_FOUND, ApiError
from ..models import (
    Batch,
    BatchCommitTask,
    BatchTrace,
    DataItem,
    DataItemInput,
    TaskResult,
    TaskStatus,
)
from . import FamilyStore
from .collections import CollectionStore
from .data_elements import DataElementStore

NAMESPACE = "BGE_DEVELOPER_PLATFORM"
"""The namespace a registered batch's items go to: the developer platform's."""
PLATFORM_ZONE = timezone(timedelta(hours=8))
"""The platform writes batch times in Beijing time without a zone: batch 1630658571462 (a
millisecond timestamp) has the ctime 2021-09-03T16:42:51."""
DEFAULT_TASK_URL_BASE = "http://localhost:8070"
"""Where task URLs point unless the fixtures say otherwise (the documented commit's host)."""
TASK_PATH = "/openbge/task/"
_SETTING = "setting"
_TASK_URL_BASE = "task_url_base"
_LARGEST_BATCH_NO = 9_999_999_999_999


def platform_time(milliseconds: int) -> str:
    """A moment as the platform writes batch times: Beijing time, whole seconds, no zone."""
    moment = datetime.fromtimestamp(milliseconds / 1000, UTC).astimezone(PLATFORM_ZONE)
    return moment.strftime("%Y-%m-%dT%H:%M:%S")


@dataclass(frozen=True)
class ChangeList:
    """The data elements whose items changed in a batch range, and where the range lies."""

    data_element_ids: list[str]
    from_batch_no: int | None
    to_batch_no: int | None
    batch_trace: BatchTrace


@dataclass(frozen=True)
class _Row:
    batch_no: int
    biosample_id: str
    data_element_id: str
    attributes: dict[str, Any]


class DataItemStore(FamilyStore):
    """Batches and the data items imported into them."""

    NAME = "data_items"
    SCHEMA = (
        "CREATE TABLE batches (batch_no INTEGER PRIMARY KEY, name TEXT NOT NULL,"
        " intro TEXT NOT NULL, namespace TEXT NOT NULL, ctime TEXT NOT NULL,"
        " committed INTEGER NOT NULL DEFAULT 0, extracted INTEGER NOT NULL DEFAULT 0,"
        " commit_time TEXT, task_id TEXT)",
        # biosample_id "" is an item of no sample (as the platform answers it).
        "CREATE TABLE data_items (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
        " batch_no INTEGER NOT NULL REFERENCES batches (batch_no), biosample_id TEXT NOT NULL,"
        " data_element_id TEXT NOT NULL, attributes TEXT NOT NULL,"
        " UNIQUE (batch_no, biosample_id, data_element_id))",
    )

    def load_fixtures(self, conn: sqlite3.Connection, fixtures: Mapping[str, Any]) -> None:
        base = fixtures.get(_TASK_URL_BASE, DEFAULT_TASK_URL_BASE)
        if not isinstance(base, str) or not base.startswith(("http://", "https://")):
            raise ValueError(f"fixtures: {_TASK_URL_BASE} must be an http(s) URL")
        self.documents.put(conn, _SETTING, _TASK_URL_BASE, {"value": base.rstrip("/")})
        for record in fixtures.get("batches", []):
            fields = dict(record)
            task_id = fields.pop("task_id", None)
            batch = Batch.model_validate(fields)
            conn.execute(
                "INSERT INTO batches (batch_no, name, intro, namespace, ctime, committed,"
                " extracted, commit_time, task_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    batch.batch_no,
                    batch.name,
                    batch.intro,
                    batch.namespace,
                    batch.ctime,
                    int(batch.committed),
                    int(batch.extracted),
                    batch.commit_time,
                    None if task_id is None else str(uuid.UUID(task_id)),
                ),
            )
        for record in fixtures.get("data_items", []):
            item = DataItem.model_validate(record)
            batch_row = self._batch_row(conn, item.batch_no)
            if batch_row is None or batch_row["namespace"] != item.namespace:
                raise ValueError(
                    f"fixture data item names batch {item.batch_no} of another namespace"
                )
            self._put_item(
                conn, item.batch_no, item.biosample_id, str(item.data_element_id), item.attributes
            )

    # ------------------------------------------------------------------ rows

    @staticmethod
    def _batch_row(conn: sqlite3.Connection, batch_no: int) -> sqlite3.Row | None:
        row: sqlite3.Row | None = conn.execute(
            "SELECT * FROM batches WHERE batch_no = ?", (batch_no,)
        ).fetchone()
        return row

    def _existing_batch(self, conn: sqlite3.Connection, batch_no: int) -> sqlite3.Row:
        row = self._batch_row(conn, batch_no)
        if row is None:
            raise ApiError(NOT_FOUND, f"batch {batch_no} does not exist")
        return row

    @staticmethod
    def _batch(row: sqlite3.Row) -> Batch:
        return Batch(
            ctime=row["ctime"],
            batch_no=row["batch_no"],
            extracted=bool(row["extracted"]),
            committed=bool(row["committed"]),
            commit_time=row["commit_time"],
            namespace=row["namespace"],
            intro=row["intro"],
            name=row["name"],
        )

    @staticmethod
    def _put_item(
        conn: sqlite3.Connection,
        batch_no: int,
        biosample_id: str,
        data_element_id: str,
        attributes: Mapping[str, Any],
    ) -> None:
        text = json.dumps(dict(attributes), ensure_ascii=False, allow_nan=False)
        conn.execute(
            "INSERT INTO data_items (batch_no, biosample_id, data_element_id, attributes)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (batch_no, biosample_id, data_element_id)"
            " DO UPDATE SET attributes = excluded.attributes",
            (batch_no, biosample_id, data_element_id, text),
        )

    def _task_url(self, conn: sqlite3.Connection, task_id: str) -> str:
        setting = self.documents.get(conn, _SETTING, _TASK_URL_BASE)
        base = DEFAULT_TASK_URL_BASE if setting is None else str(setting.body["value"])
        return f"{base}{TASK_PATH}{task_id}"

    # ------------------------------------------------------------------ batches

    def register(self, title: str | None, intro: str | None) -> int:
        """A new open batch in the developer platform's namespace; its number (a millisecond
        timestamp, later than every batch's so far)."""
        with self.write() as conn:
            latest = conn.execute("SELECT max(batch_no) FROM batches").fetchone()[0]
            batch_no = max(int(time.time() * 1000), 0 if latest is None else latest + 1)
            if batch_no > _LARGEST_BATCH_NO:  # pragma: no cover - the year 2286
                raise ApiError(INVALID_ARGUMENT, "no batch number is left")
            conn.execute(
                "INSERT INTO batches (batch_no, name, intro, namespace, ctime)"
                " VALUES (?, ?, ?, ?, ?)",
                (batch_no, title or "", intro or "", NAMESPACE, platform_time(batch_no)),
            )
        return batch_no

    def batch(self, batch_no: int) -> Batch:
        """The batch; 40401 for an unknown one."""
        with self.read() as conn:
            return self._batch(self._existing_batch(conn, batch_no))

    def import_items(
        self, batch_no: int, biosample_id: str | None, items: Sequence[DataItemInput]
    ) -> None:
        """Put items into an open batch (an item given again replaces its value).

        40401 for an unknown batch, sample or data element; 40901 for a committed batch."""
        if biosample_id is not None and not self.store.samples_by_biosample_ids([biosample_id]):
            # Samples are never deleted, so checking before the transaction cannot go stale.
            raise ApiError(NOT_FOUND, f"sample {biosample_id} does not exist")
        element_ids = [str(item.data_element_id) for item in items]
        with self.write() as conn:
            row = self._existing_batch(conn, batch_no)
            if row["committed"]:
                raise ApiError(
                    CONFLICT,
                    f"batch {batch_no} was committed at {row['commit_time']}; "
                    "import into a batch that is not committed yet (register_batch)",
                )
            absent = self.store.family(DataElementStore).missing(conn, element_ids)
            if absent:
                raise ApiError(NOT_FOUND, f"no such data element: {', '.join(absent[:5])}")
            for element_id, item in zip(element_ids, items, strict=True):
                self._put_item(conn, batch_no, biosample_id or "", element_id, item.attributes)

    def commit(self, batch_no: int) -> BatchCommitTask:
        """Commit (push) the batch: its items become what readers see, and the push task
        (which the sandbox runs at once) reads as succeeded in `task_result`.

        The answer is the task as it starts, as on the platform. 40401 for an unknown batch;
        40901 for a batch committed already."""
        with self.write() as conn:
            row = self._existing_batch(conn, batch_no)
            if row["committed"]:
                raise ApiError(
                    CONFLICT,
                    f"batch {batch_no} was committed already, at {row['commit_time']}"
                    f" (task {row['task_id']})",
                )
            task_id = row["task_id"] or str(uuid.uuid4())
            conn.execute(
                "UPDATE batches SET committed = 1, extracted = 1, commit_time = ?, task_id = ?"
                " WHERE batch_no = ?",
                (platform_time(int(time.time() * 1000)), task_id, batch_no),
            )
            done = TaskResult(status=TaskStatus.SUCCESS, result=[])
            conn.execute(
                "INSERT INTO tasks (task_id, status, result) VALUES (?, ?, ?)"
                " ON CONFLICT (task_id) DO UPDATE SET status = excluded.status,"
                " result = excluded.result",
                (task_id.lower(), done.status.value, json.dumps(done.result)),
            )
            return BatchCommitTask.model_validate(
                {
                    "completed": None,
                    "progress": TaskStatus.PENDING.value,
                    "result": None,
                    "task_id": task_id,
                    "task_url": self._task_url(conn, task_id),
                }
            )

    # ------------------------------------------------------------------ data items

    def _rows(
        self,
        conn: sqlite3.Connection,
        namespace: str,
        biosample_id: str | None,
        *,
        batch_no: int | None = None,
        up_to: int | None = None,
    ) -> list[_Row]:
        """The items of the namespace's committed batches (of one sample, one batch, or batches
        up to a number, when given), by batch; their elements resolved, hidden ones left out."""
        sql = (
            "SELECT i.batch_no, i.biosample_id, i.data_element_id, i.attributes"
            " FROM data_items AS i JOIN batches AS b USING (batch_no)"
            " WHERE b.committed = 1 AND b.namespace = ?"
        )
        parameters: list[Any] = [namespace]
        if biosample_id is not None:
            sql += " AND i.biosample_id = ?"
            parameters.append(biosample_id)
        if batch_no is not None:
            sql += " AND i.batch_no = ?"
            parameters.append(batch_no)
        if up_to is not None:
            sql += " AND i.batch_no <= ?"
            parameters.append(up_to)
        rows = conn.execute(sql + " ORDER BY i.batch_no, i.seq", parameters).fetchall()
        resolved = self.store.family(DataElementStore).resolve(
            conn, (row["data_element_id"] for row in rows)
        )
        # Per batch and sample, one value per element as readers see it: the element's own
        # value wins over one it took over by a merge.
        chosen: dict[tuple[int, str, str], tuple[bool, _Row]] = {}
        for row in rows:
            target = resolved.get(row["data_element_id"])
            if target is None:
                continue
            key = (row["batch_no"], row["biosample_id"], target)
            own = row["data_element_id"] == target
            if key not in chosen or (own and not chosen[key][0]):
                chosen[key] = (
                    own,
                    _Row(
                        row["batch_no"], row["biosample_id"], target, json.loads(row["attributes"])
                    ),
                )
        return [row for _, row in chosen.values()]

    def _check_committed(self, conn: sqlite3.Connection, namespace: str, batch_no: int) -> None:
        row = self._batch_row(conn, batch_no)
        if row is None or row["namespace"] != namespace or not row["committed"]:
            raise ApiError(NOT_FOUND, f"namespace {namespace} has no committed batch {batch_no}")

    def _items(
        self,
        conn: sqlite3.Connection,
        namespace: str,
        biosample_id: str | None,
        batch_no: int | None,
    ) -> list[DataItem]:
        """The current items (or those of one batch), ordered by sample and element."""
        if batch_no is not None:
            self._check_committed(conn, namespace, batch_no)
        current: dict[tuple[str, str], _Row] = {}
        for row in self._rows(conn, namespace, biosample_id, batch_no=batch_no):
            current[(row.biosample_id, row.data_element_id)] = row  # later batches win
        return [
            DataItem.model_validate(
                {
                    "biosample_id": row.biosample_id,
                    "data_element_id": row.data_element_id,
                    "namespace": namespace,
                    "batch_no": row.batch_no,
                    "attributes": row.attributes,
                }
            )
            for _, row in sorted(current.items())
        ]

    def item(
        self, namespace: str, data_element_id: str, biosample_id: str | None, batch_no: int | None
    ) -> DataItem:
        """The item of one element (of one sample, or of none): its current value, or the one
        batch `batch_no` gave it; 40401 when there is none."""
        sample = biosample_id or ""
        with self.read() as conn:
            for item in self._items(conn, namespace, sample, batch_no):
                if str(item.data_element_id) == data_element_id:
                    return item
        whose = f" of sample {biosample_id}" if biosample_id else " of no sample"
        where = f" in batch {batch_no}" if batch_no is not None else ""
        raise ApiError(
            NOT_FOUND,
            f"namespace {namespace} has no data item of data element {data_element_id}"
            f"{whose}{where}",
        )

    def items(
        self,
        namespace: str,
        *,
        biosample_id: str | None = None,
        batch_no: int | None = None,
        data_element_ids: Iterable[str] | None = None,
        collection_id: str | None = None,
    ) -> list[DataItem]:
        """The namespace's current items (or one batch's), of one sample or of all, of some
        elements (named, or those of a collection) or of all, ordered by sample and element.

        40401 for a batch not committed in this namespace and for an unknown collection."""
        with self.read() as conn:
            wanted: set[str] | None = None
            if data_element_ids is not None or collection_id is not None:
                named = self.store.family(DataElementStore).resolve(conn, data_element_ids or ())
                wanted = set(named.values())
                if collection_id is not None:
                    wanted.update(
                        self.store.family(CollectionStore).element_ids(conn, collection_id)
                    )
            found = self._items(conn, namespace, biosample_id, batch_no)
        if wanted is None:
            return found
        return [item for item in found if str(item.data_element_id) in wanted]

    def change_list(
        self,
        namespace: str,
        biosample_id: str | None,
        from_batch_no: int | None,
        to_batch_no: int | None,
    ) -> ChangeList:
        """The elements whose items (of one sample, or of any) a batch in the range gave a
        value different from the one before; each end defaults to the namespace's latest
        extracted batch. 40001 when both ends are given and from is after to."""
        if from_batch_no is not None and to_batch_no is not None and from_batch_no > to_batch_no:
            raise ApiError(INVALID_ARGUMENT, "invalid argument: from_batch_no is after to_batch_no")
        with self.read() as conn:
            batches = [
                int(row[0])
                for row in conn.execute(
                    "SELECT batch_no FROM batches WHERE namespace = ? AND committed = 1"
                    " AND extracted = 1 ORDER BY batch_no",
                    (namespace,),
                )
            ]
            latest = batches[-1] if batches else None
            first = latest if from_batch_no is None else from_batch_no
            last = latest if to_batch_no is None else to_batch_no
            changed: set[str] = set()
            if first is not None and last is not None:
                before: dict[tuple[str, str], dict[str, Any]] = {}
                for row in self._rows(conn, namespace, biosample_id, up_to=last):
                    key = (row.biosample_id, row.data_element_id)
                    if row.batch_no >= first and before.get(key) != row.attributes:
                        changed.add(row.data_element_id)
                    before[key] = row.attributes
        trace = BatchTrace(
            prev_batch_no=None
            if first is None
            else max((b for b in batches if b < first), default=None),
            next_batch_no=None
            if last is None
            else min((b for b in batches if b > last), default=None),
            first_batch_no=batches[0] if batches else None,
            last_batch_no=latest,
        )
        return ChangeList(sorted(changed), first, last, trace)
