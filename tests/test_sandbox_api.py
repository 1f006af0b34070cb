"""The sandbox end to end, over loopback: seeds, state rules, signing checks and bad input."""

from __future__ import annotations

import re
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path
from typing import Any

import httpx
import pytest

from bge_private._signing import utc_timestamp
from bge_private_sandbox import DEMO_APP_SECRET
from conftest import (
    BIOSAMPLE_ID,
    PATHS,
    SEED_CALLS,
    SEED_OUTPUTS,
    SEED_PAGINATION,
    Sandbox,
    SignedClient,
    StartSandbox,
    sign_form,
)

INVALID_ARGUMENT, NOT_FOUND, CONFLICT, BODY_TOO_LARGE = 40001, 40401, 40901, 41301
SEX = "50d78d39-baf7-43c7-aab1-52704b9ab180"
AGE = "8b1f0c52-3d7e-4a69-9f0e-2c5d7a1b4e63"
CITY = "c0a8e1f4-7b2d-4e5a-9c3f-6d1e2b4a8f90"
SMOKE = "f2e6d4c8-1a3b-4c5d-8e7f-9a0b1c2d3e4f"
USER_1, USER_2, USER_3 = "00000000000000000001", "00000000000000000002", "00000000000000000003"
USER_LIU = "5c033e04f89dd15e44d48b7d"
PROJECT = "P-W19770800157"


def sample_rows(db_path: Path) -> int:
    """The number of samples in a sandbox's database, read straight from SQLite."""
    with sqlite3.connect(db_path) as conn:
        return int(conn.execute("SELECT count(*) FROM samples").fetchone()[0])


def new_external_id() -> str:
    return f"T-{uuid.uuid4().hex[:12]}"


@pytest.fixture
def fresh(start_sandbox: StartSandbox) -> Iterator[SignedClient]:
    """A client for a sandbox of its own, holding exactly the fixture records."""
    client = SignedClient(start_sandbox())
    try:
        yield client
    finally:
        client.close()


# ---------------------------------------------------------------------- the documented examples


def test_every_seed_example_answers_as_documented(fresh: SignedClient) -> None:
    answer = fresh.call("get_samples", **SEED_CALLS["get_samples"])
    assert answer["code"] == 0
    assert answer["data"] == SEED_OUTPUTS["get_samples"]
    assert [sample["biosample_id"] for sample in answer["data"]] == [
        "E-B19137107158",
        "E-F19955300137",
    ]
    assert answer["pagination"] == SEED_PAGINATION

    for operation_id in ("task_result", "survey_projects", "survey_target", "question_size"):
        assert fresh.ok(operation_id, **SEED_CALLS[operation_id]) == SEED_OUTPUTS[operation_id]
    assert (
        fresh.ok("wechat_profile", **SEED_CALLS["wechat_profile"])
        == (SEED_OUTPUTS["wechat_profile"])
    )

    registered = fresh.ok("register_sample", **SEED_CALLS["register_sample"])
    assert set(registered) == {"biosample_id"}
    assert BIOSAMPLE_ID.match(registered["biosample_id"])

    improved = fresh.call("improve_sample", **SEED_CALLS["improve_sample"])
    assert improved == {"code": 0, "msg": "success", "data": None}


def test_register_then_get_round_trip(api: SignedClient) -> None:
    external_id = new_external_id()
    attributes = {
        "depth": 46.612,
        "library_strategy": "WGS",
        "insert_size": 350,
        "sample_time": "2021-03-04T05:06:07Z",
        "sample_id_alt": "ALT-1",
        "budget_execution_unit_id": "BEU-9",
        "mapping_rate": 0.99,
    }
    data = api.ok(
        "register_sample",
        biosample_site=11,
        project_id=PROJECT,
        external_sample_id=external_id,
        **attributes,
    )
    biosample_id = data["biosample_id"]
    assert BIOSAMPLE_ID.match(biosample_id)

    by_id = api.call("get_samples", biosample_id=biosample_id)
    by_external = api.call("get_samples", external_sample_id=external_id)
    assert by_id["data"] == by_external["data"]
    assert by_id["pagination"] == {"page": 1, "limit": 50, "count": 1, "total": 1, "pages": 1}
    (sample,) = by_id["data"]
    assert sample["biosample_id"] == biosample_id
    assert sample["biosample_site"] == 11
    assert sample["external_sample_id"] == {"sample_id": external_id, "sample_id_alt": "ALT-1"}
    assert sample["statistics"]["depth"] == 46.612
    assert sample["library"]["library_strategy"] == "WGS"
    assert sample["library"]["insert_size"] == 350
    assert sample["alignment"]["mapping_rate"] == 0.99
    assert sample["sample_time"] == "2021-03-04T05:06:07Z"
    assert sample["budget_execution_unit_id"] == "BEU-9"
    assert sample["status"] == -1
    assert sample["l3_availability"] is False
    assert sample["create_time"] == sample["update_time"]
    assert re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", sample["create_time"])
    assert [project["project_id"] for project in sample["project"]] == [PROJECT]
    # Everything not given is null.
    assert sample["sequencing"]["platform"] is None
    assert sample["statistics"]["coverage"] is None


def test_register_gives_distinct_ids(api: SignedClient) -> None:
    ids = {
        api.ok("register_sample", biosample_site=1, project_id=PROJECT)["biosample_id"]
        for _ in range(5)
    }
    assert len(ids) == 5


def test_register_in_an_unknown_project_is_40401(api: SignedClient, sandbox: Sandbox) -> None:
    before = sample_rows(sandbox.db_path)
    answer = api.call("register_sample", biosample_site=3, project_id="P-X00000000000")
    assert answer["code"] == NOT_FOUND
    assert "P-X00000000000" in answer["msg"]
    assert answer["data"] is None
    assert sample_rows(sandbox.db_path) == before


def test_get_samples_pages_and_ignores_unknown_ids(api: SignedClient) -> None:
    ids = [
        api.ok("register_sample", biosample_site=2, project_id=PROJECT)["biosample_id"]
        for _ in range(3)
    ]
    asked = ",".join([ids[2], "E-Z00000000000", ids[0], ids[1], ids[0]])
    first = api.call("get_samples", biosample_id=asked, limit=2)
    second = api.call("get_samples", biosample_id=asked, limit=2, page=2)
    beyond = api.call("get_samples", biosample_id=asked, limit=2, page=3)
    assert [s["biosample_id"] for s in first["data"]] == [ids[2], ids[0]]
    assert [s["biosample_id"] for s in second["data"]] == [ids[1]]
    assert beyond["data"] == []
    assert first["pagination"] == {"page": 1, "limit": 2, "count": 2, "total": 3, "pages": 2}
    assert second["pagination"] == {"page": 2, "limit": 2, "count": 1, "total": 3, "pages": 2}
    assert beyond["pagination"] == {"page": 3, "limit": 2, "count": 0, "total": 3, "pages": 2}


# ---------------------------------------------------------------------- improve_sample


def _get(api: SignedClient, biosample_id: str) -> dict[str, Any]:
    (sample,) = api.ok("get_samples", biosample_id=biosample_id)
    assert isinstance(sample, dict)
    return sample


def test_improve_fills_empty_attributes_only(api: SignedClient) -> None:
    biosample_id = api.ok(
        "register_sample", biosample_site=5, project_id=PROJECT, depth=30.5, platform="DNBSEQ"
    )["biosample_id"]
    before = _get(api, biosample_id)

    assert api.call("improve_sample", biosample_id=biosample_id, coverage=0.9)["code"] == 0
    filled = _get(api, biosample_id)
    assert filled["statistics"]["coverage"] == 0.9
    assert filled["statistics"]["depth"] == 30.5

    # The same value again is accepted, also when written differently (30.50 is 30.5).
    same = api.call("improve_sample", biosample_id=biosample_id, depth="30.50", platform="DNBSEQ")
    assert same == {"code": 0, "msg": "success", "data": None}

    # A different value is refused, and nothing changes, not even the empty attribute
    # given in the same request.
    refused = api.call(
        "improve_sample", biosample_id=biosample_id, depth=31, barcode="ACGT", platform="X"
    )
    assert refused["code"] == CONFLICT
    assert refused["data"] is None
    assert "depth" in refused["msg"] and "platform" in refused["msg"]
    assert "barcode" not in refused["msg"]
    after = _get(api, biosample_id)
    assert after["statistics"]["depth"] == 30.5
    assert after["sequencing"]["platform"] == "DNBSEQ"
    assert after["sequencing"]["barcode"] is None
    assert after["create_time"] == before["create_time"]


def test_improve_maps_every_group(api: SignedClient) -> None:
    biosample_id = api.ok("register_sample", biosample_site=6, project_id=PROJECT)["biosample_id"]
    api.ok(
        "improve_sample",
        biosample_id=biosample_id,
        sample_id_alt="alt-7",
        library_layout="PAIRED",
        read_type="PE150",
        variant_counting=12,
        uniformity_gt_point_2_fold=0.8,
        budget_execution_unit_id="BEU-1",
        sequencing_time="2022-01-02T03:04:05+08:00",
    )
    sample = _get(api, biosample_id)
    assert sample["external_sample_id"]["sample_id_alt"] == "alt-7"
    assert sample["library"]["library_layout"] == "PAIRED"
    assert sample["sequencing"]["read_type"] == "PE150"
    assert sample["statistics"]["variant_counting"] == 12
    assert sample["alignment"]["uniformity_gt_point_2_fold"] == 0.8
    assert sample["budget_execution_unit_id"] == "BEU-1"
    assert sample["sequencing"]["sequencing_time"] == "2022-01-02T03:04:05+08:00"
    # The same instant written in UTC is the same value.
    same_instant = api.call(
        "improve_sample", biosample_id=biosample_id, sequencing_time="2022-01-01T19:04:05Z"
    )
    assert same_instant["code"] == 0


def test_improve_fills_an_empty_string(fresh: SignedClient) -> None:
    # The seed sample's library_id is "" (the seeds show both "" and null for "no value").
    assert fresh.call("improve_sample", biosample_id="E-B19137107158", library_id="L1")["code"] == 0
    assert _get(fresh, "E-B19137107158")["library"]["library_id"] == "L1"


def test_improve_an_unknown_sample_is_40401(api: SignedClient) -> None:
    answer = api.call("improve_sample", biosample_id="E-Z99999999999", depth=1)
    assert answer["code"] == NOT_FOUND
    assert "E-Z99999999999" in answer["msg"]


# ---------------------------------------------------------------------- surveys and users


def _targets(api: SignedClient, **fields: Any) -> list[str]:
    data = api.ok("survey_target", **fields)
    return [user["user_id"] for user in data["result"]]


def _condition(element: str, operator: str, **value: str) -> dict[str, str]:
    return {"data_element_identifier_de": element, "operator": operator, **value}


def test_survey_target_and_or(api: SignedClient) -> None:
    women = _condition(SEX, "=", concept_code="c2")
    smokers = _condition(SMOKE, "=", concept_code="c1")
    shenzhen = _condition(CITY, "contains", content="深圳")
    assert _targets(api, AND=[women]) == [USER_2, USER_3, USER_LIU]
    assert _targets(api, AND=[women, shenzhen]) == [USER_3]
    assert _targets(api, OR=[smokers, shenzhen]) == [USER_1, USER_2, USER_3]
    assert _targets(api, AND=[women], OR=[smokers, shenzhen]) == [USER_2, USER_3]
    assert _targets(api, AND=[women, smokers, shenzhen]) == []
    # Nothing asked: everyone who answered anything.
    assert _targets(api) == [USER_1, USER_2, USER_3, USER_LIU]


def test_survey_target_operators(api: SignedClient) -> None:
    def age(operator: str, value: str) -> list[str]:
        return _targets(api, AND=[_condition(AGE, operator, content=value)])

    # USER_3 answered the age question with text, which no numeric comparison matches.
    assert age(">", "34") == [USER_2]
    assert age(">=", "34") == [USER_1, USER_2]
    assert age("<", "34") == [USER_LIU]
    assert age("<=", "34.0") == [USER_1, USER_LIU]
    assert age("=", "34") == [USER_1]
    assert age("!=", "34") == [USER_2, USER_3, USER_LIU]
    assert age("in", "27, 58,99") == [USER_2, USER_LIU]
    assert age("contains", "不") == [USER_3]
    assert age(">", "not a number") == []


def test_survey_target_concept_code_wins_over_content(api: SignedClient) -> None:
    both = _condition(SEX, "=", concept_code="c1", content="女")
    assert _targets(api, AND=[both]) == [USER_1]


def test_survey_target_pages(api: SignedClient) -> None:
    women = [_condition(SEX, "in", concept_code="c1,c2")]
    page_2 = api.ok("survey_target", AND=women, limit=3, page=2)
    assert page_2 == {
        "total": 4,
        "page": 2,
        "count": 1,
        "limit": 3,
        "pages": 2,
        "result": [{"user_id": USER_LIU}],
    }


def test_survey_target_treats_json_null_as_absent(api: SignedClient) -> None:
    # What the reference client sends for an argument it was not given.
    form = sign_form({"AND": "null", "OR": "null"}, api.server.app_key, api.server.app_secret)
    answer = api.post("survey_target", form).json()
    assert answer["code"] == 0
    assert answer["data"]["total"] == 4


def test_survey_projects_lists_known_projects_in_order(api: SignedClient) -> None:
    data = api.ok("survey_projects", project_ids="P-W19770800157,P-X00000000001,P-W19126783988")
    assert [project["project_id"] for project in data["result"]] == [
        "P-W19770800157",
        "P-W19126783988",
    ]
    assert (data["total"], data["count"], data["pages"]) == (2, 2, 1)


def test_unknown_task_is_pending(api: SignedClient) -> None:
    data = api.ok("task_result", task_id=str(uuid.uuid4()))
    assert data == {"status": "PENDING", "result": None}


def test_users_without_records(api: SignedClient) -> None:
    assert api.ok("question_size", user_id="ffffffffffffffffffffffff") == {"total": 0}
    missing = api.call("wechat_profile", user_id="ffffffffffffffffffffffff")
    assert missing["code"] == NOT_FOUND
    assert missing["data"] is None


# ---------------------------------------------------------------------- authentication


def _auth_code(api: SignedClient, form: dict[str, str]) -> tuple[int, str]:
    answer = api.post("question_size", form).json()
    assert (answer["data"] is None) == (answer["code"] != 0)
    msg = answer["msg"]
    assert isinstance(msg, str)
    # Never the secret, never the signature, whatever went wrong.
    assert DEMO_APP_SECRET not in msg
    if form.get("sign"):
        assert form["sign"] not in msg
    return answer["code"], msg


def _signed(api: SignedClient, **options: str) -> dict[str, str]:
    return api.signed("question_size", {"user_id": USER_LIU}, **options)


@pytest.mark.parametrize("missing", ["app_key", "signature_nonce", "timestamp", "sign"])
def test_a_missing_signing_field_is_40101(api: SignedClient, missing: str) -> None:
    form = _signed(api)
    del form[missing]
    code, msg = _auth_code(api, form)
    assert code == 40101
    assert missing in msg


def test_an_unknown_app_key_is_40102(api: SignedClient) -> None:
    form = sign_form({"user_id": USER_LIU}, "not-a-known-key", DEMO_APP_SECRET)
    assert _auth_code(api, form)[0] == 40102


def test_a_wrong_sign_is_40103(api: SignedClient) -> None:
    wrong_secret = sign_form({"user_id": USER_LIU}, api.server.app_key, "not the secret")
    assert _auth_code(api, wrong_secret)[0] == 40103
    malformed = _signed(api)
    malformed["sign"] = "not base64!"
    code, msg = _auth_code(api, malformed)
    assert code == 40103
    assert "sign" in msg


@pytest.mark.parametrize(
    ("name", "value"),
    [("user_id", "00000000000000000002"), ("timestamp", "2020-01-01T00:00:00Z"), ("extra", "1")],
)
def test_a_field_changed_after_signing_is_40103(api: SignedClient, name: str, value: str) -> None:
    form = _signed(api)
    form[name] = value
    assert _auth_code(api, form)[0] == 40103


@pytest.mark.parametrize("offset", [-301, 301, -3600, 86400])
def test_a_timestamp_off_by_more_than_300_s_is_40104(api: SignedClient, offset: int) -> None:
    when = utc_timestamp(datetime.now(UTC) + timedelta(seconds=offset))
    code, msg = _auth_code(api, _signed(api, timestamp=when))
    assert code == 40104
    assert "timestamp" in msg


def test_a_timestamp_within_the_window_is_accepted(api: SignedClient) -> None:
    for offset in (-250, 250):
        when = utc_timestamp(datetime.now(UTC) + timedelta(seconds=offset))
        assert _auth_code(api, _signed(api, timestamp=when))[0] == 0


def test_a_malformed_timestamp_is_40104(api: SignedClient) -> None:
    assert _auth_code(api, _signed(api, timestamp="2026-13-45T25:61:61Z"))[0] == 40104
    assert _auth_code(api, _signed(api, timestamp="yesterday"))[0] == 40104


def test_a_replayed_nonce_is_40105(api: SignedClient) -> None:
    form = _signed(api)
    assert _auth_code(api, form)[0] == 0
    code, msg = _auth_code(api, form)
    assert code == 40105
    assert "signature_nonce" in msg
    # The same nonce with a new timestamp and signature is still a replay.
    again = _signed(api, nonce=form["signature_nonce"])
    assert _auth_code(api, again)[0] == 40105


def test_a_nonce_is_recorded_only_once_the_signature_is_verified(api: SignedClient) -> None:
    nonce = uuid.uuid4().hex
    forged = sign_form({"user_id": USER_LIU}, api.server.app_key, "wrong", nonce=nonce)
    assert _auth_code(api, forged)[0] == 40103
    assert _auth_code(api, _signed(api, nonce=nonce))[0] == 0


def test_custom_credentials(start_sandbox: StartSandbox) -> None:
    server = start_sandbox("--app-key", "my-key", "--app-secret", "my-secret")
    assert server.app_key == "my-key"
    client = SignedClient(server)
    try:
        assert client.ok("question_size", user_id=USER_LIU) == {"total": 22}
        demo = sign_form({"user_id": USER_LIU}, "F4QPfredao9slVB2ua4vVeOryOHsSsC62wM1TUmm", "x")
        assert client.post("question_size", demo).json()["code"] == 40102
    finally:
        client.close()
    assert "my-secret" not in server.stdout_path.read_text(encoding="utf-8")


# ---------------------------------------------------------------------- bad input


BAD_FORMS: list[tuple[str, str, dict[str, Any], str]] = [
    ("missing field", "register_sample", {"biosample_site": 1}, "project_id"),
    ("unknown field", "question_size", {"user_id": USER_LIU, "colour": "red"}, "colour"),
    ("ill-typed", "register_sample", {"biosample_site": "eleven", "project_id": PROJECT}, "site"),
    ("too large", "register_sample", {"biosample_site": 15, "project_id": PROJECT}, "site"),
    ("too small", "get_samples", {"biosample_id": "E-B19137107158", "page": 0}, "page"),
    ("limit", "get_samples", {"biosample_id": "E-B19137107158", "limit": 101}, "limit"),
    ("pattern", "get_samples", {"biosample_id": "B19137107158"}, "biosample_id"),
    ("negative", "improve_sample", {"biosample_id": "E-B19137107158", "depth": -1}, "depth"),
    ("nan", "improve_sample", {"biosample_id": "E-B19137107158", "depth": "nan"}, "depth"),
    ("not a uuid", "task_result", {"task_id": "42"}, "task_id"),
    ("date", "improve_sample", {"biosample_id": "E-B19137107158", "sample_time": "May"}, "time"),
    (
        "both ids",
        "get_samples",
        {"biosample_id": "E-B19137107158", "external_sample_id": "x"},
        "one",
    ),
    ("neither id", "get_samples", {"page": 1}, "biosample_id"),
    ("operator", "survey_target", {"AND": [_condition(SEX, "~", content="x")]}, "operator"),
    (
        "no value",
        "survey_target",
        {"OR": [{"data_element_identifier_de": SEX, "operator": "="}]},
        "OR",
    ),
    ("not a list", "survey_target", {"AND": {"operator": "="}}, "AND"),
]


@pytest.mark.parametrize(
    ("operation_id", "fields", "named"),
    [case[1:] for case in BAD_FORMS],
    ids=[case[0] for case in BAD_FORMS],
)
def test_bad_fields_are_40001(
    api: SignedClient, sandbox: Sandbox, operation_id: str, fields: dict[str, Any], named: str
) -> None:
    before = sample_rows(sandbox.db_path)
    answer = api.call(operation_id, **fields)
    assert answer["code"] == INVALID_ARGUMENT, answer
    assert named in answer["msg"]
    assert answer["data"] is None
    assert sample_rows(sandbox.db_path) == before


def test_malformed_json_is_40001(api: SignedClient) -> None:
    form = sign_form({"AND": "[{"}, api.server.app_key, api.server.app_secret)
    answer = api.post("survey_target", form).json()
    assert answer["code"] == INVALID_ARGUMENT
    assert "AND" in answer["msg"] and "JSON" in answer["msg"]


def test_a_repeated_field_is_40001(api: SignedClient) -> None:
    form = _signed(api)
    body = httpx.QueryParams(form).add("user_id", USER_1)
    answer = api.post("question_size", str(body).encode()).json()
    assert answer["code"] == INVALID_ARGUMENT
    assert "user_id" in answer["msg"]


@pytest.mark.parametrize(
    ("body", "content_type", "named"),
    [
        (b"user_id=\xff\xfe", "application/x-www-form-urlencoded", "UTF-8"),
        (b"user_id=%FF", "application/x-www-form-urlencoded", "UTF-8"),
        (b'{"user_id": "1"}', "application/json", "Content-Type"),
        (b"user_id=1", "application/x-www-form-urlencoded; charset=latin-1", "charset"),
    ],
)
def test_unreadable_bodies_are_40001(
    sandbox: Sandbox, body: bytes, content_type: str, named: str
) -> None:
    answer = httpx.post(
        sandbox.url + PATHS["question_size"], content=body, headers={"Content-Type": content_type}
    ).json()
    assert answer["code"] == INVALID_ARGUMENT
    assert named in answer["msg"]


def test_a_missing_content_type_is_40001(sandbox: Sandbox) -> None:
    answer = httpx.post(sandbox.url + PATHS["question_size"], content=b"user_id=1").json()
    assert answer["code"] == INVALID_ARGUMENT
    assert "Content-Type" in answer["msg"]


def _chunks(total: int, size: int = 64 * 1024) -> Iterator[bytes]:
    yield b"external_sample_id="
    for _ in range(total // size):
        yield b"x" * size


@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "chunked"])
def test_a_body_over_1_mib_is_41301(api: SignedClient, sandbox: Sandbox, declared: bool) -> None:
    before = sample_rows(sandbox.db_path)
    big = 2 << 20
    content: bytes | Iterator[bytes] = b"".join(_chunks(big)) if declared else _chunks(big)
    answer = api.http.post(
        PATHS["register_sample"],
        content=content,
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    ).json()
    assert answer["code"] == BODY_TOO_LARGE
    assert sample_rows(sandbox.db_path) == before
    # The connection and the server are fine afterwards.
    assert api.ok("question_size", user_id=USER_LIU) == {"total": 22}


def test_unknown_paths_and_methods(sandbox: Sandbox) -> None:
    missing = httpx.post(sandbox.url + "/openbge/nothing-here", data={"a": "1"})
    assert missing.status_code == 404
    assert missing.json()["data"] is None
    wrong_method = httpx.get(sandbox.url + PATHS["get_samples"])
    assert wrong_method.status_code == 405
    assert wrong_method.headers["allow"] == "POST"


# ---------------------------------------------------------------------- concurrency and storage


def test_concurrent_registrations(api: SignedClient, sandbox: Sandbox) -> None:
    prefix = new_external_id()
    forms = [
        api.signed(
            "register_sample",
            {"biosample_site": 4, "project_id": PROJECT, "external_sample_id": f"{prefix}-{i}"},
        )
        for i in range(20)
    ]
    barrier = threading.Barrier(len(forms))
    answers: list[dict[str, Any]] = []
    lock = threading.Lock()

    def register(form: dict[str, str]) -> None:
        with httpx.Client(base_url=sandbox.url, timeout=30) as client:
            barrier.wait()
            answer = client.post(PATHS["register_sample"], data=form).json()
        with lock:
            answers.append(answer)

    threads = [threading.Thread(target=register, args=(form,)) for form in forms]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert [answer["code"] for answer in answers] == [0] * 20
    ids = {answer["data"]["biosample_id"] for answer in answers}
    assert len(ids) == 20
    with sqlite3.connect(sandbox.db_path) as conn:
        rows = conn.execute(
            "SELECT biosample_id FROM samples WHERE sample_id LIKE ?", (f"{prefix}-%",)
        ).fetchall()
    assert {row[0] for row in rows} == ids


def test_state_survives_a_restart(start_sandbox: StartSandbox, tmp_path: Path) -> None:
    db = tmp_path / "kept.db"
    first = start_sandbox("--db", str(db))
    client = SignedClient(first)
    external_id = new_external_id()
    biosample_id = client.ok(
        "register_sample", biosample_site=9, project_id=PROJECT, external_sample_id=external_id
    )["biosample_id"]
    client.close()
    assert first.stop() == 0  # SIGTERM is a clean shutdown

    second = start_sandbox("--db", str(db))
    client = SignedClient(second)
    try:
        (sample,) = client.ok("get_samples", external_sample_id=external_id)
        assert sample["biosample_id"] == biosample_id
        # The fixtures were loaded once, not again on the second start.
        assert len(client.ok("get_samples", external_sample_id="107201702599")) == 1
    finally:
        client.close()


def test_in_memory_database(start_sandbox: StartSandbox) -> None:
    client = SignedClient(start_sandbox("--db", ":memory:"))
    try:
        assert client.ok("question_size", user_id=USER_LIU) == {"total": 22}
    finally:
        client.close()


# ---------------------------------------------------------------------- the spec and the docs


def test_the_spec_is_served_as_packaged(sandbox: Sandbox) -> None:
    response = httpx.get(sandbox.url + "/openapi.yaml")
    assert response.status_code == 200
    packaged = resources.files("bge_private_sandbox").joinpath("openapi.yaml").read_bytes()
    assert response.content == packaged


class _Assets(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in {"src", "href"} and value:
                self.urls.append(value)


def test_the_api_reference_works_offline(sandbox: Sandbox) -> None:
    page = httpx.get(sandbox.url + "/doc")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "://" not in page.text, "the page must not load anything from elsewhere"
    assert "/openapi.yaml" in page.text
    parser = _Assets()
    parser.feed(page.text)
    scripts = [url for url in parser.urls if url.endswith(".js")]
    styles = [url for url in parser.urls if url.endswith(".css")]
    assert scripts and styles
    for url in parser.urls:
        assert url.startswith("/")
        asset = httpx.get(sandbox.url + url)
        assert asset.status_code == 200, url
        assert len(asset.content) > 100, url
    assert httpx.get(sandbox.url + "/").headers.get("location") == "/doc"


def test_spec_and_docs_are_not_operations(sandbox: Sandbox) -> None:
    assert httpx.post(sandbox.url + "/openapi.yaml").status_code == 405
