"""The variant family: a sample's genotypes by rs id, and region extraction jobs."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Iterator, Mapping
from typing import Any

from pydantic import ValidationError

from ..answers import ok, split_ids
from ..errors import INVALID_ARGUMENT, ApiError
from ..forms import describe_validation_error
from ..models import (
    ProfessionalVariantForm,
    ProfessionalVariantResponse,
    ProfessionalVariantUploadForm,
    VariantForm,
    VariantRecord,
    VariantResponse,
    VariantTask,
    VariantV1Form,
    VariantV1Response,
)
from ..store import Store
from ..stores.variants import VariantStore
from . import handles

MAX_REGIONS = 5000
MAX_BED_LINES = 1_000_000
MAX_BED_BYTES = 256 * 1024 * 1024
"""The most a BED archive may unpack to: far above a million lines of BED, and a bound on
what a small archive (a "zip bomb") can make the sandbox read."""
_BED_HEADERS = (b"#", b"track", b"browser")


def _with_rsids(records: list[VariantRecord], rsids: list[str]) -> list[VariantRecord]:
    """The records of any of these rs ids, in stored order (each once)."""
    wanted = set(rsids)
    return [record for record in records if wanted.intersection(record.alternate_id)]


@handles("variant")
def variant(store: Store, form: VariantForm) -> VariantResponse:
    store.require_sample(form.biosample_id)
    records = store.family(VariantStore).variants(form.biosample_id)
    return ok(VariantResponse, _with_rsids(records, split_ids(form.rsids)))


@handles("variant_v1")
def variant_v1(store: Store, form: VariantV1Form) -> VariantV1Response:
    # The old query's fields are undocumented: the sandbox takes `rsids` (as `variant`) and
    # refuses any other field rather than ignore a filter it does not know.
    extra = dict(form.model_extra or {})
    rsids = extra.pop("rsids", None)
    if extra:
        names = ", ".join(sorted(extra))
        raise ApiError(
            INVALID_ARGUMENT,
            f"invalid argument: {names}: not a field the sandbox knows for variant_v1 "
            "(biosample_id, rsids)",
        )
    if rsids is not None:
        try:
            VariantForm(biosample_id=form.biosample_id, rsids=rsids)
        except ValidationError as exc:
            raise ApiError(INVALID_ARGUMENT, describe_validation_error(exc)) from None
    store.require_sample(form.biosample_id)
    records = store.family(VariantStore).variants(form.biosample_id)
    if rsids is not None:
        records = _with_rsids(records, split_ids(rsids))
    return ok(VariantV1Response, [record.model_dump(mode="json") for record in records])


def _invalid(message: str) -> ApiError:
    return ApiError(INVALID_ARGUMENT, f"invalid argument: {message}")


def _count(value: Any) -> int | None:
    """`value` if it is an integer of at least 0 (not a bool), else None."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    return None


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def parse_regions(text: str) -> list[dict[str, Any]]:
    """The regions of `regions` JSON text as `{chr, begin, end}`; 40001 for anything else.

    The docs name the chromosome key `chrom` and their example sends `chr`: either is taken.
    """
    try:
        regions = json.loads(text, parse_constant=_refuse_constant)
    except ValueError as exc:
        raise _invalid(f"regions: not valid JSON text ({exc})") from None
    if not isinstance(regions, list) or not regions:
        raise _invalid("regions: must be a non-empty JSON array of {chr, begin, end} objects")
    if len(regions) > MAX_REGIONS:
        raise _invalid(f"regions: at most {MAX_REGIONS} regions, not {len(regions)}")
    parsed: list[dict[str, Any]] = []
    for index, region in enumerate(regions):
        where = f"regions[{index}]"
        if not isinstance(region, dict):
            raise _invalid(f"{where}: must be an object {{chr, begin, end}}")
        unknown = sorted(set(region) - {"chr", "chrom", "begin", "end"})
        if unknown:
            raise _invalid(f"{where}: unknown member {', '.join(unknown)}")
        if ("chr" in region) == ("chrom" in region):
            raise _invalid(f"{where}: give the chromosome as exactly one of chr and chrom")
        chromosome = region.get("chr", region.get("chrom"))
        if not isinstance(chromosome, str) or not chromosome:
            raise _invalid(f"{where}: the chromosome must be a non-empty string")
        begin, end = _count(region.get("begin")), _count(region.get("end"))
        if begin is None or end is None:
            raise _invalid(f"{where}: begin and end must be integers of at least 0")
        if begin > end:
            raise _invalid(f"{where}: begin must not be after end")
        parsed.append({"chr": chromosome, "begin": begin, "end": end})
    return parsed


def _archive_lines(content: bytes) -> Iterator[bytes]:
    """Every line of every file in a zip archive, at most MAX_BED_BYTES unpacked in all."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
    except (zipfile.BadZipFile, ValueError):
        raise _invalid("bed_file: not a zip archive (the BED file must be zipped)") from None
    members = [info for info in archive.infolist() if not info.is_dir()]
    if not members:
        raise _invalid("bed_file: the zip archive holds no file")
    budget = MAX_BED_BYTES
    for info in members:
        try:
            with archive.open(info) as member:
                pending = b""
                while chunk := member.read(1 << 20):
                    budget -= len(chunk)
                    if budget < 0:
                        raise _invalid(f"bed_file: unpacks to more than {MAX_BED_BYTES} bytes")
                    *lines, pending = (pending + chunk).split(b"\n")
                    yield from lines
                if pending:
                    yield pending
        except (zipfile.BadZipFile, RuntimeError, NotImplementedError, EOFError) as exc:
            # A damaged member, an encrypted one, or a compression zipfile cannot read.
            raise _invalid(f"bed_file: {info.filename}: cannot be unpacked ({exc})") from None


def parse_bed(content: bytes) -> int:
    """How many regions a zip-compressed BED file lists; 40001 unless every line is valid.

    A region line is `chrom start end [...]`, tab- or space-separated, 0 <= start <= end;
    blank lines and `#`, `track` and `browser` lines are allowed and not counted.
    """
    regions = 0
    for number, raw in enumerate(_archive_lines(content), start=1):
        if number > MAX_BED_LINES:
            raise _invalid(f"bed_file: more than {MAX_BED_LINES} lines")
        line = raw.strip()
        if not line or line.startswith(_BED_HEADERS):
            continue
        fields = line.split()
        valid = len(fields) >= 3 and fields[1].isdigit() and fields[2].isdigit()
        if not valid or int(fields[1]) > int(fields[2]):
            raise _invalid(f"bed_file: line {number} is not `chrom start end` with start <= end")
        regions += 1
    if regions == 0:
        raise _invalid("bed_file: the BED file lists no region")
    return regions


@handles("professional_variant")
def professional_variant(
    store: Store,
    form: ProfessionalVariantForm | ProfessionalVariantUploadForm,
    *,
    filenames: Mapping[str, str],
) -> ProfessionalVariantResponse:
    job: dict[str, Any] = {"only_variant_site": form.only_variant_site is not False}
    if isinstance(form, ProfessionalVariantForm):
        job["regions"] = parse_regions(form.regions)
    else:
        job["bed_file"] = {
            "filename": filenames.get("bed_file", ""),
            "size": len(form.bed_file),
            "sha256": hashlib.sha256(form.bed_file).hexdigest(),
            "regions": parse_bed(form.bed_file),
        }
    store.require_sample(form.biosample_id)
    task_id = store.family(VariantStore).start_job(form.biosample_id, job)
    return ok(ProfessionalVariantResponse, VariantTask.model_validate({"task_id": task_id}))
