"""The models family: list, deploy, publish, roll back, inspect and run models; their docs."""

from __future__ import annotations

from collections.abc import Mapping

from ..answers import data_page, ok, split_ids
from ..errors import INVALID_ARGUMENT, ApiError
from ..models import (
    DeployModelForm,
    DeployModelResponse,
    ModelDocUploadForm,
    ModelDocUploadResponse,
    ModelDraftResponse,
    ModelExpfsUploadForm,
    ModelInputForm,
    ModelListForm,
    ModelListResponse,
    ModelResponse,
    ModelVersionsForm,
    ModelVersionsResponse,
    PublishModelForm,
    PublishModelResponse,
    RetrieveModelForm,
    RetrieveModelResponse,
    RollbackModelForm,
    RollbackModelResponse,
)
from ..store import Store
from ..stores.models import CONFIG_FIELDS, ModelStore
from . import handles


@handles("model_list")
def model_list(store: Store, form: ModelListForm) -> ModelListResponse:
    found = store.family(ModelStore).models(split_ids(form.model_ids))
    return data_page(ModelListResponse, found, page=form.page, limit=form.limit)


@handles("deploy_model")
def deploy_model(store: Store, form: DeployModelForm) -> DeployModelResponse:
    given = {name: getattr(form, name) for name in CONFIG_FIELDS}
    return ok(DeployModelResponse, store.family(ModelStore).deploy(form.model_id, given))


@handles("publish_model")
def publish_model(store: Store, form: PublishModelForm) -> PublishModelResponse:
    return ok(PublishModelResponse, store.family(ModelStore).publish(form.model_id, form.message))


@handles("rollback_model")
def rollback_model(store: Store, form: RollbackModelForm) -> RollbackModelResponse:
    answer = store.family(ModelStore).rollback(form.model_id, form.version)
    return ok(RollbackModelResponse, answer)


@handles("retrieve_model")
def retrieve_model(store: Store, form: RetrieveModelForm) -> RetrieveModelResponse:
    return ok(RetrieveModelResponse, store.family(ModelStore).model(form.model_id))


@handles("model")  # POST /openbge/model/{model_id}
def model(store: Store, form: ModelInputForm, *, model_id: str) -> ModelResponse:
    output = store.family(ModelStore).run(model_id, form.model_extra or {}, draft=False)
    return ok(ModelResponse, output)


@handles("model_draft")  # POST /openbge/model/{model_id}/draft
def model_draft(store: Store, form: ModelInputForm, *, model_id: str) -> ModelDraftResponse:
    output = store.family(ModelStore).run(model_id, form.model_extra or {}, draft=True)
    return ok(ModelDraftResponse, output)


@handles("model_versions")  # POST /openbge/model/{model_id}/versions
def model_versions(
    store: Store, form: ModelVersionsForm, *, model_id: str
) -> ModelVersionsResponse:
    # Its fields are not documented (paging, presumably); every version is answered.
    return ok(ModelVersionsResponse, store.family(ModelStore).versions(model_id))


@handles("model_doc_upload")
def model_doc_upload(
    store: Store,
    form: ModelDocUploadForm | ModelExpfsUploadForm,
    *,
    filenames: Mapping[str, str],
) -> ModelDocUploadResponse:
    models = store.family(ModelStore)
    if isinstance(form, ModelDocUploadForm):
        answer = models.set_doc(form.model_id, form.doc_tab, form.doc_content)
        return ok(ModelDocUploadResponse, answer)
    if (form.doc_tab is None) != (form.doc_content is None):
        raise ApiError(
            INVALID_ARGUMENT, "invalid argument: give doc_tab and doc_content together, or neither"
        )
    doc = (
        None
        if form.doc_tab is None or form.doc_content is None
        else (form.doc_tab, form.doc_content)
    )
    answer = models.upload_expfs(form.model_id, filenames.get("expfs", ""), form.expfs, doc)
    return ok(ModelDocUploadResponse, answer)
