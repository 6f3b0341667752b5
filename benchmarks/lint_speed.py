"""Lint speed: warm throughput, the ratio to spaCy tokenization alone, and a cold `rewrite --check`.

    python benchmarks/lint_speed.py [--replies 400] [--seconds 5]

Replies of about 1,000 characters are assembled from the test corpora (plain and bureaucratic
sentences mixed, both languages), so the cache of word analyses sees realistic variety.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def corpus_replies(count: int, size: int = 1000) -> list[tuple[str, str]]:
    """(lang, text) pairs of about `size` characters, shuffled from the corpora's sentences."""
    by_lang: dict[str, list[str]] = {"ru": [], "bg": []}
    for path in sorted((ROOT / "tests" / "corpus").glob("*.yaml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")):
            lang = "bg" if path.stem.endswith("bg") else "ru"
            by_lang[lang] += [line for line in entry["text"].splitlines() if line.strip()]
    rng = random.Random(7)
    replies = []
    for i in range(count):
        lang = "ru" if i % 2 == 0 else "bg"
        lines: list[str] = []
        while sum(len(line) + 1 for line in lines) < size:
            lines.append(rng.choice(by_lang[lang]))
        replies.append((lang, "\n".join(lines)))
    return replies


def timed(fn, items, seconds: float) -> float:
    """Items per second in the fastest of repeated passes lasting `seconds` in all: like `timeit`, the
    best pass is the one least disturbed by other work on the machine."""
    passes, start = [], time.perf_counter()
    while time.perf_counter() - start < seconds or len(passes) < 3:
        began = time.perf_counter()
        for item in items:
            fn(item)
        passes.append(time.perf_counter() - began)
    return len(items) / min(passes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replies", type=int, default=400)
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    from spacy.pipeline import Sentencizer

    from rewriter import Config, Linter
    from rewriter.nlp import language_tools

    replies = corpus_replies(args.replies)
    linter = Linter(Config())
    for lang, text in replies:
        linter.lint(text, lang)
    lint_rate = timed(lambda r: linter.lint(r[1], r[0]), replies, args.seconds)
    lint_auto_rate = timed(lambda r: linter.lint(r[1]), replies, args.seconds)
    tokenizers = {lang: language_tools(lang).nlp.tokenizer for lang in ("ru", "bg")}
    token_rate = timed(lambda r: tokenizers[r[0]](r[1]), replies, args.seconds)
    sentencizer = Sentencizer()  # the linter splits sentences itself; this is spaCy's own, for comparison
    pipeline_rate = timed(lambda r: sentencizer(tokenizers[r[0]](r[1])), replies, args.seconds)

    cold = []
    env = {**os.environ, "REWRITER_CACHE_DIR": tempfile.mkdtemp(prefix="rewriter-bench-")}
    for _ in range(6):  # the first run compiles the rule pack and keeps it on disk; the others load it
        start = time.perf_counter()
        command = [sys.executable, "-m", "rewriter", "--check", str(ROOT / "examples" / "draft-ru.txt")]
        subprocess.run(command, capture_output=True, env=env)
        cold.append(time.perf_counter() - start)

    chars = statistics.mean(len(t) for _, t in replies)
    print(f"replies: {len(replies)} of {chars:.0f} characters on average, one core")
    print(f"warm lint, language given:     {lint_rate:8.0f} replies/s")
    print(f"warm lint, language detected:  {lint_auto_rate:8.0f} replies/s")
    print(f"spaCy tokenization alone:      {token_rate:8.0f} replies/s")
    print(f"spaCy tokenizer + sentencizer: {pipeline_rate:8.0f} replies/s")
    print(f"lint time / tokenization time: {token_rate / lint_rate:8.1f}")
    print(f"lint time / tokenizer + sentencizer time: {pipeline_rate / lint_rate:.1f}")
    print(f"cold `rewrite --check`, first run (compiles the pack): {cold[0]:.2f} s")
    print(f"cold `rewrite --check`, pack on disk (median of 5): {statistics.median(cold[1:]):.2f} s")


if __name__ == "__main__":
    main()
