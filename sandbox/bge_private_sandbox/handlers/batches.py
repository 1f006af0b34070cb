"""The batches family: register a batch, import data items into it, commit it, read it."""

from __future__ import annotations

from ..answers import ok
from ..models import (
    BatchNoForm,
    CommitBatchResponse,
    ImportBatchForm,
    ImportBatchResponse,
    RegisterBatchForm,
    RegisterBatchResponse,
    RegisteredBatch,
    RetrieveBatchResponse,
)
from ..store import Store
from ..stores.data_items import DataItemStore
from . import handles


@handles("retrieve_batch")
def retrieve_batch(store: Store, form: BatchNoForm) -> RetrieveBatchResponse:
    return ok(RetrieveBatchResponse, store.family(DataItemStore).batch(form.batch_no))


@handles("register_batch")
def register_batch(store: Store, form: RegisterBatchForm) -> RegisterBatchResponse:
    batch_no = store.family(DataItemStore).register(form.title, form.intro)
    return ok(RegisterBatchResponse, RegisteredBatch(batch_no=batch_no))


@handles("import_batch")
def import_batch(store: Store, form: ImportBatchForm) -> ImportBatchResponse:
    biosample_id = None if form.biosample_id is None else form.biosample_id.root
    store.family(DataItemStore).import_items(form.batch_no, biosample_id, form.data_items)
    # The platform's data is not used (the reference returns None).
    return ok(ImportBatchResponse, None)


@handles("commit_batch")
def commit_batch(store: Store, form: BatchNoForm) -> CommitBatchResponse:
    return ok(CommitBatchResponse, store.family(DataItemStore).commit(form.batch_no))
