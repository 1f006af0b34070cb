"""The streams family: write, batch write, range, retrieve stream records; bind samples."""

from __future__ import annotations

from ..answers import cursor_page, ok
from ..errors import INVALID_ARGUMENT, ApiError
from ..models import (
    BatchWriteStreamForm,
    BatchWriteStreamResponse,
    IndividualRef,
    StreamBindForm,
    StreamBindResponse,
    StreamRangeForm1,
    StreamRangeForm2,
    StreamRangeResponse,
    StreamRetrieveForm,
    StreamRetrieveResponse,
    StreamWriteOutcome,
    StreamWriteOutcomes,
    WriteStreamForm,
    WriteStreamResponse,
    WrittenStream,
)
from ..store import Store
from ..stores.streams import NewRecord, StreamStore, WriteOutcome, record_key
from . import handles
from ._finite import json_object, require_finite

_TRUE = frozenset({"true", "1"})
_FALSE = frozenset({"false", "0"})


def duplicates_allowed(value: str | None) -> bool:
    """`duplicate_enabled` as the platform reads it: absent means false."""
    if value is None:
        return False
    text = value.strip().lower()
    # The reference sends a Python bool as "True"/"False", so case does not matter.
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ApiError(INVALID_ARGUMENT, "invalid argument: duplicate_enabled: must be true or false")


@handles("stream_range")
def stream_range(store: Store, form: StreamRangeForm1 | StreamRangeForm2) -> StreamRangeResponse:
    # The spec's oneOf means exactly one; a pydantic union accepts a form matching both.
    if (form.fundamental_entity_id is None) == (form.biosample_id is None):
        raise ApiError(
            INVALID_ARGUMENT,
            "invalid argument: give exactly one of fundamental_entity_id and biosample_id",
        )
    descending = form.sort_direction != "asc"
    records = store.family(StreamStore).records(
        namespace=form.namespace,
        data_element_id=str(form.data_element_id),
        fundamental_entity_id=(
            None if form.fundamental_entity_id is None else str(form.fundamental_entity_id)
        ),
        biosample_id=form.biosample_id,
        start_time=form.start_time,
        end_time=form.end_time,
        descending=descending,
    )
    page = cursor_page(
        StreamRangeResponse,
        records,
        cursor=form.next_page,
        limit=form.limit,
        key=record_key,
        descending=descending,
        next_key="next_page",
        items_key="result",
        view=lambda document: document.body["record"],
    )
    return page


@handles("write_stream")
def write_stream(store: Store, form: WriteStreamForm) -> WriteStreamResponse:
    new = NewRecord(
        fundamental_entity_id=str(form.fundamental_entity_id),
        data_element_id=str(form.data_element_id),
        stream_generate_time=form.stream_generate_time,
        stream_data=json_object(form.stream_data, "stream_data"),
    )
    record = store.family(StreamStore).write_record(
        new, duplicates=duplicates_allowed(form.duplicate_enabled)
    )
    return ok(WriteStreamResponse, WrittenStream(stream_id=record.stream_id))


def _outcome(outcome: WriteOutcome) -> StreamWriteOutcome:
    return StreamWriteOutcome.model_validate(
        {
            "is_succeed": outcome.error is None,
            "message": "" if outcome.error is None else outcome.error.msg,
            "stream": {
                "stream_meta": {
                    "namespace": outcome.namespace,
                    "fundamental_entity_id": outcome.fundamental_entity_id,
                },
                "stream_generate_time": outcome.stream_generate_time,
                "stream_id": None if outcome.record is None else outcome.record.stream_id,
                "data_element": {"data_element_id": outcome.data_element_id},
            },
        }
    )


@handles("batch_write_stream")
def batch_write_stream(store: Store, form: BatchWriteStreamForm) -> BatchWriteStreamResponse:
    duplicates = duplicates_allowed(form.duplicate_enabled)
    records: list[NewRecord] = []
    for index, item in enumerate(form.streams):
        require_finite(item.stream_data, f"streams.{index}.stream_data")
        records.append(
            NewRecord(
                fundamental_entity_id=str(item.fundamental_entity_id),
                data_element_id=str(item.data_element_id),
                stream_generate_time=item.stream_generate_time,
                stream_data=item.stream_data,
            )
        )
    outcomes = store.family(StreamStore).write_records(records, duplicates=duplicates)
    return ok(
        BatchWriteStreamResponse,
        StreamWriteOutcomes(result=[_outcome(outcome) for outcome in outcomes]),
    )


@handles("stream_retrieve")
def stream_retrieve(store: Store, form: StreamRetrieveForm) -> StreamRetrieveResponse:
    record = store.family(StreamStore).record(str(form.stream_id))
    return ok(StreamRetrieveResponse, record)


@handles("stream_bind")
def stream_bind(store: Store, form: StreamBindForm) -> StreamBindResponse:
    individual_id = store.family(StreamStore).bind(form.biosample_id)
    return ok(
        StreamBindResponse, IndividualRef.model_validate({"fundamental_entity_id": individual_id})
    )
