"""Benchmark: bge_private against the reference SDK (private_sdk) and raw httpx, side by side.

Run from the repository: ``.venv/bin/python bench/run.py`` (``make bench``). Options:
``--quick`` for a smoke run (~30 s), ``--rounds N``, ``--calls N`` (calls per round of the light
workloads; the 50-id workload makes a fifth as many), ``--server raw|uvicorn``, and
``--latency-ms MS`` to have the server hold its answers like a network would (written to
results-latency<MS>ms.md and chart-latency<MS>ms.png instead), ``--sandbox-only`` for just the
pass against the real sandbox (below).

This is a benchmark, not a test. Every client talks to the same fixed-answer server
(bench/fixed_server.py), a separate process, so only client-side work differs. The clients run
interleaved, round after round, in one process, and each figure is the median over the rounds,
so the drift of a shared, noisy machine reaches every client alike. Results are printed as
markdown and written to bench/out/results.md, with a chart in bench/out/chart.png.

Without ``--latency-ms`` a last pass times ``PrivateAPI.get_samples`` (1 id) on one kept-alive
connection against the real sandbox (``bge-private-sandbox serve``, a file database) and, side
by side, against both fixed-answer servers: the sandbox's own cost per call, and a guard
against a regression such as the 40 ms delayed-ACK stall of a socket without TCP_NODELAY.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import gc
import json
import os
import platform
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"

# The sandbox's demo credentials; the fixed-answer server checks nothing.
APP_KEY = "F4QPfredao9slVB2ua4vVeOryOHsSsC62wM1TUmm"
APP_SECRET = (
    "kErUUQb5fkaNhCNwoloRMZM8BCbBK4gZiiwljB7wJ4p3xsH24Ma8k2UFAouFyUHZBRqB73fMrMYLK7oOcqjxXViWC"
    "HZYxCc56L5D0UQfcBgxXixy9pMDh3YusnUDAcsG"
)
PROJECT_ID = "P-W19770800157"
REGISTERED_ID = "E-U19342736148"  # what the fixed server answers to every registration
FORM_TYPE = "application/x-www-form-urlencoded"


def sample_id(n: int) -> str:
    return f"E-B{19137107158 + n:011d}"


IDS_1 = sample_id(0)
IDS_50 = ",".join(sample_id(n) for n in range(50))

# ------------------------------------------------------------------------------------ workloads


@dataclass(frozen=True)
class Workload:
    key: str
    title: str
    path: str
    method: str  # the SDK method, same name in both SDKs
    fields: Callable[[int], dict[str, Any]]  # the arguments of call number i
    check: Callable[[Any], bool]  # whether an SDK result is the expected answer
    share: float  # calls per round, as a share of --calls


def _samples_check(expected: int) -> Callable[[Any], bool]:
    return lambda result: len(result["result"]) == expected


WORKLOADS = [
    Workload(
        "get1",
        "get_samples, 1 id",
        "/openbge/samples",
        "get_samples",
        lambda i: {"biosample_id": IDS_1},
        _samples_check(1),
        1.0,
    ),
    Workload(
        "get50",
        "get_samples, 50 ids",
        "/openbge/samples",
        "get_samples",
        lambda i: {"biosample_id": IDS_50},
        _samples_check(50),
        0.2,
    ),
    Workload(
        "register",
        "register_sample",
        "/openbge/samples/register",
        "register_sample",
        lambda i: {
            "biosample_site": 11,
            "project_id": PROJECT_ID,
            "external_sample_id": f"S{i:07d}",
            "depth": 46.612,
        },
        lambda result: result["biosample_id"] == REGISTERED_ID,
        1.0,
    ),
]

# ------------------------------------------------------------------------------------ clients

# A prepared run: make the calls, return the last result (None when nothing to check).
Run = Callable[[], Any]


class BenchClient:
    """One client under test: `prepare` does the untimed set-up of `n` calls, returns the run."""

    name = ""
    key = ""

    def open(self, url: str) -> None:
        raise NotImplementedError

    def prepare(self, workload: Workload, n: int) -> Run:
        raise NotImplementedError

    def close(self) -> None:
        pass


class SyncSDK(BenchClient):
    """A sequential SDK client, `PrivateAPI(key, secret, endpoint=url)`: one call at a time."""

    def __init__(self, key: str, name: str, factory: Callable[[str], Any]) -> None:
        self.key, self.name, self._factory = key, name, factory
        self.api: Any = None

    def open(self, url: str) -> None:
        self.api = self._factory(url)

    def prepare(self, workload: Workload, n: int) -> Run:
        method = getattr(self.api, workload.method)
        make = workload.fields

        def run() -> Any:
            result = None
            for i in range(n):
                result = method(**make(i))
            return result

        return run

    def close(self) -> None:
        close = getattr(self.api, "close", None)
        if close is not None:
            close()


def presigned_bodies(workload: Workload, n: int) -> list[bytes]:
    """The signed, urlencoded bodies of `n` calls, as the platform expects them."""
    from bge_private._signing import compute_sign, new_nonce, utc_timestamp

    bodies = []
    for i in range(n):
        fields = {name: str(value) for name, value in workload.fields(i).items()}
        fields.update(app_key=APP_KEY, signature_nonce=new_nonce(), timestamp=utc_timestamp())
        fields["sign"] = compute_sign(APP_SECRET, fields)
        bodies.append(urlencode(fields, quote_via=quote).encode("ascii"))
    return bodies


class RawHttpx(BenchClient):
    """The floor: one kept-alive httpx.Client posting bodies signed before the clock starts."""

    key, name = "raw", "raw httpx (pre-signed)"

    def open(self, url: str) -> None:
        import httpx

        self.http = httpx.Client(base_url=url, headers={"Content-Type": FORM_TYPE})

    def prepare(self, workload: Workload, n: int) -> Run:
        bodies = presigned_bodies(workload, n)
        post, path = self.http.post, workload.path

        def run() -> Any:
            for body in bodies:
                document = post(path, content=body).json()
                if document["code"] != 0:
                    raise RuntimeError(f"raw httpx: unexpected answer {document['code']}")
            return None

        return run

    def close(self) -> None:
        self.http.close()


class AsyncSDK(BenchClient):
    """bge_private.AsyncPrivateAPI with `concurrency` worker coroutines sharing the calls."""

    def __init__(self, concurrency: int) -> None:
        self.concurrency = concurrency
        self.key = f"async{concurrency}"
        self.name = f"bge_private AsyncPrivateAPI, concurrency {concurrency}"

    def open(self, url: str) -> None:
        from bge_private import AsyncPrivateAPI

        # One event loop for the client's whole life, so its pooled connections stay open.
        self.runner = asyncio.Runner()

        async def make() -> Any:
            return AsyncPrivateAPI(APP_KEY, APP_SECRET, endpoint=url)

        self.api = self.runner.run(make())

    def prepare(self, workload: Workload, n: int) -> Run:
        method = getattr(self.api, workload.method)
        make, concurrency = workload.fields, self.concurrency

        async def drive() -> Any:
            calls = iter(range(n))
            last: list[Any] = [None]

            async def worker() -> None:
                for i in calls:  # one iterator shared by the workers: each call made once
                    last[0] = await method(**make(i))

            await asyncio.gather(*(worker() for _ in range(concurrency)))
            return last[0]

        return lambda: self.runner.run(drive())

    def close(self) -> None:
        self.runner.run(self.api.close())
        self.runner.close()


def make_clients() -> list[BenchClient]:
    import private_sdk  # type: ignore[import-untyped]

    import bge_private

    return [
        SyncSDK(
            "ref",
            "reference private_sdk.PrivateAPI",
            lambda url: private_sdk.PrivateAPI(APP_KEY, APP_SECRET, endpoint=url),
        ),
        RawHttpx(),
        SyncSDK(
            "sync",
            "bge_private PrivateAPI",
            lambda url: bge_private.PrivateAPI(APP_KEY, APP_SECRET, endpoint=url),
        ),
        AsyncSDK(1),
        AsyncSDK(8),
        AsyncSDK(32),
    ]


# ------------------------------------------------------------------------------------ server


@contextmanager
def fixed_server(kind: str, latency_ms: float = 0.0) -> Iterator[str]:
    """Starts bench/fixed_server.py on 127.0.0.1, a free port; yields its URL; always stops it."""
    command = [sys.executable, str(HERE / "fixed_server.py"), "--server", kind, "--port", "0"]
    command += ["--latency-ms", str(latency_ms)]
    # The server exits when its stdin closes, so it cannot outlive this process.
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert process.stdout is not None
        line = process.stdout.readline().decode().split()
        if len(line) != 2 or line[0] != "PORT":
            raise RuntimeError(f"fixed_server did not start (said {line!r})")
        yield f"http://127.0.0.1:{int(line[1])}"
    finally:
        if process.stdin is not None:
            process.stdin.close()
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()


# ------------------------------------------------------------------------------------ measuring


@dataclass
class Series:
    """The rounds of one (workload, client): calls/s and client CPU ms per call, per round."""

    rate: list[float] = field(default_factory=list)
    cpu_ms: list[float] = field(default_factory=list)

    @property
    def median_rate(self) -> float:
        return statistics.median(self.rate)

    @property
    def median_cpu(self) -> float:
        return statistics.median(self.cpu_ms)

    @property
    def spread(self) -> float:
        """(max - min) / median of calls/s: how noisy the rounds were."""
        return (max(self.rate) - min(self.rate)) / self.median_rate


def timed(run: Run) -> tuple[float, float, Any]:
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    result = run()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def check(client: BenchClient, workload: Workload, result: Any) -> None:
    if result is not None and not workload.check(result):
        raise RuntimeError(f"{client.name}: unexpected answer to {workload.title}: {result!r:.200}")


def measure_calls(
    url: str, rounds: int, calls: int, log: Callable[[str], None]
) -> dict[tuple[str, str], Series]:
    clients = make_clients()
    results = {(w.key, c.key): Series() for w in WORKLOADS for c in clients}
    opened: list[BenchClient] = []
    try:
        for client in clients:
            client.open(url)
            opened.append(client)
        log("warming up every client on every workload")
        for workload in WORKLOADS:
            for client in clients:
                warm = max(20, int(calls * workload.share) // 5)
                check(client, workload, client.prepare(workload, warm)())
        for r in range(rounds):
            started = time.perf_counter()
            # Each round starts with another client, so no client always runs first or last.
            order = clients[r % len(clients) :] + clients[: r % len(clients)]
            for workload in WORKLOADS:
                n = max(1, int(calls * workload.share))
                for client in order:
                    run = client.prepare(workload, n)
                    wall, cpu, result = timed(run)
                    check(client, workload, result)
                    series = results[(workload.key, client.key)]
                    series.rate.append(n / wall)
                    series.cpu_ms.append(cpu * 1000 / n)
            log(f"round {r + 1}/{rounds} done in {time.perf_counter() - started:.1f} s")
    finally:
        for client in opened:
            client.close()
    return results


IMPORT_TIMER = "import time; t=time.perf_counter(); import {module}; print(time.perf_counter()-t)"


def import_times(runs: int) -> dict[str, float]:
    """Median seconds to import each SDK, and httpx, in a fresh interpreter, side by side.

    The first run of each is discarded: it may compile the bytecode, which later runs (and
    every installed copy) read instead. Bytecode is written even where PYTHONDONTWRITEBYTECODE
    is set, as an installed package has it.
    """
    samples: dict[str, list[float]] = {"bge_private": [], "httpx": [], "private_sdk": []}
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for k in range(runs + 1):
        for module in samples:
            code = IMPORT_TIMER.format(module=module)
            done = subprocess.run(
                [sys.executable, "-c", code],
                capture_output=True,
                text=True,
                check=True,
                cwd=OUT,
                env=env,
            )
            if k:
                samples[module].append(float(done.stdout))
    return {module: statistics.median(values) for module, values in samples.items()}


def rss_child(count: int, url: str) -> None:
    """In a fresh process: iterate `count` samples with PrivateAPI.iter_samples, print RSS (KiB)."""
    from bge_private import PrivateAPI

    before = peak_rss_kib()
    # A generator, so the ids are made as they are consumed and cost no memory of their own.
    ids = (f"E-B{n:011d}" for n in range(count))
    seen = 0
    started = time.perf_counter()
    with PrivateAPI(APP_KEY, APP_SECRET, endpoint=url) as api:
        for _sample in api.iter_samples(biosample_ids=ids):
            seen += 1
    seconds = time.perf_counter() - started
    if seen != count:
        raise SystemExit(f"iter_samples gave {seen} samples, not {count}")
    peak = peak_rss_kib()
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "samples": seen,
                "before_kib": before,
                "peak_kib": peak,
                "ru_maxrss_kib": maxrss,
                "seconds": seconds,
            }
        )
    )


def peak_rss_kib() -> int:
    """This process's peak resident set size, in KiB.

    Linux's VmHWM where there is one. `getrusage(RUSAGE_SELF).ru_maxrss` is not used there:
    Linux carries the parent's peak RSS at fork over into the child's ru_maxrss across exec, so
    a child of this (~60 MB) benchmark would report at least ~60 MB whatever it does.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def peak_rss(counts: list[int], url: str) -> dict[int, dict[str, float]]:
    found = {}
    for count in counts:
        command = [sys.executable, str(Path(__file__).resolve()), "--rss-child", str(count), url]
        done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=OUT)
        found[count] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


# ------------------------------------------------------------------------------------ the sandbox

# The sandbox's per-call time may be at most this many times the fixed-answer server's (issue 10).
SANDBOX_BOUND = 3.0
# ... and its start-up (launch to the first answer, a fresh database each time) under this (s).
STARTUP_BOUND_S = 1.0
SANDBOX_SERVERS = ("raw", "uvicorn", "sandbox")


@contextmanager
def real_sandbox() -> Iterator[str]:
    """`bge-private-sandbox serve` on 127.0.0.1 with a database file in a temporary folder."""
    from bge_private_sandbox.process import start_sandbox

    with tempfile.TemporaryDirectory(prefix="bench-sandbox-") as folder:
        server = start_sandbox(Path(folder))
        try:
            yield server.url
        finally:
            server.stop()


def measure_startup(runs: int, log: Callable[[str], None]) -> list[float]:
    """Seconds from launching `bge-private-sandbox serve` (a new database file: it is created
    and its fixtures loaded) to the answer of its first call, `PrivateAPI.get_samples`.

    The launch is `start_sandbox`'s, which looks for the listening line every 50 ms: a figure
    can be up to 50 ms above the server's own.
    """
    from bge_private import PrivateAPI
    from bge_private_sandbox.process import start_sandbox

    workload = WORKLOADS[0]
    times = []
    # One launch first, not counted: the first reads the files from disk, later ones do not.
    for run in range(runs + 1):
        with tempfile.TemporaryDirectory(prefix="bench-startup-") as folder:
            started = time.perf_counter()
            server = start_sandbox(Path(folder))
            try:
                with PrivateAPI(APP_KEY, APP_SECRET, endpoint=server.url) as api:
                    result = api.get_samples(**workload.fields(0))
                if run:
                    times.append(time.perf_counter() - started)
            finally:
                server.stop()
            if not workload.check(result):
                raise RuntimeError(f"unexpected first answer of the sandbox: {result!r:.200}")
    log(f"sandbox start-up: {runs} launches done")
    return times


def measure_sandbox(rounds: int, calls: int, log: Callable[[str], None]) -> dict[str, Series]:
    """PrivateAPI.get_samples (1 id), one client (one kept-alive connection) per server.

    The servers take turns round by round, like the clients of measure_calls. Each Series holds
    calls/s; ms per call is 1000 / calls/s.
    """
    from bge_private import PrivateAPI

    results = {name: Series() for name in SANDBOX_SERVERS}
    workload = WORKLOADS[0]  # get_samples, 1 id: a fixture sample of the sandbox's
    n = max(50, calls // 2)
    with ExitStack() as stack:
        urls = {
            "raw": stack.enter_context(fixed_server("raw")),
            "uvicorn": stack.enter_context(fixed_server("uvicorn")),
            "sandbox": stack.enter_context(real_sandbox()),
        }
        log(f"sandbox pass: the sandbox at {urls['sandbox']}, fixed-answer servers beside it")
        apis = {
            name: stack.enter_context(PrivateAPI(APP_KEY, APP_SECRET, endpoint=url))
            for name, url in urls.items()
        }

        def run(name: str, count: int) -> float:
            call = apis[name].get_samples
            started = time.perf_counter()
            result = None
            for i in range(count):
                result = call(**workload.fields(i))
            wall = time.perf_counter() - started
            if not workload.check(result):
                raise RuntimeError(f"{name}: unexpected answer to get_samples: {result!r:.200}")
            return wall

        for name in SANDBOX_SERVERS:
            run(name, max(20, n // 5))
        for r in range(rounds):
            order = SANDBOX_SERVERS[r % 3 :] + SANDBOX_SERVERS[: r % 3]
            for name in order:
                gc.collect()
                results[name].rate.append(n / run(name, n))
        log(f"sandbox pass: {rounds} rounds of {n} calls per server done")
    return results


def sandbox_section(
    results: dict[str, Series], startup: list[float], bound_server: str
) -> tuple[str, bool]:
    """The markdown of the sandbox pass, and whether the sandbox met its bounds."""
    titles = {
        "raw": "fixed-answer server, `raw`",
        "uvicorn": "fixed-answer server, `uvicorn` (the sandbox's HTTP stack, no work)",
        "sandbox": "the real sandbox (`bge-private-sandbox serve`, file database)",
    }
    ms = {name: 1000.0 / series.median_rate for name, series in results.items()}
    lines = [
        "",
        "## PrivateAPI against the real sandbox",
        "",
        "`PrivateAPI.get_samples` with 1 id, sequential calls on one kept-alive connection, "
        "median over the rounds. The sandbox checks the signature, records the nonce in SQLite, "
        "validates the form and reads the sample from its database; the fixed-answer servers "
        "answer canned bytes.",
        "",
        "| server | ms/call | x `raw` | x `uvicorn` | spread |",
        "|---|---:|---:|---:|---:|",
    ]
    for name in SANDBOX_SERVERS:
        lines.append(
            f"| {titles[name]} | {ms[name]:.3f} | {ms[name] / ms['raw']:.2f} | "
            f"{ms[name] / ms['uvicorn']:.2f} | {results[name].spread:.0%} |"
        )
    ratio = ms["sandbox"] / ms[bound_server]
    ok = ratio <= SANDBOX_BOUND
    lines += [
        "",
        f"Target: the sandbox's time per call at most {SANDBOX_BOUND:g} x the fixed-answer "
        f"server's (`{bound_server}`, this run's `--server`): {ratio:.2f}x, {mark(ok)}.",
    ]
    median_startup = statistics.median(startup)
    started_ok = median_startup < STARTUP_BOUND_S
    lines += [
        "",
        f"Start-up, launch to the first answer with a new database (median of {len(startup)}: "
        + ", ".join(f"{s:.2f}" for s in startup)
        + f" s): {median_startup:.2f} s; target under {STARTUP_BOUND_S:g} s, {mark(started_ok)}. "
        + (
            "Python's bytecode cache was off (PYTHONDONTWRITEBYTECODE is set): every module was "
            "compiled from source, as a pip-installed sandbox never is."
            if os.environ.get("PYTHONDONTWRITEBYTECODE")
            else "With Python's bytecode cache."
        ),
    ]
    return "\n".join(lines) + "\n", ok and started_ok


# ------------------------------------------------------------------------------------ report


def machine() -> dict[str, str]:
    import httpx
    import private_sdk
    import requests

    import bge_private

    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "CPU": model,
        "cores": f"{os.cpu_count()} ({usable} usable by this process)",
        "load average at start": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "OS": platform.platform(),
        "Python": f"{platform.python_version()} ({platform.python_implementation()})",
        "httpx": httpx.__version__,
        "requests (used by private_sdk)": requests.__version__,  # type: ignore[attr-defined]
        "bge_private": bge_private.__version__,
        "private_sdk": private_sdk.__version__,
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


def sdk_sources_digest() -> str:
    """A digest of the SDK's source files, to tell whether they changed during the run."""
    import hashlib

    digest = hashlib.sha256()
    root = HERE.parent
    for folder in ("wrapper", "generated_client"):
        for path in sorted((root / folder).rglob("*.py")):
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def sdk_revision() -> str:
    """The commit the SDK was measured at, and whether its sources differ from it."""
    root = HERE.parent

    def git(*args: str) -> str:
        done = subprocess.run(
            ["git", *args], cwd=root, capture_output=True, text=True, check=True, timeout=30
        )
        return done.stdout.strip()

    try:
        commit = git("rev-parse", "--short", "HEAD")
        dirty = git("status", "--porcelain", "--", "wrapper", "generated_client")
    except (OSError, subprocess.SubprocessError):
        return "unknown (no git)"
    return commit + (" + uncommitted changes in wrapper/ or generated_client/" if dirty else "")


def server_description(kind: str) -> str:
    if kind == "raw":
        return "bench/fixed_server.py `raw`: minimal HTTP/1.1 on asyncio Protocol, canned bytes"
    sys.path.insert(0, str(HERE))
    from fixed_server import uvicorn_choices

    http, loop = uvicorn_choices()
    return f"bench/fixed_server.py `uvicorn`: ASGI app, 1 worker, http={http}, loop={loop}"


def mark(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def report(
    info: dict[str, str],
    settings: dict[str, Any],
    calls: dict[tuple[str, str], Series],
    imports: dict[str, float],
    rss: dict[int, dict[str, float]],
    rss_counts: list[int],
) -> tuple[str, list[tuple[str, bool]]]:
    clients = make_clients()
    lines = ["# bge_private benchmark", ""]
    lines += [f"- {name}: {value}" for name, value in {**info, **settings}.items()]
    lines += [
        "",
        "## Calls",
        "",
        "Median over the rounds. CPU is the client process's (`time.process_time()`) per call; "
        "the server is another process. `x ref` is calls/s over the reference's. "
        "`spread` is (max - min) / median of calls/s over the rounds.",
        "",
        "| workload | client | calls/s | CPU ms/call | x ref | spread |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for workload in WORKLOADS:
        reference = calls[(workload.key, "ref")].median_rate
        for client in clients:
            s = calls[(workload.key, client.key)]
            lines.append(
                f"| {workload.title} | {client.name} | {s.median_rate:,.0f} | "
                f"{s.median_cpu:.3f} | {s.median_rate / reference:.2f} | {s.spread:.0%} |"
            )

    small, large = rss_counts
    mib = 1024.0
    lines += [
        "",
        "## Import time and memory",
        "",
        "| measure | bge_private | private_sdk |",
        "|---|---:|---:|",
        f"| import time, fresh interpreter (median of {settings['import runs']}; httpx alone: "
        f"{imports['httpx'] * 1000:.0f} ms) | "
        f"{imports['bge_private'] * 1000:.0f} ms | {imports['private_sdk'] * 1000:.0f} ms |",
    ]
    for count in rss_counts:
        r = rss[count]
        lines.append(
            f"| peak RSS (VmHWM), `PrivateAPI.iter_samples` over {count:,} samples "
            f"(before the first call: {r['before_kib'] / mib:.1f} MB; took {r['seconds']:.1f} s) | "
            f"{r['peak_kib'] / mib:.1f} MB | - |"
        )
    growth = (rss[large]["peak_kib"] - rss[small]["peak_kib"]) / mib
    lines.append(f"| peak RSS growth, {large:,} vs {small:,} samples | {growth:+.1f} MB | - |")

    checks: list[tuple[str, bool]] = []
    rows = ["| target | workload | this run | needed | result |", "|---|---|---:|---:|---|"]
    # (what, short name, ratio of two clients' figures, bound, at most or at least)
    targets = [
        (
            "PrivateAPI CPU per call / raw httpx's",
            "PrivateAPI CPU/call vs raw httpx",
            "median_cpu",
            "sync",
            "raw",
            1.3,
            "<=",
        ),
        (
            "PrivateAPI calls/s / reference's",
            "PrivateAPI calls/s vs reference",
            "median_rate",
            "sync",
            "ref",
            1.5,
            ">=",
        ),
        (
            "AsyncPrivateAPI (concurrency 32) calls/s / reference's",
            "AsyncPrivateAPI x32 calls/s vs reference",
            "median_rate",
            "async32",
            "ref",
            4.0,
            ">=",
        ),
    ]
    for title, short, figure, ours, theirs, bound, sense in targets:
        for workload in WORKLOADS:
            ratio = getattr(calls[(workload.key, ours)], figure) / getattr(
                calls[(workload.key, theirs)], figure
            )
            ok = ratio <= bound if sense == "<=" else ratio >= bound
            checks.append((f"{short}, {workload.title}", ok))
            rows.append(
                f"| {title} | {workload.title} | {ratio:.2f}x | {sense} {bound:.2f}x | {mark(ok)} |"
            )
    ratio = imports["bge_private"] / imports["httpx"]
    ok = ratio <= 1.2
    checks.append(("import bge_private vs import httpx", ok))
    rows.append(
        f"| import bge_private / import httpx | fresh interpreter | {ratio:.2f}x | <= 1.20x | "
        f"{mark(ok)} |"
    )
    ok = growth <= 20.0
    checks.append((f"peak RSS growth {small:,} → {large:,} samples", ok))
    rows.append(
        f"| peak RSS, {large:,} samples minus {small:,} | iter_samples | {growth:+.1f} MB | "
        f"<= 20 MB | {mark(ok)} |"
    )
    missed = [name for name, good in checks if not good]
    lines += ["", "## Targets", "", *rows, ""]
    lines.append(
        f"{len(checks) - len(missed)} of {len(checks)} targets met"
        + (f"; missed: {'; '.join(missed)}." if missed else ".")
    )
    return "\n".join(lines) + "\n", checks


def chart(calls: dict[tuple[str, str], Series], path: Path) -> bool:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    clients = make_clients()
    colors = ["#9e9e9e", "#424242", "#1565c0", "#64b5f6", "#42a5f5", "#0d47a1"]
    figure, axes = plt.subplots(2, len(WORKLOADS), figsize=(5 * len(WORKLOADS), 8))
    for column, workload in enumerate(WORKLOADS):
        for row, (metric, label) in enumerate(
            [("median_rate", "calls/s (higher is better)"), ("median_cpu", "client CPU ms/call")]
        ):
            ax = axes[row][column]
            values = [getattr(calls[(workload.key, c.key)], metric) for c in clients]
            bars = ax.bar(range(len(clients)), values, color=colors[: len(clients)])
            ax.bar_label(bars, fmt="%.0f" if row == 0 else "%.2f", fontsize=8)
            ax.set_xticks(range(len(clients)))
            ax.set_xticklabels(
                ["reference", "raw httpx", "PrivateAPI", "async x1", "async x8", "async x32"],
                rotation=30,
                ha="right",
                fontsize=8,
            )
            ax.set_ylabel(label)
            if row == 0:
                ax.set_title(workload.title)
    figure.suptitle("bge_private vs reference SDK and raw httpx (median of rounds)")
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)
    return True


# ------------------------------------------------------------------------------------ main


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="a smoke run of about 30 s")
    parser.add_argument("--rounds", type=int, help="rounds per client and workload (default 5)")
    parser.add_argument(
        "--calls", type=int, help="calls per round, light workloads (default 2000; 50 ids: 1/5)"
    )
    parser.add_argument("--server", choices=("raw", "uvicorn"), default="raw")
    parser.add_argument(
        "--latency-ms",
        type=float,
        default=0.0,
        help="the server holds each answer this long, like a network round trip, and a new "
        "connection's first answer twice as long, like a TCP handshake (default 0)",
    )
    parser.add_argument(
        "--sandbox-only",
        action="store_true",
        help="only the pass against the real sandbox (written to out/sandbox.md)",
    )
    parser.add_argument("--rss-child", nargs=2, metavar=("COUNT", "URL"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.rss_child:
        rss_child(int(args.rss_child[0]), args.rss_child[1])
        return 0

    rounds = args.rounds or (3 if args.quick else 5)
    calls = args.calls or (150 if args.quick else 2000)
    import_runs = 3 if args.quick else 7
    rss_counts = [10_000, 100_000]
    if rounds < 1 or calls < 5:
        parser.error("--rounds must be >= 1 and --calls >= 5")

    # A SIGTERM (e.g. from make being stopped) unwinds through the finally blocks too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    OUT.mkdir(exist_ok=True)
    started = time.perf_counter()

    def log(message: str) -> None:
        print(f"[{time.perf_counter() - started:6.1f} s] {message}", file=sys.stderr, flush=True)

    if args.sandbox_only:
        if args.latency_ms:
            parser.error("--sandbox-only measures plain loopback: leave out --latency-ms")
        section, _ok = sandbox_section(
            measure_sandbox(rounds, calls, log), measure_startup(rounds, log), args.server
        )
        print(section)
        (OUT / "sandbox.md").write_text("# bge_private benchmark: the sandbox\n" + section)
        log("wrote bench/out/sandbox.md")
        return 0

    info = machine()
    info["SDK revision"] = sdk_revision()
    sources_before = sdk_sources_digest()
    settings = {
        "server": server_description(args.server),
        "simulated round-trip latency": (
            f"{args.latency_ms:g} ms per answer, twice that for a new connection's first"
            if args.latency_ms
            else "none (loopback: measures client overhead)"
        ),
        "rounds": rounds,
        "calls per round": ", ".join(
            f"{w.title}: {max(1, int(calls * w.share))}" for w in WORKLOADS
        ),
        "import runs": import_runs,
    }
    with fixed_server(args.server, args.latency_ms) as url:
        log(f"fixed server at {url}")
        results = measure_calls(url, rounds, calls, log)
        log("import times")
        imports = import_times(import_runs)
        log(f"peak RSS of iter_samples over {' and '.join(f'{n:,}' for n in rss_counts)} samples")
        rss = peak_rss(rss_counts, url)
    # The sandbox has no emulated latency: against it only plain loopback is comparable.
    sandbox = None if args.latency_ms else measure_sandbox(rounds, calls, log)
    startup = [] if args.latency_ms else measure_startup(rounds, log)
    elapsed = time.perf_counter() - started
    settings["bench took"] = f"{elapsed:.0f} s"
    if sdk_sources_digest() != sources_before:
        # The timed rounds ran the code imported at the start; the subprocesses, later code.
        warning = "the SDK's sources changed during the run: the results mix versions"
        settings["WARNING"] = warning
        log(warning)

    text, _checks = report(info, settings, results, imports, rss, rss_counts)
    if sandbox is not None:
        text += sandbox_section(sandbox, startup, args.server)[0]
    print(text)
    # A run with simulated latency answers another question: keep it beside the plain one.
    suffix = f"-latency{args.latency_ms:g}ms" if args.latency_ms else ""
    results_path, chart_path = OUT / f"results{suffix}.md", OUT / f"chart{suffix}.png"
    results_path.write_text(text, encoding="utf-8")
    drawn = chart(results, chart_path)
    written = [results_path] + ([chart_path] if drawn else [])
    if not drawn:
        log("matplotlib is not installed: no chart (pip install matplotlib)")
    log("wrote " + ", ".join(str(p.relative_to(HERE.parent)) for p in written))
    # A benchmark reports; a missed target is not a failure of the command.
    return 0


if __name__ == "__main__":
    sys.exit(main())
