"""The data elements family: search, read by id or source, replace, discard and merge."""

from __future__ import annotations

from ..answers import data_page, ok, split_ids
from ..errors import INVALID_ARGUMENT, ApiError
from ..models import (
    BatchDataElementBySourceForm,
    BatchDataElementBySourceResponse,
    DataElementBySourceResponse,
    DataElementSearchForm,
    DataElementSearchResponse,
    DataElementSourceForm,
    DiscardDataElementResponse,
    DiscardedDataElement,
    GetDataElementForm,
    GetDataElementResponse,
    MergeDataElementForm,
    MergeDataElementResponse,
    ReplaceDataElementForm,
    ReplaceDataElementResponse,
)
from ..store import Store
from ..stores.data_elements import DataElementStore, canonical_id, search_terms
from . import handles

BOTH_KINDS = ("data_element", "collection")


@handles("data_element_search")
def data_element_search(store: Store, form: DataElementSearchForm) -> DataElementSearchResponse:
    kinds = BOTH_KINDS if form.types is None else tuple(form.types.value.split(","))
    hits = store.family(DataElementStore).search(
        search_terms(form.query),
        domains=split_ids(form.data_element_source_domains),
        elements="data_element" in kinds,
        collections="collection" in kinds,
    )
    return data_page(
        DataElementSearchResponse,
        hits,
        page=form.page,
        limit=form.limit,
        items_key="result",
    )


@handles("get_data_element")
def get_data_element(store: Store, form: GetDataElementForm) -> GetDataElementResponse:
    element = store.family(DataElementStore).element(str(form.data_element_id))
    return ok(GetDataElementResponse, element)


@handles("data_element_by_source")
def data_element_by_source(
    store: Store, form: DataElementSourceForm
) -> DataElementBySourceResponse:
    element = store.family(DataElementStore).by_source(
        form.data_element_source_domain, form.data_element_source_id
    )
    return ok(DataElementBySourceResponse, element)


@handles("batch_data_element_by_source")
def batch_data_element_by_source(
    store: Store, form: BatchDataElementBySourceForm
) -> BatchDataElementBySourceResponse:
    elements = store.family(DataElementStore).by_sources(
        form.data_element_source_domain, split_ids(form.data_element_source_ids)
    )
    return ok(BatchDataElementBySourceResponse, elements)


@handles("replace_data_element")
def replace_data_element(store: Store, form: ReplaceDataElementForm) -> ReplaceDataElementResponse:
    element = store.family(DataElementStore).replace(
        form.data_element_source_domain, form.data_element_source_id, form.columns
    )
    return ok(ReplaceDataElementResponse, element)


@handles("discard_data_element")
def discard_data_element(store: Store, form: DataElementSourceForm) -> DiscardDataElementResponse:
    data_element_id = store.family(DataElementStore).discard(
        form.data_element_source_domain, form.data_element_source_id
    )
    answer = DiscardedDataElement.model_validate({"data_element_id": data_element_id})
    return ok(DiscardDataElementResponse, answer)


@handles("merge_data_element")
def merge_data_element(store: Store, form: MergeDataElementForm) -> MergeDataElementResponse:
    merged = [canonical_id(text, "data_element_ids") for text in split_ids(form.data_element_ids)]
    if not merged:
        raise ApiError(INVALID_ARGUMENT, "invalid argument: data_element_ids: names no element")
    into = canonical_id(form.merge_data_element_id, "merge_data_element_id")
    store.family(DataElementStore).merge(list(dict.fromkeys(merged)), into, form.comment)
    # The platform's data is not used (the reference returns None).
    return ok(MergeDataElementResponse, None)
