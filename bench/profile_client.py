"""Where a client's CPU goes: cProfile of N calls against the fixed server, grouped by package.

Run: ``.venv/bin/python bench/profile_client.py [--client sync|async|raw|raw-async]
[--workload get1|get50|register] [--calls 2000] [--concurrency 32] [--top 25]``.

Prints self time (cProfile's tottime) per group (our wrapper, our generated client, httpx,
httpcore, h11, anyio, json, ...) and the top functions by self time. cProfile adds a roughly
constant cost per Python function call, so code made of many small calls looks heavier than it
is; compare groups within one profile rather than against unprofiled timings.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import run as bench  # noqa: E402  (bench/run.py: workloads, clients, fixed server)

GROUPS = [
    ("wrapper/bge_private/", "ours: wrapper (bge_private)"),
    ("generated_client/bge_private_client/", "ours: generated (bge_private_client)"),
    ("/httpx/", "httpx"),
    ("/httpcore/", "httpcore"),
    ("/h11/", "h11"),
    ("/anyio/", "anyio"),
    ("/jsonschema/", "jsonschema"),
    ("/referencing/", "jsonschema"),
    ("/attr/", "attrs"),
    ("/json/", "stdlib json"),
    ("/asyncio/", "stdlib asyncio"),
    ("/bench/", "benchmark harness"),
]


def group_of(filename: str, name: str) -> str:
    if filename == "~":  # a C function: name it by what it is
        if "json" in name or "scanner" in name:
            return "stdlib json (C)"
        if "socket" in name or "recv" in name or "send" in name or "select" in name:
            return "socket I/O (C)"
        return "builtins (C)"
    for marker, label in GROUPS:
        if marker in filename:
            return label
    return "stdlib / other"


def workload(key: str) -> bench.Workload:
    return next(w for w in bench.WORKLOADS if w.key == key)


def make_run(kind: str, url: str, w: bench.Workload, calls: int, concurrency: int) -> Any:
    """Returns (run, close): run() makes the calls."""
    if kind == "sync":
        client: bench.BenchClient = bench.make_clients()[2]
    elif kind == "raw":
        client = bench.RawHttpx()
    elif kind == "async":
        client = bench.AsyncSDK(concurrency)
    elif kind == "raw-async":
        return raw_async(url, w, calls, concurrency)
    else:
        raise SystemExit(f"unknown client {kind}")
    client.open(url)
    client.prepare(w, 50)()  # warm up: imports, validators, connections
    return client.prepare(w, calls), client.close


def raw_async(url: str, w: bench.Workload, calls: int, concurrency: int) -> Any:
    """httpx.AsyncClient posting pre-signed bodies: the floor of an asyncio client."""
    import httpx

    runner = asyncio.Runner()

    async def make() -> httpx.AsyncClient:
        return httpx.AsyncClient(base_url=url, headers={"Content-Type": bench.FORM_TYPE})

    http = runner.run(make())
    bodies = bench.presigned_bodies(w, calls)

    async def drive(items: list[bytes]) -> None:
        it = iter(items)

        async def worker() -> None:
            for body in it:
                (await http.post(w.path, content=body)).json()

        await asyncio.gather(*(worker() for _ in range(concurrency)))

    runner.run(drive(bodies[:50]))

    def close() -> None:
        runner.run(http.aclose())
        runner.close()

    return (lambda: runner.run(drive(bodies))), close


def print_call_tree(args: argparse.Namespace, w: Any) -> None:
    """The same calls under pyinstrument: where the time goes, as a tree of callers."""
    from pyinstrument import Profiler

    with bench.fixed_server(args.server) as url:
        run, close = make_run(args.client, url, w, args.calls, args.concurrency)
        profiler = Profiler(async_mode="disabled")
        try:
            profiler.start()
            run()
            profiler.stop()
        finally:
            close()
    print(f"# {args.client}, {w.title}, {args.calls} calls, concurrency {args.concurrency}")
    print(profiler.output_text(unicode=False, color=False, show_all=False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--client", default="sync", choices=("sync", "async", "raw", "raw-async"))
    parser.add_argument("--workload", default="get50", choices=[w.key for w in bench.WORKLOADS])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--server", choices=("raw", "uvicorn"), default="raw")
    parser.add_argument(
        "--pyinstrument",
        action="store_true",
        help="print pyinstrument's call tree (sampling: light on many small calls) instead",
    )
    args = parser.parse_args()

    w = workload(args.workload)
    if args.pyinstrument:
        print_call_tree(args, w)
        return
    with bench.fixed_server(args.server) as url:
        run, close = make_run(args.client, url, w, args.calls, args.concurrency)
        try:
            started, cpu = time.perf_counter(), time.process_time()
            run()
            wall, cpu = time.perf_counter() - started, time.process_time() - cpu
            profile = cProfile.Profile()
            run2, close2 = make_run(args.client, url, w, args.calls, args.concurrency)
            try:
                profile.enable()
                run2()
                profile.disable()
            finally:
                close2()
        finally:
            close()

    stats = pstats.Stats(profile)
    raw_stats: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    total = sum(entry[2] for entry in raw_stats.values())
    by_group: dict[str, float] = defaultdict(float)
    rows = []
    for (filename, line, name), (_cc, ncalls, tottime, cumtime, _callers) in raw_stats.items():
        group = group_of(filename, name)
        by_group[group] += tottime
        where = f"{Path(filename).name}:{line}({name})"
        rows.append((tottime, ncalls, group, where, cumtime))

    n = args.calls
    print(
        f"# {args.client}, {w.title}, {n} calls"
        + (f", concurrency {args.concurrency}" if "async" in args.client else "")
    )
    print(f"unprofiled: {n / wall:,.0f} calls/s, {cpu * 1000 / n:.3f} CPU ms/call")
    print(f"profiled self time: {total * 1000 / n:.3f} ms/call in all\n")
    print("| group | self ms/call | share |\n|---|---:|---:|")
    for group, seconds in sorted(by_group.items(), key=lambda kv: -kv[1]):
        print(f"| {group} | {seconds * 1000 / n:.3f} | {seconds / total:.0%} |")
    print(f"\n| function (top {args.top} by self time) | group | calls/call | self ms/call |")
    print("|---|---|---:|---:|")
    for tottime, ncalls, group, where, _cum in sorted(rows, reverse=True)[: args.top]:
        print(f"| `{where}` | {group} | {ncalls / n:.1f} | {tottime * 1000 / n:.4f} |")
    ours = [row for row in rows if row[2].startswith("ours")]
    print(f"\n| our function (top {args.top} by self time) | group | calls/call | self ms/call |")
    print("|---|---|---:|---:|")
    for tottime, ncalls, group, where, _cum in sorted(ours, reverse=True)[: args.top]:
        print(f"| `{where}` | {group} | {ncalls / n:.1f} | {tottime * 1000 / n:.4f} |")
    print(
        f"\n| our function (top {args.top} by cumulative time, callees included) | calls/call "
        "| cumulative ms/call | share of all |"
    )
    print("|---|---:|---:|---:|")
    for _tot, ncalls, _group, where, cum in sorted(ours, key=lambda r: -r[4])[: args.top]:
        print(f"| `{where}` | {ncalls / n:.1f} | {cum * 1000 / n:.4f} | {cum / total:.0%} |")


if __name__ == "__main__":
    main()
