"""The sandbox's state in SQLite: samples, projects, tasks, survey answers and WeChat profiles.

Writes go through one connection in autocommit mode, shared by all threads and guarded by a
lock; each writing method is one transaction under that lock (BEGIN IMMEDIATE ... COMMIT,
ROLLBACK on any error), so concurrent requests always leave a consistent state. Reads of a file
database use connections of their own, one per concurrent reader, each read in one deferred
transaction: under WAL they see a consistent snapshot and neither wait for the writer nor make
it wait. (An in-memory database has one connection, so its reads take the lock too.)
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import string
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from .errors import CONFLICT, NOT_FOUND, ApiError
from .models import Sample, SampleProject, SurveyProject, TaskResult, WechatProfile
from .records import is_empty, row_from_sample, same_value, sample_from_row, sample_places
from .stores import FamilyStore, family_classes, open_families
from .stores.effects import Effect, EffectStore

MEMORY = ":memory:"
_Family = TypeVar("_Family", bound=FamilyStore)
_ID_ATTEMPTS = 20

_SCHEMA = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    # `record` is the generated model's JSON; `comment` is the survey side of a project.
    "CREATE TABLE projects (project_id TEXT PRIMARY KEY, record TEXT NOT NULL,"
    " comment TEXT NOT NULL DEFAULT '')",
    # One more column per value of a Sample is added from the models by _add_sample_columns.
    "CREATE TABLE samples (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " biosample_id TEXT NOT NULL UNIQUE)",
    "CREATE TABLE sample_projects (biosample_id TEXT NOT NULL REFERENCES samples (biosample_id),"
    " project_id TEXT NOT NULL REFERENCES projects (project_id), position INTEGER NOT NULL,"
    " PRIMARY KEY (biosample_id, project_id))",
    "CREATE TABLE tasks (task_id TEXT PRIMARY KEY, status TEXT NOT NULL, result TEXT)",
    "CREATE TABLE survey_answers (id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " user_id TEXT NOT NULL, data_element_identifier_de TEXT NOT NULL,"
    " concept_code TEXT, content TEXT)",
    "CREATE INDEX survey_answers_by_element ON survey_answers (data_element_identifier_de)",
    "CREATE INDEX survey_answers_by_user ON survey_answers (user_id)",
    "CREATE TABLE wechat_profiles (user_id TEXT PRIMARY KEY, record TEXT NOT NULL)",
)
# Made on every open, so that a database from before they existed gains them.
_LATER_SCHEMA = (
    # The signature nonces seen, each kept until no request carrying it could pass the
    # timestamp check any more (expires_at, in seconds since the epoch).
    "CREATE TABLE IF NOT EXISTS nonces (app_key TEXT NOT NULL, nonce TEXT NOT NULL,"
    " expires_at REAL NOT NULL, PRIMARY KEY (app_key, nonce)) WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS nonces_by_expiry ON nonces (expires_at)",
)
# How often, at most, expired nonces are deleted (seconds).
_NONCE_PURGE_INTERVAL = 1.0


def utc_now() -> str:
    """The current time as the platform writes it: UTC, whole seconds, `Z`."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_biosample_id() -> str:
    """A random id of the platform's shape: `E-`, a capital letter, 11 digits."""
    letter = secrets.choice(string.ascii_uppercase)
    digits = "".join(secrets.choice(string.digits) for _ in range(11))
    return f"E-{letter}{digits}"


def _column(name: str) -> str:
    # Names come from the generated models and were checked by records.sample_places().
    return f'"{name}"'


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(item for item in items if item))


class Store:
    """The sandbox's data. A new database gets the schema and the fixtures on first open.

    Besides the samples, projects, tasks, survey answers and WeChat profiles kept here, each
    family has its own store interface (stores/), reached with `family()`. `families` replaces
    the families found in stores/ (for tests); `fixtures` replaces fixtures.json and the
    families' fixture files (a family's are `fixtures[NAME]`).
    """

    def __init__(
        self,
        path: str | Path = MEMORY,
        *,
        fixtures: Mapping[str, Any] | None = None,
        families: Sequence[type[FamilyStore]] | None = None,
    ):
        self.path = str(path)
        self._lock = threading.Lock()
        self._readers_lock = threading.Lock()
        self._idle_readers: list[sqlite3.Connection] = []
        self._readers: list[sqlite3.Connection] = []
        self._next_nonce_purge = 0.0
        self._conn = self._connect()
        try:
            self._open(fixtures, families)
        except BaseException:
            self._conn.close()
            raise

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(
            self.path, isolation_level=None, check_same_thread=False, timeout=10.0
        )
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        return conn

    def _open(
        self,
        fixtures: Mapping[str, Any] | None,
        families: Sequence[type[FamilyStore]] | None,
    ) -> None:
        if self.path != MEMORY:
            # WAL lets readers (our own, a test, a curious user) read while the sandbox writes.
            self._conn.execute("PRAGMA journal_mode = WAL")
        # An acknowledged write survives a crash of the process and of the machine.
        self._conn.execute("PRAGMA synchronous = FULL")
        with self._transaction() as conn:
            fresh = (
                conn.execute(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
                ).fetchone()
                is None
            )
            if fresh:
                for statement in _SCHEMA:
                    conn.execute(statement)
            self._add_sample_columns(conn)
            for statement in _LATER_SCHEMA:
                conn.execute(statement)
            if fresh:
                self._load_fixtures(conn, default_fixtures() if fixtures is None else fixtures)
                conn.execute("INSERT INTO meta (key, value) VALUES ('created', ?)", (utc_now(),))
            # A write on every open: a database that cannot be written fails here, at start,
            # rather than at every write request later.
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('opened', ?)", (utc_now(),)
            )
            self._families = open_families(
                self, conn, family_classes() if families is None else families, fixtures
            )

    def close(self) -> None:
        with self._lock:
            self._conn.close()
        with self._readers_lock:
            for reader in self._readers:
                reader.close()
            self._readers.clear()
            self._idle_readers.clear()

    def family(self, cls: type[_Family]) -> _Family:
        """The store interface of a family (a FamilyStore subclass in stores/)."""
        family = self._families.get(cls)
        if not isinstance(family, cls):
            raise LookupError(f"this Store has no family {cls.__qualname__}")
        return family

    def effects(self, operation: str | None = None) -> list[Effect]:
        """The requests of `x-external-effect` operations accepted so far (of `operation` only,
        if given), oldest first: what a test asserts on ("one SMS was sent to this number")."""
        return self.family(EffectStore).effects(operation)

    @contextmanager
    def _transaction(self, *, synchronous: str = "FULL") -> Iterator[sqlite3.Connection]:
        with self._lock:
            if synchronous != "FULL":
                self._conn.execute(f"PRAGMA synchronous = {synchronous}")
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    yield self._conn
                except BaseException:
                    self._conn.execute("ROLLBACK")
                    raise
                self._conn.execute("COMMIT")
            finally:
                if synchronous != "FULL":
                    self._conn.execute("PRAGMA synchronous = FULL")

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """A read-only transaction that neither waits for writes nor holds them up."""
        if self.path == MEMORY:
            # Another connection to ":memory:" would be another, empty, database.
            with self._transaction() as conn:
                yield conn
            return
        with self._readers_lock:
            reader = self._idle_readers.pop() if self._idle_readers else None
        if reader is None:
            reader = self._connect()
            reader.execute("PRAGMA query_only = ON")
            with self._readers_lock:
                self._readers.append(reader)
        try:
            # Deferred: a snapshot from the first read on, with no lock that blocks the writer.
            reader.execute("BEGIN")
            try:
                yield reader
            finally:
                reader.execute("COMMIT")
        finally:
            with self._readers_lock:
                self._idle_readers.append(reader)

    # ------------------------------------------------------------------ nonces

    def record_nonce(self, app_key: str, nonce: str, expires_at: float, now: float) -> bool:
        """Remember `nonce` of `app_key` until `expires_at`; False if it is remembered already.

        A nonce is live while `now <= expires_at` and deleted once `expires_at < now`: the same
        boundary as the timestamp check, which accepts a request exactly `window` seconds old.
        Committed before this returns, so a replay is refused after a restart too. Without
        fsync (synchronous NORMAL, safe under WAL when the process dies, not when the machine
        does): a nonce costs no disk flush, and every request records one.
        """
        with self._transaction(synchronous="NORMAL") as conn:
            if now >= self._next_nonce_purge:
                conn.execute("DELETE FROM nonces WHERE expires_at < ?", (now,))
                self._next_nonce_purge = now + _NONCE_PURGE_INTERVAL
            row = conn.execute(
                "SELECT expires_at FROM nonces WHERE app_key = ? AND nonce = ?", (app_key, nonce)
            ).fetchone()
            if row is not None and row[0] >= now:
                return False
            conn.execute(
                "INSERT OR REPLACE INTO nonces (app_key, nonce, expires_at) VALUES (?, ?, ?)",
                (app_key, nonce, expires_at),
            )
        return True

    def count_nonces(self) -> int:
        """How many nonces are remembered (expired ones not yet deleted included)."""
        with self._reading() as conn:
            return int(conn.execute("SELECT count(*) FROM nonces").fetchone()[0])

    @staticmethod
    def _add_sample_columns(conn: sqlite3.Connection) -> None:
        """Give `samples` a column for every value of the Sample model it lacks.

        Columns have no declared type, so SQLite keeps each value as stored (1.0 stays REAL).
        A database made before the spec grew a field gains that field here, holding NULL.
        """
        present = {row["name"] for row in conn.execute("PRAGMA table_info(samples)")}
        for name in sample_places():
            if name not in present:
                conn.execute(f"ALTER TABLE samples ADD COLUMN {_column(name)}")
        if "sample_id" in sample_places():
            conn.execute("CREATE INDEX IF NOT EXISTS samples_by_external_id ON samples (sample_id)")

    # ------------------------------------------------------------------ fixtures

    def _load_fixtures(self, conn: sqlite3.Connection, fixtures: Mapping[str, Any]) -> None:
        for project in fixtures.get("projects", []):
            self._insert_project(conn, project)
        for sample in fixtures.get("samples", []):
            record = dict(sample)
            project_ids = record.pop("project_ids")
            projects = [self._project(conn, project_id) for project_id in project_ids]
            if None in projects:
                raise ValueError(f"fixture sample {record['biosample_id']} names unknown project")
            checked = Sample.model_validate({**record, "project": projects})
            self._insert_sample(conn, checked, project_ids)
        for task in fixtures.get("tasks", []):
            result = TaskResult.model_validate(
                {"status": task["status"], "result": task.get("result")}
            ).model_dump(mode="json")
            conn.execute(
                "INSERT INTO tasks (task_id, status, result) VALUES (?, ?, ?)",
                (
                    task["task_id"].lower(),
                    result["status"],
                    None if result["result"] is None else json.dumps(result["result"]),
                ),
            )
        for user_id, element, concept_code, content in fixtures.get("survey_answers", []):
            conn.execute(
                "INSERT INTO survey_answers (user_id, data_element_identifier_de, concept_code,"
                " content) VALUES (?, ?, ?, ?)",
                (user_id, element, concept_code, content),
            )
        for profile in fixtures.get("wechat_profiles", []):
            record = dict(profile)
            user_id = record.pop("user_id")
            checked_profile = WechatProfile.model_validate(record)
            conn.execute(
                "INSERT INTO wechat_profiles (user_id, record) VALUES (?, ?)",
                (user_id, checked_profile.model_dump_json()),
            )

    @staticmethod
    def _insert_project(conn: sqlite3.Connection, project: Mapping[str, Any]) -> None:
        record = {name: value for name, value in project.items() if name != "comment"}
        checked = SampleProject.model_validate(record)
        # Validates the survey side of the project too.
        SurveyProject(
            project_id=checked.project_id,
            comment=project.get("comment", ""),
            release_survey_id=checked.release_survey_id,
        )
        conn.execute(
            "INSERT INTO projects (project_id, record, comment) VALUES (?, ?, ?)",
            (checked.project_id, checked.model_dump_json(), project.get("comment", "")),
        )

    @staticmethod
    def _insert_sample(conn: sqlite3.Connection, sample: Sample, project_ids: list[str]) -> None:
        row = row_from_sample(sample)
        columns = ", ".join(_column(name) for name in row)
        marks = ", ".join("?" for _ in row)
        conn.execute(f"INSERT INTO samples ({columns}) VALUES ({marks})", tuple(row.values()))
        conn.executemany(
            "INSERT INTO sample_projects (biosample_id, project_id, position) VALUES (?, ?, ?)",
            [(sample.biosample_id, pid, position) for position, pid in enumerate(project_ids)],
        )

    # ------------------------------------------------------------------ reading helpers

    @staticmethod
    def _project(conn: sqlite3.Connection, project_id: str) -> SampleProject | None:
        row = conn.execute(
            "SELECT record FROM projects WHERE project_id = ?", (project_id,)
        ).fetchone()
        return None if row is None else SampleProject.model_validate_json(row["record"])

    @staticmethod
    def _sample(conn: sqlite3.Connection, row: sqlite3.Row) -> Sample:
        projects = [
            SampleProject.model_validate_json(project["record"])
            for project in conn.execute(
                "SELECT p.record FROM sample_projects AS sp JOIN projects AS p USING (project_id)"
                " WHERE sp.biosample_id = ? ORDER BY sp.position",
                (row["biosample_id"],),
            )
        ]
        return sample_from_row(row, projects)

    # ------------------------------------------------------------------ samples

    def samples_by_biosample_ids(self, biosample_ids: Iterable[str]) -> list[Sample]:
        """The samples with these ids, in the order asked; unknown ids are left out."""
        found: list[Sample] = []
        with self._reading() as conn:
            for biosample_id in _unique(biosample_ids):
                row = conn.execute(
                    "SELECT * FROM samples WHERE biosample_id = ?", (biosample_id,)
                ).fetchone()
                if row is not None:
                    found.append(self._sample(conn, row))
        return found

    def require_sample(self, biosample_id: str) -> None:
        """40401 unless the sample is one of the registry's (what get_samples answers).

        Samples are never deleted, so a sample found here still exists when the caller writes.
        """
        with self._reading() as conn:
            row = conn.execute(
                "SELECT 1 FROM samples WHERE biosample_id = ?", (biosample_id,)
            ).fetchone()
        if row is None:
            raise ApiError(NOT_FOUND, f"sample {biosample_id} does not exist")

    def samples_by_external_ids(self, external_ids: Iterable[str]) -> list[Sample]:
        """The samples with these external ids, in the order asked, each sample once."""
        found: dict[str, Sample] = {}
        with self._reading() as conn:
            for external_id in _unique(external_ids):
                for row in conn.execute(
                    "SELECT * FROM samples WHERE sample_id = ? ORDER BY seq", (external_id,)
                ).fetchall():
                    if row["biosample_id"] not in found:
                        found[row["biosample_id"]] = self._sample(conn, row)
        return list(found.values())

    def register_sample(
        self,
        *,
        project_id: str,
        biosample_site: int,
        external_sample_id: str | None,
        attributes: Mapping[str, Any],
    ) -> str:
        """Create a sample in a known project and return its new biosample id."""
        with self._transaction() as conn:
            project = self._project(conn, project_id)
            if project is None:
                raise ApiError(NOT_FOUND, f"project {project_id} does not exist")
            for _ in range(_ID_ATTEMPTS):
                biosample_id = new_biosample_id()
                taken = conn.execute(
                    "SELECT 1 FROM samples WHERE biosample_id = ?", (biosample_id,)
                ).fetchone()
                if taken is None:
                    break
            else:  # pragma: no cover - 26e11 ids make this practically impossible
                raise RuntimeError("could not find an unused biosample id")
            now = utc_now()
            row: dict[str, Any] = dict.fromkeys(sample_places())
            row.update(
                biosample_id=biosample_id,
                sample_id=external_sample_id,
                status=-1,
                l3_availability=False,
                create_time=now,
                update_time=now,
                biosample_site=biosample_site,
            )
            row.update(attributes)
            # Built through the generated model, so that only a valid Sample is ever stored.
            sample = sample_from_row(row, [project])
            self._insert_sample(conn, sample, [project_id])
        return biosample_id

    def improve_sample(self, biosample_id: str, attributes: Mapping[str, Any]) -> list[str]:
        """Fill in the sample's empty attributes; return the names that changed.

        All or nothing: when any given attribute already holds a different value, nothing
        changes and ApiError 40901 names every such attribute.
        """
        with self._transaction() as conn:
            row = conn.execute(
                "SELECT * FROM samples WHERE biosample_id = ?", (biosample_id,)
            ).fetchone()
            if row is None:
                raise ApiError(NOT_FOUND, f"sample {biosample_id} does not exist")
            conflicts = [
                f"{name} is already {row[name]!r}"
                for name, value in attributes.items()
                if not is_empty(row[name]) and not same_value(name, row[name], value)
            ]
            if conflicts:
                raise ApiError(
                    CONFLICT,
                    f"sample {biosample_id}: {'; '.join(conflicts)}; only attributes without a "
                    "value can be filled in, so nothing was changed",
                )
            changes = {
                name: value
                for name, value in attributes.items()
                if is_empty(row[name]) and value != row[name]
            }
            if changes:
                changes["update_time"] = utc_now()
                assignments = ", ".join(f"{_column(name)} = ?" for name in changes)
                conn.execute(
                    f"UPDATE samples SET {assignments} WHERE biosample_id = ?",
                    (*changes.values(), biosample_id),
                )
        return [name for name in changes if name != "update_time"]

    def count_samples(self) -> int:
        with self._reading() as conn:
            return int(conn.execute("SELECT count(*) FROM samples").fetchone()[0])

    # ------------------------------------------------------------------ tasks and surveys

    def task(self, task_id: str) -> TaskResult | None:
        """The task's state and result, or None for a task the sandbox never heard of."""
        with self._reading() as conn:
            row = conn.execute(
                "SELECT status, result FROM tasks WHERE task_id = ?", (task_id.lower(),)
            ).fetchone()
        if row is None:
            return None
        result = None if row["result"] is None else json.loads(row["result"])
        return TaskResult.model_validate({"status": row["status"], "result": result})

    def survey_projects(self, project_ids: Iterable[str]) -> list[SurveyProject]:
        """The known projects among these ids with their released survey, in the order asked."""
        found: list[SurveyProject] = []
        with self._reading() as conn:
            for project_id in _unique(project_ids):
                row = conn.execute(
                    "SELECT record, comment FROM projects WHERE project_id = ?", (project_id,)
                ).fetchone()
                if row is not None:
                    project = SampleProject.model_validate_json(row["record"])
                    found.append(
                        SurveyProject(
                            project_id=project.project_id,
                            comment=row["comment"],
                            release_survey_id=project.release_survey_id,
                        )
                    )
        return found

    def answers(
        self, data_elements: Iterable[str]
    ) -> list[tuple[str, str, str | None, str | None]]:
        """Every answer to these data elements: (user_id, element, concept_code, content)."""
        elements = _unique(data_elements)
        if not elements:
            return []
        marks = ", ".join("?" for _ in elements)
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT user_id, data_element_identifier_de, concept_code, content"
                f" FROM survey_answers WHERE data_element_identifier_de IN ({marks})",
                elements,
            ).fetchall()
        return [(row[0], row[1], row[2], row[3]) for row in rows]

    def users_with_answers(self) -> list[str]:
        """Every user who answered anything, ordered by user id."""
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT DISTINCT user_id FROM survey_answers ORDER BY user_id"
            ).fetchall()
        return [row[0] for row in rows]

    def question_size(self, user_id: str) -> int:
        """How many distinct data elements the user has answered."""
        with self._reading() as conn:
            row = conn.execute(
                "SELECT count(DISTINCT data_element_identifier_de) FROM survey_answers"
                " WHERE user_id = ?",
                (user_id,),
            ).fetchone()
        return int(row[0])

    def wechat_profile(self, user_id: str) -> WechatProfile | None:
        with self._reading() as conn:
            row = conn.execute(
                "SELECT record FROM wechat_profiles WHERE user_id = ?", (user_id,)
            ).fetchone()
        return None if row is None else WechatProfile.model_validate_json(row["record"])


def default_fixtures() -> dict[str, Any]:
    """The packaged fixtures: every record the documentation's examples show, and a few more."""
    text = resources.files(__package__).joinpath("fixtures.json").read_text(encoding="utf-8")
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("fixtures.json must hold an object")
    return data
