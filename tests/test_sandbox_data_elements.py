"""The sandbox's data elements family over signed HTTP: the documented examples, replace, discard,
merge, search and their effects on the other families' readers."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from bge_private_sandbox import DEMO_APP_KEY, DEMO_APP_SECRET
from bge_private_sandbox.app import create_app
from bge_private_sandbox.spec import load_spec
from bge_private_sandbox.store import Store
from sandbox_wire import AppClient, SignedWire

INVALID_ARGUMENT, NOT_FOUND = 40001, 40401
RS_151 = "human_9606_b151_GRCh38p7"
GET_EXAMPLE_ID = "00011d12-b363-11e9-bfed-00163e104c79"
NAMESPACE = "BGE_DEVELOPER_PLATFORM"
SAMPLE = "E-F19955300137"  # a sample of the core fixtures


def fresh() -> SignedWire:
    """A signed client of an app over a sandbox holding exactly the packaged fixtures."""
    return SignedWire(AppClient(create_app(Store())), DEMO_APP_KEY, DEMO_APP_SECRET)


@pytest.fixture
def wire() -> SignedWire:
    return fresh()


def example(operation_id: str) -> tuple[dict[str, Any], Any]:
    """The operation's documented call (its request example) and the `data` of its documented
    answer (None when the spec shows no answer)."""
    for path_item in load_spec()["paths"].values():
        for operation in path_item.values():
            if operation["operationId"] == operation_id:
                body = operation["requestBody"]["content"]
                call = next(c["examples"]["doc"]["value"] for c in body.values() if "examples" in c)
                answer = operation["responses"]["200"]["content"]["application/json"]
                shown = answer.get("examples", {}).get("doc", {}).get("value")
                return call, None if shown is None else shown["data"]
    raise KeyError(operation_id)


def error(wire: SignedWire, operation_id: str, fields: dict[str, Any]) -> tuple[int, str]:
    answer = wire.call(operation_id, fields)
    assert answer["data"] is None
    return answer["code"], answer["msg"]


def new_element(wire: SignedWire, source_id: str, **columns: Any) -> dict[str, Any]:
    element: dict[str, Any] = wire.ok(
        "replace_data_element",
        {
            "data_element_source_domain": "test_sandbox",
            "data_element_source_id": source_id,
            "columns": columns,
        },
    )
    return element


# ---------------------------------------------------------------------- documented examples


@pytest.mark.parametrize(
    "operation_id",
    ["get_data_element", "data_element_by_source", "replace_data_element", "discard_data_element"],
)
def test_the_documented_example_answers_the_documented_data(operation_id: str) -> None:
    call, shown = example(operation_id)
    assert shown is not None
    assert fresh().ok(operation_id, call) == shown


def test_the_search_example_answers_its_documented_hit() -> None:
    call, shown = example("data_element_search")
    data = fresh().ok("data_element_search", call)
    # The page members, which the documentation does not show, beside the documented hits.
    assert data == {**shown, "page": 1, "limit": 50, "total": 1}
    [hit] = data["result"]
    assert hit["highlight"] == {"data_element_source_id": '<span class="highlight">MF50.60</span>'}


def test_the_batch_by_source_example_answers_what_it_asks_for() -> None:
    # The documented answer shows two test_domain records for a call asking for two
    # human_9606_b151_GRCh38p7 ones: the sandbox answers the ones asked for...
    call, shown = example("batch_data_element_by_source")
    wire = fresh()
    found = wire.ok("batch_data_element_by_source", call)
    assert [(e["data_element_source_domain"], e["data_element_source_id"]) for e in found] == [
        (RS_151, "rs1421970240"),
        (RS_151, "rs1421970241"),
    ]
    assert found[0] == wire.ok("get_data_element", {"data_element_id": GET_EXAMPLE_ID})
    # ... and the documented records, exactly, to the call that asks for them.
    matching = {
        "data_element_source_domain": "test_domain",
        "data_element_source_ids": "rs188276406,rs394945",
    }
    assert wire.ok("batch_data_element_by_source", matching) == shown


def test_the_merge_example_is_refused_and_changes_nothing() -> None:
    # Its call names a source domain and a source id where data element ids are expected.
    call, shown = example("merge_data_element")
    assert shown is None
    wire = fresh()
    code, msg = error(wire, "merge_data_element", call)
    assert code == INVALID_ARGUMENT
    assert "'test_domain_s' is not a data element id" in msg
    replaced_call, replaced = example("replace_data_element")
    before = {
        "data_element_source_domain": replaced_call["data_element_source_domain"],
        "data_element_source_id": replaced_call["data_element_source_id"],
    }
    assert (
        wire.ok("data_element_by_source", before)["data_element_id"]
        == (replaced["data_element_id"])
    )


# ---------------------------------------------------------------------- replace and read


def test_replace_creates_then_replaces_and_every_reader_agrees(wire: SignedWire) -> None:
    created = new_element(wire, "rs1", type="snp", ref="G", data_element_name="first name")
    data_element_id = created["data_element_id"]
    assert uuid.UUID(data_element_id)
    assert created == {
        "data_element_id": data_element_id,
        "data_element_source_domain": "test_sandbox",
        "data_element_source_id": "rs1",
        "flag": 1,
        "type": "snp",
        "ref": "G",
        "data_element_name": "first name",
    }
    assert wire.ok("get_data_element", {"data_element_id": data_element_id}) == created
    by_source = {"data_element_source_domain": "test_sandbox", "data_element_source_id": "rs1"}
    assert wire.ok("data_element_by_source", by_source) == created

    # The attributes are replaced as a whole: `ref` is gone; the id and the flag stay.
    replaced = new_element(wire, "rs1", type="snp", chr_pos="1:100", custom_attribute=[1, 2])
    assert replaced == {
        "data_element_id": data_element_id,
        "data_element_source_domain": "test_sandbox",
        "data_element_source_id": "rs1",
        "flag": 1,
        "type": "snp",
        "chr_pos": "1:100",
        "custom_attribute": [1, 2],
    }
    assert wire.ok("get_data_element", {"data_element_id": data_element_id}) == replaced
    # Repeating the call leaves the same state.
    assert new_element(wire, "rs1", type="snp", chr_pos="1:100", custom_attribute=[1, 2]) == (
        replaced
    )
    many = {"data_element_source_domain": "test_sandbox", "data_element_source_ids": "rs1,rs9,rs1"}
    assert wire.ok("batch_data_element_by_source", many) == [replaced]


def test_replace_refuses_bad_columns_and_changes_nothing(wire: SignedWire) -> None:
    original = new_element(wire, "rs2", ref="A")
    source = {"data_element_source_domain": "test_sandbox", "data_element_source_id": "rs2"}
    for columns, field in [
        ({"alt": "not a list"}, "columns.alt"),
        ({"db_snp_build_id": "one hundred"}, "columns.db_snp_build_id"),
        ({"data_element_id": str(uuid.uuid4())}, "columns.data_element_id"),
        ({"data_element_source_id": "rs3"}, "columns.data_element_source_id"),
    ]:
        code, msg = error(wire, "replace_data_element", {**source, "columns": columns})
        assert code == INVALID_ARGUMENT, columns
        assert field in msg
    assert wire.ok("data_element_by_source", source) == original
    # The element's own id may be repeated.
    same_id = {**source, "columns": {"data_element_id": original["data_element_id"].upper()}}
    assert (
        wire.ok("replace_data_element", same_id)["data_element_id"] == (original["data_element_id"])
    )


def test_unknown_and_malformed_ids(wire: SignedWire) -> None:
    unknown = str(uuid.uuid4())
    assert error(wire, "get_data_element", {"data_element_id": unknown}) == (
        NOT_FOUND,
        f"data element {unknown} does not exist",
    )
    assert error(wire, "get_data_element", {"data_element_id": "rs1421970240"})[0] == (
        INVALID_ARGUMENT
    )
    nowhere = {"data_element_source_domain": "nowhere", "data_element_source_id": "rs0"}
    assert error(wire, "data_element_by_source", nowhere)[0] == NOT_FOUND
    assert error(wire, "discard_data_element", nowhere)[0] == NOT_FOUND
    ids = {"data_element_source_domain": "nowhere", "data_element_source_ids": "rs0,rs1"}
    assert wire.ok("batch_data_element_by_source", ids) == []
    assert error(wire, "data_element_by_source", {"data_element_source_domain": "x"})[0] == (
        INVALID_ARGUMENT
    )


# ---------------------------------------------------------------------- discard


def test_a_discarded_element_is_gone_for_every_reader(wire: SignedWire) -> None:
    element = new_element(wire, "rs10", data_element_name="discardable marker")
    other = new_element(wire, "rs11", data_element_name="kept marker")
    data_element_id = element["data_element_id"]
    collection_id = wire.ok(
        "add_collection",
        {"collection_name": "c", "collection_type": "private", "collection_omic": "genomics"},
        files={
            "data_element_ids": (
                "ids.txt",
                f"{data_element_id}\n{other['data_element_id']}".encode(),
            )
        },
    )["collection_id"]
    batch_no = wire.ok("register_batch", {"title": "t"})["batch_no"]
    items = [
        {"data_element_id": data_element_id, "attributes": {"v": 1}},
        {"data_element_id": other["data_element_id"], "attributes": {"v": 2}},
    ]
    wire.ok("import_batch", {"batch_no": batch_no, "data_items": items, "biosample_id": SAMPLE})
    wire.ok("commit_batch", {"batch_no": batch_no})

    source = {"data_element_source_domain": "test_sandbox", "data_element_source_id": "rs10"}
    assert wire.ok("discard_data_element", source) == {"data_element_id": data_element_id}
    # Discarding again leaves the same state and gives the same answer.
    assert wire.ok("discard_data_element", source) == {"data_element_id": data_element_id}

    code, msg = error(wire, "get_data_element", {"data_element_id": data_element_id})
    assert (code, msg) == (NOT_FOUND, f"data element {data_element_id} was discarded")
    assert error(wire, "data_element_by_source", source)[0] == NOT_FOUND
    both = {"data_element_source_domain": "test_sandbox", "data_element_source_ids": "rs10,rs11"}
    assert wire.ok("batch_data_element_by_source", both) == [other]
    hits = wire.ok("data_element_search", {"query": "marker"})["result"]
    assert [hit["id"] for hit in hits] == [other["data_element_id"]]
    detail = wire.ok("collection_detail", {"collection_id": collection_id})
    assert detail["deids"] == [other["data_element_id"]]
    query = wire.ok("data_item_query", {"namespace": NAMESPACE, "biosample_id": SAMPLE})
    assert [item["data_element_id"] for item in query["data_items"]] == [other["data_element_id"]]
    item = {"namespace": NAMESPACE, "data_element_id": data_element_id, "biosample_id": SAMPLE}
    assert error(wire, "retrieve_data_item", item)[0] == NOT_FOUND
    # Nothing can be imported for it any more.
    batch_2 = wire.ok("register_batch", {})["batch_no"]
    again = {"batch_no": batch_2, "data_items": items[:1], "biosample_id": None}
    assert error(wire, "import_batch", again)[0] == NOT_FOUND

    # Replacing it (an upsert by source) puts it back in use, with its id.
    revived = new_element(wire, "rs10", data_element_name="discardable marker")
    assert revived["data_element_id"] == data_element_id
    assert wire.ok("get_data_element", {"data_element_id": data_element_id}) == revived


# ---------------------------------------------------------------------- merge


def test_merged_elements_read_as_the_element_they_were_merged_into(wire: SignedWire) -> None:
    a = new_element(wire, "rs20")["data_element_id"]
    b = new_element(wire, "rs21")["data_element_id"]
    into = new_element(wire, "rs22")["data_element_id"]
    collection_id = wire.ok(
        "add_collection",
        {"collection_name": "m", "collection_type": "public", "collection_omic": "genomics"},
        files={"data_element_ids": ("ids", f"{a} {b}".encode())},
    )["collection_id"]
    batch_no = wire.ok("register_batch", {})["batch_no"]
    items = [
        {"data_element_id": a, "attributes": {"from": "a"}},
        {"data_element_id": into, "attributes": {"from": "into"}},
    ]
    wire.ok("import_batch", {"batch_no": batch_no, "data_items": items, "biosample_id": SAMPLE})
    wire.ok("import_batch", {"batch_no": batch_no, "data_items": items[:1], "biosample_id": None})
    wire.ok("commit_batch", {"batch_no": batch_no})

    merge = {"data_element_ids": f"{a},{b}", "merge_data_element_id": into, "comment": "dup"}
    assert wire.call("merge_data_element", merge) == {"code": 0, "msg": "success", "data": None}

    assert error(wire, "get_data_element", {"data_element_id": a}) == (
        NOT_FOUND,
        f"data element {a} was merged into {into}",
    )
    # The collection's places of a and b are the merged element's (once).
    assert wire.ok("collection_detail", {"collection_id": collection_id})["deids"] == [into]
    # The sample's items: where both gave a value in one batch, the element's own wins; the
    # item of no sample moved to the merged element.
    sample_items = wire.ok("data_item_query", {"namespace": NAMESPACE, "biosample_id": SAMPLE})
    assert [(i["data_element_id"], i["attributes"]) for i in sample_items["data_items"]] == [
        (into, {"from": "into"})
    ]
    no_sample = {"namespace": NAMESPACE, "data_element_id": into}
    assert wire.ok("retrieve_data_item", no_sample)["attributes"] == {"from": "a"}

    # A merged element is no longer there to merge, discard or import.
    assert error(wire, "merge_data_element", merge)[0] == NOT_FOUND
    a_source = {"data_element_source_domain": "test_sandbox", "data_element_source_id": "rs20"}
    assert error(wire, "discard_data_element", a_source)[0] == NOT_FOUND
    # Merging into a merged one's target follows the chain.
    last = new_element(wire, "rs23")["data_element_id"]
    wire.ok("merge_data_element", {"data_element_ids": into, "merge_data_element_id": last})
    assert wire.ok("collection_detail", {"collection_id": collection_id})["deids"] == [last]


def test_merge_refuses_bad_calls(wire: SignedWire) -> None:
    a = new_element(wire, "rs30")["data_element_id"]
    unknown = str(uuid.uuid4())
    itself = {"data_element_ids": a, "merge_data_element_id": a}
    assert error(wire, "merge_data_element", itself)[0] == INVALID_ARGUMENT
    into_unknown = {"data_element_ids": a, "merge_data_element_id": unknown}
    code, msg = error(wire, "merge_data_element", into_unknown)
    assert code == NOT_FOUND and unknown in msg
    assert error(wire, "merge_data_element", {"data_element_ids": ",", "merge_data_element_id": a})[
        0
    ] == (INVALID_ARGUMENT)
    assert wire.ok("get_data_element", {"data_element_id": a})["data_element_id"] == a


# ---------------------------------------------------------------------- search


def test_search_pages_kinds_and_domains(wire: SignedWire) -> None:
    made = [new_element(wire, f"rs4{n}", data_element_name=f"Paging Probe {n}") for n in range(7)]
    collection_id = wire.ok(
        "add_collection",
        {
            "collection_name": "paging probe set",
            "collection_type": "public",
            "collection_omic": "phenomics",
            "collection_description": "a <b> probe",
        },
    )["collection_id"]
    pages = [
        wire.ok("data_element_search", {"query": "probe", "page": page, "limit": 3})
        for page in (1, 2, 3, 4)
    ]
    assert [(p["page"], p["limit"], p["total"], len(p["result"])) for p in pages] == [
        (1, 3, 8, 3),
        (2, 3, 8, 3),
        (3, 3, 8, 2),
        (4, 3, 8, 0),
    ]
    hits = [hit for page in pages for hit in page["result"]]
    assert [hit["id"] for hit in hits] == [e["data_element_id"] for e in made] + [collection_id]
    assert hits[0]["data"] == made[0]
    assert hits[0]["highlight"] == {
        "data_element_name": 'Paging <span class="highlight">Probe</span> 0'
    }
    assert hits[-1]["type"] == "collection"
    assert hits[-1]["data"]["collection_id"] == collection_id
    assert hits[-1]["highlight"] == {
        "collection_name": 'paging <span class="highlight">probe</span> set',
        "collection_description": 'a &lt;b&gt; <span class="highlight">probe</span>',
    }

    only_collections = wire.ok("data_element_search", {"query": "probe", "types": "collection"})
    assert [hit["id"] for hit in only_collections["result"]] == [collection_id]
    only_elements = wire.ok("data_element_search", {"query": "probe", "types": "data_element"})
    assert only_elements["total"] == 7
    elsewhere = {"query": "probe", "data_element_source_domains": "icd_11,other"}
    assert [hit["type"] for hit in wire.ok("data_element_search", elsewhere)["result"]] == [
        "collection"
    ]
    # Several terms: a hit matches any of them.
    two = wire.ok("data_element_search", {"query": "Probe,MF50.60", "types": "data_element"})
    assert two["total"] == 8

    bad = {"query": "probe", "types": "samples"}
    assert error(wire, "data_element_search", bad)[0] == INVALID_ARGUMENT
    assert error(wire, "data_element_search", {"query": "probe", "limit": 0})[0] == (
        INVALID_ARGUMENT
    )


def test_highlights_are_html() -> None:
    from bge_private_sandbox.stores.data_elements import highlight, search_terms

    terms = search_terms("AB, b&c")
    assert terms == ["ab", "b&c"]
    assert highlight("xaBb&c<", terms) == ('x<span class="highlight">aBb&amp;c</span>&lt;')
    assert highlight("nothing", terms) is None
    # Overlapping and adjacent occurrences make one highlighted run.
    assert highlight("abab", ["ab", "ba"]) == '<span class="highlight">abab</span>'
