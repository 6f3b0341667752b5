"""What the words pass costs on new pieces beyond spaCy's tokenizer, timed alone and steadily on a shared machine.

    python benchmarks/words_replay.py [--runs 5]

A fresh process warms up on one half of `lint_speed.py`'s texts and lints the other half, recording every
`split_sentences` call and what the words pass remembered (pieces and token texts) when warm-up ended. Then,
several times: that memory is restored and the timed half's calls are replayed (the collector off), with
spaCy's tokenizer timed on its own; then the same calls once more, everything remembered. spaCy's vocabulary
and the morphology caches stay warm in a replay, so it leaves out the lexemes and analyses of new words (the
floor's other half) and shows the engine's own work on new pieces: the replay less spaCy's tokenizer less the
remembered pass. One process times every replay, so a change to the words pass can be compared by taking turns.
"""
from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from lint_speed import once, warmed_up  # noqa: E402
from rewriter import linter  # noqa: E402
from rewriter.nlp import LanguageTools  # noqa: E402

Calls = list[tuple[LanguageTools, str]]
Memory = dict[int, tuple[LanguageTools, dict[Any, Any], dict[Any, Any]]]


def recorded() -> tuple[Calls, Memory, float]:
    """The timed half's words-pass calls, in order; what each language's tools remembered when warm-up
    ended; and the floor's time on the timed half."""
    calls: Calls = []
    split_sentences = linter.split_sentences

    def recording(tools: LanguageTools, masked: str) -> Any:
        calls.append((tools, masked))
        return split_sentences(tools, masked)

    linter.split_sentences = recording
    try:
        lint, unseen, _, floor = warmed_up()
        tools = {id(tools): tools for tools, _ in calls}.values()
        memory = {id(tools): (tools, dict(tools.pieces), dict(tools.analyses)) for tools in tools}
        del calls[:]
        once(lint, unseen)
    finally:
        linter.split_sentences = split_sentences
    return calls, memory, floor


class _TimedTokenizer:
    """spaCy's tokenizer with the processor time spent in it added up."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer
        self.seconds = 0.0

    def __call__(self, text: str) -> Any:
        began = time.process_time()
        try:
            return self.tokenizer(text)
        finally:
            self.seconds += time.process_time() - began


def replayed(calls: Calls, memory: Memory) -> tuple[float, float, float]:
    """Seconds of the calls from warm-up's memory, of spaCy's tokenizer within them, and of the same again."""
    timers = []
    for tools, pieces, analyses in memory.values():
        tools.pieces.clear()
        tools.pieces.update(pieces)
        tools.analyses.clear()
        tools.analyses.update(analyses)
        timer = _TimedTokenizer(tools.nlp.tokenizer)
        tools.nlp.tokenizer = timer
        timers.append((tools, timer))
    split_sentences = linter.split_sentences
    try:
        began = time.process_time()
        for tools, masked in calls:
            split_sentences(tools, masked)
        first = time.process_time() - began
        began = time.process_time()
        for tools, masked in calls:
            split_sentences(tools, masked)
        again = time.process_time() - began
    finally:
        for tools, timer in timers:
            tools.nlp.tokenizer = timer.tokenizer
    return first, sum(timer.seconds for _, timer in timers), again


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="replays")
    runs = parser.parse_args().runs
    calls, memory, floor = recorded()
    gc.disable()
    first, spacy, again = (statistics.median(values) for values in zip(*(replayed(calls, memory) for _ in range(runs)), strict=True))
    print(f"{len(calls)} texts at first sight; medians of {runs} replays")
    print(f"  floor on these texts, at first sight (tokenize + analyse new forms): {floor:.3f} s")
    print(f"  words pass from warm-up's memory (vocabulary, analyses warm): {first:.3f} s")
    print(f"  … spaCy's tokenizer:                                          {spacy:.3f} s")
    print(f"  … the same texts again, all remembered:                       {again:.3f} s")
    print(f"  … the engine's own work on new pieces:                        {first - spacy - again:.3f} s")


if __name__ == "__main__":
    main()
