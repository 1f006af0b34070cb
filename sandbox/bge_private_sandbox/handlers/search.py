"""The search family: full-text search, and the survey index it searches (create, delete)."""

from __future__ import annotations

from ..answers import data_page, ok, split_ids
from ..models import (
    CreateIndexForm,
    CreateIndexResponse,
    DeleteIndexForm,
    DeleteIndexResponse,
    IndexDeletion,
    OpenbgeSearchForm,
    OpenbgeSearchResponse,
)
from ..store import Store
from ..stores.search import SearchStore
from . import handles
from ._finite import require_finite


@handles("openbge_search")
def openbge_search(store: Store, form: OpenbgeSearchForm) -> OpenbgeSearchResponse:
    hits = store.family(SearchStore).search(
        form.query, set(split_ids(form.category)), form.biosample_id
    )
    return data_page(
        OpenbgeSearchResponse, hits, page=form.page, limit=form.limit, items_key="result"
    )


@handles("create_index")
def create_index(store: Store, form: CreateIndexForm) -> CreateIndexResponse:
    for index, document in enumerate(form.content):
        require_finite(document.model_dump(mode="python"), f"content.{index}")
    indexed = store.family(SearchStore).index(form.content)
    return ok(CreateIndexResponse, indexed)


@handles("delete_index")
def delete_index(store: Store, form: DeleteIndexForm) -> DeleteIndexResponse:
    outcomes = store.family(SearchStore).delete(split_ids(form.ids))
    return ok(
        DeleteIndexResponse,
        [
            IndexDeletion(id=outcome.id, deleted=outcome.deleted, not_found=not outcome.deleted)
            for outcome in outcomes
        ],
    )
