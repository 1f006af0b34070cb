"""The sandbox's microbiome family over signed HTTP: taxon, function and gene abundances."""

from __future__ import annotations

from typing import Any

import pytest

from bge_private import PrivateAPI
from bge_private_sandbox import DEMO_APP_KEY, DEMO_APP_SECRET, Store, create_app
from bge_private_sandbox.spec import load_spec
from conftest import Sandbox
from sandbox_wire import AppClient, SignedWire

INVALID_ARGUMENT, NOT_FOUND = 40001, 40401
TAXA_SAMPLE = "E-S19848860371"
FUNC_SAMPLE = "E-F19956815350"  # whose GO records the docs show for a call on GENE_SAMPLE
GENE_SAMPLE = "E-F19486142636"
PLAIN_SAMPLE = "E-B19137107158"  # a sample of the samples family, without microbiome data


def documented(operation_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The operation's documentation example: its call and its whole answer."""
    for item in load_spec()["paths"].values():
        operation = item["post"]
        if operation["operationId"] == operation_id:
            media = operation["requestBody"]["content"]["application/x-www-form-urlencoded"]
            answer = operation["responses"]["200"]["content"]["application/json"]
            return media["examples"]["doc"]["value"], answer["examples"]["doc"]["value"]
    raise LookupError(operation_id)


@pytest.fixture(scope="module")
def wire() -> SignedWire:
    # Every operation here only reads, so the module shares one sandbox.
    return SignedWire(AppClient(create_app(Store())), DEMO_APP_KEY, DEMO_APP_SECRET)


def names(records: list[dict[str, Any]]) -> list[str]:
    return [record["taxonomy"]["taxon_name"] for record in records]


# ---------------------------------------------------------------------- get_taxon_abundance


def test_taxa_the_documentation_example(wire: SignedWire) -> None:
    call, answer = documented("get_taxon_abundance")
    got = wire.call("get_taxon_abundance", call)
    assert (got["code"], got["data"]) == (0, answer["data"])
    # The documented pagination, and the number of pages, which the spec's Pagination has.
    assert got["pagination"] == {**answer["pagination"], "pages": 1}


def test_taxa_pages(wire: SignedWire) -> None:
    whole = wire.ok("get_taxon_abundance", {"biosample_id": TAXA_SAMPLE})
    pages = []
    for page in (1, 2, 3):
        got = wire.call(
            "get_taxon_abundance", {"biosample_id": TAXA_SAMPLE, "limit": 1, "page": page}
        )
        assert got["pagination"]["total"] == 2
        pages.append(got["data"])
    assert pages == [whole[:1], whole[1:], []]


def test_taxa_through_the_sdk_iterator(sandbox: Sandbox) -> None:
    with PrivateAPI(sandbox.app_key, sandbox.app_secret, endpoint=sandbox.url) as api:
        walked = list(api.iter_get_taxon_abundance(TAXA_SAMPLE, limit=1))
        first = api.get_taxon_abundance(TAXA_SAMPLE, limit=1)
        data, pagination = api.get_origin_taxon_abundance(TAXA_SAMPLE, None, 2, 1)
    assert [item["taxonomy"]["taxon_id"] for item in walked] == ["txid29466", "txid187326"]
    assert (first["count"], first["next_page"]) == (1, 2)
    assert [item["taxonomy"]["taxon_id"] for item in data] == ["txid187326"]
    assert pagination == {"page": 2, "limit": 1, "count": 1, "total": 2, "pages": 2}


def test_taxa_by_taxon_id(wire: SignedWire) -> None:
    asked = {"biosample_id": TAXA_SAMPLE, "taxon_id": "txid187326,txid1"}
    got = wire.call("get_taxon_abundance", asked)
    assert names(got["data"]) == ["s__Megasphaera_micronuciformis"]
    assert got["pagination"]["total"] == 1


@pytest.mark.parametrize(
    ("sort_by", "direction", "expected"),
    [
        ("observation.value", "asc", ["s__Megasphaera_micronuciformis", "s__Veillonella_parvula"]),
        ("value", "desc", ["s__Veillonella_parvula", "s__Megasphaera_micronuciformis"]),
        ("mean", None, ["s__Megasphaera_micronuciformis", "s__Veillonella_parvula"]),
        ("taxon_name", "DESC", ["s__Veillonella_parvula", "s__Megasphaera_micronuciformis"]),
    ],
)
def test_taxa_sorted(
    wire: SignedWire, sort_by: str, direction: str | None, expected: list[str]
) -> None:
    fields = {"biosample_id": TAXA_SAMPLE, "sort_by": sort_by, "sort_direction": direction}
    assert names(wire.ok("get_taxon_abundance", fields)) == expected


@pytest.mark.parametrize(
    "fields",
    [
        {"sort_by": "colour"},
        {"sort_by": "value", "sort_direction": "up"},
        {"sort_direction": "asc"},
        {"taxon_id": "29466"},
        {"page": 0},
        {"limit": 0},
    ],
    ids=["unknown-member", "bad-direction", "direction-alone", "bad-taxon-id", "page-0", "limit-0"],
)
def test_taxa_bad_input_is_40001(wire: SignedWire, fields: dict[str, Any]) -> None:
    answer = wire.call("get_taxon_abundance", {"biosample_id": TAXA_SAMPLE, **fields})
    assert (answer["code"], answer["data"]) == (INVALID_ARGUMENT, None)


# ---------------------------------------------------------------------- get_func_abundance


def test_functions_the_documented_call_answers_what_is_consistent(wire: SignedWire) -> None:
    # The docs' call asks for GENE_SAMPLE, but the records shown are FUNC_SAMPLE's.
    call, _ = documented("get_func_abundance")
    assert call["biosample_id"] == GENE_SAMPLE
    assert wire.ok("get_func_abundance", call) == {"result": [], "next_page": None}


def test_functions_the_documented_records(wire: SignedWire) -> None:
    call, answer = documented("get_func_abundance")
    got = wire.ok("get_func_abundance", {**call, "biosample_id": FUNC_SAMPLE})
    assert got == {**answer["data"], "next_page": None}


def test_functions_by_cursor(wire: SignedWire) -> None:
    _, answer = documented("get_func_abundance")
    walked: list[dict[str, Any]] = []
    fields: dict[str, Any] = {"biosample_id": FUNC_SAMPLE, "catalog": "go", "limit": 2}
    sizes = []
    while True:
        page = wire.ok("get_func_abundance", fields)
        sizes.append(len(page["result"]))
        walked.extend(page["result"])
        if page["next_page"] is None:
            break
        fields["next_page"] = page["next_page"]
    assert sizes == [2, 2, 1]
    assert walked == answer["data"]["result"]


def test_functions_through_the_sdk_iterator(sandbox: Sandbox) -> None:
    _, answer = documented("get_func_abundance")
    with PrivateAPI(sandbox.app_key, sandbox.app_secret, endpoint=sandbox.url) as api:
        walked = list(api.iter_get_func_abundance(FUNC_SAMPLE, "go", limit=2))
    assert [dict(item) for item in walked] == answer["data"]["result"]


def test_functions_by_id_in_one_answer(wire: SignedWire) -> None:
    fields = {"biosample_id": FUNC_SAMPLE, "catalog": "go", "ids": "GO:0002101,GO:0002097"}
    got = wire.ok("get_func_abundance", {**fields, "limit": 1})
    assert [record["coding"]["id"] for record in got["result"]] == ["GO:0002097", "GO:0002101"]
    assert got["next_page"] is None
    refused = wire.call("get_func_abundance", {**fields, "next_page": "WzNd"})
    assert (refused["code"], "ids cannot be combined with next_page" in refused["msg"]) == (
        INVALID_ARGUMENT,
        True,
    )


def test_functions_of_another_catalogue_or_sample_are_none(wire: SignedWire) -> None:
    empty: dict[str, Any] = {"result": [], "next_page": None}
    assert wire.ok("get_func_abundance", {"biosample_id": FUNC_SAMPLE, "catalog": "ko"}) == empty
    assert wire.ok("get_func_abundance", {"biosample_id": PLAIN_SAMPLE, "catalog": "go"}) == empty


@pytest.mark.parametrize(
    "fields",
    [
        {"catalog": "GO"},
        {"catalog": "go", "next_page": "not a cursor"},
        {"catalog": "go", "limit": 0},
        {},
    ],
    ids=["bad-catalogue", "bad-cursor", "limit-0", "no-catalogue"],
)
def test_functions_bad_input_is_40001(wire: SignedWire, fields: dict[str, Any]) -> None:
    answer = wire.call("get_func_abundance", {"biosample_id": FUNC_SAMPLE, **fields})
    assert (answer["code"], answer["data"]) == (INVALID_ARGUMENT, None)


# ---------------------------------------------------------------------- get_gene_abundance


def test_genes_the_documentation_example(wire: SignedWire) -> None:
    call, answer = documented("get_gene_abundance")
    # Every documented member, and the end of the pages (the docs do not show that member).
    assert wire.ok("get_gene_abundance", call) == {**answer["data"], "next_page": None}


def test_genes_by_cursor_and_by_id(wire: SignedWire) -> None:
    _, answer = documented("get_gene_abundance")
    records = answer["data"]["result"]
    fields = {"biosample_id": GENE_SAMPLE, "catalog": "IGC_9.9M", "data_type": "list", "limit": 1}
    first = wire.ok("get_gene_abundance", fields)
    assert first["result"] == records[:1] and first["next_page"]
    second = wire.ok("get_gene_abundance", {**fields, "next_page": first["next_page"]})
    assert second == {"result": records[1:], "next_page": None}
    by_id = wire.ok("get_gene_abundance", {**fields, "ids": "igc_2,igc_9"})
    assert by_id == {"result": records[1:], "next_page": None}
    other = {**fields, "catalog": "UniRef90_HUMAnN2_0.11"}
    assert wire.ok("get_gene_abundance", other) == {"result": [], "next_page": None}


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"data_type": "file"}, "data_type"),
        ({"data_type": "list", "limit": 1001}, "limit"),
        ({"data_type": "table"}, "data_type"),
        ({"data_type": "list", "catalog": "IGC"}, "catalog"),
    ],
    ids=["file", "limit-1001", "bad-data-type", "bad-catalogue"],
)
def test_genes_bad_input_is_40001(wire: SignedWire, fields: dict[str, Any], message: str) -> None:
    asked = {"biosample_id": GENE_SAMPLE, "catalog": "IGC_9.9M", **fields}
    answer = wire.call("get_gene_abundance", asked)
    assert (answer["code"], answer["data"]) == (INVALID_ARGUMENT, None)
    assert message in answer["msg"]


# ---------------------------------------------------------------------- unknown samples


@pytest.mark.parametrize(
    ("operation_id", "fields"),
    [
        ("get_taxon_abundance", {}),
        ("get_func_abundance", {"catalog": "go"}),
        ("get_gene_abundance", {"catalog": "IGC_9.9M", "data_type": "list"}),
    ],
)
def test_an_unknown_sample_is_40401(
    wire: SignedWire, operation_id: str, fields: dict[str, str]
) -> None:
    answer = wire.call(operation_id, {"biosample_id": "E-X00000000000", **fields})
    assert (answer["code"], answer["data"]) == (NOT_FOUND, None)
    assert "sample E-X00000000000 does not exist" in answer["msg"]


def test_a_sample_without_taxa_answers_an_empty_page(wire: SignedWire) -> None:
    got = wire.call("get_taxon_abundance", {"biosample_id": PLAIN_SAMPLE})
    assert (got["data"], got["pagination"]["total"]) == ([], 0)
