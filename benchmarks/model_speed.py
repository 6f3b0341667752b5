"""Model rewrite speed against the local OpenAI-compatible test server with a fixed latency.

    python benchmarks/model_speed.py [--drafts 32] [--latency 0.2]

Reports the wall time for a batch at concurrency 1 and 8, and model calls per draft: for drafts
that need rewriting, for clean ones, and for a repeated batch served from the reply cache.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from openai_server import LocalChatServer, Step  # noqa: E402
from replies import DRAFT, GOOD  # noqa: E402


def numbered(texts: dict[str, str], count: int) -> list[str]:
    """`count` distinct texts, alternating languages, each with its own order number."""
    return [texts["ru" if i % 2 == 0 else "bg"].replace("48213", str(50000 + i)) for i in range(count)]


def good_reply(request: dict) -> str:
    """The good rewrite of the draft in the request, with that draft's order number."""
    user = request["messages"][1]["content"]
    number = user[user.index("№ ") + 2:user.index("№ ") + 7]
    return GOOD["bg" if "Мария" in user else "ru"].replace("48213", number)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=32)
    parser.add_argument("--latency", type=float, default=0.2)
    args = parser.parse_args()
    os.environ["REWRITER_CACHE_DIR"] = tempfile.mkdtemp(prefix="rewriter-bench-")

    from pydantic import SecretStr

    from rewriter import Config, ModelSettings, rewrite_many
    from rewriter.openai_chat import OpenAICompatibleChat

    drafts, clean = numbered(DRAFT, args.drafts), numbered(GOOD, args.drafts)
    with LocalChatServer(lambda request: Step(reply=good_reply(request), delay=args.latency)) as server:
        model = OpenAICompatibleChat(model="bench", base_url=server.base_url, api_key=SecretStr("sk-bench"))
        no_cache, cached = Config(model=ModelSettings(cache=False)), Config()
        rewrite_many(drafts[:2], llm=model, config=no_cache)  # warm: rule packs, pipelines, connections
        times = {}
        for concurrency in (1, 8):
            before, started = len(server.requests), time.perf_counter()
            results = rewrite_many(drafts, llm=model, config=no_cache, concurrency=concurrency)
            times[concurrency] = time.perf_counter() - started
            assert all(r.source == "llm" for r in results), [r.notes for r in results if r.source != "llm"]
            calls = (len(server.requests) - before) / len(drafts)
            print(f"concurrency {concurrency}: {len(drafts)} drafts in {times[concurrency]:.2f} s, {calls:.2f} model calls per draft")
        print(f"speed-up at concurrency 8: {times[1] / times[8]:.1f}x (latency {args.latency * 1000:.0f} ms per call)")
        before = len(server.requests)
        rewrite_many(clean, llm=model, config=no_cache, concurrency=8)
        print(f"clean drafts: {(len(server.requests) - before) / len(clean):.2f} model calls per draft")
        rewrite_many(drafts, llm=model, config=cached, concurrency=8)
        before, started = len(server.requests), time.perf_counter()
        results = rewrite_many(drafts, llm=model, config=cached, concurrency=8)
        hits = sum(r.usage.cache_hits for r in results)
        print(f"repeated batch: {(len(server.requests) - before) / len(drafts):.2f} model calls per draft, "
              f"{hits}/{len(drafts)} from the cache, {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
