"""Scale: seconds to lint and to rewrite offline as a reply grows, and on inputs built to be slow.

    python benchmarks/scale.py [--sizes 100000,1000000,4000000] [--no-rewrite]

The large replies repeat sentences of the test corpora (plain and bureaucratic, Russian), so every
rule has matches all the way through; cost should grow in step with the size. The adversarial
inputs are those a backtracking regex or a pairwise comparison turns quadratic: many blank lines,
one very long word, long runs of spaces, digits and hyphenated capitals.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lint_speed import corpus_texts  # noqa: E402


def repeated_reply(size: int, lang: str = "ru") -> str:
    """About `size` bytes of UTF-8: corpus sentences of one language, in paragraphs."""
    paragraphs = [text for reply_lang, text in corpus_texts() if reply_lang == lang]
    chunks, total, i = [], 0, 0
    while total < size:
        chunk = paragraphs[i % len(paragraphs)] + "\n\n"
        chunks.append(chunk)
        total += len(chunk.encode())
        i += 1
    return "".join(chunks)


def adversarial() -> dict[str, str]:
    # every rule's literal pre-check passes, so the rule regexes really run over the input
    opening = "Здравствуйте! Мы вернули деньги на вашу карту. Рады помочь. Пишите: help@shop.ru\n"
    return {
        "50,000 blank lines": opening + "\n" * 50_000 + "Спасибо!",
        "40,000-letter word": opening + "а" * 40_000,
        "40,000-letter Latin word": opening + "a" * 40_000,
        "100,000 spaces": opening + " " * 100_000 + "Спасибо!",
        "20,000 '1 ' pairs": opening + "1 " * 20_000 + "a",
        "20,000 'A-' pairs": opening + "A-" * 20_000,
        "20,000 quote lines": opening + "> Добрый день.\n" * 20_000,
        "one 1 MB sentence": opening + "данный заказ задержан в связи с ошибкой, " * 13_000,
    }


def seconds(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000,4000000")
    parser.add_argument("--no-rewrite", action="store_true", help="time lint only")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    from rewriter import Linter, Rewriter

    linter = Linter()
    rewriter = Rewriter(linter=linter)
    linter.lint("Здравствуйте! Заказ отправлен.", "ru")  # load the pack and pipeline outside the timings
    inputs = {f"{int(size) // 1000:,} KB of replies": repeated_reply(int(size)) for size in args.sizes.split(",")}
    inputs.update(adversarial())
    print(f"{'input':<28} {'bytes':>10} {'lint s':>8} {'s/MB':>7} {'rewrite s':>10}")
    for name, text in inputs.items():
        size = len(text.encode())
        lint_s = seconds(lambda text=text: linter.lint(text, "ru"))
        rewrite_s = "" if args.no_rewrite else f"{seconds(lambda text=text: rewriter.rewrite(text, 'ru')):10.2f}"
        print(f"{name:<28} {size:>10,} {lint_s:8.2f} {lint_s / size * 1e6:7.2f} {rewrite_s}", flush=True)


if __name__ == "__main__":
    main()
