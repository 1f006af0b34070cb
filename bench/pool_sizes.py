"""How AsyncPrivateAPI's max_connections and the calls in flight trade off, with and without
latency.

Run: ``.venv/bin/python bench/pool_sizes.py [--latency-ms 10] [--calls 1500]``. Prints calls/s and
client CPU ms per call of get_samples (1 id) for max_connections 8/16/32 at concurrency 8 and 32.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import run as bench

from bge_private import AsyncPrivateAPI
from bge_private_sandbox import DEMO_APP_KEY, DEMO_APP_SECRET


async def measure(
    url: str, max_connections: int, concurrency: int, calls: int
) -> tuple[float, float]:
    async with AsyncPrivateAPI(
        DEMO_APP_KEY, DEMO_APP_SECRET, endpoint=url, max_connections=max_connections
    ) as api:
        gate = asyncio.Semaphore(concurrency)

        async def one() -> None:
            async with gate:
                await api.get_samples(biosample_id="E-B19137107158")

        await asyncio.gather(*(one() for _ in range(50)))  # warm the pool
        started, cpu = time.perf_counter(), time.process_time()
        await asyncio.gather(*(one() for _ in range(calls)))
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
        return calls / wall, cpu / calls * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--latency-ms", type=float, default=0.0)
    parser.add_argument("--calls", type=int, default=1500)
    args = parser.parse_args()
    print("| latency | max_connections | concurrency | calls/s | CPU ms/call |")
    print("|---:|---:|---:|---:|---:|")
    with bench.fixed_server("raw", args.latency_ms) as url:
        for max_connections in (8, 16, 32):
            for concurrency in (8, 32):
                rate, cpu = asyncio.run(measure(url, max_connections, concurrency, args.calls))
                print(
                    f"| {args.latency_ms:g} ms | {max_connections} | {concurrency} "
                    f"| {rate:,.0f} | {cpu:.3f} |"
                )


if __name__ == "__main__":
    main()
