"""The sandbox against replays, floods and lenient input, in-process (Starlette's TestClient)."""

from __future__ import annotations

import sqlite3
import threading
import warnings
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import pytest
from starlette.exceptions import StarletteDeprecationWarning

with warnings.catch_warnings():
    # Starlette 1 would rather its TestClient ran on httpx2; on httpx (the SDK's) it works.
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from starlette.testclient import TestClient

from bge_private._signing import compute_sign, new_nonce, utc_timestamp
from bge_private_sandbox import DEMO_APP_KEY, DEMO_APP_SECRET, Store, create_app
from bge_private_sandbox.auth import Authenticator, RateLimit
from bge_private_sandbox.errors import ApiError
from conftest import PATHS, form_text

PROJECT = "P-W19770800157"
USER_LIU = "5c033e04f89dd15e44d48b7d"
OTHER_KEY, OTHER_SECRET = "another-app-key", "another-app-secret"
CREDENTIALS = {DEMO_APP_KEY: DEMO_APP_SECRET, OTHER_KEY: OTHER_SECRET}


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def signed_body(
    operation_id: str,
    fields: Mapping[str, Any],
    *,
    key: str = DEMO_APP_KEY,
    secret: str = DEMO_APP_SECRET,
    nonce: str | None = None,
    when: float | None = None,
    raw: Mapping[str, str] | None = None,
) -> bytes:
    """A signed form body: `fields` encoded as the SDK would, `raw` as the exact text given."""
    form = {**form_text(operation_id, fields), **(raw or {})}
    form["app_key"] = key
    form["signature_nonce"] = nonce or new_nonce()
    stamp = datetime.now(UTC) if when is None else datetime.fromtimestamp(when, UTC)
    form["timestamp"] = utc_timestamp(stamp)
    form["sign"] = compute_sign(secret, form)
    return urlencode(form, quote_via=quote).encode()


Post = Callable[..., Any]


def poster(client: TestClient) -> Post:
    def post(operation_id: str, body: bytes, path: str | None = None) -> Any:
        return client.post(
            path or PATHS[operation_id],
            content=body,
            headers={"Content-Type": "application/x-www-form-urlencoded"},
            follow_redirects=False,
        )

    return post


@pytest.fixture
def client() -> Iterator[TestClient]:
    with TestClient(
        create_app(credentials=CREDENTIALS), base_url="http://127.0.0.1"
    ) as test_client:
        yield test_client


@pytest.fixture
def post(client: TestClient) -> Post:
    return poster(client)


def envelope(response: Any) -> dict[str, Any]:
    assert response.status_code == 200, response.text
    document: dict[str, Any] = response.json()
    return document


def register(external_id: str = "S-replay-1") -> dict[str, Any]:
    return {"biosample_site": 11, "project_id": PROJECT, "external_sample_id": external_id}


# ---------------------------------------------------------------------- replay after a restart


def test_a_request_captured_before_a_restart_is_refused_after_it(tmp_path: Path) -> None:
    db = tmp_path / "sandbox.db"
    captured = signed_body("register_sample", register())
    with TestClient(create_app(db)) as first:
        assert envelope(poster(first)("register_sample", captured))["code"] == 0
    # A new app on the same database file: the sandbox restarted.
    with TestClient(create_app(db)) as second:
        again = envelope(poster(second)("register_sample", captured))
        assert again["code"] == 40105
        found = envelope(
            poster(second)(
                "get_samples", signed_body("get_samples", {"external_sample_id": "S-replay-1"})
            )
        )
    assert found["pagination"]["total"] == 1, "exactly one sample, not two"


def test_the_window_and_the_nonce_memory_share_one_boundary() -> None:
    clock = Clock(1_800_000_000.0)
    auth = Authenticator(CREDENTIALS, Store(), clock=clock)
    fields = {"user_id": USER_LIU, "app_key": DEMO_APP_KEY, "signature_nonce": new_nonce()}
    fields["timestamp"] = utc_timestamp(datetime.fromtimestamp(clock.now, UTC))
    fields["sign"] = compute_sign(DEMO_APP_SECRET, fields)
    auth.authenticate(fields)
    # Exactly 300.000 s later the timestamp is still accepted, so the nonce must still be known.
    clock.now += 300.0
    with pytest.raises(ApiError) as replay:
        auth.authenticate(fields)
    assert replay.value.code == 40105
    # A moment later the timestamp check refuses it; only then may the nonce be forgotten.
    clock.now += 0.001
    with pytest.raises(ApiError) as stale:
        auth.authenticate(fields)
    assert stale.value.code == 40104


def test_the_boundary_holds_in_the_store_too() -> None:
    store = Store()
    assert store.record_nonce("k", "n" * 32, expires_at=100.0, now=0.0)
    assert not store.record_nonce("k", "n" * 32, expires_at=400.0, now=100.0)
    assert store.record_nonce("k", "n" * 32, expires_at=400.0, now=100.001)


# ---------------------------------------------------------------------- limits are per key


def test_no_global_cap_one_busy_key_does_not_lock_out_another() -> None:
    clock = Clock(1_800_000_000.0)
    app = create_app(
        credentials=CREDENTIALS, rate_limit=RateLimit(per_second=5, burst=20), clock=clock
    )
    with TestClient(app) as test_client:
        post = poster(test_client)

        def ask(key: str, secret: str) -> Any:
            body = signed_body(
                "question_size", {"user_id": USER_LIU}, key=key, secret=secret, when=clock.now
            )
            return post("question_size", body)

        for _ in range(20):
            assert envelope(ask(DEMO_APP_KEY, DEMO_APP_SECRET))["code"] == 0
        refused = ask(DEMO_APP_KEY, DEMO_APP_SECRET)
        assert refused.status_code == 429
        assert refused.json()["code"] == 42901
        assert refused.headers["retry-after"] == "1"
        assert "app_key" in refused.json()["msg"]
        # The other key is untouched.
        assert envelope(ask(OTHER_KEY, OTHER_SECRET))["code"] == 0
        # A second later the busy key has 5 more requests.
        clock.now += 1.0
        for _ in range(5):
            assert envelope(ask(DEMO_APP_KEY, DEMO_APP_SECRET))["code"] == 0
        assert ask(DEMO_APP_KEY, DEMO_APP_SECRET).status_code == 429


def test_a_refused_request_does_not_use_up_its_nonce() -> None:
    clock = Clock(1_800_000_000.0)
    app = create_app(rate_limit=RateLimit(per_second=1, burst=1), clock=clock)
    with TestClient(app) as test_client:
        post = poster(test_client)
        assert (
            envelope(
                post(
                    "question_size",
                    signed_body("question_size", {"user_id": USER_LIU}, when=clock.now),
                )
            )["code"]
            == 0
        )
        body = signed_body("question_size", {"user_id": USER_LIU}, when=clock.now)
        refused = post("question_size", body)
        assert refused.status_code == 429
        assert refused.headers["retry-after"] == "1"
        clock.now += 1.0
        assert envelope(post("question_size", body))["code"] == 0


def test_many_nonces_within_the_window_are_fine() -> None:
    # The old in-memory registry refused everyone (50301) past a fixed number of nonces.
    clock = Clock(1_800_000_000.0)
    auth = Authenticator(CREDENTIALS, Store(), rate_limit=None, clock=clock)
    stamp = utc_timestamp(datetime.fromtimestamp(clock.now, UTC))
    for index in range(3000):
        fields = {
            "user_id": USER_LIU,
            "app_key": OTHER_KEY,
            "signature_nonce": f"{index:032x}",
            "timestamp": stamp,
        }
        fields["sign"] = compute_sign(OTHER_SECRET, fields)
        auth.authenticate(fields)
    assert auth.store.count_nonces() == 3000


def test_rate_limits_are_checked() -> None:
    with pytest.raises(ValueError):
        RateLimit(per_second=0)
    with pytest.raises(ValueError):
        RateLimit(per_second=1, burst=0.5)


# ---------------------------------------------------------------------- hostile and lenient input


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_deeply_nested_json_is_40001(post: Post, depth: int) -> None:
    nested = "[" * depth + "]" * depth
    body = signed_body("survey_target", {}, raw={"AND": nested})
    answer = envelope(post("survey_target", body))
    assert answer["code"] == 40001
    assert "AND" in answer["msg"]


def test_deeply_nested_objects_are_40001(post: Post) -> None:
    nested = '{"a":' * 5000 + "1" + "}" * 5000
    answer = envelope(
        post("survey_target", signed_body("survey_target", {}, raw={"OR": f"[{nested}]"}))
    )
    assert answer["code"] == 40001


def test_duplicate_json_keys_are_40001(post: Post) -> None:
    condition = (
        '[{"data_element_identifier_de": "50d78d39-baf7-43c7-aab1-52704b9ab180", "operator": "=",'
        ' "concept_code": "c1", "concept_code": "c2"}]'
    )
    answer = envelope(
        post("survey_target", signed_body("survey_target", {}, raw={"AND": condition}))
    )
    assert answer["code"] == 40001
    assert "duplicate key 'concept_code'" in answer["msg"]


@pytest.mark.parametrize(
    "text", ["1_1", "11.0", " 11", "11 ", "+11", "011", "\u0661\u0661", "1e1", "0x0b", ""]
)
def test_biosample_site_must_be_written_as_an_integer(post: Post, text: str) -> None:
    fields = {"project_id": PROJECT}
    answer = envelope(
        post(
            "register_sample", signed_body("register_sample", fields, raw={"biosample_site": text})
        )
    )
    assert answer["code"] == 40001, text
    assert "biosample_site" in answer["msg"]


@pytest.mark.parametrize("text", ["4_6.5", "46.", ".5", "1e", "nan", "inf", "46,6"])
def test_numbers_must_be_written_as_numbers(post: Post, text: str) -> None:
    body = signed_body("improve_sample", {"biosample_id": "E-B19137107158"}, raw={"depth": text})
    answer = envelope(post("improve_sample", body))
    assert answer["code"] == 40001, text
    assert "depth" in answer["msg"]


@pytest.mark.parametrize("text", ["46.612", "1e-05", "0.5", "10", "0", "1E+2"])
def test_well_written_numbers_are_accepted(post: Post, text: str) -> None:
    body = signed_body(
        "register_sample", {"biosample_site": 3, "project_id": PROJECT}, raw={"coverage": text}
    )
    answer = envelope(post("register_sample", body))
    assert answer["code"] == 0, (text, answer)


@pytest.mark.parametrize(
    "external_id",
    ["a\x00b", "a\rb", "a\nb", "tab\there", "a\x7fb", "a\x85b", "a\u202eb", "a\u2066b", "a\u200fb"],
)
def test_control_and_bidi_characters_in_external_ids_are_40001(
    post: Post, external_id: str
) -> None:
    answer = envelope(
        post("register_sample", signed_body("register_sample", register(external_id)))
    )
    assert answer["code"] == 40001, repr(external_id)
    assert "external_sample_id" in answer["msg"]


def test_ordinary_external_ids_are_accepted(post: Post) -> None:
    for external_id in ("S0ad004", "样品-1", "x" * 128, "a b"):
        answer = envelope(
            post("register_sample", signed_body("register_sample", register(external_id)))
        )
        assert answer["code"] == 0, external_id


@pytest.mark.parametrize(
    ("nonce", "code"), [("a", 40001), ("x" * 15, 40001), ("x" * 16, 0), ("x" * 65, 40001)]
)
def test_nonces_are_16_to_64_characters(post: Post, nonce: str, code: int) -> None:
    answer = envelope(
        post("question_size", signed_body("question_size", {"user_id": USER_LIU}, nonce=nonce))
    )
    assert answer["code"] == code
    if code:
        assert "signature_nonce" in answer["msg"]


def test_a_trailing_slash_is_a_404_not_a_redirect(post: Post) -> None:
    answer = post(
        "get_samples",
        signed_body("get_samples", {"biosample_id": "E-B19137107158"}),
        "/openbge/samples/",
    )
    assert answer.status_code == 404
    assert "location" not in answer.headers
    assert answer.json()["code"] == 40401


def _ids(count: int) -> str:
    return ",".join(f"E-A{n:011d}" for n in range(count))


def test_at_most_1000_biosample_ids_per_request(post: Post) -> None:
    assert len(_ids(1000)) == 14999
    allowed = envelope(
        post("get_samples", signed_body("get_samples", {"biosample_id": _ids(1000)}))
    )
    assert allowed["code"] == 0
    assert allowed["pagination"]["total"] == 0
    refused = envelope(
        post("get_samples", signed_body("get_samples", {"biosample_id": _ids(1001)}))
    )
    assert refused["code"] == 40001
    assert "biosample_id" in refused["msg"]


# ---------------------------------------------------------------------- reads do not wait


def test_reads_do_not_wait_for_a_writer(tmp_path: Path) -> None:
    store = Store(tmp_path / "sandbox.db")
    other = sqlite3.connect(tmp_path / "sandbox.db", isolation_level=None, timeout=0)
    try:
        # Another connection holds the database's write lock, as a long write would.
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE meta SET value = 'x' WHERE key = 'opened'")
        results: list[object] = []

        def read() -> None:
            try:
                results.append(len(store.samples_by_biosample_ids(["E-B19137107158"])))
                results.append(store.question_size(USER_LIU))
            except Exception as exc:  # reported below
                results.append(exc)

        reader = threading.Thread(target=read)
        reader.start()
        # No timing: a read that waited for the lock would still be waiting when this returns,
        # since the lock is released only below; BEGIN IMMEDIATE gives up after 10 s.
        reader.join(30)
        assert results == [1, 22]
    finally:
        other.execute("ROLLBACK")
        other.close()
        store.close()


def test_a_write_is_seen_by_the_next_read(tmp_path: Path) -> None:
    store = Store(tmp_path / "sandbox.db")
    try:
        for index in range(20):
            biosample_id = store.register_sample(
                project_id=PROJECT,
                biosample_site=1,
                external_sample_id=f"seq-{index}",
                attributes={},
            )
            (sample,) = store.samples_by_biosample_ids([biosample_id])
            assert sample.external_sample_id.sample_id == f"seq-{index}"
    finally:
        store.close()
