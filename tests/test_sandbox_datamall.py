"""The sandbox's datamall family over signed HTTP: downloading a namespace's omics data."""

from __future__ import annotations

from typing import Any

import pytest

from bge_private import PrivateAPI
from bge_private_sandbox import DEMO_APP_KEY, DEMO_APP_SECRET, Store, create_app
from conftest import Sandbox
from sandbox_wire import AppClient, SignedWire

INVALID_ARGUMENT, NOT_FOUND = 40001, 40401
NAMESPACE = "WGSAI3.0-L-FULL"
GENOTYPED = "E-B19593615052"


@pytest.fixture(scope="module")
def wire() -> SignedWire:
    # download_omics_data only reads, so the module shares one sandbox.
    return SignedWire(AppClient(create_app(Store())), DEMO_APP_KEY, DEMO_APP_SECRET)


def expected(wire: SignedWire) -> dict[str, Any]:
    # The namespace holds the variant family's records: what variant_v1 answers.
    records = wire.ok("variant_v1", {"biosample_id": GENOTYPED})
    assert len(records) == 2
    return {
        "namespace": NAMESPACE,
        "format": "json",
        "result": [{"biosample_id": GENOTYPED, "variants": records}],
    }


def test_a_namespace_downloads_its_samples_data(wire: SignedWire) -> None:
    assert wire.ok("download_omics_data", {"namespace": NAMESPACE}) == expected(wire)
    asked = {"namespace": NAMESPACE, "format": "json"}
    assert wire.ok("download_omics_data", asked) == expected(wire)


def test_samples_without_data_in_the_namespace_are_left_out(wire: SignedWire) -> None:
    asked = {"namespace": NAMESPACE, "biosample_ids": f"E-B19137107158,{GENOTYPED},{GENOTYPED}"}
    assert wire.ok("download_omics_data", asked) == expected(wire)
    none = {"namespace": NAMESPACE, "biosample_ids": "E-B19137107158"}
    assert wire.ok("download_omics_data", none) == {**expected(wire), "result": []}


def test_through_the_sdk(sandbox: Sandbox) -> None:
    with PrivateAPI(sandbox.app_key, sandbox.app_secret, endpoint=sandbox.url) as api:
        data = api.download_omics_data(NAMESPACE, GENOTYPED)
    assert data["namespace"] == NAMESPACE
    assert [item["biosample_id"] for item in data["result"]] == [GENOTYPED]
    ids = [record["alternate_id"] for record in data["result"][0]["variants"]]
    assert ids == [["rs315"], ["rs219"]]


def test_an_unknown_namespace_is_40401(wire: SignedWire) -> None:
    answer = wire.call("download_omics_data", {"namespace": "KB-NOWHERE"})
    assert (answer["code"], answer["data"]) == (NOT_FOUND, None)
    assert "namespace KB-NOWHERE does not exist" in answer["msg"]


@pytest.mark.parametrize(
    "fields",
    [
        {"namespace": NAMESPACE, "format": "csv"},
        {"namespace": NAMESPACE, "biosample_ids": "E-B19593615052,"},
        {"namespace": ""},
        {},
    ],
    ids=["other-format", "bad-ids", "empty-namespace", "no-namespace"],
)
def test_bad_input_is_40001(wire: SignedWire, fields: dict[str, str]) -> None:
    answer = wire.call("download_omics_data", fields)
    assert (answer["code"], answer["data"]) == (INVALID_ARGUMENT, None)
