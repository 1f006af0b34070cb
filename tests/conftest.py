"""Shared fixtures: the sandbox, run as a real subprocess on a free loopback port."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import httpx
import pytest
from bge_private_client.form_encoding import encode_form

from bge_private._signing import compute_sign, new_nonce, utc_timestamp
from bge_private_sandbox import DEMO_APP_KEY
from bge_private_sandbox.process import SandboxProcess, SandboxStartError
from bge_private_sandbox.process import start_sandbox as start_sandbox_process
from bge_private_sandbox.spec import operations

Sandbox = SandboxProcess


def launch_sandbox(directory: Path, *extra_args: str) -> Sandbox:
    """Start a sandbox subprocess with its own database in `directory`; fail the test if not."""
    try:
        return start_sandbox_process(directory, *extra_args)
    except SandboxStartError as error:
        pytest.fail(str(error))


@pytest.fixture(scope="session")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sandbox]:
    """One sandbox for the whole session, with the demo credentials and the fixture data.

    Tests share it, so a test that needs the pristine fixture records starts its own.
    """
    server = launch_sandbox(tmp_path_factory.mktemp("sandbox"))
    assert server.app_key == DEMO_APP_KEY
    try:
        yield server
    finally:
        server.stop()


StartSandbox = Callable[..., Sandbox]


@pytest.fixture
def start_sandbox(tmp_path: Path) -> Iterator[StartSandbox]:
    """A factory: `start_sandbox(*extra_args)` starts a sandbox with its own fresh database.

    Every sandbox it started is stopped when the test ends.
    """
    started: list[Sandbox] = []

    def start(*extra_args: str) -> Sandbox:
        server = launch_sandbox(tmp_path / f"sandbox-{len(started)}", *extra_args)
        started.append(server)
        return server

    try:
        yield start
    finally:
        for server in started:
            server.stop()


# ---------------------------------------------------------------------- talking to a sandbox

PATHS: dict[str, str] = {operation.operation_id: operation.path for operation in operations()}
"""Each operation's path, as openapi.yaml gives it."""
JSON_FIELDS: dict[str, frozenset[str]] = {
    operation.operation_id: operation.json_fields for operation in operations()
}


def form_text(operation_id: str, fields: Mapping[str, Any]) -> dict[str, str]:
    """An operation's fields as the wire carries them (the generated client's own encoder)."""
    return encode_form(fields, JSON_FIELDS[operation_id])


def sign_form(
    form: Mapping[str, str],
    app_key: str,
    app_secret: str,
    *,
    nonce: str | None = None,
    timestamp: str | None = None,
) -> dict[str, str]:
    """`form` plus the four signing fields, signed as the platform expects."""
    signed = dict(form)
    signed["app_key"] = app_key
    signed["signature_nonce"] = nonce or new_nonce()
    signed["timestamp"] = timestamp or utc_timestamp()
    signed["sign"] = compute_sign(app_secret, signed)
    return signed


class SignedClient:
    """A bare signing client for one sandbox (no SDK in between), over one httpx.Client."""

    def __init__(self, server: Sandbox, timeout: float = 30.0) -> None:
        self.server = server
        self.http = httpx.Client(base_url=server.url, timeout=timeout)

    def close(self) -> None:
        self.http.close()

    def signed(
        self, operation_id: str, fields: Mapping[str, Any], **options: str
    ) -> dict[str, str]:
        form = form_text(operation_id, fields)
        return sign_form(form, self.server.app_key, self.server.app_secret, **options)

    def post(self, operation_id: str, form: Mapping[str, str] | bytes) -> httpx.Response:
        """POST an already built form (or raw bytes) to the operation's path."""
        path = PATHS[operation_id]
        if isinstance(form, bytes):
            headers = {"Content-Type": "application/x-www-form-urlencoded"}
            return self.http.post(path, content=form, headers=headers)
        return self.http.post(path, data=dict(form))

    def call(self, operation_id: str, **fields: Any) -> dict[str, Any]:
        """Sign and send `fields`; return the decoded JSON answer (the whole envelope)."""
        response = self.post(operation_id, self.signed(operation_id, fields))
        assert response.status_code == 200, response.text
        answer: dict[str, Any] = response.json()
        return answer

    def ok(self, operation_id: str, **fields: Any) -> Any:
        """Like call(), but the answer must be a success; returns its `data`."""
        answer = self.call(operation_id, **fields)
        assert answer["code"] == 0, answer
        return answer["data"]


@pytest.fixture(scope="session")
def api(sandbox: Sandbox) -> Iterator[SignedClient]:
    """A signing client for the shared session sandbox."""
    client = SignedClient(sandbox)
    try:
        yield client
    finally:
        client.close()


# ---------------------------------------------------------------------- the documented examples

SEED_CALLS: dict[str, dict[str, Any]] = {
    "get_samples": {"biosample_id": "E-B19137107158,E-F19955300137,E-B19692615052"},
    "register_sample": {
        "biosample_site": 11,
        "project_id": "P-W19770800157",
        "external_sample_id": "S0ad004",
        "depth": 46.612,
    },
    "improve_sample": {"biosample_id": "E-B19137107158", "depth": 1},
    "task_result": {"task_id": "69909614-9e77-4fbd-b437-4f5b284e3dcc"},
    "survey_projects": {"project_ids": "P-W19126783988"},
    "survey_target": {
        "AND": [
            {
                "data_element_identifier_de": "50d78d39-baf7-43c7-aab1-52704b9ab180",
                "operator": "=",
                "concept_code": "c1",
            }
        ]
    },
    "question_size": {"user_id": "5c033e04f89dd15e44d48b7d"},
    "wechat_profile": {"user_id": "5c033e04f89dd15e44d48b7d"},
}
"""The arguments of each documented example (the seed pages)."""

_TASK_FILES = (
    "https://bge-developer.oss-cn-shenzhen.aliyuncs.com/"
    "DUS-12345678912-F4QPfredao9slVB2ua4vVeOryOHsSsC62wM1TUmm/"
    "20210829TZ-2bb87999f5e646f589598976a51914a0/E-B19137107158_233_1630209166.vcf.gz"
)

# The two samples the get_samples page shows, exactly as it shows them.
_SEED_SAMPLES = r"""
[
    {
        "external_sample_id": {
            "sample_id": "107201702599",
            "sample_id_alt": ""
        },
        "biosample_id": "E-B19137107158",
        "library": {
            "library_id": "",
            "library_strategy": null,
            "library_source": null,
            "library_selection": null,
            "library_layout": null,
            "insert_size": null,
            "nominal_size": null,
            "dnb_id": null
        },
        "sequencing": {
            "platform": null,
            "instrument_model": null,
            "instrument_serial_number": null,
            "read_type": null,
            "slide_id": null,
            "lane_id": null,
            "barcode": null,
            "sequencing_time": null,
            "raw_data_readnum": null,
            "raw_data_basenum": null,
            "raw_data_gc_content": null,
            "raw_data_n_count": null,
            "raw_data_q20": null,
            "raw_data_q30": null,
            "clean_data_readnum": null,
            "clean_data_basenum": null,
            "clean_data_gc_content": null,
            "clean_data_n_count": null,
            "clean_data_q20": null,
            "clean_data_q30": null,
            "fastq_backup_location": null
        },
        "statistics": {
            "coverage": null,
            "depth": null,
            "base_pairs": null,
            "variant_counting": null,
            "human_contamination": null
        },
        "alignment": {
            "mapping_rate": null,
            "pe_mapping_rate": null,
            "duplication_rate": null,
            "mismatch_rate": null,
            "chimerical_rate": null,
            "calculated_insert_size": null,
            "capture_rate_on_reads": null,
            "capture_rate_on_bases": null,
            "average_depth_rmdup": null,
            "coverage_gteq_1_fold": null,
            "coverage_gteq_2_fold": null,
            "coverage_gteq_3_fold": null,
            "coverage_gteq_4_fold": null,
            "coverage_gteq_5_fold": null,
            "coverage_gteq_10_fold": null,
            "coverage_gteq_20_fold": null,
            "coverage_gteq_30_fold": null,
            "coverage_gteq_100_fold": null,
            "uniformity_gt_point_2_fold": null
        },
        "budget_execution_unit_id": null,
        "status": -1,
        "l3_availability": false,
        "sample_time": null,
        "create_time": "2019-05-14T08:41:01Z",
        "update_time": "2020-08-24T06:31:52Z",
        "biosample_site": 10,
        "project": [
            {
                "project_id": "P-M19585209935",
                "project_name": "华小胖",
                "project_omic": "metagenomics",
                "public_description": "",
                "consortium": "华大基因",
                "data_provider": "国家基因库",
                "release_survey_id": null,
                "data_element": []
            }
        ]
    },
    {
        "external_sample_id": {
            "sample_id": "107201702598",
            "sample_id_alt": ""
        },
        "biosample_id": "E-F19955300137",
        "library": {
            "library_id": null,
            "library_strategy": null,
            "library_source": null,
            "library_selection": null,
            "library_layout": null,
            "insert_size": null,
            "nominal_size": null,
            "dnb_id": null
        },
        "sequencing": {
            "platform": null,
            "instrument_model": null,
            "instrument_serial_number": null,
            "read_type": null,
            "slide_id": null,
            "lane_id": null,
            "barcode": null,
            "sequencing_time": null,
            "raw_data_readnum": null,
            "raw_data_basenum": null,
            "raw_data_gc_content": null,
            "raw_data_n_count": null,
            "raw_data_q20": null,
            "raw_data_q30": null,
            "clean_data_readnum": null,
            "clean_data_basenum": null,
            "clean_data_gc_content": null,
            "clean_data_n_count": null,
            "clean_data_q20": null,
            "clean_data_q30": null,
            "fastq_backup_location": null
        },
        "statistics": {
            "coverage": null,
            "depth": null,
            "base_pairs": null,
            "variant_counting": null,
            "human_contamination": null
        },
        "alignment": {
            "mapping_rate": null,
            "pe_mapping_rate": null,
            "duplication_rate": null,
            "mismatch_rate": null,
            "chimerical_rate": null,
            "calculated_insert_size": null,
            "capture_rate_on_reads": null,
            "capture_rate_on_bases": null,
            "average_depth_rmdup": null,
            "coverage_gteq_1_fold": null,
            "coverage_gteq_2_fold": null,
            "coverage_gteq_3_fold": null,
            "coverage_gteq_4_fold": null,
            "coverage_gteq_5_fold": null,
            "coverage_gteq_10_fold": null,
            "coverage_gteq_20_fold": null,
            "coverage_gteq_30_fold": null,
            "coverage_gteq_100_fold": null,
            "uniformity_gt_point_2_fold": null
        },
        "budget_execution_unit_id": null,
        "status": -1,
        "l3_availability": false,
        "sample_time": null,
        "create_time": "2019-05-14T08:41:01Z",
        "update_time": "2020-08-24T06:31:52Z",
        "biosample_site": 10,
        "project": [
            {
                "project_id": "P-M19585209935",
                "project_name": "华小胖",
                "project_omic": "metagenomics",
                "public_description": "",
                "consortium": "华大基因",
                "data_provider": "国家基因库",
                "release_survey_id": null,
                "data_element": []
            }
        ]
    }
]
"""

SEED_OUTPUTS: dict[str, Any] = {
    "get_samples": json.loads(_SEED_SAMPLES),
    "task_result": {"status": "SUCCESS", "result": [_TASK_FILES + ".tbi", _TASK_FILES]},
    "survey_projects": {
        "limit": 50,
        "total": 1,
        "result": [
            {"project_id": "P-W19126783988", "comment": "低深度全基因组", "release_survey_id": 5}
        ],
        "count": 1,
        "page": 1,
        "pages": 1,
    },
    "survey_target": {
        "total": 1,
        "page": 1,
        "count": 1,
        "limit": 50,
        "pages": 1,
        "result": [{"user_id": "00000000000000000001"}],
    },
    "question_size": {"total": 22},
    "wechat_profile": {
        "openid": {
            "home": "oyrEv5Qpn4dQTt-CAYZ8vMFmFl94",
            "wgs": "oemn74iTBGzLMAX5D8Pgl-P1zXCA",
            "bger": "oc9_-1MsHmeM4jC18RT2xbiO1WwY",
        },
        "nickname": "刘小姐",
    },
}
"""What each documented example prints (its `data`), where the output is fixed.

register_sample answers a new random id, and improve_sample's output is the client's echo.
"""
SEED_PAGINATION = {"page": 1, "limit": 50, "count": 2, "total": 2, "pages": 1}
BIOSAMPLE_ID = re.compile(r"^E-[A-Z][0-9]{11}$")
