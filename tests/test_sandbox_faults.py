"""Fault injection, seen from a raw httpx client: drops, gateway errors, slow and cut answers."""

from __future__ import annotations

import sqlite3
import time
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from bge_private_sandbox import FaultConfig, FaultKind
from bge_private_sandbox.faults import FaultInjector
from conftest import PATHS, SignedClient, StartSandbox

DELAY = 0.3
REQUESTS = 36
SEED = 7


@dataclass
class Outcome:
    """What one register_sample request looked like from the client, and what it left behind."""

    external_id: str
    status: int | None = None
    code: int | None = None
    retry_after: str | None = None
    error: str | None = None
    promised: int | None = None
    received: int = 0
    seconds: float = 0.0
    committed: bool = False

    def kind(self) -> str:
        """The fault this outcome shows (or "none")."""
        if self.error is not None and self.status is None:
            return "drop_after" if self.committed else "drop_before"
        if self.error is not None:
            return "truncated"
        if self.status in (503, 429):
            return str(self.status)
        return "slow" if self.seconds >= DELAY else "none"


def _register(client: SignedClient, http: httpx.Client) -> Outcome:
    outcome = Outcome(external_id=f"F-{uuid.uuid4().hex[:16]}")
    fields = {"biosample_site": 2, "project_id": "P-W19770800157"}
    form = client.signed("register_sample", {**fields, "external_sample_id": outcome.external_id})
    started = time.monotonic()
    try:
        with http.stream("POST", PATHS["register_sample"], data=form) as response:
            outcome.status = response.status_code
            outcome.retry_after = response.headers.get("retry-after")
            outcome.promised = int(response.headers["content-length"])
            body = b""
            try:
                for chunk in response.iter_raw():
                    body += chunk
            finally:
                outcome.received = len(body)
            outcome.code = httpx.Response(200, content=body).json()["code"]
    except (httpx.RemoteProtocolError, httpx.ReadError) as exc:
        outcome.error = type(exc).__name__
    outcome.seconds = time.monotonic() - started
    return outcome


def _committed(db_path: Path, external_ids: list[str]) -> set[str]:
    with sqlite3.connect(db_path) as conn:
        marks = ",".join("?" for _ in external_ids)
        rows = conn.execute(
            f"SELECT sample_id FROM samples WHERE sample_id IN ({marks})", external_ids
        ).fetchall()
    return {row[0] for row in rows}


def test_every_fault_kind_happens_and_does_what_it_says(start_sandbox: StartSandbox) -> None:
    server = start_sandbox(
        "--faults", "1.0", "--fault-seed", str(SEED), "--fault-delay", str(DELAY)
    )
    client = SignedClient(server)
    outcomes: list[Outcome] = []
    try:
        for _ in range(REQUESTS):
            # A new connection each time: a dropped one cannot be reused anyway.
            with httpx.Client(base_url=server.url, timeout=10) as http:
                outcomes.append(_register(client, http))
    finally:
        client.close()
    committed = _committed(server.db_path, [outcome.external_id for outcome in outcomes])
    for outcome in outcomes:
        outcome.committed = outcome.external_id in committed
    kinds = Counter(outcome.kind() for outcome in outcomes)

    # With --faults 1.0 every request fails, and over 36 of them every kind shows up.
    assert set(kinds) == {kind.value for kind in FaultKind}, kinds
    for outcome in outcomes:
        kind = outcome.kind()
        if kind in ("503", "429"):
            assert outcome.retry_after == "1"
            assert outcome.code == (50301 if kind == "503" else 42901)
            assert not outcome.committed
        elif kind == "drop_before":
            assert outcome.error == "RemoteProtocolError"
        elif kind == "drop_after":
            # Processed and committed, but the client never saw a byte of the answer.
            assert outcome.error == "RemoteProtocolError"
        elif kind == "slow":
            assert outcome.code == 0
            assert outcome.committed
        elif kind == "truncated":
            assert outcome.status == 200
            assert outcome.promised is not None
            assert 0 < outcome.received < outcome.promised
            assert outcome.committed
    # The server is none the worse for it.
    assert server.process.poll() is None


def test_faults_spare_the_spec_and_the_docs(start_sandbox: StartSandbox) -> None:
    server = start_sandbox("--faults", "1.0", "--fault-seed", "1", "--fault-delay", "5")
    for path in ("/openapi.yaml", "/doc", "/doc/static/swagger-ui.css"):
        response = httpx.get(server.url + path, timeout=3)
        assert response.status_code == 200, path


def test_no_faults_without_the_option(start_sandbox: StartSandbox) -> None:
    client = SignedClient(start_sandbox())
    try:
        for _ in range(10):
            assert client.ok("question_size", user_id="5c033e04f89dd15e44d48b7d") == {"total": 22}
    finally:
        client.close()


async def _unused_app(scope: object, receive: object, send: object) -> None:
    raise AssertionError("not called")


def test_the_choice_depends_only_on_the_seed() -> None:
    def choices(config: FaultConfig) -> list[FaultKind | None]:
        injector = FaultInjector(_unused_app, config, {"/x"})
        return [injector.choose() for _ in range(200)]

    first = choices(FaultConfig(rate=0.5, seed=3))
    assert first == choices(FaultConfig(rate=0.5, seed=3))
    assert first != choices(FaultConfig(rate=0.5, seed=4))
    assert 60 < sum(kind is not None for kind in first) < 140
    assert choices(FaultConfig(rate=0.0, seed=3)) == [None] * 200
    assert None not in choices(FaultConfig(rate=1.0, seed=3))


@pytest.mark.parametrize("rate", [-0.1, 1.5])
def test_a_rate_outside_0_to_1_is_refused(rate: float) -> None:
    with pytest.raises(ValueError, match="rate"):
        FaultConfig(rate=rate)
