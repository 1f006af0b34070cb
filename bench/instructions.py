"""CPU instructions per call of raw httpx and PrivateAPI, counted by valgrind (cachegrind).

Time per call on a shared machine moves by tens of percent from run to run; the number of
instructions a call executes does not. For each workload of run.py and each client, the client
process runs twice under `valgrind --tool=cachegrind` against the fixed-answer server (another
process, not counted): SHORT and LONG calls after the same warm-up. The difference of the two
counts over LONG - SHORT calls is the instructions of one call, start-up and imports cancelled
out. The ratio PrivateAPI / raw httpx is the one the CPU target (<= 1.3 x, aim 1.1 x) is about.

    .venv/bin/python bench/instructions.py            # ~2-4 minutes (12 runs under valgrind)
    .venv/bin/python bench/instructions.py --workload register

Needs valgrind (Debian: `apt install valgrind`). A benchmark, not a test: it prints figures.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import run as bench  # noqa: E402  (bench/run.py: workloads, fixed server, pre-signed bodies)

CLIENTS = ("raw", "PrivateAPI")
WARM_UP = 20
SHORT, LONG = 10, 210
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def child(client: str, workload_key: str, calls: int, url: str) -> None:
    """The counted process: WARM_UP + `calls` calls of one client."""
    import httpx

    from bge_private import PrivateAPI

    workload = next(w for w in bench.WORKLOADS if w.key == workload_key)
    if client == "raw":
        http = httpx.Client(base_url=url, headers={"Content-Type": bench.FORM_TYPE})
        bodies = bench.presigned_bodies(workload, WARM_UP + calls)

        def call(i: int) -> object:
            return http.post(workload.path, content=bodies[i]).json()
    else:
        api = PrivateAPI(bench.APP_KEY, bench.APP_SECRET, endpoint=url)
        method = getattr(api, workload.method)

        def call(i: int) -> object:
            return method(**workload.fields(i))

    result = None
    for i in range(WARM_UP + calls):
        result = call(i)
    if client != "raw" and not workload.check(result):
        raise SystemExit(f"unexpected answer: {result!r:.200}")


def count(client: str, workload_key: str, calls: int, url: str) -> int:
    """Instructions the child process executes (valgrind's `I refs`)."""
    command = [
        "valgrind",
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        client,
        workload_key,
        str(calls),
        url,
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    match = _REFS.search(done.stderr)
    if done.returncode != 0 or match is None:
        raise RuntimeError(f"valgrind run failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return int(match.group(1).replace(",", ""))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--workload", choices=[w.key for w in bench.WORKLOADS], action="append")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        client, key, calls, url = args.child
        child(client, key, int(calls), url)
        return 0
    if shutil.which("valgrind") is None:
        parser.error("valgrind is not installed (Debian: apt install valgrind)")
    keys = args.workload or [w.key for w in bench.WORKLOADS]
    print(f"instructions per call ({LONG} - {SHORT} calls, after {WARM_UP} warm-up calls)")
    print("| workload | raw httpx | PrivateAPI | PrivateAPI's extra | ratio |")
    print("|---|---:|---:|---:|---:|")
    with bench.fixed_server("raw") as url:
        for key in keys:
            per_call = {}
            for client in CLIENTS:
                short, long = (count(client, key, n, url) for n in (SHORT, LONG))
                per_call[client] = (long - short) / (LONG - SHORT)
            raw, ours = per_call["raw"], per_call["PrivateAPI"]
            title = next(w.title for w in bench.WORKLOADS if w.key == key)
            print(
                f"| {title} | {raw:,.0f} | {ours:,.0f} | {ours - raw:,.0f} | {ours / raw:.3f} |",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
