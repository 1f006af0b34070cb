"""500 registrations through a sandbox that fails 30% of requests: no sample lost, none doubled."""

from __future__ import annotations

import asyncio
import sqlite3
from collections import Counter
from typing import Any

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
