"""The datamall family: downloading the omics data of a namespace."""

from __future__ import annotations

from ..answers import ok, split_ids
from ..errors import INVALID_ARGUMENT, NOT_FOUND, ApiError
from ..models import DownloadOmicsDataForm, DownloadOmicsDataResponse
from ..store import Store
from ..stores.datamall import GENOME_VARIANTS, DatamallStore
from ..stores.variants import VariantStore
from . import handles


@handles("download_omics_data")
def download_omics_data(store: Store, form: DownloadOmicsDataForm) -> DownloadOmicsDataResponse:
    entry = store.family(DatamallStore).namespace(form.namespace)
    if entry is None:
        raise ApiError(NOT_FOUND, f"namespace {form.namespace} does not exist")
    if form.format != "json":
        raise ApiError(
            INVALID_ARGUMENT,
            "invalid argument: format: the sandbox answers `json` only (other formats are "
            "not documented)",
        )
    assert entry["omics"] == GENOME_VARIANTS, entry  # the only kind DatamallStore loads
    # Samples the namespace has no data of are left out, as get_samples leaves out unknown ids.
    asked = None if form.biosample_ids is None else split_ids(form.biosample_ids)
    result = [
        {
            "biosample_id": biosample_id,
            "variants": [record.model_dump(mode="json") for record in records],
        }
        for biosample_id, records in store.family(VariantStore).genomes(asked).items()
    ]
    # Undocumented answer: a JSON envelope whose data names the namespace and holds, per
    # sample, the records its family answers (here: the variant records).
    data = {"namespace": entry["namespace"], "format": "json", "result": result}
    return ok(DownloadOmicsDataResponse, data)
