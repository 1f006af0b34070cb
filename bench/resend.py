"""What "outcome unknown" costs and saves: create_if_absent's extra read, and re-sends at 50 %
injected faults, naive versus through create_if_absent. Against real sandbox subprocesses.

Run: ``.venv/bin/python bench/resend.py [--calls 500] [--cost-calls 200] [--seed 7]``.
Prints, for registrations through PrivateAPI on one connection: requests and milliseconds per
call, plain and with create_if_absent (absent and present). Then, for 500 callers at 50 %
faults (AsyncPrivateAPI, 16 in flight, max_retries=2, the SDK's real backoff): the errors of
the first round by type, how many of those callers' samples exist anyway, and the samples an
application ends with after sending every failed call again, naively or safely.
"""

from __future__ import annotations

import argparse
import asyncio
import sqlite3
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

from bge_private import AsyncPrivateAPI, BGEError, PrivateAPI
from bge_private_sandbox.process import SandboxProcess, start_sandbox

PROJECT = "P-W19770800157"
IN_FLIGHT = 16
MAX_ROUNDS = 30


class CountingTransport(httpx.BaseTransport):
    """The pooled transport, counting the requests that go through it."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.requests = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def _stored(server: SandboxProcess) -> Counter[str]:
    """Samples per external id in the sandbox's database (readable while it runs: WAL)."""
    with sqlite3.connect(server.db_path) as db:
        rows = db.execute("SELECT sample_id FROM samples WHERE sample_id LIKE 'f-%'").fetchall()
    return Counter(external for (external,) in rows)


def cost(directory: Path, calls: int) -> None:
    with start_sandbox(directory) as server:
        transport = CountingTransport()
        api = PrivateAPI(
            server.app_key, server.app_secret, endpoint=server.url, transport=transport
        )
        safe = api.with_options(create_if_absent=True)
        api.question_size("5c033e04f89dd15e44d48b7d")  # first-call imports are not the cost
        rows: list[tuple[str, float, float, float]] = []
        for label, client, prefix in (
            ("register_sample", api, "plain"),
            ("create_if_absent, absent", safe, "safe"),
            ("create_if_absent, present", safe, "safe"),
        ):
            before, times, cpu = transport.requests, [], time.process_time()
            for n in range(calls):
                started = time.perf_counter()
                client.register_sample(
                    biosample_site=11, project_id=PROJECT, external_sample_id=f"{prefix}-{n}"
                )
                times.append((time.perf_counter() - started) * 1000)
            cpu_ms = (time.process_time() - cpu) / calls * 1000
            requests = (transport.requests - before) / calls
            rows.append((label, requests, statistics.median(times), cpu_ms))
        api.close()
    print(f"\ncost, {calls} sequential calls through PrivateAPI on one connection")
    print("| call | requests/call | median ms/call | client CPU ms/call |\n|---|---:|---:|---:|")
    for label, requests, ms, cpu_ms in rows:
        print(f"| {label} | {requests:.2f} | {ms:.2f} | {cpu_ms:.3f} |")


async def _round(
    client: AsyncPrivateAPI, external_ids: list[str]
) -> list[tuple[str, BaseException]]:
    gate = asyncio.Semaphore(IN_FLIGHT)

    async def register(external_id: str) -> Any:
        async with gate:
            return await client.register_sample(
                biosample_site=11, project_id=PROJECT, external_sample_id=external_id
            )

    outcomes = await asyncio.gather(*(register(e) for e in external_ids), return_exceptions=True)
    return [
        (e, o) for e, o in zip(external_ids, outcomes, strict=True) if isinstance(o, BaseException)
    ]


def faults(directory: Path, calls: int, seed: int, safely: bool) -> None:
    args = ("--faults", "0.5", "--fault-seed", str(seed), "--fault-delay", "1.0")
    external_ids = [f"f-{n:04d}" for n in range(calls)]

    async def run() -> tuple[list[tuple[str, BaseException]], Counter[str], int, Counter[str]]:
        async with AsyncPrivateAPI(
            server.app_key, server.app_secret, endpoint=server.url, timeout=0.5, max_retries=2
        ) as api:
            first = await _round(api, external_ids)
            after_first = _stored(server)
            resend = api.with_options(create_if_absent=True) if safely else api
            pending, rounds, later = [e for e, _ in first], 1, Counter[str]()
            while pending and rounds < MAX_ROUNDS:
                rounds += 1
                failed = await _round(resend, pending)
                later.update(type(error).__name__ for _, error in failed)
                pending = [e for e, _ in failed]
            return first, after_first, rounds, later

    with start_sandbox(directory, *args) as server:
        first, after_first, rounds, later = asyncio.run(run())
        stored = _stored(server)
    kinds = Counter(type(error).__name__ for _, error in first)
    named = Counter(
        getattr(error, "operation", None) if isinstance(error, BGEError) else "untyped"
        for _, error in first
    )
    unknown = [e for e, error in first if type(error).__name__ == "OutcomeUnknownError"]
    definite = [e for e, error in first if type(error).__name__ != "OutcomeUnknownError"]
    how = "through create_if_absent" if safely else "naively (the same call again)"
    print(f"\n50 % faults, {calls} callers, max_retries=2, failed calls sent again {how}")
    print(f"- round 1: {len(first)} errors {dict(kinds)}, by operation {dict(named)}")
    print(
        "- their samples that exist after round 1: "
        f"{sum(after_first[e] > 0 for e in unknown)} of {len(unknown)} OutcomeUnknownError, "
        f"{sum(after_first[e] > 0 for e in definite)} of {len(definite)} other errors"
    )
    print(f"- re-send rounds: {rounds - 1}; their errors {dict(later)}")
    print(
        f"- end: {len(stored)} external ids stored, {sum(stored.values())} samples, "
        f"{sum(n - 1 for n in stored.values())} duplicates, "
        f"{len(set(external_ids) - set(stored))} missing"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=500)
    parser.add_argument("--cost-calls", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        cost(root / "cost", args.cost_calls)
        faults(root / "naive", args.calls, args.seed, safely=False)
        faults(root / "safe", args.calls, args.seed, safely=True)


if __name__ == "__main__":
    main()
