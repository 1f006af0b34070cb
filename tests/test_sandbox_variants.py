"""The sandbox's variant family over signed HTTP: genotypes by rs id, and extraction jobs."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from bge_private import PrivateAPI
from bge_private_sandbox import DEMO_APP_KEY, DEMO_APP_SECRET, Store, create_app
from bge_private_sandbox.handlers import variants as variant_handlers
from bge_private_sandbox.spec import load_spec
from bge_private_sandbox.stores.variants import VariantStore
from conftest import Sandbox
from sandbox_wire import AppClient, SignedWire

INVALID_ARGUMENT, NOT_FOUND = 40001, 40401
GENOTYPED = "E-B19593615052"  # the documentation's variant sample, with rs315 and rs219
SAMPLE = "E-B19137107158"  # a sample of the samples family, without genotypes
DOC_TASK = "44e5b0fc-699c-4350-8b60-4f66f1618920"
REGIONS = (
    '[{"chr": "chr3","begin": 21733,"end": 30691},{"chr": "chr1","begin": 629556,"end": 784860}]'
)


def operation(operation_id: str) -> dict[str, Any]:
    for item in load_spec()["paths"].values():
        if item["post"]["operationId"] == operation_id:
            found: dict[str, Any] = item["post"]
            return found
    raise LookupError(operation_id)


def request_example(operation_id: str, media_type: str) -> dict[str, Any]:
    content = operation(operation_id)["requestBody"]["content"][media_type]
    value: dict[str, Any] = content["examples"]["doc"]["value"]
    return dict(value)


def documented_data(operation_id: str) -> Any:
    answer = operation(operation_id)["responses"]["200"]["content"]["application/json"]
    return answer["examples"]["doc"]["value"]["data"]


def bed_zip(text: str, name: str = "regions.bed") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, text)
    return buffer.getvalue()


@pytest.fixture
def store() -> Store:
    return Store()


@pytest.fixture
def wire(store: Store) -> SignedWire:
    return SignedWire(AppClient(create_app(store)), DEMO_APP_KEY, DEMO_APP_SECRET)


# ---------------------------------------------------------------------- variant, variant_v1


def test_the_documented_call_answers_what_is_consistent_with_it(wire: SignedWire) -> None:
    # The docs show rs315 and rs219 for a call asking rs14, rs133, rs324 and rs546: the
    # sample has none of those, so the consistent answer is no record.
    call = request_example("variant", "application/x-www-form-urlencoded")
    assert call == {"biosample_id": GENOTYPED, "rsids": "rs14,rs133,rs324,rs546"}
    assert wire.ok("variant", call) == []


def test_the_documented_records_answer_their_own_rs_ids(wire: SignedWire) -> None:
    records = documented_data("variant")
    assert [record["alternate_id"] for record in records] == [["rs315"], ["rs219"]]
    asked = {"biosample_id": GENOTYPED}
    assert wire.ok("variant", {**asked, "rsids": "rs219,rs14,rs315"}) == records
    assert wire.ok("variant", {**asked, "rsids": "rs219"}) == records[1:]


def test_variant_v1_answers_every_record_or_those_asked(wire: SignedWire) -> None:
    records = documented_data("variant")
    assert wire.ok("variant_v1", {"biosample_id": GENOTYPED}) == records
    assert wire.ok("variant_v1", {"biosample_id": GENOTYPED, "rsids": "rs315"}) == records[:1]


def test_a_sample_without_genotypes_answers_none(wire: SignedWire) -> None:
    assert wire.ok("variant", {"biosample_id": SAMPLE, "rsids": "rs315"}) == []
    assert wire.ok("variant_v1", {"biosample_id": SAMPLE}) == []


@pytest.mark.parametrize("operation_id", ["variant", "variant_v1"])
def test_an_unknown_sample_is_40401(wire: SignedWire, operation_id: str) -> None:
    answer = wire.call(operation_id, {"biosample_id": "E-X00000000000", "rsids": "rs315"})
    assert (answer["code"], answer["data"]) == (NOT_FOUND, None)
    assert "sample E-X00000000000 does not exist" in answer["msg"]


@pytest.mark.parametrize(
    ("operation_id", "fields"),
    [
        ("variant", {"biosample_id": GENOTYPED, "rsids": "315"}),
        ("variant", {"biosample_id": GENOTYPED}),
        ("variant_v1", {"biosample_id": GENOTYPED, "rsids": "rs315,"}),
        ("variant_v1", {"biosample_id": GENOTYPED, "chromosome": "chr8"}),
        ("variant_v1", {"biosample_id": "B19593615052"}),
    ],
    ids=["bad-rsid", "no-rsids", "v1-bad-rsids", "v1-unknown-field", "v1-bad-id"],
)
def test_bad_input_is_40001(wire: SignedWire, operation_id: str, fields: dict[str, str]) -> None:
    answer = wire.call(operation_id, fields)
    assert (answer["code"], answer["data"]) == (INVALID_ARGUMENT, None)


# ---------------------------------------------------------------------- professional_variant


def task(wire: SignedWire, task_id: str) -> Any:
    return wire.ok("task_result", {"task_id": task_id})


def test_the_documented_call_starts_the_documented_task(wire: SignedWire, store: Store) -> None:
    call = request_example("professional_variant", "application/x-www-form-urlencoded")
    assert wire.ok("professional_variant", call) == documented_data("professional_variant")
    assert documented_data("professional_variant") == {"task_id": DOC_TASK}
    done = task(wire, DOC_TASK)
    assert done["status"] == "SUCCESS"
    assert done["result"] == [
        f"https://sandbox.invalid/professional_variant/{DOC_TASK}/{SAMPLE}_all_sites.vcf.gz.tbi",
        f"https://sandbox.invalid/professional_variant/{DOC_TASK}/{SAMPLE}_all_sites.vcf.gz",
    ]
    job = store.family(VariantStore).job(DOC_TASK)
    assert job == {
        "task_id": DOC_TASK,
        "biosample_id": SAMPLE,
        "only_variant_site": False,
        "regions": [
            {"chr": "chr3", "begin": 21733, "end": 30691},
            {"chr": "chr1", "begin": 629556, "end": 784860},
            {"chr": "chr1", "begin": 784860, "end": 817186},
        ],
    }


def test_every_call_starts_a_new_task(wire: SignedWire) -> None:
    fields = {"biosample_id": SAMPLE, "regions": REGIONS}
    first = wire.ok("professional_variant", fields)["task_id"]
    second = wire.ok("professional_variant", fields)["task_id"]
    assert first == DOC_TASK  # the sample's first job takes its planned id
    assert second != first
    done = task(wire, second)
    assert done["status"] == "SUCCESS"
    assert done["result"][1].endswith(f"/{second}/{SAMPLE}_variant_sites.vcf.gz")
    # A sample with genotypes here but not in the samples family takes jobs too.
    other = wire.ok("professional_variant", {"biosample_id": GENOTYPED, "regions": REGIONS})
    assert task(wire, other["task_id"])["status"] == "SUCCESS"


def test_a_bed_file_upload_starts_a_task(wire: SignedWire, store: Store) -> None:
    content = bed_zip("track name=mine\n# a comment\nchr1\t100\t200\nchr2 5 5 extra\n\n")
    started = wire.ok(
        "professional_variant",
        {"biosample_id": SAMPLE, "only_variant_site": False},
        files={"bed_file": ("mine.bed.zip", content)},
    )
    assert task(wire, started["task_id"])["status"] == "SUCCESS"
    job = store.family(VariantStore).job(started["task_id"])
    assert job is not None
    assert job["bed_file"]["filename"] == "mine.bed.zip"
    assert (job["bed_file"]["size"], job["bed_file"]["regions"]) == (len(content), 2)
    assert job["only_variant_site"] is False


def test_the_documented_upload_is_a_placeholder_and_refused(wire: SignedWire) -> None:
    fields = request_example("professional_variant", "multipart/form-data")
    placeholder = fields.pop("bed_file").encode()
    answer = wire.call(
        "professional_variant", fields, files={"bed_file": ("full.all.3.bed.zip", placeholder)}
    )
    assert (answer["code"], answer["data"]) == (INVALID_ARGUMENT, None)
    assert "bed_file: not a zip archive" in answer["msg"]


@pytest.mark.parametrize(
    ("regions", "message"),
    [
        ("[{", "regions: not valid JSON text"),
        ("[]", "regions: must be a non-empty JSON array"),
        ('{"chr": "chr1"}', "regions: must be a non-empty JSON array"),
        ('[{"chr": "chr1", "begin": 9, "end": 1}]', "regions[0]: begin must not be after end"),
        ('[{"chr": "chr1", "begin": -1, "end": 1}]', "regions[0]: begin and end must be"),
        ('[{"chr": "chr1", "begin": true, "end": 1}]', "regions[0]: begin and end must be"),
        ('[{"chr": "c", "chrom": "c", "begin": 1, "end": 2}]', "exactly one of chr and chrom"),
        ('[{"chr": "", "begin": 1, "end": 2}]', "regions[0]: the chromosome must be"),
        ('[{"chr": "c", "begin": 1, "end": 2, "strand": "+"}]', "unknown member strand"),
        ('[{"chr": "c", "begin": NaN, "end": 2}]', "regions: not valid JSON text"),
        (json.dumps([{"chr": "c", "begin": 1, "end": 2}] * 5001), "at most 5000 regions"),
    ],
)
def test_bad_regions_are_40001(wire: SignedWire, regions: str, message: str) -> None:
    answer = wire.call("professional_variant", {"biosample_id": SAMPLE, "regions": regions})
    assert (answer["code"], answer["data"]) == (INVALID_ARGUMENT, None)
    assert message in answer["msg"]


def test_the_chromosome_may_be_named_chrom(wire: SignedWire, store: Store) -> None:
    regions = '[{"chrom": "chrX", "begin": 0, "end": 0}]'
    started = wire.ok("professional_variant", {"biosample_id": SAMPLE, "regions": regions})
    job = store.family(VariantStore).job(started["task_id"])
    assert job is not None and job["regions"] == [{"chr": "chrX", "begin": 0, "end": 0}]


def _empty_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w"):
        pass
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"chr1\t1\t2\n", "not a zip archive"),
        (_empty_zip(), "the zip archive holds no file"),
        (bed_zip("chr1\t1\n"), "line 1 is not `chrom start end`"),
        (bed_zip("chr1\t1\t2\nchr1\t9\t3\n"), "line 2 is not `chrom start end`"),
        (bed_zip("chr1\tone\t2\n"), "line 1 is not"),
        (bed_zip("# only a comment\n"), "the BED file lists no region"),
    ],
    ids=["not-zip", "empty-zip", "two-columns", "start-after-end", "not-a-number", "no-region"],
)
def test_bad_bed_files_are_40001(wire: SignedWire, content: bytes, message: str) -> None:
    answer = wire.call(
        "professional_variant", {"biosample_id": SAMPLE}, files={"bed_file": ("r.zip", content)}
    )
    assert (answer["code"], answer["data"]) == (INVALID_ARGUMENT, None)
    assert message in answer["msg"]


def test_bed_files_are_bounded_in_lines_and_unpacked_bytes(
    wire: SignedWire, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(variant_handlers, "MAX_BED_LINES", 3)
    four = bed_zip("chr1\t1\t2\n" * 4)
    answer = wire.call(
        "professional_variant", {"biosample_id": SAMPLE}, files={"bed_file": ("r.zip", four)}
    )
    assert (answer["code"], "more than 3 lines" in answer["msg"]) == (INVALID_ARGUMENT, True)
    monkeypatch.setattr(variant_handlers, "MAX_BED_LINES", 10**6)
    monkeypatch.setattr(variant_handlers, "MAX_BED_BYTES", 1000)
    # 100 kB of newlines deflate to a few hundred bytes: the unpacked size is what counts.
    bomb = bed_zip("\n" * 100_000)
    assert len(bomb) < 1000
    answer = wire.call(
        "professional_variant", {"biosample_id": SAMPLE}, files={"bed_file": ("r.zip", bomb)}
    )
    assert (answer["code"], "more than 1000 bytes" in answer["msg"]) == (INVALID_ARGUMENT, True)


def test_professional_variant_input_errors(wire: SignedWire) -> None:
    unknown = wire.call(
        "professional_variant", {"biosample_id": "E-X00000000000", "regions": REGIONS}
    )
    assert (unknown["code"], unknown["data"]) == (NOT_FOUND, None)
    uploaded = wire.call(
        "professional_variant",
        {"biosample_id": "E-X00000000000"},
        files={"bed_file": ("r.zip", bed_zip("chr1\t1\t2\n"))},
    )
    assert (uploaded["code"], uploaded["data"]) == (NOT_FOUND, None)
    neither = wire.call("professional_variant", {"biosample_id": SAMPLE})
    assert (neither["code"], neither["data"]) == (INVALID_ARGUMENT, None)


def test_through_the_sdk_with_a_bed_file(sandbox: Sandbox, tmp_path: Path) -> None:
    path = tmp_path / "regions.bed.zip"
    path.write_bytes(bed_zip("chr7\t27916000\t27917000\n"))
    with PrivateAPI(sandbox.app_key, sandbox.app_secret, endpoint=sandbox.url) as api:
        started = api.professional_variant(GENOTYPED, bed_file=str(path))
        done = api.task_result(started.task_id)
    assert done.status == "SUCCESS"
    assert done.result[1].endswith(f"/{started.task_id}/{GENOTYPED}_variant_sites.vcf.gz")
