"""The collections family: create, edit, read and delete collections of data elements."""

from __future__ import annotations

from collections.abc import Mapping

from ..answers import ok
from ..errors import INVALID_ARGUMENT, ApiError
from ..models import (
    AddCollectionForm,
    AddCollectionResponse,
    AddCollectionUploadForm,
    CollectionDeleteResponse,
    CollectionDetailResponse,
    CollectionIdForm,
    CollectionRef,
    EditCollectionForm,
    EditCollectionResponse,
    EditCollectionUploadForm,
)
from ..store import Store
from ..stores.collections import CollectionStore
from ..stores.data_elements import canonical_id
from . import handles

FILE_FIELD = "data_element_ids"
EDITABLE = ("collection_type", "collection_omic", "collection_description")


def element_ids_file(content: bytes) -> list[str]:
    """The data element ids in an uploaded file: UTF-8 text, ids separated by white space."""
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ApiError(
            INVALID_ARGUMENT, f"invalid argument: {FILE_FIELD}: the file is not UTF-8 text"
        ) from None
    return [canonical_id(word, f"{FILE_FIELD} (the file)") for word in text.split()]


@handles("add_collection")
def add_collection(
    store: Store,
    form: AddCollectionForm | AddCollectionUploadForm,
    *,
    filenames: Mapping[str, str],
) -> AddCollectionResponse:
    given = (
        element_ids_file(form.data_element_ids) if isinstance(form, AddCollectionUploadForm) else []
    )
    collection_id = store.family(CollectionStore).add(
        name=form.collection_name,
        type=form.collection_type,
        omic=form.collection_omic,
        description=form.collection_description,
        data_element_ids=given,
    )
    return ok(AddCollectionResponse, CollectionRef(collection_id=collection_id))


@handles("edit_collection")
def edit_collection(
    store: Store,
    form: EditCollectionForm | EditCollectionUploadForm,
    *,
    filenames: Mapping[str, str],
) -> EditCollectionResponse:
    changes = {
        name: getattr(form, name)
        for name in EDITABLE
        if name in form.model_fields_set and getattr(form, name) is not None
    }
    replacing = (
        element_ids_file(form.data_element_ids)
        if isinstance(form, EditCollectionUploadForm)
        else None
    )
    store.family(CollectionStore).edit(form.collection_id, changes, replacing)
    return ok(EditCollectionResponse, CollectionRef(collection_id=form.collection_id))


@handles("collection_detail")
def collection_detail(store: Store, form: CollectionIdForm) -> CollectionDetailResponse:
    return ok(CollectionDetailResponse, store.family(CollectionStore).detail(form.collection_id))


@handles("collection_delete")
def collection_delete(store: Store, form: CollectionIdForm) -> CollectionDeleteResponse:
    store.family(CollectionStore).delete(form.collection_id)
    return ok(CollectionDeleteResponse, CollectionRef(collection_id=form.collection_id))
