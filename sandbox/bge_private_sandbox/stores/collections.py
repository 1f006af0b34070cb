"""The collections family's store: named sets of data elements, created, edited, read, deleted.

A collection keeps the element ids it was given; readers see them through the data elements'
`resolve()`, so an element discarded later drops out and one merged later reads as the element
it was merged into. A deleted collection is gone: its row is removed.
"""

from __future__ import annotations

import secrets
import sqlite3
import string
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..errors import INVALID_ARGUMENT, NOT_FOUND, ApiError
from ..models import Collection, CollectionOmic, CollectionType
from . import FamilyStore
from .data_elements import APP, DataElementStore, highlights

_ID_ATTEMPTS = 20
SEARCHED = ("collection_name", "collection_description")
"""The members of a collection that data_element_search looks in."""


def new_collection_id() -> str:
    """A random id of the platform's shape: `C-`, a capital letter, 11 digits."""
    letter = secrets.choice(string.ascii_uppercase)
    digits = "".join(secrets.choice(string.digits) for _ in range(11))
    return f"C-{letter}{digits}"


class CollectionStore(FamilyStore):
    """Collections of data elements."""

    NAME = "collections"
    SCHEMA = (
        # `record` is the Collection (generated model, JSON) with the element ids as given.
        "CREATE TABLE collections (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
        " collection_id TEXT NOT NULL UNIQUE, record TEXT NOT NULL)",
    )

    def load_fixtures(self, conn: sqlite3.Connection, fixtures: Mapping[str, Any]) -> None:
        for record in fixtures.get("collections", []):
            checked = Collection.model_validate(record)
            conn.execute(
                "INSERT INTO collections (collection_id, record) VALUES (?, ?)",
                (checked.collection_id, checked.model_dump_json()),
            )

    # ------------------------------------------------------------------ rows

    @staticmethod
    def _stored(conn: sqlite3.Connection, collection_id: str) -> Collection:
        row = conn.execute(
            "SELECT record FROM collections WHERE collection_id = ?", (collection_id,)
        ).fetchone()
        if row is None:
            raise ApiError(NOT_FOUND, f"collection {collection_id} does not exist")
        return Collection.model_validate_json(row["record"])

    def _seen(self, conn: sqlite3.Connection, collection: Collection) -> Collection:
        """The collection as readers see it: its elements resolved, each once."""
        ids = [str(data_element_id) for data_element_id in collection.deids]
        resolved = self.store.family(DataElementStore).resolve(conn, ids)
        seen = dict.fromkeys(resolved[i] for i in ids if i in resolved)
        return Collection.model_validate({**collection.model_dump(), "deids": list(seen)})

    def _check_elements(self, conn: sqlite3.Connection, data_element_ids: Sequence[str]) -> None:
        absent = self.store.family(DataElementStore).missing(conn, data_element_ids)
        if absent:
            shown = ", ".join(absent[:5]) + (
                f" and {len(absent) - 5} more" if len(absent) > 5 else ""
            )
            raise ApiError(
                INVALID_ARGUMENT,
                f"invalid argument: data_element_ids: no such data element: {shown}",
            )

    @staticmethod
    def _save(conn: sqlite3.Connection, collection: Collection) -> None:
        conn.execute(
            "UPDATE collections SET record = ? WHERE collection_id = ?",
            (collection.model_dump_json(), collection.collection_id),
        )

    # ------------------------------------------------------------------ the operations

    def add(
        self,
        *,
        name: str,
        type: CollectionType,
        omic: CollectionOmic,
        description: str | None,
        data_element_ids: Sequence[str],
    ) -> str:
        """Create a collection (its elements must all exist: 40001) and give its new id."""
        with self.write() as conn:
            self._check_elements(conn, data_element_ids)
            for _ in range(_ID_ATTEMPTS):
                collection_id = new_collection_id()
                taken = conn.execute(
                    "SELECT 1 FROM collections WHERE collection_id = ?", (collection_id,)
                ).fetchone()
                if taken is None:
                    break
            else:  # pragma: no cover - 26e11 ids make this practically impossible
                raise RuntimeError("could not find an unused collection id")
            collection = Collection.model_validate(
                {
                    "collection_id": collection_id,
                    "collection_name": name,
                    "collection_type": type,
                    "collection_omic": omic,
                    "collection_description": description or "",
                    "deids": list(dict.fromkeys(data_element_ids)),
                }
            )
            conn.execute(
                "INSERT INTO collections (collection_id, record) VALUES (?, ?)",
                (collection_id, collection.model_dump_json()),
            )
        return collection_id

    def edit(
        self,
        collection_id: str,
        changes: Mapping[str, Any],
        data_element_ids: Sequence[str] | None,
    ) -> None:
        """Overwrite the attributes in `changes` and, when given, the elements; 40401 for an
        unknown collection, 40001 for an unknown element."""
        with self.write() as conn:
            collection = self._stored(conn, collection_id)
            update = dict(changes)
            if data_element_ids is not None:
                self._check_elements(conn, data_element_ids)
                update["deids"] = list(dict.fromkeys(data_element_ids))
            self._save(conn, Collection.model_validate({**collection.model_dump(), **update}))

    def detail(self, collection_id: str) -> Collection:
        """The collection as readers see it; 40401 for an unknown (or deleted) one."""
        with self.read() as conn:
            return self._seen(conn, self._stored(conn, collection_id))

    def delete(self, collection_id: str) -> None:
        """Delete the collection (and so its search entry); 40401 for an unknown one."""
        with self.write() as conn:
            deleted = conn.execute(
                "DELETE FROM collections WHERE collection_id = ?", (collection_id,)
            ).rowcount
            if not deleted:
                raise ApiError(NOT_FOUND, f"collection {collection_id} does not exist")

    # ------------------------------------------------------------------ for other families

    def element_ids(self, conn: sqlite3.Connection, collection_id: str) -> list[str]:
        """The collection's data elements as readers see them, inside the caller's transaction;
        40401 for an unknown collection."""
        seen = self._seen(conn, self._stored(conn, collection_id))
        return [str(data_element_id) for data_element_id in seen.deids]

    def search_hits(self, conn: sqlite3.Connection, terms: Iterable[str]) -> list[dict[str, Any]]:
        """The search hits (DataElementSearchHit JSON) among collections, in their order of
        creation, inside the caller's transaction."""
        wanted = list(terms)
        hits: list[dict[str, Any]] = []
        for row in conn.execute("SELECT record FROM collections ORDER BY seq").fetchall():
            collection = self._seen(conn, Collection.model_validate_json(row["record"]))
            record = collection.model_dump(mode="json")
            marked = highlights(record, SEARCHED, wanted)
            if marked:
                hits.append(
                    {
                        "id": collection.collection_id,
                        "app": APP,
                        "type": "collection",
                        "highlight": marked,
                        "data": record,
                    }
                )
        return hits
