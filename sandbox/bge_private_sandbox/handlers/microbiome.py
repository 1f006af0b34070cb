"""The microbiome family: taxon, function and gene abundances of a sample, a page at a time."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..answers import cursor_page, envelope_page, split_ids
from ..errors import INVALID_ARGUMENT, ApiError
from ..models import (
    DataType,
    GetFuncAbundanceForm,
    GetFuncAbundanceResponse,
    GetGeneAbundanceForm,
    GetGeneAbundanceResponse,
    GetTaxonAbundanceForm,
    GetTaxonAbundanceResponse,
)
from ..store import Store
from ..stores import Document
from ..stores.microbiome import FUNC, GENE, TAXON, MicrobiomeStore
from . import handles

_DIRECTIONS = {"asc": False, "ascending": False, "desc": True, "descending": True}


def _leaves(value: Any, path: str = "") -> dict[str, Any]:
    """The scalar members of a JSON object by dotted path (`observation.value`)."""
    if isinstance(value, dict):
        found: dict[str, Any] = {}
        for name, member in value.items():
            found.update(_leaves(member, f"{path}.{name}" if path else name))
        return found
    return {} if isinstance(value, list) else {path: value}


def _sort_key(records: list[dict[str, Any]], sort_by: str) -> Callable[[dict[str, Any]], Any]:
    """A key ordering records by the member `sort_by`: a dotted path (`observation.value`) or
    a member name found once in a record (`value`). Missing values and nulls sort last."""
    paths = {path for record in records for path in _leaves(record)}
    if sort_by not in paths:
        matches = sorted(path for path in paths if path.rsplit(".", 1)[-1] == sort_by)
        if len(matches) != 1:
            known = ", ".join(sorted(paths))
            raise ApiError(
                INVALID_ARGUMENT,
                f"invalid argument: sort_by: {'ambiguous' if matches else 'unknown'} member "
                f"name; give a record member's dotted path ({known})",
            )
        sort_by = matches[0]

    def key(record: dict[str, Any]) -> tuple[int, Any]:
        value = _leaves(record).get(sort_by)
        if isinstance(value, bool) or value is None:
            return (2, 0) if value is None else (0, int(value))
        if isinstance(value, int | float):
            return (0, value)
        return (1, str(value))

    return key


def _sorted(
    records: list[dict[str, Any]], sort_by: str | None, direction: str | None
) -> list[dict[str, Any]]:
    if sort_by is None:
        if direction is not None:
            raise ApiError(INVALID_ARGUMENT, "invalid argument: sort_direction needs sort_by")
        return records
    descending = _DIRECTIONS.get((direction or "asc").lower())
    if descending is None:
        raise ApiError(INVALID_ARGUMENT, "invalid argument: sort_direction: must be asc or desc")
    if not records:
        return records
    key = _sort_key(records, sort_by)
    present = [record for record in records if key(record)[0] != 2]
    absent = [record for record in records if key(record)[0] == 2]
    # Stable: records with equal values keep their stored order; nulls last either way.
    return sorted(present, key=key, reverse=descending) + absent


@handles("get_taxon_abundance")
def get_taxon_abundance(store: Store, form: GetTaxonAbundanceForm) -> GetTaxonAbundanceResponse:
    store.require_sample(form.biosample_id)
    records = [
        document.body
        for document in store.family(MicrobiomeStore).records(TAXON, form.biosample_id)
    ]
    if form.taxon_id is not None:
        wanted = set(split_ids(form.taxon_id))
        records = [record for record in records if record["taxonomy"]["taxon_id"] in wanted]
    records = _sorted(records, form.sort_by, form.sort_direction)
    return envelope_page(GetTaxonAbundanceResponse, records, page=form.page, limit=form.limit)


def _seq(document: Document) -> int:
    return document.seq


def _body(document: Document) -> dict[str, Any]:
    return document.body


@handles("get_func_abundance")
def get_func_abundance(store: Store, form: GetFuncAbundanceForm) -> GetFuncAbundanceResponse:
    store.require_sample(form.biosample_id)
    documents = store.family(MicrobiomeStore).records(FUNC, form.biosample_id, form.catalog.value)
    if form.ids is None:
        return cursor_page(
            GetFuncAbundanceResponse,
            documents,
            cursor=form.next_page,
            limit=form.limit,
            key=_seq,
            view=_body,
        )
    # The docs: `ids` is not combined with paging. Clients always send a limit, so it is
    # ignored here; a cursor is refused, and every matching record comes in one answer.
    if form.next_page is not None:
        raise ApiError(INVALID_ARGUMENT, "invalid argument: ids cannot be combined with next_page")
    wanted = set(split_ids(form.ids))
    found = [document for document in documents if document.body["coding"]["id"] in wanted]
    return cursor_page(
        GetFuncAbundanceResponse,
        found,
        cursor=None,
        limit=max(len(found), 1),
        key=_seq,
        view=_body,
    )


@handles("get_gene_abundance")
def get_gene_abundance(store: Store, form: GetGeneAbundanceForm) -> GetGeneAbundanceResponse:
    if form.data_type is DataType.file:
        raise ApiError(
            INVALID_ARGUMENT,
            "invalid argument: data_type: the sandbox answers `list` only (what the platform "
            "answers for `file` is not documented)",
        )
    store.require_sample(form.biosample_id)
    documents = store.family(MicrobiomeStore).records(GENE, form.biosample_id, form.catalog.value)
    if form.ids is not None:
        wanted = set(split_ids(form.ids))
        documents = [
            document for document in documents if document.body["igc_gene"]["igc_gene_id"] in wanted
        ]
    return cursor_page(
        GetGeneAbundanceResponse,
        documents,
        cursor=form.next_page,
        limit=form.limit,
        key=_seq,
        view=_body,
    )
