"""HTTP service speed: requests/s and p50/p99 latency of /v1/lint with concurrent clients, by `--workers`,
and the pre-send gate's time per message with and without `--server`.

    python benchmarks/serve_speed.py [--requests 2000] [--clients 16] [--workers 1 2]

Loopback only: each run starts `rewrite serve` on a free port of 127.0.0.1, warms it, then sends a bounded
number of requests (replies of about 1,000 characters from the test corpora) from one asyncio client.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from lint_speed import corpus_replies  # noqa: E402


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_service(workers: int) -> tuple[subprocess.Popen, str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "rewriter", "serve", "--port", str(port), "--workers", str(workers)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/v1/health", timeout=5).status_code == 200:
                return process, url
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("rewrite serve did not come up")


async def load(url: str, texts: list[str], clients: int) -> tuple[float, list[float]]:
    """Requests per second and each request's latency, `clients` requests in flight at a time."""
    queue = list(texts)
    latencies: list[float] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=60) as client:
        async def one_client() -> None:
            while queue:
                text = queue.pop()
                began = time.perf_counter()
                answer = await client.post("/v1/lint", json={"text": text})
                latencies.append(time.perf_counter() - began)
                answer.raise_for_status()

        started = time.perf_counter()
        await asyncio.gather(*(one_client() for _ in range(clients)))
        elapsed = time.perf_counter() - started
    return len(texts) / elapsed, latencies


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def gate_seconds(server: str | None, runs: int = 5) -> float:
    """Median wall time of one `rewrite-presend --add-header` on the bundled Russian draft as a message."""
    message = b"From: help@example.com\nTo: andrey@example.com\nSubject: Re: order\n\n" + (ROOT / "examples/draft-ru.txt").read_bytes()
    command = [sys.executable, "-m", "rewriter.presend", "--add-header", "--sendmail", "cat"]
    if server:
        command += ["--server", server]
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run(command, input=message, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, cwd=ROOT)
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    texts = [text for _, text in corpus_replies(args.requests)]
    print(f"{args.requests} /v1/lint requests, {args.clients} concurrent clients, replies of ~1,000 characters, {os.cpu_count()} cores")
    print(f"{'workers':>8} {'requests/s':>11} {'p50 ms':>8} {'p99 ms':>8}")
    for workers in args.workers:
        process, url = start_service(workers)
        try:
            asyncio.run(load(url, texts[:200], args.clients))  # warm every worker's caches
            rate, latencies = asyncio.run(load(url, texts, args.clients))
            if workers == args.workers[0]:
                gate = (gate_seconds(None), gate_seconds(url))
        finally:
            process.terminate()
            process.wait(30)
        print(f"{workers:>8} {rate:>11.0f} {percentile(latencies, 0.5) * 1000:>8.1f} {percentile(latencies, 0.99) * 1000:>8.1f}")
    print(f"rewrite-presend per message: {gate[0]:.2f} s checking here, {gate[1]:.2f} s with --server")


if __name__ == "__main__":
    main()
