"""One store interface per family, sharing the Store's SQLite connection and transactions.

A family store is a `FamilyStore` subclass in a module of this package (found on start-up, like
handler modules): it names its tables in `SCHEMA`, loads `fixtures/<NAME>.json` in
`load_fixtures`, and offers the methods its handlers call, each one transaction
(`with self.write() as conn:` or `with self.read() as conn:`). Handlers reach it with
`store.family(ThatStore)`. Families whose records are JSON documents can skip tables of their
own and use `self.documents` (see `Documents`). The guide for family authors is in
`handlers/__init__.py`.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import BaseModel

from ..errors import CONFLICT, ApiError

if TYPE_CHECKING:
    from ..store import Store

# Keys of the core fixtures.json (samples, projects, ... in store.py); a family may not use them.
CORE_FIXTURE_KEYS = frozenset(
    {"about", "projects", "samples", "tasks", "survey_answers", "wechat_profiles"}
)
_FAMILY_META_PREFIX = "family:"

DOCUMENTS_SCHEMA = (
    # `seq` is the insertion order: listings follow it, so pages and cursors stay put when
    # documents are added (at the end) or replaced (in place).
    "CREATE TABLE IF NOT EXISTS documents (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " family TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL, parent TEXT,"
    " body TEXT NOT NULL, created TEXT NOT NULL, updated TEXT NOT NULL,"
    " UNIQUE (family, kind, id))",
    "CREATE INDEX IF NOT EXISTS documents_by_parent ON documents (family, kind, parent, seq)",
)


def utc_now() -> str:
    """The current time as the platform writes it (as store.utc_now, which imports this package
    and so cannot be imported here)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------------- documents


@dataclass(frozen=True)
class Document:
    """One stored JSON document."""

    kind: str
    id: str
    parent: str | None
    body: dict[str, Any]
    seq: int
    """Its place in insertion order (unique, increasing): a stable sort and cursor key."""
    created: str
    updated: str


def _body_json(body: Mapping[str, Any] | BaseModel) -> str:
    if isinstance(body, BaseModel):
        return body.model_dump_json()
    return json.dumps(dict(body), ensure_ascii=False, allow_nan=False, separators=(",", ":"))


class Documents:
    """A family's JSON documents, by kind (`"model"`, `"model_version"`) and id.

    Every method takes the connection of a transaction the caller holds (`with
    family.write() as conn:`), so that several changes, and a read with its count, are atomic.
    Listings are in insertion order; replacing a document keeps its place.
    """

    def __init__(self, family: str) -> None:
        self.family = family

    @staticmethod
    def _document(row: sqlite3.Row) -> Document:
        return Document(
            kind=row["kind"],
            id=row["id"],
            parent=row["parent"],
            body=json.loads(row["body"]),
            seq=row["seq"],
            created=row["created"],
            updated=row["updated"],
        )

    def put(
        self,
        conn: sqlite3.Connection,
        kind: str,
        id: str,
        body: Mapping[str, Any] | BaseModel,
        *,
        parent: str | None = None,
    ) -> Document:
        """Store `body` under (kind, id): a new document at the end, or a replaced one in place."""
        now = utc_now()
        conn.execute(
            "INSERT INTO documents (family, kind, id, parent, body, created, updated)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (family, kind, id) DO UPDATE SET"
            " parent = excluded.parent, body = excluded.body, updated = excluded.updated",
            (self.family, kind, id, parent, _body_json(body), now, now),
        )
        document = self.get(conn, kind, id)
        assert document is not None
        return document

    def insert(
        self,
        conn: sqlite3.Connection,
        kind: str,
        id: str,
        body: Mapping[str, Any] | BaseModel,
        *,
        parent: str | None = None,
    ) -> Document:
        """Like put(), but a document already there is ApiError 40901 and stays as it was."""
        if self.get(conn, kind, id) is not None:
            raise ApiError(CONFLICT, f"{kind} {id} already exists")
        return self.put(conn, kind, id, body, parent=parent)

    def get(self, conn: sqlite3.Connection, kind: str, id: str) -> Document | None:
        row = conn.execute(
            "SELECT * FROM documents WHERE family = ? AND kind = ? AND id = ?",
            (self.family, kind, id),
        ).fetchone()
        return None if row is None else self._document(row)

    def get_many(self, conn: sqlite3.Connection, kind: str, ids: Iterable[str]) -> list[Document]:
        """The documents with these ids, in the order asked, each once; unknown ids left out."""
        found: list[Document] = []
        for id in dict.fromkeys(ids):
            document = self.get(conn, kind, id)
            if document is not None:
                found.append(document)
        return found

    def select(
        self, conn: sqlite3.Connection, kind: str, *, parent: str | None = None
    ) -> list[Document]:
        """Every document of `kind` (with `parent`: only its children), in insertion order."""
        if parent is None:
            rows = conn.execute(
                "SELECT * FROM documents WHERE family = ? AND kind = ? ORDER BY seq",
                (self.family, kind),
            )
        else:
            rows = conn.execute(
                "SELECT * FROM documents WHERE family = ? AND kind = ? AND parent = ? ORDER BY seq",
                (self.family, kind, parent),
            )
        return [self._document(row) for row in rows.fetchall()]

    def delete(self, conn: sqlite3.Connection, kind: str, id: str) -> bool:
        """Delete one document; whether it existed."""
        cursor = conn.execute(
            "DELETE FROM documents WHERE family = ? AND kind = ? AND id = ?",
            (self.family, kind, id),
        )
        return cursor.rowcount > 0

    def delete_children(self, conn: sqlite3.Connection, kind: str, parent: str) -> int:
        """Delete every document of `kind` under `parent`; how many there were."""
        cursor = conn.execute(
            "DELETE FROM documents WHERE family = ? AND kind = ? AND parent = ?",
            (self.family, kind, parent),
        )
        return cursor.rowcount


# ---------------------------------------------------------------------- family stores


class FamilyStore:
    """The store interface of one family. Subclass it in a module of this package."""

    NAME: ClassVar[str]
    """The family's name: its fixtures file (`fixtures/<NAME>.json`) and documents' namespace."""
    SCHEMA: ClassVar[Sequence[str]] = ()
    """CREATE TABLE / CREATE INDEX statements for the family's own tables. They run once per
    database, the first time a Store opens it with this family (a database made before the
    family existed gains its tables and fixtures then)."""
    FIXTURES_AFTER: ClassVar[Sequence[str]] = ()
    """The families (by NAME) whose fixtures this one's load_fixtures reads (it checks its
    records against theirs): they open first. A family not opened with it is not waited for."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.documents = Documents(self.NAME)

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One transaction that may change the database (all or nothing)."""
        with self.store._transaction() as conn:
            yield conn

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """One transaction that only reads: everything read in it is one consistent state."""
        # On a file, a read-only WAL connection of its own: it neither waits for writes nor
        # holds them up (in memory, the one connection).
        with self.store._reading() as conn:
            yield conn

    def upgrade(self, conn: sqlite3.Connection) -> None:
        """Bring a database an earlier sandbox made up to date (on every open, after
        load_fixtures, inside the opening transaction; families in fixture order). The
        default changes nothing."""

    def load_fixtures(self, conn: sqlite3.Connection, fixtures: Mapping[str, Any]) -> None:
        """Insert the family's fixture records (`fixtures/<NAME>.json`, a JSON object).

        Runs once per database, right after SCHEMA, inside the opening transaction. Validate
        each record with the generated models before storing it. The default loads nothing and
        refuses fixtures it would silently ignore.
        """
        if fixtures:
            raise ValueError(
                f"family {self.NAME} has fixtures ({', '.join(fixtures)}) but no load_fixtures"
            )


def packaged_fixtures(name: str, root: Traversable | None = None) -> dict[str, Any]:
    """The JSON object in `fixtures/<name>.json` of this package (`{}` when there is none)."""
    folder = resources.files("bge_private_sandbox").joinpath("fixtures") if root is None else root
    path = folder.joinpath(f"{name}.json")
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"fixtures/{name}.json must hold a JSON object")
    return data


def _family_fixtures(name: str, given: Mapping[str, Any] | None) -> Mapping[str, Any]:
    if given is None:
        return packaged_fixtures(name)
    value = given.get(name, {})
    if not isinstance(value, Mapping):
        raise ValueError(f"fixtures[{name!r}] must be an object")
    return value


@cache
def family_classes() -> tuple[type[FamilyStore], ...]:
    """Every FamilyStore subclass defined in a module of this package, by module name."""
    found: list[type[FamilyStore]] = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda info: info.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        found.extend(
            value
            for value in vars(module).values()
            if isinstance(value, type)
            and issubclass(value, FamilyStore)
            and value.__module__ == module.__name__
        )
    check_families(found)
    return tuple(found)


def check_families(classes: Sequence[type[FamilyStore]]) -> None:
    """Refuse families without a NAME, with a name taken, or with a core fixtures key."""
    names: dict[str, type[FamilyStore]] = {}
    for cls in classes:
        name = getattr(cls, "NAME", None)
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f"{cls.__qualname__}: NAME must be set to an identifier")
        if name in names:
            raise TypeError(f"families {names[name].__qualname__} and {cls.__qualname__}: {name}")
        if name in CORE_FIXTURE_KEYS:
            raise TypeError(f"{cls.__qualname__}: NAME {name!r} is a key of fixtures.json")
        names[name] = cls


def fixture_order(classes: Sequence[type[FamilyStore]]) -> list[type[FamilyStore]]:
    """The families in the order given, except that each comes after those it names in
    FIXTURES_AFTER (among `classes`); TypeError for a cycle."""
    by_name = {cls.NAME: cls for cls in classes}
    ordered: list[type[FamilyStore]] = []
    visiting: list[str] = []

    def visit(cls: type[FamilyStore]) -> None:
        if cls in ordered:
            return
        if cls.NAME in visiting:
            raise TypeError(
                f"families' FIXTURES_AFTER make a cycle: {' -> '.join([*visiting, cls.NAME])}"
            )
        visiting.append(cls.NAME)
        for name in cls.FIXTURES_AFTER:
            if name in by_name:
                visit(by_name[name])
        visiting.pop()
        ordered.append(cls)

    for cls in classes:
        visit(cls)
    return ordered


def open_families(
    store: Store,
    conn: sqlite3.Connection,
    classes: Sequence[type[FamilyStore]],
    fixtures: Mapping[str, Any] | None,
) -> dict[type[FamilyStore], FamilyStore]:
    """Make each family's store; give a database each family's tables and fixtures once.

    Runs inside the Store's opening transaction. `fixtures` None: each family's packaged file;
    otherwise `fixtures[NAME]` (absent: none).
    """
    check_families(classes)
    for statement in DOCUMENTS_SCHEMA:
        conn.execute(statement)
    families: dict[type[FamilyStore], FamilyStore] = {}
    for cls in fixture_order(classes):
        family = cls(store)
        key = _FAMILY_META_PREFIX + cls.NAME
        if conn.execute("SELECT 1 FROM meta WHERE key = ?", (key,)).fetchone() is None:
            for statement in cls.SCHEMA:
                conn.execute(statement)
            family.load_fixtures(conn, _family_fixtures(cls.NAME, fixtures))
            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (key, utc_now()))
        family.upgrade(conn)
        families[cls] = family
    return families
