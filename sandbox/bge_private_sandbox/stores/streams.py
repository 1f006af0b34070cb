"""The streams family's state: stream records.

Its JSON documents: `stream` (by stream_id, its parent `namespace|individual|data element` so
that a range reads one parent per element) and `reserved_id` (the id the first write of a
documented record gets, so that the documentation's write examples answer their documented id
on a fresh sandbox).

The individuals and the samples taken from them are the user family's (stores/users.py):
stream_bind links a sample no individual has to a new individual there, which get_user then
knows (without a profile). The data elements are the data elements family's
(stores/data_elements.py). Both are read in this family's transaction. A record is written only
for an element every reader sees, and is read through that family's `resolve()`, with the
element as it is now (its `data_element`): a record of a discarded element is gone (until the
element is replaced, and in use again), and one of an element merged into another reads as a
record of that other element.
"""

from __future__ import annotations

import re
import sqlite3
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from ..errors import CONFLICT, INVALID_ARGUMENT, NOT_FOUND, ApiError
from ..models import DataElement, StreamRecord
from . import Document, FamilyStore
from .data_elements import DataElementStore
from .users import UserStore

# Where a time without a zone is placed: the platform's (China Standard Time).
PLATFORM_ZONE = timezone(timedelta(hours=8))
DEFAULT_NAMESPACE = "BGE_DEVELOPER_PLATFORM"
# The kind of content of a record written as a JSON object (the documented records show 2).
OBJECT_DATA_TYPE = 2
_INDIVIDUAL_NAMESPACE = uuid.UUID("6f1c2b8e-3d4a-5b6c-9d0e-1f2a3b4c5d6e")

_TIME = re.compile(
    r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2})(?::(?P<minute>\d{2})(?::(?P<second>\d{2})"
    r"(?:\.(?P<fraction>\d{1,6}))?)?)?(?P<zone>Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$"
)
_PARTS = ("year", "month", "day", "hour", "minute", "second", "fraction")
_MASK_WIDTHS = {"year": 4, "month": 2, "day": 2, "hour": 2, "minute": 2, "second": 2}


@dataclass(frozen=True)
class PlatformTime:
    """A generation time as the platform reads it: possibly partial (`1986`), zoned or not."""

    start: datetime
    """The instant it names (the start of the period for a partial time), with its zone."""
    given: frozenset[str]
    """Which of year, month, day, hour, minute, second, fraction were written."""

    @property
    def text(self) -> str:
        """As stored: `YYYY-MM-DDThh:mm:ss.ffffff+hhmm`."""
        return self.start.strftime("%Y-%m-%dT%H:%M:%S.%f%z")

    @property
    def mask(self) -> str:
        """Which digits were given (1) or filled in (0), in the shape of `text`.

        The zone's digits are always 1: the documented records, whose times name a year only,
        show `±1111` (a zone is always known, given or the platform's).
        """

        def digits(part: str) -> str:
            return ("1" if part in self.given else "0") * _MASK_WIDTHS[part]

        fraction = "1" if "fraction" in self.given else "0"
        return (
            f"{digits('year')}-{digits('month')}-{digits('day')}T{digits('hour')}:"
            f"{digits('minute')}:{digits('second')}.{fraction * 6}±1111"
        )

    @property
    def end(self) -> datetime:
        """The last microsecond of the period a partial time names (`1986`: all of 1986)."""
        if "fraction" in self.given:
            return self.start
        start = self.start
        try:
            if "second" in self.given:
                after = start + timedelta(seconds=1)
            elif "minute" in self.given:
                after = start + timedelta(minutes=1)
            elif "hour" in self.given:
                after = start + timedelta(hours=1)
            elif "day" in self.given:
                after = start + timedelta(days=1)
            elif "month" in self.given:
                year, month = (
                    (start.year + 1, 1) if start.month == 12 else (start.year, start.month + 1)
                )
                after = start.replace(year=year, month=month)
            else:
                after = start.replace(year=start.year + 1)
        except (OverflowError, ValueError):
            return datetime.max.replace(tzinfo=UTC)
        return after - timedelta(microseconds=1)


def parse_time(text: str, field: str) -> PlatformTime:
    """Read one of the platform's date formats; ApiError 40001 naming `field` otherwise.

    `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, then optionally `Thh`, `:mm`, `:ss`, `.ffffff` (`T` or a
    space) and, after a time, a zone (`Z`, `+08`, `+0800`, `+08:00`); no zone means +08:00.
    """
    match = _TIME.match(text.strip())
    if match is None:
        raise ApiError(
            INVALID_ARGUMENT,
            f"invalid argument: {field}: not a date or time the platform reads "
            "(YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mm:ss.ffffff+hhmm, or a prefix of it)",
        )
    parts = match.groupdict()
    zone = PLATFORM_ZONE
    if parts["zone"] is not None:
        zone = _zone(parts["zone"], field)
    try:
        start = datetime(
            int(parts["year"]),
            int(parts["month"] or 1),
            int(parts["day"] or 1),
            int(parts["hour"] or 0),
            int(parts["minute"] or 0),
            int(parts["second"] or 0),
            int((parts["fraction"] or "0").ljust(6, "0")),
            tzinfo=zone,
        )
    except ValueError as exc:
        raise ApiError(INVALID_ARGUMENT, f"invalid argument: {field}: {exc}") from None
    return PlatformTime(start, frozenset(part for part in _PARTS if parts[part] is not None))


def _zone(text: str, field: str) -> timezone:
    if text == "Z":
        return UTC
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:] or 0)
    if hours > 23 or minutes > 59:
        raise ApiError(
            INVALID_ARGUMENT, f"invalid argument: {field}: the time zone is out of range"
        )
    offset = timedelta(hours=hours, minutes=minutes)
    return timezone(-offset if text[0] == "-" else offset)


def instant_key(moment: datetime) -> str:
    """A UTC text that sorts as the instants do (the sort and cursor key of a record)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def platform_now() -> str:
    """The current time as the platform writes a record's create_time (in +0800)."""
    return datetime.now(PLATFORM_ZONE).strftime("%Y-%m-%dT%H:%M:%S.%f%z")


@dataclass(frozen=True)
class NewRecord:
    """One record to write, as a write_stream or batch_write_stream request gives it."""

    fundamental_entity_id: str
    data_element_id: str
    stream_generate_time: str
    stream_data: dict[str, Any]


@dataclass(frozen=True)
class WriteOutcome:
    """What happened to one record of a write: the record written, or why not."""

    namespace: str
    fundamental_entity_id: str
    data_element_id: str
    stream_generate_time: str
    """As stored when it could be read, else as given."""
    record: StreamRecord | None
    error: ApiError | None


def _parent(namespace: str, individual: str, data_element: str) -> str:
    return f"{namespace}|{individual}|{data_element}"


class StreamStore(FamilyStore):
    """Stream records: values of data elements for individuals, by generation time."""

    NAME = "streams"
    FIXTURES_AFTER = ("data_elements", "users")

    def load_fixtures(self, conn: sqlite3.Connection, fixtures: Mapping[str, Any]) -> None:
        # The fixtures of the data elements and user families are loaded by now
        # (FIXTURES_AFTER), in this one transaction; self.store.family() is not ready yet.
        elements, users = DataElementStore(self.store), UserStore(self.store)
        for key, where in (("data_elements", "data_elements"), ("individuals", "users")):
            if key in fixtures:
                raise ValueError(
                    f"fixtures/streams.json: {key} belong in fixtures/{where}.json"
                    " (one store of them for every family)"
                )
        namespace = fixtures.get("namespace", DEFAULT_NAMESPACE)
        if not isinstance(namespace, str) or not namespace:
            raise ValueError("fixtures/streams.json: namespace must be a non-empty text")
        self.documents.put(conn, "setting", "namespace", {"namespace": namespace})
        for record in fixtures.get("streams", []):
            checked_record = StreamRecord.model_validate(record)
            individual_id = str(checked_record.stream_meta.fundamental_entity_id)
            element_id = str(checked_record.data_element.data_element_id)
            if not users.individual_exists(conn, individual_id):
                raise ValueError(f"fixture stream {checked_record.stream_id}: unknown individual")
            element = elements.visible(conn, element_id)
            if element is None:
                raise ValueError(f"fixture stream {checked_record.stream_id}: unknown element")
            if _element_json(element) != checked_record.data_element.model_dump(
                mode="json", exclude_unset=True
            ):
                raise ValueError(
                    f"fixture stream {checked_record.stream_id}: its data_element is not the"
                    f" element {element_id} of fixtures/data_elements.json"
                )
            moment = parse_time(checked_record.stream_generate_time, "stream_generate_time")
            self._insert_record(conn, checked_record, instant_key(moment.start))
        for reserved in fixtures.get("reserved_stream_ids", []):
            moment = parse_time(reserved["stream_generate_time"], "stream_generate_time")
            key = self._reservation_key(
                str(uuid.UUID(reserved["fundamental_entity_id"])),
                str(uuid.UUID(reserved["data_element_id"])),
                moment,
            )
            stream_id = str(uuid.UUID(reserved["stream_id"]))
            self.documents.insert(conn, "reserved_id", key, {"stream_id": stream_id})

    def upgrade(self, conn: sqlite3.Connection) -> None:
        # A database made when this family kept data elements, individuals and sample links
        # of its own: they move to their families (what those have already stays), once.
        elements, users = DataElementStore(self.store), UserStore(self.store)
        for document in self.documents.select(conn, "data_element"):
            elements.adopt(conn, DataElement.model_validate(document.body))
        for document in self.documents.select(conn, "individual"):
            if not users.individual_exists(conn, document.id):
                users.add_individual(conn, document.id, [])
        for document in self.documents.select(conn, "binding"):
            if users.individual_of_sample(conn, document.id) is None:
                users.link(conn, str(document.body["fundamental_entity_id"]), document.id)
        for kind in ("data_element", "individual", "binding"):
            conn.execute("DELETE FROM documents WHERE family = ? AND kind = ?", (self.NAME, kind))

    # ------------------------------------------------------------------ individuals

    def _users(self) -> UserStore:
        return self.store.family(UserStore)

    def individual_of(self, biosample_id: str) -> str | None:
        """The individual the sample is bound to (the user family's), or None."""
        return self._users().individual_of(biosample_id)

    def bind(self, biosample_id: str) -> str:
        """The sample's individual, binding it to a new one on first use.

        The new individual's id is derived from the biosample id, so that it is the same on
        every fresh sandbox. The sample must exist (ApiError 40401 otherwise).
        """
        # Read before this family's transaction (the Store's lock is not reentrant); samples
        # are never deleted, so one found now still exists when the binding is written.
        exists = bool(self.store.samples_by_biosample_ids([biosample_id]))
        users = self._users()
        with self.write() as conn:
            bound = users.individual_of_sample(conn, biosample_id)
            if bound is not None:
                return bound
            if not exists:
                raise ApiError(NOT_FOUND, f"sample {biosample_id} does not exist")
            individual_id = str(uuid.uuid5(_INDIVIDUAL_NAMESPACE, biosample_id))
            users.add_individual(conn, individual_id, [biosample_id])
        return individual_id

    # ------------------------------------------------------------------ data elements

    def _elements(self) -> DataElementStore:
        return self.store.family(DataElementStore)

    def _data_element(self, conn: sqlite3.Connection, element_id: str) -> DataElement | None:
        """The element as every reader sees it now (None: unknown, discarded or merged away)."""
        return self._elements().visible(conn, element_id)

    def _as_read(self, conn: sqlite3.Connection, documents: Sequence[Document]) -> list[Document]:
        """The records as readers see them: each with its element as it is now (the one it was
        merged into, if it was); those of elements no reader sees left out."""
        elements = self._elements()
        resolved = elements.resolve(
            conn, (str(doc.body["record"]["data_element"]["data_element_id"]) for doc in documents)
        )
        current: dict[str, dict[str, Any]] = {}
        shown: list[Document] = []
        for doc in documents:
            target = resolved.get(str(doc.body["record"]["data_element"]["data_element_id"]))
            if target is None:
                continue
            if target not in current:
                element = elements.visible(conn, target)
                assert element is not None  # resolve() gives visible elements only
                current[target] = _element_json(element)
            record = {**doc.body["record"], "data_element": current[target]}
            shown.append(replace(doc, body={**doc.body, "record": record}))
        return shown

    # ------------------------------------------------------------------ records

    def _namespace(self, conn: sqlite3.Connection) -> str:
        setting = self.documents.get(conn, "setting", "namespace")
        return DEFAULT_NAMESPACE if setting is None else str(setting.body["namespace"])

    def _insert_record(self, conn: sqlite3.Connection, record: StreamRecord, instant: str) -> None:
        parent = _parent(
            record.stream_meta.namespace,
            str(record.stream_meta.fundamental_entity_id),
            str(record.data_element.data_element_id),
        )
        body = {"instant": instant, "record": record.model_dump(mode="json", exclude_unset=True)}
        self.documents.insert(conn, "stream", str(record.stream_id), body, parent=parent)

    @staticmethod
    def _reservation_key(individual_id: str, element_id: str, moment: PlatformTime) -> str:
        return f"{individual_id}|{element_id}|{instant_key(moment.start)}"

    def _new_stream_id(self, conn: sqlite3.Connection, reservation: str) -> str:
        reserved = self.documents.get(conn, "reserved_id", reservation)
        if reserved is not None:
            self.documents.delete(conn, "reserved_id", reservation)
            stream_id = str(reserved.body["stream_id"])
            if self.documents.get(conn, "stream", stream_id) is None:
                return stream_id
        while True:
            stream_id = str(uuid.uuid4())
            if self.documents.get(conn, "stream", stream_id) is None:
                return stream_id

    def _write_one(
        self, conn: sqlite3.Connection, new: NewRecord, *, duplicates: bool
    ) -> StreamRecord:
        # The platform's own wording for an unknown individual, as its documented answer shows.
        if not self._users().individual_exists(conn, new.fundamental_entity_id):
            raise ApiError(NOT_FOUND, "fundamental_entity_id 不存在")
        element = self._data_element(conn, new.data_element_id)
        if element is None:
            raise ApiError(NOT_FOUND, "data_element_id 不存在")
        moment = parse_time(new.stream_generate_time, "stream_generate_time")
        namespace = self._namespace(conn)
        instant = instant_key(moment.start)
        # The element's records include those of the elements merged into it.
        if not duplicates and any(
            doc.body["instant"] == instant
            for alias in self._elements().read_as(conn, new.data_element_id)
            for doc in self.documents.select(
                conn, "stream", parent=_parent(namespace, new.fundamental_entity_id, alias)
            )
        ):
            raise ApiError(
                CONFLICT,
                "a record of this individual and data element with this generation time exists; "
                "send duplicate_enabled=true to write another",
            )
        record = StreamRecord.model_validate(
            {
                "stream_generate_time_mask": moment.mask,
                "stream_generate_time": moment.text,
                "data_element": _element_json(element),
                "stream_data": new.stream_data,
                "stream_meta": {
                    "namespace": namespace,
                    "fundamental_entity_id": new.fundamental_entity_id,
                },
                "create_time": platform_now(),
                "stream_id": self._new_stream_id(
                    conn,
                    self._reservation_key(new.fundamental_entity_id, new.data_element_id, moment),
                ),
                "data_type": OBJECT_DATA_TYPE,
            }
        )
        self._insert_record(conn, record, instant)
        return record

    def write_record(self, new: NewRecord, *, duplicates: bool) -> StreamRecord:
        """Write one record; ApiError 40401 (unknown individual or element), 40901 (a duplicate
        while `duplicates` is false) or 40001 (a time the platform cannot read)."""
        with self.write() as conn:
            return self._write_one(conn, new, duplicates=duplicates)

    def write_records(
        self, records: Sequence[NewRecord], *, duplicates: bool
    ) -> list[WriteOutcome]:
        """Write each record on its own (partial success is normal), all in one transaction."""
        outcomes: list[WriteOutcome] = []
        with self.write() as conn:
            namespace = self._namespace(conn)
            for new in records:
                shown = new.stream_generate_time
                try:
                    shown = parse_time(shown, "stream_generate_time").text
                    # A savepoint per record: a refused one leaves nothing behind.
                    conn.execute("SAVEPOINT stream_record")
                    try:
                        record = self._write_one(conn, new, duplicates=duplicates)
                    except BaseException:
                        conn.execute("ROLLBACK TO stream_record")
                        conn.execute("RELEASE stream_record")
                        raise
                    conn.execute("RELEASE stream_record")
                except ApiError as error:
                    outcomes.append(
                        WriteOutcome(
                            namespace,
                            new.fundamental_entity_id,
                            new.data_element_id,
                            shown,
                            None,
                            error,
                        )
                    )
                    continue
                outcomes.append(
                    WriteOutcome(
                        namespace,
                        new.fundamental_entity_id,
                        new.data_element_id,
                        record.stream_generate_time,
                        record,
                        None,
                    )
                )
        return outcomes

    def record(self, stream_id: str) -> StreamRecord:
        """The record as readers see it (see _as_read); 40401 when there is none or its data
        element was discarded."""
        with self.read() as conn:
            document = self.documents.get(conn, "stream", stream_id)
            if document is None:
                raise ApiError(NOT_FOUND, f"stream record {stream_id} does not exist")
            shown = self._as_read(conn, [document])
        if not shown:
            element_id = document.body["record"]["data_element"]["data_element_id"]
            raise ApiError(
                NOT_FOUND,
                f"stream record {stream_id} does not exist: its data element {element_id}"
                " was discarded",
            )
        return StreamRecord.model_validate(shown[0].body["record"])

    def records(
        self,
        *,
        namespace: str,
        data_element_id: str,
        fundamental_entity_id: str | None,
        biosample_id: str | None,
        start_time: str | None,
        end_time: str | None,
        descending: bool,
    ) -> list[Document]:
        """The individual's records of the element in `namespace`, generated between the two
        times (inclusive; a partial time covers its whole period), ordered by generation time
        (then by writing order). Give the individual, or a sample bound to one. An element
        merged into another reads as that other one (as the data items of data_item_query do):
        its records and those of every element merged into it, with the element as it is now.

        ApiError 40401 for an unknown individual or sample, and for a data element that does
        not exist or was discarded.
        """
        start = None if start_time is None else parse_time(start_time, "start_time").start
        end = None if end_time is None else parse_time(end_time, "end_time").end
        sample_exists = biosample_id is not None and bool(
            self.store.samples_by_biosample_ids([biosample_id])
        )
        with self.read() as conn:
            target = self._elements().resolve(conn, [data_element_id]).get(data_element_id)
            if target is None:
                raise ApiError(
                    NOT_FOUND, f"data element {data_element_id} does not exist or was discarded"
                )
            if fundamental_entity_id is None:
                assert biosample_id is not None
                bound = self._users().individual_of_sample(conn, biosample_id)
                if bound is None:
                    if not sample_exists:
                        raise ApiError(NOT_FOUND, f"sample {biosample_id} does not exist")
                    return []  # a sample not bound to an individual has no records yet
                fundamental_entity_id = bound
            elif not self._users().individual_exists(conn, fundamental_entity_id):
                raise ApiError(NOT_FOUND, f"individual {fundamental_entity_id} does not exist")
            documents = self._as_read(
                conn,
                [
                    doc
                    for alias in self._elements().read_as(conn, target)
                    for doc in self.documents.select(
                        conn, "stream", parent=_parent(namespace, fundamental_entity_id, alias)
                    )
                ],
            )
        low = None if start is None else instant_key(start)
        high = None if end is None else instant_key(end)
        kept = [
            doc
            for doc in documents
            if (low is None or doc.body["instant"] >= low)
            and (high is None or doc.body["instant"] <= high)
        ]
        kept.sort(key=record_key, reverse=descending)
        return kept


def _element_json(element: DataElement) -> dict[str, Any]:
    """A record's `data_element`: the element's members as its family stores them."""
    return element.model_dump(mode="json", exclude_unset=True)


def record_key(document: Document) -> tuple[str, int]:
    """The order of records: generation time, then writing order (unique: a cursor key)."""
    return (str(document.body["instant"]), document.seq)
