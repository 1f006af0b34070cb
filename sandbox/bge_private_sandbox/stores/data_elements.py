"""The data elements family's store: elements by id and by source, replaced, discarded, merged.

An element is one row, keyed by its id and by (source domain, source id). A discarded element,
or one merged into another, stays in the table (so a source keeps its id) but no reader sees it:
the readers of other families resolve ids through `resolve()`, which follows merges to the
element that took an id over and drops discarded ones.
"""

from __future__ import annotations

import html
import json
import sqlite3
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from pydantic import ValidationError

from ..errors import INVALID_ARGUMENT, NOT_FOUND, ApiError
from ..forms import describe_validation_error
from ..models import DataElement
from . import FamilyStore

APP = "bge_v2"
"""The application that owns the platform's search index (`app` of every search hit)."""
DEFAULT_FLAG = 1
"""The state flag of a new element; every element the documentation shows has flag 1."""
IDENTITY = ("data_element_id", "data_element_source_domain", "data_element_source_id")
_HIGHLIGHT = '<span class="highlight">{}</span>'
_MAX_MERGE_HOPS = 1000


def canonical_id(text: str, field: str) -> str:
    """A data element id in its canonical form (lower-case UUID); 40001 for anything else."""
    try:
        return str(uuid.UUID(text.strip()))
    except ValueError:
        raise ApiError(
            INVALID_ARGUMENT,
            f"invalid argument: {field}: {text!r} is not a data element id (a UUID)",
        ) from None


def search_terms(query: str) -> list[str]:
    """The terms of a search query: separated by commas or white space, compared case-blind."""
    return list(dict.fromkeys(term.casefold() for term in query.replace(",", " ").split()))


def highlight(text: str, terms: Sequence[str]) -> str | None:
    """`text` as HTML with every occurrence of a term wrapped in the highlight span, or None
    when no term occurs in it."""
    folded = text.casefold()
    if len(folded) != len(text):  # casefold changed the length (ß -> ss): match on lower()
        folded = text.lower()
    spans: list[list[int]] = []
    for term in terms:
        start = folded.find(term)
        while term and start >= 0:
            spans.append([start, start + len(term)])
            start = folded.find(term, start + 1)
    if not spans:
        return None
    spans.sort()
    merged = [spans[0]]
    for begin, end in spans[1:]:
        if begin <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([begin, end])
    parts: list[str] = []
    position = 0
    for begin, end in merged:
        parts.append(html.escape(text[position:begin], quote=False))
        parts.append(_HIGHLIGHT.format(html.escape(text[begin:end], quote=False)))
        position = end
    parts.append(html.escape(text[position:], quote=False))
    return "".join(parts)


def highlights(
    record: Mapping[str, Any], fields: Iterable[str], terms: Sequence[str]
) -> dict[str, str]:
    """The highlighted text of each of `fields` of `record` (string members) a term occurs in."""
    found: dict[str, str] = {}
    for name in fields:
        value = record.get(name)
        if isinstance(value, str):
            marked = highlight(value, terms)
            if marked is not None:
                found[name] = marked
    return found


class DataElementStore(FamilyStore):
    """Data elements: read by id or source, upserted by source, discarded, merged."""

    NAME = "data_elements"
    SCHEMA = (
        # `record` is the element as the generated DataElement model validated it (JSON).
        # `merged_into` is the element this one was merged into (NULL: not merged).
        "CREATE TABLE data_elements (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
        " data_element_id TEXT NOT NULL UNIQUE, source_domain TEXT NOT NULL,"
        " source_id TEXT NOT NULL, record TEXT NOT NULL, discarded INTEGER NOT NULL DEFAULT 0,"
        " merged_into TEXT REFERENCES data_elements (data_element_id), merge_comment TEXT,"
        " UNIQUE (source_domain, source_id))",
    )

    def load_fixtures(self, conn: sqlite3.Connection, fixtures: Mapping[str, Any]) -> None:
        for record in fixtures.get("data_elements", []):
            self._insert(conn, DataElement.model_validate(record))
        for data_element_id in fixtures.get("discarded", []):
            conn.execute(
                "UPDATE data_elements SET discarded = 1 WHERE data_element_id = ?",
                (data_element_id,),
            )

    # ------------------------------------------------------------------ rows

    @staticmethod
    def _insert(conn: sqlite3.Connection, element: DataElement) -> None:
        conn.execute(
            "INSERT INTO data_elements (data_element_id, source_domain, source_id, record)"
            " VALUES (?, ?, ?, ?)",
            (
                str(element.data_element_id),
                element.data_element_source_domain,
                element.data_element_source_id,
                _record_json(element),
            ),
        )

    @staticmethod
    def _row_by_id(conn: sqlite3.Connection, data_element_id: str) -> sqlite3.Row | None:
        row: sqlite3.Row | None = conn.execute(
            "SELECT * FROM data_elements WHERE data_element_id = ?", (data_element_id,)
        ).fetchone()
        return row

    @staticmethod
    def _row_by_source(conn: sqlite3.Connection, domain: str, source_id: str) -> sqlite3.Row | None:
        row: sqlite3.Row | None = conn.execute(
            "SELECT * FROM data_elements WHERE source_domain = ? AND source_id = ?",
            (domain, source_id),
        ).fetchone()
        return row

    @staticmethod
    def _hidden_reason(row: sqlite3.Row) -> str | None:
        """Why no reader sees this element (None: every reader does)."""
        if row["merged_into"] is not None:
            return f"was merged into {row['merged_into']}"
        if row["discarded"]:
            return "was discarded"
        return None

    def _visible(self, row: sqlite3.Row | None, what: str) -> DataElement:
        if row is None:
            raise ApiError(NOT_FOUND, f"data element {what} does not exist")
        reason = self._hidden_reason(row)
        if reason is not None:
            raise ApiError(NOT_FOUND, f"data element {what} {reason}")
        return DataElement.model_validate_json(row["record"])

    # ------------------------------------------------------------------ reading

    def element(self, data_element_id: str) -> DataElement:
        """The element with this id; 40401 when there is none or it was discarded or merged."""
        with self.read() as conn:
            return self._visible(self._row_by_id(conn, data_element_id), data_element_id)

    def by_source(self, domain: str, source_id: str) -> DataElement:
        """The element of this source; 40401 when there is none or it was discarded or merged."""
        with self.read() as conn:
            row = self._row_by_source(conn, domain, source_id)
            return self._visible(row, f"{domain} {source_id}")

    def by_sources(self, domain: str, source_ids: Iterable[str]) -> list[DataElement]:
        """The elements of these sources in one domain, in the order asked, each once; unknown,
        discarded and merged ones left out."""
        found: list[DataElement] = []
        with self.read() as conn:
            for source_id in dict.fromkeys(source_ids):
                row = self._row_by_source(conn, domain, source_id)
                if row is not None and self._hidden_reason(row) is None:
                    found.append(DataElement.model_validate_json(row["record"]))
        return found

    def search(
        self,
        terms: Sequence[str],
        *,
        domains: Sequence[str],
        elements: bool,
        collections: bool,
    ) -> list[dict[str, Any]]:
        """Every search hit for `terms` (see search_terms()) in one consistent state: visible
        elements (of `domains` only, when given) in their order of creation, then collections.

        A hit is the JSON of a DataElementSearchHit: a term occurs (case-blind) in one of the
        object's text members, each of which is highlighted."""
        from .collections import CollectionStore  # collections depend on elements, not back

        hits: list[dict[str, Any]] = []
        with self.read() as conn:
            if elements:
                rows = conn.execute(
                    "SELECT record FROM data_elements WHERE discarded = 0 AND merged_into IS NULL"
                    " ORDER BY seq"
                ).fetchall()
                wanted = set(domains)
                for row in rows:
                    record = json.loads(row["record"])
                    if wanted and record["data_element_source_domain"] not in wanted:
                        continue
                    marked = highlights(record, record, terms)
                    if marked:
                        hits.append(
                            {
                                "id": record["data_element_id"],
                                "app": APP,
                                "type": "data_element",
                                "highlight": marked,
                                "data": record,
                            }
                        )
            if collections:
                hits.extend(self.store.family(CollectionStore).search_hits(conn, terms))
        return hits

    # ------------------------------------------------------------------ for other families

    def resolve(self, conn: sqlite3.Connection, data_element_ids: Iterable[str]) -> dict[str, str]:
        """What each id reads as, inside the caller's transaction: the id itself, or the element
        it was merged into (following merges). Unknown and discarded ones are left out."""
        resolved: dict[str, str] = {}
        for data_element_id in dict.fromkeys(data_element_ids):
            current = data_element_id
            for _ in range(_MAX_MERGE_HOPS):
                row = self._row_by_id(conn, current)
                if row is None or (row["merged_into"] is None and row["discarded"]):
                    break
                if row["merged_into"] is None:
                    resolved[data_element_id] = current
                    break
                current = row["merged_into"]
        return resolved

    def visible(self, conn: sqlite3.Connection, data_element_id: str) -> DataElement | None:
        """The element with this id as every reader sees it, inside the caller's transaction;
        None when there is none or it was discarded or merged away."""
        row = self._row_by_id(conn, data_element_id)
        if row is None or self._hidden_reason(row) is not None:
            return None
        return DataElement.model_validate_json(row["record"])

    def read_as(self, conn: sqlite3.Connection, data_element_id: str) -> list[str]:
        """Every id that reads as this element (see resolve()), inside the caller's transaction:
        the element itself, first, then those merged into it, directly or not, in the order of
        their creation. Empty when the element itself is not visible."""
        if self.visible(conn, data_element_id) is None:
            return []
        found = [data_element_id]
        pending = [data_element_id]
        while pending:
            rows = conn.execute(
                "SELECT data_element_id FROM data_elements WHERE merged_into = ? ORDER BY seq",
                (pending.pop(),),
            ).fetchall()
            for row in rows:
                if row["data_element_id"] not in found:
                    found.append(row["data_element_id"])
                    pending.append(row["data_element_id"])
        return found

    def missing(self, conn: sqlite3.Connection, data_element_ids: Iterable[str]) -> list[str]:
        """The ids among these that no reader sees (unknown, discarded or merged away), in the
        order given, inside the caller's transaction."""
        absent: list[str] = []
        for data_element_id in dict.fromkeys(data_element_ids):
            row = self._row_by_id(conn, data_element_id)
            if row is None or self._hidden_reason(row) is not None:
                absent.append(data_element_id)
        return absent

    def adopt(self, conn: sqlite3.Connection, element: DataElement) -> bool:
        """Add an element another family held, inside the caller's transaction, unless its id
        or its source is taken already; whether it was added."""
        taken = self._row_by_id(conn, str(element.data_element_id)) or self._row_by_source(
            conn, element.data_element_source_domain, element.data_element_source_id
        )
        if taken is not None:
            return False
        self._insert(conn, element)
        return True

    # ------------------------------------------------------------------ changing

    def replace(self, domain: str, source_id: str, columns: Mapping[str, Any]) -> DataElement:
        """Create the element of this source, or replace its attributes by `columns`.

        The element keeps its id and its state flag (unless `columns` sets one); a discarded or
        merged element replaced this way is in use again. `columns` may repeat the element's
        identity but not change it (40001)."""
        with self.write() as conn:
            row = self._row_by_source(conn, domain, source_id)
            identity = {
                "data_element_id": str(uuid.uuid4()) if row is None else row["data_element_id"],
                "data_element_source_domain": domain,
                "data_element_source_id": source_id,
            }
            for name in IDENTITY:
                given = columns.get(name)
                if name == "data_element_id" and isinstance(given, str):
                    given = canonical_id(given, "columns.data_element_id")
                if name in columns and given != identity[name]:
                    rule = (
                        "is given by the platform"
                        if name == "data_element_id"
                        else f"must be the form's {name}"
                    )
                    raise ApiError(INVALID_ARGUMENT, f"invalid argument: columns.{name} {rule}")
            flag = DEFAULT_FLAG if row is None else json.loads(row["record"]).get("flag")
            record = {name: value for name, value in columns.items() if name not in IDENTITY}
            if flag is not None:
                record.setdefault("flag", flag)
            record.update(identity)
            try:
                element = DataElement.model_validate(record)
            except ValidationError as exc:
                message = describe_validation_error(exc).replace(
                    "invalid argument: ", "invalid argument: columns.", 1
                )
                raise ApiError(INVALID_ARGUMENT, message) from None
            if row is None:
                self._insert(conn, element)
            else:
                conn.execute(
                    "UPDATE data_elements SET record = ?, discarded = 0, merged_into = NULL,"
                    " merge_comment = NULL WHERE data_element_id = ?",
                    (_record_json(element), identity["data_element_id"]),
                )
        return element

    def discard(self, domain: str, source_id: str) -> str:
        """Discard the element of this source (again: no change) and give its id; 40401 when
        there is none or it was merged into another."""
        with self.write() as conn:
            row = self._row_by_source(conn, domain, source_id)
            if row is None:
                raise ApiError(NOT_FOUND, f"data element {domain} {source_id} does not exist")
            if row["merged_into"] is not None:
                raise ApiError(
                    NOT_FOUND,
                    f"data element {domain} {source_id} was merged into {row['merged_into']}",
                )
            conn.execute(
                "UPDATE data_elements SET discarded = 1 WHERE data_element_id = ?",
                (row["data_element_id"],),
            )
            return str(row["data_element_id"])

    def merge(self, data_element_ids: Sequence[str], into: str, comment: str | None) -> None:
        """Merge the elements `data_element_ids` into `into`: from now on they read as `into`
        (their data items and collection places included). Every one must be visible (40401)."""
        if into in data_element_ids:
            raise ApiError(
                INVALID_ARGUMENT,
                f"invalid argument: data_element_ids: {into} is the element merged into",
            )
        with self.write() as conn:
            absent = self.missing(conn, [into, *data_element_ids])
            if absent:
                reasons = []
                for data_element_id in absent:
                    row = self._row_by_id(conn, data_element_id)
                    reason = "does not exist" if row is None else self._hidden_reason(row)
                    reasons.append(f"{data_element_id} {reason}")
                raise ApiError(NOT_FOUND, f"data element {'; '.join(reasons)}")
            conn.executemany(
                "UPDATE data_elements SET merged_into = ?, merge_comment = ?"
                " WHERE data_element_id = ?",
                [(into, comment, data_element_id) for data_element_id in data_element_ids],
            )


def _record_json(element: DataElement) -> str:
    # Only the members given: an attribute never set is absent, not null.
    return element.model_dump_json(exclude_unset=True)
