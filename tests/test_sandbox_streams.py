"""The sandbox's streams family: write, batch write, range, retrieve and bind, over signed HTTP."""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bge_private_sandbox import DEMO_APP_KEY, DEMO_APP_SECRET, Store
from bge_private_sandbox.app import create_app
from bge_private_sandbox.errors import ApiError
from bge_private_sandbox.spec import load_spec
from bge_private_sandbox.stores.streams import StreamStore, parse_time
from sandbox_wire import AppClient, SignedWire, signing_fields

INVALID_ARGUMENT, NOT_FOUND, CONFLICT = 40001, 40401, 40901
NAMESPACE = "BGE_DEVELOPER_PLATFORM"
QT = "45f69871-7d89-11eb-a38f-00163e0eae20"  # the documented record's data element
WRITE_ELEMENT = "02393f70-c7e4-11e9-bfed-00163e104c79"
PERSON = "093f5e9a-7c96-11eb-a38f-00163e0eae20"  # has the documented record
OTHER_PERSON = "76079655-7b07-11eb-a38f-00163e0eae20"
BOUND_SAMPLE, BOUND_PERSON = "E-B19137107158", "594e5bc0-a1bc-11eb-b664-c8b29b0eab1e"
UNBOUND_SAMPLE = "E-W20110000001"  # a sample of the core fixtures no individual has
DOCUMENTED_STREAM = "b4289d33-8147-11eb-a39e-00163e0eae20"


def documented(operation_id: str) -> tuple[dict[str, Any], Any]:
    """The operation's documentation example: its request and the `data` it answers."""
    for item in load_spec()["paths"].values():
        operation = item["post"]
        if operation["operationId"] == operation_id:
            body = operation["requestBody"]["content"]["application/x-www-form-urlencoded"]
            answer = operation["responses"]["200"]["content"]["application/json"]
            return body["examples"]["doc"]["value"], answer["examples"]["doc"]["value"]["data"]
    raise LookupError(operation_id)


@pytest.fixture
def store() -> Iterator[Store]:
    store = Store()
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def wire(store: Store) -> SignedWire:
    return SignedWire(AppClient(create_app(store)), DEMO_APP_KEY, DEMO_APP_SECRET)


def error_code(wire: SignedWire, operation_id: str, fields: dict[str, Any]) -> tuple[int, str]:
    answer = wire.call(operation_id, fields)
    assert answer["data"] is None
    return answer["code"], answer["msg"]


def write(wire: SignedWire, time: str, value: int, **extra: Any) -> str:
    data = wire.ok(
        "write_stream",
        {
            "fundamental_entity_id": OTHER_PERSON,
            "data_element_id": QT,
            "stream_generate_time": time,
            "stream_data": f'{{"value": {value}}}',
            **extra,
        },
    )
    return str(data["stream_id"])


def walk(wire: SignedWire, **fields: Any) -> list[list[Any]]:
    """Every page of a range, following next_page; each page's stream_data values."""
    pages: list[list[Any]] = []
    cursor: str | None = None
    while True:
        request = {"namespace": NAMESPACE, "data_element_id": QT, **fields}
        if cursor is not None:
            request["next_page"] = cursor
        data = wire.ok("stream_range", request)
        assert data["count"] == len(data["result"])
        pages.append([record["stream_data"]["value"] for record in data["result"]])
        cursor = data["next_page"]
        if cursor is None:
            return pages


# ---------------------------------------------------------------------- documentation examples


@pytest.mark.parametrize(
    "operation_id",
    ["stream_range", "write_stream", "batch_write_stream", "stream_retrieve", "stream_bind"],
)
def test_each_documentation_example_called_first_answers_its_documented_data(
    wire: SignedWire, operation_id: str
) -> None:
    request, data = documented(operation_id)
    assert wire.ok(operation_id, request) == data


def test_the_documented_writes_land_where_the_readers_find_them(wire: SignedWire) -> None:
    request, data = documented("write_stream")
    wire.ok("write_stream", request)
    record = wire.ok("stream_retrieve", {"stream_id": data["stream_id"]})
    assert record["stream_generate_time"] == "1986-01-01T00:00:00.000000+0800"
    assert record["stream_generate_time_mask"] == "1111-00-00T00:00:00.000000±1111"
    assert record["stream_data"] == {"name": "leo"}
    assert record["stream_meta"] == {
        "namespace": NAMESPACE,
        "fundamental_entity_id": request["fundamental_entity_id"],
    }
    # Its documented id is taken once: a repeat (duplicates allowed) is a new record.
    again = wire.ok("write_stream", request)
    assert again["stream_id"] != data["stream_id"]


# ---------------------------------------------------------------------- write, read, range


def test_write_then_retrieve_and_range(wire: SignedWire) -> None:
    stream_id = write(wire, "2020-05-06 07:08", 70)
    record = wire.ok("stream_retrieve", {"stream_id": stream_id})
    assert record["stream_id"] == stream_id
    assert record["stream_generate_time"] == "2020-05-06T07:08:00.000000+0800"
    assert record["stream_generate_time_mask"] == "1111-11-11T11:11:00.000000±1111"
    assert record["data_element"]["data_element_name"] == "Q-T间期"
    assert record["stream_data"] == {"value": 70}
    assert record["data_type"] == 2
    found = wire.ok(
        "stream_range",
        {"namespace": NAMESPACE, "data_element_id": QT, "fundamental_entity_id": OTHER_PERSON},
    )
    assert found == {"result": [record], "next_page": None, "count": 1}


def test_a_duplicate_is_refused_unless_duplicates_are_enabled(wire: SignedWire) -> None:
    write(wire, "2019", 1)
    code, message = error_code(
        wire,
        "write_stream",
        {
            "fundamental_entity_id": OTHER_PERSON,
            "data_element_id": QT,
            # The same instant written another way is the same generation time.
            "stream_generate_time": "2019-01-01T00:00:00+08:00",
            "stream_data": '{"value": 2}',
        },
    )
    assert code == CONFLICT and "duplicate_enabled" in message
    code, _ = error_code(
        wire,
        "write_stream",
        {
            "fundamental_entity_id": OTHER_PERSON,
            "data_element_id": QT,
            "stream_generate_time": "2019",
            "stream_data": '{"value": 3}',
            "duplicate_enabled": "false",
        },
    )
    assert code == CONFLICT
    write(wire, "2019", 4, duplicate_enabled="True")
    assert walk(wire, fundamental_entity_id=OTHER_PERSON) == [[4, 1]]


def test_range_pages_by_cursor_in_both_orders_and_by_time_window(wire: SignedWire) -> None:
    for year, value in [(2015, 15), (2011, 11), (2013, 13), (2012, 12), (2014, 14)]:
        write(wire, str(year), value)
    person = {"fundamental_entity_id": OTHER_PERSON}
    assert walk(wire, limit=2, **person) == [[15, 14], [13, 12], [11]]
    assert walk(wire, limit=2, sort_direction="asc", **person) == [[11, 12], [13, 14], [15]]
    # Both bounds inclusive; a partial end time covers its whole period.
    assert walk(wire, start_time="2012", end_time="2014", **person) == [[14, 13, 12]]
    assert walk(wire, start_time="2012-01-01T00:00:01", **person) == [[15, 14, 13]]
    assert walk(wire, end_time="2011-12", **person) == [[11]]


def test_a_cursor_stays_put_when_records_are_written_between_pages(wire: SignedWire) -> None:
    for year in (2001, 2002, 2003, 2004):
        write(wire, str(year), year)
    request = {
        "namespace": NAMESPACE,
        "data_element_id": QT,
        "fundamental_entity_id": OTHER_PERSON,
        "limit": 2,
    }
    first = wire.ok("stream_range", request)
    assert [r["stream_data"]["value"] for r in first["result"]] == [2004, 2003]
    write(wire, "2005", 2005)  # newer: before the cursor, so not on the next pages
    write(wire, "2000", 2000)  # older: still to come
    second = wire.ok("stream_range", {**request, "next_page": first["next_page"]})
    assert [r["stream_data"]["value"] for r in second["result"]] == [2002, 2001]
    third = wire.ok("stream_range", {**request, "next_page": second["next_page"]})
    assert [r["stream_data"]["value"] for r in third["result"]] == [2000]
    assert third["next_page"] is None


def test_a_walk_by_cursor_sees_every_record_once_under_concurrent_writes(tmp_path: Path) -> None:
    # A database file, so that reads have WAL connections of their own beside the writers.
    store = Store(tmp_path / "sandbox.db")
    wire = SignedWire(AppClient(create_app(store)), DEMO_APP_KEY, DEMO_APP_SECRET)
    first_page_read = threading.Event()
    written: list[tuple[str, int]] = []  # (stream_id, year) of the writers' records
    some_written = threading.Semaphore(0)

    def writer(offset: int) -> None:
        other = SignedWire(wire.http, DEMO_APP_KEY, DEMO_APP_SECRET)
        first_page_read.wait()
        for n in range(20):
            # Older, newer and at the times of the records there: every place in the order.
            year = 1899 + 3 * n + offset
            written.append((write(other, str(year), 100 + n, duplicate_enabled="true"), year))
            some_written.release()

    try:
        before = {write(wire, str(1900 + 2 * n), n) for n in range(30)}  # 1900 to 1958
        writers = [threading.Thread(target=writer, args=(k,)) for k in range(2)]
        for thread in writers:
            thread.start()
        request = {
            "namespace": NAMESPACE,
            "data_element_id": QT,
            "fundamental_entity_id": OTHER_PERSON,
            "limit": 4,
        }
        data = wire.ok("stream_range", request)
        walked: list[dict[str, Any]] = list(data["result"])
        first_page_read.set()
        for _ in range(6):  # the rest of the walk runs while they write
            assert some_written.acquire(timeout=60), "the writers stopped"
        written_before_page_2 = list(written)
        while data["next_page"] is not None:
            data = wire.ok("stream_range", {**request, "next_page": data["next_page"]})
            walked.extend(data["result"])
        for thread in writers:
            thread.join()
    finally:
        store.close()
    ids = [record["stream_id"] for record in walked]
    assert len(ids) == len(set(ids))  # nothing twice
    assert before <= set(ids)  # nothing there before the walk skipped
    # A record written after the first page, older than its last record, is still to come.
    assert {stream_id for stream_id, year in written_before_page_2 if year < 1952} <= set(ids)
    times = [record["stream_generate_time"] for record in walked]
    assert times == sorted(times, reverse=True)
    assert len(written) == 40


def test_range_reads_another_namespace_as_empty(wire: SignedWire) -> None:
    data = wire.ok(
        "stream_range",
        {"namespace": "KB-BGE", "data_element_id": QT, "fundamental_entity_id": PERSON},
    )
    assert data == {"result": [], "next_page": None, "count": 0}


# ---------------------------------------------------------------------- batch


def test_batch_write_is_record_by_record(wire: SignedWire) -> None:
    good = {
        "fundamental_entity_id": OTHER_PERSON,
        "data_element_id": WRITE_ELEMENT,
        "stream_generate_time": "2021-02",
        "stream_data": {"n": 1},
    }
    streams = [
        good,
        {**good, "stream_data": {"n": 2}},  # a duplicate of the first, in the same call
        {**good, "data_element_id": str(uuid.UUID(int=7))},
        {**good, "stream_generate_time": "2021-13"},
        {**good, "stream_generate_time": "last week"},
    ]
    result = wire.ok("batch_write_stream", {"streams": streams})["result"]
    assert [outcome["is_succeed"] for outcome in result] == [True, False, False, False, False]
    assert result[0]["message"] == ""
    assert result[0]["stream"]["stream_generate_time"] == "2021-02-01T00:00:00.000000+0800"
    assert "duplicate_enabled" in result[1]["message"]
    assert result[2]["message"] == "data_element_id 不存在"
    assert "month must be in 1..12" in result[3]["message"]
    assert result[4]["stream"]["stream_generate_time"] == "last week"
    assert all(outcome["stream"]["stream_id"] is None for outcome in result[1:])
    written = wire.ok("stream_retrieve", {"stream_id": result[0]["stream"]["stream_id"]})
    assert written["stream_data"] == {"n": 1}
    # With duplicates enabled the same records are written again, each one.
    again = wire.ok("batch_write_stream", {"streams": [good, good], "duplicate_enabled": "true"})
    assert [outcome["is_succeed"] for outcome in again["result"]] == [True, True]


def test_batch_write_refuses_more_than_100_records_and_non_finite_numbers(
    wire: SignedWire,
) -> None:
    record = {
        "fundamental_entity_id": OTHER_PERSON,
        "data_element_id": QT,
        "stream_generate_time": "2020",
        "stream_data": {},
    }
    code, message = error_code(wire, "batch_write_stream", {"streams": [record] * 101})
    assert code == INVALID_ARGUMENT and "streams" in message
    # json.dumps writes NaN, as a careless client would; the field's text is sent as is.
    text = json.dumps([{**record, "stream_data": {"x": float("nan")}}])
    response = wire.http.post(
        wire.url("batch_write_stream"),
        data=signing_fields({"streams": text}, DEMO_APP_KEY, DEMO_APP_SECRET),
    )
    answer = response.json()
    code, message = answer["code"], answer["msg"]
    assert code == INVALID_ARGUMENT and "streams.0.stream_data.x" in message


# ---------------------------------------------------------------------- bind


def test_bind_answers_the_bound_individual_and_binds_a_sample_once(
    wire: SignedWire, store: Store
) -> None:
    assert wire.ok("stream_bind", {"biosample_id": BOUND_SAMPLE}) == {
        "fundamental_entity_id": BOUND_PERSON
    }
    assert store.family(StreamStore).individual_of(UNBOUND_SAMPLE) is None
    first = wire.ok("stream_bind", {"biosample_id": UNBOUND_SAMPLE})["fundamental_entity_id"]
    assert (
        wire.ok("stream_bind", {"biosample_id": UNBOUND_SAMPLE})["fundamental_entity_id"] == first
    )
    assert store.family(StreamStore).individual_of(UNBOUND_SAMPLE) == first
    # The new individual takes records, which a range by the sample then reads.
    wire.ok(
        "write_stream",
        {
            "fundamental_entity_id": first,
            "data_element_id": QT,
            "stream_generate_time": "2022-03-04",
            "stream_data": '{"value": 1}',
        },
    )
    by_sample = walk(wire, biosample_id=UNBOUND_SAMPLE)
    assert by_sample == walk(wire, fundamental_entity_id=first) == [[1]]


def test_bind_gives_a_new_sample_the_same_individual_on_every_fresh_sandbox() -> None:
    ids = []
    for _ in range(2):
        with_store = Store()
        wire = SignedWire(AppClient(create_app(with_store)), DEMO_APP_KEY, DEMO_APP_SECRET)
        ids.append(wire.ok("stream_bind", {"biosample_id": UNBOUND_SAMPLE}))
        with_store.close()
    assert ids[0] == ids[1]


def test_a_registered_sample_can_be_bound(wire: SignedWire) -> None:
    registered = wire.ok("register_sample", {"project_id": "P-W19770800157", "biosample_site": 1})
    answer = wire.ok("stream_bind", {"biosample_id": registered["biosample_id"]})
    assert uuid.UUID(answer["fundamental_entity_id"])
    assert walk(wire, biosample_id=registered["biosample_id"]) == [[]]


# ---------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("operation_id", "fields", "code", "needle"),
    [
        ("stream_retrieve", {"stream_id": str(uuid.UUID(int=1))}, NOT_FOUND, "does not exist"),
        ("stream_retrieve", {"stream_id": "b4289d33"}, INVALID_ARGUMENT, "stream_id"),
        ("stream_bind", {"biosample_id": "E-B00000000000"}, NOT_FOUND, "E-B00000000000"),
        (
            "stream_range",
            {
                "namespace": NAMESPACE,
                "data_element_id": QT,
                "fundamental_entity_id": str(uuid.UUID(int=2)),
            },
            NOT_FOUND,
            "individual",
        ),
        (
            "stream_range",
            {"namespace": NAMESPACE, "data_element_id": QT, "biosample_id": "E-B00000000000"},
            NOT_FOUND,
            "sample",
        ),
        (
            "stream_range",
            {
                "namespace": NAMESPACE,
                "data_element_id": str(uuid.UUID(int=3)),
                "fundamental_entity_id": PERSON,
            },
            NOT_FOUND,
            "data element",
        ),
        (
            "stream_range",
            {
                "namespace": NAMESPACE,
                "data_element_id": QT,
                "fundamental_entity_id": PERSON,
                "biosample_id": BOUND_SAMPLE,
            },
            INVALID_ARGUMENT,
            "exactly one",
        ),
        (
            "stream_range",
            {
                "namespace": NAMESPACE,
                "data_element_id": QT,
                "fundamental_entity_id": PERSON,
                "next_page": "nonsense",
            },
            INVALID_ARGUMENT,
            "next_page",
        ),
        (
            "stream_range",
            {
                "namespace": NAMESPACE,
                "data_element_id": QT,
                "fundamental_entity_id": PERSON,
                "start_time": "yesterday",
            },
            INVALID_ARGUMENT,
            "start_time",
        ),
    ],
)
def test_bad_reads_are_refused(
    wire: SignedWire, operation_id: str, fields: dict[str, Any], code: int, needle: str
) -> None:
    got, message = error_code(wire, operation_id, fields)
    assert got == code and needle in message


@pytest.mark.parametrize(
    ("changes", "code", "needle"),
    [
        ({"stream_data": "{not json"}, INVALID_ARGUMENT, "stream_data: not valid JSON"),
        ({"stream_data": "[1, 2]"}, INVALID_ARGUMENT, "must be a JSON object"),
        ({"stream_data": '{"x": Infinity}'}, INVALID_ARGUMENT, "stream_data"),
        ({"stream_data": '{"x": 1e999}'}, INVALID_ARGUMENT, "stream_data.x: must be a finite"),
        ({"stream_data": '{"a":' * 300 + "1" + "}" * 300}, INVALID_ARGUMENT, "nested deeper"),
        ({"stream_data": "[" * 5000 + "]" * 5000}, INVALID_ARGUMENT, "nested too deeply"),
        ({"stream_generate_time": "2020-02-30"}, INVALID_ARGUMENT, "stream_generate_time"),
        ({"stream_generate_time": "2020-01-01T10:00+25:00"}, INVALID_ARGUMENT, "zone"),
        ({"duplicate_enabled": "maybe"}, INVALID_ARGUMENT, "duplicate_enabled"),
        (
            {"fundamental_entity_id": str(uuid.UUID(int=4))},
            NOT_FOUND,
            "fundamental_entity_id 不存在",
        ),
        ({"data_element_id": str(uuid.UUID(int=5))}, NOT_FOUND, "data_element_id 不存在"),
    ],
)
def test_bad_writes_are_refused_and_write_nothing(
    wire: SignedWire, changes: dict[str, str], code: int, needle: str
) -> None:
    fields = {
        "fundamental_entity_id": OTHER_PERSON,
        "data_element_id": QT,
        "stream_generate_time": "2020",
        "stream_data": "{}",
        **changes,
    }
    got, message = error_code(wire, "write_stream", fields)
    assert got == code and needle in message
    assert walk(wire, fundamental_entity_id=OTHER_PERSON) == [[]]


# ---------------------------------------------------------------------- generation times


@pytest.mark.parametrize(
    ("text", "stored", "mask"),
    [
        ("1986", "1986-01-01T00:00:00.000000+0800", "1111-00-00T00:00:00.000000±1111"),
        ("1986-07", "1986-07-01T00:00:00.000000+0800", "1111-11-00T00:00:00.000000±1111"),
        ("1986-07-08T09", "1986-07-08T09:00:00.000000+0800", "1111-11-11T11:00:00.000000±1111"),
        (
            "1986-07-08 09:10:11.5Z",
            "1986-07-08T09:10:11.500000+0000",
            "1111-11-11T11:11:11.111111±1111",
        ),
        ("2017-01-01T00:00:00.000000+0800", "2017-01-01T00:00:00.000000+0800", None),
        ("2017-01-01T00:00-05:30", "2017-01-01T00:00:00.000000-0530", None),
    ],
)
def test_generation_times_are_read_as_the_platform_reads_them(
    text: str, stored: str, mask: str | None
) -> None:
    moment = parse_time(text, "stream_generate_time")
    assert moment.text == stored
    if mask is not None:
        assert moment.mask == mask


def test_a_partial_time_covers_its_whole_period() -> None:
    assert parse_time("1986", "t").end.isoformat() == "1986-12-31T23:59:59.999999+08:00"
    assert parse_time("2020-02", "t").end.isoformat() == "2020-02-29T23:59:59.999999+08:00"
    assert parse_time("2020-12-31T23", "t").end.isoformat() == "2020-12-31T23:59:59.999999+08:00"
    assert parse_time("9999", "t").end.year == 9999
    with pytest.raises(ApiError):
        parse_time("20200101", "t")


# ---------------------------------------------------------------------- one store of data elements


def new_element(wire: SignedWire, source_id: str, **columns: Any) -> dict[str, Any]:
    """A data element made by replace_data_element (domain `stream_test`), as it answers it."""
    return dict(
        wire.ok(
            "replace_data_element",
            {
                "data_element_source_domain": "stream_test",
                "data_element_source_id": source_id,
                "columns": columns,
            },
        )
    )


def write_for(wire: SignedWire, element_id: str, time: str, value: int, **extra: Any) -> str:
    return write(wire, time, value, data_element_id=element_id, **extra)


def in_range(wire: SignedWire, element_id: str, **fields: Any) -> list[dict[str, Any]]:
    """Every record of the range (OTHER_PERSON's unless told), oldest first."""
    records: list[dict[str, Any]] = []
    cursor: str | None = None
    while True:
        request = {
            "namespace": NAMESPACE,
            "data_element_id": element_id,
            "sort_direction": "asc",
            "limit": 2,
            **fields,
        }
        if "biosample_id" not in fields:
            request.setdefault("fundamental_entity_id", OTHER_PERSON)
        if cursor is not None:
            request["next_page"] = cursor
        data = wire.ok("stream_range", request)
        records.extend(data["result"])
        cursor = data["next_page"]
        if cursor is None:
            return records


def test_the_stream_examples_elements_are_the_data_elements_familys(wire: SignedWire) -> None:
    for operation_id in ("write_stream", "batch_write_stream"):
        request, _ = documented(operation_id)
        items = request.get("streams", [request])
        for item in items:
            element = wire.ok("get_data_element", {"data_element_id": item["data_element_id"]})
            assert element["data_element_id"] == item["data_element_id"]
    documented_record = wire.ok("stream_retrieve", {"stream_id": DOCUMENTED_STREAM})
    assert documented_record["data_element"] == wire.ok("get_data_element", {"data_element_id": QT})


def test_a_replaced_element_takes_records_which_read_it_as_the_data_elements_family_does(
    wire: SignedWire,
) -> None:
    element = new_element(wire, "rs1", data_element_name="first name")
    element_id = element["data_element_id"]
    stream_id = write_for(wire, element_id, "2021-02-03", 1)
    record = wire.ok("stream_retrieve", {"stream_id": stream_id})
    assert record["data_element"] == wire.ok("get_data_element", {"data_element_id": element_id})
    # A change of the element is what its records read from then on.
    changed = new_element(wire, "rs1", data_element_name="second name")
    assert changed["data_element_id"] == element_id
    record = wire.ok("stream_retrieve", {"stream_id": stream_id})
    assert record["data_element"]["data_element_name"] == "second name"
    assert [r["data_element"] for r in in_range(wire, element_id)] == [changed]
    # A sample bound to an individual reads the same records by biosample_id.
    individual = wire.ok("stream_bind", {"biosample_id": UNBOUND_SAMPLE})["fundamental_entity_id"]
    bound_id = write_for(wire, element_id, "2021-02-04", 2, fundamental_entity_id=individual)
    by_sample = in_range(wire, element_id, biosample_id=UNBOUND_SAMPLE)
    assert [r["stream_id"] for r in by_sample] == [bound_id]
    assert by_sample[0]["data_element"] == changed
    assert by_sample == in_range(wire, element_id, fundamental_entity_id=individual)


def test_a_discarded_element_is_gone_from_streams_until_it_is_replaced(wire: SignedWire) -> None:
    element_id = new_element(wire, "rs2")["data_element_id"]
    stream_id = write_for(wire, element_id, "2021-02-03", 1)
    discarded = wire.ok(
        "discard_data_element",
        {"data_element_source_domain": "stream_test", "data_element_source_id": "rs2"},
    )
    assert discarded == {"data_element_id": element_id}
    assert error_code(wire, "get_data_element", {"data_element_id": element_id})[0] == NOT_FOUND
    fields = {
        "fundamental_entity_id": OTHER_PERSON,
        "data_element_id": element_id,
        "stream_generate_time": "2021-02-04",
        "stream_data": '{"value": 2}',
    }
    assert error_code(wire, "write_stream", fields) == (NOT_FOUND, "data_element_id 不存在")
    [outcome] = wire.ok(
        "batch_write_stream", {"streams": [{**fields, "stream_data": {"value": 2}}]}
    )["result"]
    assert outcome["is_succeed"] is False and outcome["message"] == "data_element_id 不存在"
    range_fields = {
        "namespace": NAMESPACE,
        "data_element_id": element_id,
        "fundamental_entity_id": OTHER_PERSON,
    }
    assert error_code(wire, "stream_range", range_fields)[0] == NOT_FOUND
    code, message = error_code(wire, "stream_retrieve", {"stream_id": stream_id})
    assert code == NOT_FOUND and "discarded" in message
    # Replaced, the element is in use again: its record reads again, and it takes new ones.
    new_element(wire, "rs2")
    assert wire.ok("stream_retrieve", {"stream_id": stream_id})["stream_id"] == stream_id
    assert wire.ok("write_stream", fields)["stream_id"]
    assert len(in_range(wire, element_id)) == 2


def test_the_documented_records_element_discarded_takes_its_record_away(
    wire: SignedWire,
) -> None:
    wire.ok(
        "discard_data_element",
        {"data_element_source_domain": "BGI_DATA_ELEMENT", "data_element_source_id": "4.3.11.0"},
    )
    assert error_code(wire, "stream_retrieve", {"stream_id": DOCUMENTED_STREAM})[0] == NOT_FOUND
    request, _ = documented("stream_range")
    assert error_code(wire, "stream_range", request)[0] == NOT_FOUND


def test_a_merged_element_reads_as_the_one_it_was_merged_into(wire: SignedWire) -> None:
    merged = new_element(wire, "rs3", data_element_name="merged away")["data_element_id"]
    into = new_element(wire, "rs4", data_element_name="kept")
    into_id = into["data_element_id"]
    old_record = write_for(wire, merged, "2021-01-01", 1)
    kept_record = write_for(wire, into_id, "2021-01-02", 2)
    assert (
        wire.ok(
            "merge_data_element", {"data_element_ids": merged, "merge_data_element_id": into_id}
        )
        is None
    )
    assert error_code(wire, "get_data_element", {"data_element_id": merged})[0] == NOT_FOUND
    # Nothing more is written for the merged element ...
    fields = {
        "fundamental_entity_id": OTHER_PERSON,
        "data_element_id": merged,
        "stream_generate_time": "2021-01-03",
        "stream_data": '{"value": 3}',
    }
    assert error_code(wire, "write_stream", fields) == (NOT_FOUND, "data_element_id 不存在")
    # ... and its records read as records of the element it was merged into.
    record = wire.ok("stream_retrieve", {"stream_id": old_record})
    assert record["data_element"] == into
    shown = in_range(wire, into_id)
    assert [r["stream_id"] for r in shown] == [old_record, kept_record]
    assert all(r["data_element"] == into for r in shown)
    assert in_range(wire, merged) == shown  # as data_item_query reads a merged id
    # A record of the merged element at a time is one of the kept element at that time.
    again = {**fields, "data_element_id": into_id, "stream_generate_time": "2021-01-01"}
    assert error_code(wire, "write_stream", again)[0] == CONFLICT
    assert wire.ok("write_stream", {**again, "duplicate_enabled": "true"})["stream_id"]


# ---------------------------------------------------------------------- one store of individuals

PROFILED_SAMPLE, PROFILED_PERSON = "E-F19955300137", "0c6e5f2a-7d41-4b8e-9a35-1f2b3c4d5e6f"


def test_bind_answers_the_individual_get_user_knows_the_sample_by(wire: SignedWire) -> None:
    profile = wire.ok("get_user", {"biosample_id": PROFILED_SAMPLE})
    assert profile["fundamental_entity_id"] == PROFILED_PERSON
    bound = wire.ok("stream_bind", {"biosample_id": PROFILED_SAMPLE})
    assert bound == {"fundamental_entity_id": PROFILED_PERSON}
    # The individual takes records, which a range by either of its ids reads.
    write(wire, "2022-01-02", 5, fundamental_entity_id=PROFILED_PERSON)
    assert walk(wire, biosample_id=PROFILED_SAMPLE) == [[5]]
    assert walk(wire, fundamental_entity_id=PROFILED_PERSON) == [[5]]


def test_an_individual_bind_made_is_one_get_user_knows(wire: SignedWire) -> None:
    code, message = error_code(wire, "get_user", {"biosample_id": UNBOUND_SAMPLE})
    assert code == NOT_FOUND and "not linked to any individual" in message
    individual = wire.ok("stream_bind", {"biosample_id": UNBOUND_SAMPLE})["fundamental_entity_id"]
    # The user family now links the sample to that individual, which has no profile.
    code, message = error_code(wire, "get_user", {"biosample_id": UNBOUND_SAMPLE})
    assert code == NOT_FOUND and f"linked to individual {individual}" in message
    assert "no profile" in message
    code, message = error_code(wire, "get_user", {"fundamental_entity_id": individual})
    assert code == NOT_FOUND and "has no profile" in message


def test_the_stream_examples_individuals_are_the_user_familys(wire: SignedWire) -> None:
    for individual in (PERSON, OTHER_PERSON):
        code, message = error_code(wire, "get_user", {"fundamental_entity_id": individual})
        assert code == NOT_FOUND and "has no profile" in message, message
    unknown = str(uuid.UUID(int=9))
    code, message = error_code(wire, "get_user", {"fundamental_entity_id": unknown})
    assert code == NOT_FOUND and "does not exist" in message
    fields = {
        "fundamental_entity_id": unknown,
        "data_element_id": QT,
        "stream_generate_time": "2022",
        "stream_data": "{}",
    }
    assert error_code(wire, "write_stream", fields) == (NOT_FOUND, "fundamental_entity_id 不存在")
    profile = wire.ok("get_user", {"biosample_id": BOUND_SAMPLE})
    assert wire.ok("stream_bind", {"biosample_id": BOUND_SAMPLE}) == {
        "fundamental_entity_id": profile["fundamental_entity_id"]
    }


def test_a_database_of_an_earlier_sandbox_moves_the_streams_copies_to_their_families(
    tmp_path: Path,
) -> None:
    """A database made while the streams family kept data elements, individuals and sample
    links of its own: opened now, they are the data elements and user families'."""
    path = tmp_path / "sandbox.db"
    store = Store(path)
    streams = store.family(StreamStore)
    legacy_individual = str(uuid.UUID(int=11))
    with streams.write() as conn:
        element = conn.execute(
            "SELECT record FROM data_elements WHERE data_element_id = ?", (QT,)
        ).fetchone()
        conn.execute("DELETE FROM data_elements WHERE data_element_id = ?", (QT,))
        conn.execute(
            "DELETE FROM documents WHERE family = 'users' AND id IN (?, ?)", (PERSON, OTHER_PERSON)
        )
        streams.documents.put(conn, "data_element", QT, json.loads(element["record"]))
        for individual in (PERSON, OTHER_PERSON, legacy_individual):
            streams.documents.put(
                conn, "individual", individual, {"fundamental_entity_id": individual}
            )
        streams.documents.put(
            conn, "binding", UNBOUND_SAMPLE, {"fundamental_entity_id": legacy_individual}
        )
    store.close()
    store = Store(path)
    try:
        wire = SignedWire(AppClient(create_app(store)), DEMO_APP_KEY, DEMO_APP_SECRET)
        request, data = documented("stream_range")
        assert wire.ok("stream_range", request) == data
        assert (
            wire.ok("get_data_element", {"data_element_id": QT})
            == data["result"][0]["data_element"]
        )
        bound = wire.ok("stream_bind", {"biosample_id": UNBOUND_SAMPLE})
        assert bound == {"fundamental_entity_id": legacy_individual}
        code, message = error_code(wire, "get_user", {"fundamental_entity_id": PERSON})
        assert code == NOT_FOUND and "has no profile" in message
        with store.family(StreamStore).read() as conn:
            left = conn.execute(
                "SELECT count(*) FROM documents WHERE family = 'streams'"
                " AND kind IN ('data_element', 'individual', 'binding')"
            ).fetchone()[0]
        assert left == 0
    finally:
        store.close()
