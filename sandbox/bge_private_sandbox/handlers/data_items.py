"""The data items family: one item, several items, a namespace's items, and what changed."""

from __future__ import annotations

from ..answers import cursor_page, ok, split_ids
from ..models import (
    DataItem,
    DataItemChangeListForm,
    DataItemChangeListResponse,
    DataItemQueryForm,
    DataItemQueryResponse,
    RetrieveBatchDataItemForm,
    RetrieveBatchDataItemResponse,
    RetrieveDataItemForm,
    RetrieveDataItemResponse,
)
from ..store import Store
from ..stores.data_elements import canonical_id
from ..stores.data_items import DataItemStore
from . import handles


def _item_key(item: DataItem) -> tuple[str, str]:
    # Listings are ordered by sample, then element: unique, and stable under new imports.
    return (item.biosample_id, str(item.data_element_id))


def _check_sample(store: Store, biosample_id: str | None) -> None:
    # import_batch takes items of registry samples only, so an unknown sample has no items:
    # 40401, as the other families answer it, rather than an empty answer.
    if biosample_id is not None:
        store.require_sample(biosample_id)


@handles("retrieve_data_item")
def retrieve_data_item(store: Store, form: RetrieveDataItemForm) -> RetrieveDataItemResponse:
    _check_sample(store, form.biosample_id)
    item = store.family(DataItemStore).item(
        form.namespace, str(form.data_element_id), form.biosample_id, form.batch_no
    )
    return ok(RetrieveDataItemResponse, item)


@handles("retrieve_batch_data_item")
def retrieve_batch_data_item(
    store: Store, form: RetrieveBatchDataItemForm
) -> RetrieveBatchDataItemResponse:
    _check_sample(store, form.biosample_id)
    named = None
    if form.data_element_ids is not None:
        named = [
            canonical_id(text, "data_element_ids") for text in split_ids(form.data_element_ids)
        ]
    items = store.family(DataItemStore).items(
        form.namespace,
        biosample_id=form.biosample_id,
        batch_no=form.batch_no,
        data_element_ids=named,
        collection_id=form.collection_id,
    )
    return cursor_page(
        RetrieveBatchDataItemResponse,
        items,
        cursor=form.next_page,
        limit=None,
        key=_item_key,
        next_key="next_page",
        items_key="result",
    )


@handles("data_item_query")
def data_item_query(store: Store, form: DataItemQueryForm) -> DataItemQueryResponse:
    _check_sample(store, form.biosample_id)
    items = store.family(DataItemStore).items(
        form.namespace, biosample_id=form.biosample_id, batch_no=form.batch_no
    )
    return cursor_page(
        DataItemQueryResponse,
        items,
        cursor=form.next_page_key,
        limit=None,
        key=_item_key,
        next_key="next_page_key",
        items_key="data_items",
    )


@handles("data_item_change_list")
def data_item_change_list(store: Store, form: DataItemChangeListForm) -> DataItemChangeListResponse:
    _check_sample(store, form.biosample_id)
    changes = store.family(DataItemStore).change_list(
        form.namespace, form.biosample_id, form.from_batch_no, form.to_batch_no
    )
    return cursor_page(
        DataItemChangeListResponse,
        changes.data_element_ids,
        cursor=form.next_page_key,
        limit=None,
        key=lambda data_element_id: data_element_id,
        next_key="next_page_key",
        items_key="data_element_ids",
        extra={
            "biosample_id": form.biosample_id,
            "from_batch_no": changes.from_batch_no,
            "to_batch_no": changes.to_batch_no,
            "batch_trace": changes.batch_trace,
        },
    )
