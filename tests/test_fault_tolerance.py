"""500 registrations through a sandbox that fails 30% of requests: no sample lost, none doubled."""

from __future__ import annotations

import asyncio
import sqlite3
from collections import Counter
from typing import Any

import pytest

from bge_private import AsyncPrivateAPI, BGEError, Model
from conftest import StartSandbox

PROJECT = "P-W19770800157"
CALLS = 500
CONCURRENCY = 20


def test_500_registrations_at_30_percent_faults(start_sandbox: StartSandbox) -> None:
    # Every fault kind: dropped before/after processing, 503, 429, late answers (slower than the
    # client's timeout) and truncated bodies.
    server = start_sandbox(
        "--faults", "0.3", "--fault-seed", "2026", "--fault-delay", "1.0", "--log-level", "info"
    )
    external_ids = [f"fault-{n:04d}" for n in range(CALLS)]

    async def register_all() -> list[Model | BaseException]:
        async with AsyncPrivateAPI(
            server.app_key, server.app_secret, endpoint=server.url, timeout=0.5, max_retries=12
        ) as api:
            gate = asyncio.Semaphore(CONCURRENCY)

            async def register(external_id: str) -> Model:
                async with gate:
                    return await api.register_sample(
                        biosample_site=11, project_id=PROJECT, external_sample_id=external_id
                    )

            return await asyncio.gather(
                *(register(external_id) for external_id in external_ids), return_exceptions=True
            )

    outcomes = asyncio.run(register_all())
    stderr = server.stderr()
    server.stop()

    with sqlite3.connect(server.db_path) as db:
        rows = db.execute(
            "SELECT sample_id, biosample_id FROM samples WHERE sample_id LIKE 'fault-%'"
        ).fetchall()
    per_external_id = Counter(external for external, _ in rows)
    stored = dict(rows)

    assert len(rows) == CALLS, "exactly one sample per call"
    assert set(per_external_id) == set(external_ids)
    assert max(per_external_id.values()) == 1, "no external id registered twice"
    for external_id, outcome in zip(external_ids, outcomes, strict=True):
        if isinstance(outcome, BaseException):
            assert isinstance(outcome, BGEError), f"{external_id}: raw {outcome!r}"
        else:
            assert outcome["biosample_id"] == stored[external_id], external_id
    # The faults really happened, in every kind.
    injected: Any = Counter(
        line.split("injecting fault ", 1)[1].split(" ", 1)[0]
        for line in stderr.splitlines()
        if "injecting fault" in line
    )
    assert set(injected) == {"drop_before", "drop_after", "503", "429", "slow", "truncated"}, (
        injected
    )
    assert sum(injected.values()) >= 0.2 * CALLS


HALF_CALLS = 500
IN_FLIGHT = 16
MAX_ROUNDS = 30


def test_half_faults_and_safe_resends_leave_one_sample_per_external_id(
    start_sandbox: StartSandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The sandbox's Retry-After (1 s) and the SDK's backoff only make the run slower here; what
    # is under test is which errors escape and what a re-send does, not how long one waits.
    monkeypatch.setattr("bge_private._core.INITIAL_BACKOFF", 0.02)
    monkeypatch.setattr("bge_private._core.MAX_RETRY_AFTER", 0.02)
    server = start_sandbox(
        "--faults", "0.5", "--fault-seed", "12", "--fault-delay", "0.6", "--log-level", "info"
    )
    external_ids = [f"half-{n:04d}" for n in range(HALF_CALLS)]
    errors: list[BaseException] = []
    first_round_failures = 0

    async def run() -> int:
        nonlocal first_round_failures
        async with AsyncPrivateAPI(
            server.app_key, server.app_secret, endpoint=server.url, timeout=0.3, max_retries=2
        ) as api:
            gate = asyncio.Semaphore(IN_FLIGHT)
            # The documented way to send a failed registration again.
            safe = api.with_options(create_if_absent=True)

            async def register(client: AsyncPrivateAPI, external_id: str) -> Model:
                async with gate:
                    return await client.register_sample(
                        biosample_site=11, project_id=PROJECT, external_sample_id=external_id
                    )

            pending, client, rounds = external_ids, api, 0
            while pending and rounds < MAX_ROUNDS:
                rounds += 1
                outcomes = await asyncio.gather(
                    *(register(client, external_id) for external_id in pending),
                    return_exceptions=True,
                )
                failed = [
                    e
                    for e, o in zip(pending, outcomes, strict=True)
                    if isinstance(o, BaseException)
                ]
                errors.extend(o for o in outcomes if isinstance(o, BaseException))
                if rounds == 1:
                    first_round_failures = len(failed)
                pending, client = failed, safe
            assert not pending, f"{len(pending)} registrations still failing after {rounds} rounds"
            return rounds

    rounds = asyncio.run(run())
    stderr = server.stderr()
    server.stop()

    with sqlite3.connect(server.db_path) as db:
        rows = db.execute("SELECT sample_id FROM samples WHERE sample_id LIKE 'half-%'").fetchall()
    per_external_id = Counter(external for (external,) in rows)
    assert set(per_external_id) == set(external_ids)
    assert max(per_external_id.values()) == 1, "no external id registered twice"
    assert len(rows) == HALF_CALLS

    kinds = Counter(type(error).__name__ for error in errors)
    for error in errors:
        assert isinstance(error, BGEError), f"raw {error!r}"
        assert error.operation == "register_sample", repr(error)
        assert str(error).startswith("register_sample: "), str(error)
    assert first_round_failures > 0 and kinds["OutcomeUnknownError"] > 0, kinds
    injected = sum("injecting fault" in line for line in stderr.splitlines())
    assert injected >= 0.4 * HALF_CALLS
    print(
        f"\n50% faults: {first_round_failures}/{HALF_CALLS} failed in round 1, "
        f"{len(errors)} errors over {rounds} rounds {dict(kinds)}, {injected} faults injected"
    )
