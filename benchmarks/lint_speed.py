"""Lint speed on text never seen and on text seen before, each as a ratio to its floor measured in
the same run, and a cold `rewrite --check` against a bare spaCy start.

    python benchmarks/lint_speed.py [--runs 3] [--stream 10000] [--seconds 5] [--cold 9]

First sight: a fresh process lints texts it has never seen. The corpus texts, rule examples and
test replies are split in two by a hash of each text; the process lints one half to warm up and
is timed on the other. Its floor is what first sight cannot avoid: spaCy tokenization plus one
morphology analysis (pymorphy3 / simplemma, as the linter makes it) of each word form new to the
process, timed on the same texts with a tokenizer and morphology of their own that warmed up on
the same half. Each run is a new process; figures are the median over runs, with their range.
Every pass is timed in the processor time this process spends (the machine may be shared: other
work stretches wall time far more than it does processor time).

Stream: a fresh process lints 10,000 distinct replies recombined from those texts' sentences, and
prints the rate and its floor per 1,000: the rate rises as the vocabulary saturates.

Warm: passes over replies already seen (the fastest pass, as `timeit` takes), against the same
texts through spaCy's tokenizer alone, the two taking turns; once for the corpus replies as written, once for replies
that mix in the rule examples (dense with findings, and cheap to tokenize: spaCy's tokenizer costs
ten times more on some texts than others, e.g. after «27 990 руб. за»). Cold: `rewrite --check` on one draft (its compiled pack
on disk) against `python -c "import spacy; spacy.blank('ru')"`, runs alternating, medians of the
wall time and of the processor time each run used, the engine's modules byte-compiled first; the Bulgarian
draft's check in the same turns.
"""
from __future__ import annotations

import argparse
import compileall
import hashlib
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("ru", "bg")


def corpus_texts() -> list[tuple[str, str]]:
    """(lang, text): the test corpus of drafts and plain replies, as support agents write them."""
    texts: list[tuple[str, str]] = []
    for path in sorted((ROOT / "tests" / "corpus").glob("*.yaml")):
        lang = "bg" if path.stem.endswith("bg") else "ru"
        texts += [(lang, entry["text"]) for entry in yaml.safe_load(path.read_text(encoding="utf-8"))]
    return texts


def material() -> list[tuple[str, str]]:
    """(lang, text): the corpus texts, every rule's examples and the test replies. The blind and
    guard-evaluation sets stay unseen by anything tuned on speed."""
    texts = corpus_texts()
    for lang in LANGS:
        for path in sorted((ROOT / "lint_rules" / lang).glob("*.yaml")):
            entries = yaml.safe_load(path.read_text(encoding="utf-8"))
            for entry in entries if isinstance(entries, list) else ():
                texts += [(lang, t) for t in (*entry.get("bad", ()), *entry.get("good", ()))]
                texts += [(lang, t) for pair in entry.get("fix_examples", ()) for t in pair]
    sys.path.insert(0, str(ROOT / "tests"))
    import replies

    for value in vars(replies).values():
        if isinstance(value, dict):
            texts += [(lang, t) for lang, t in value.items() if lang in LANGS and isinstance(t, str)]
    return list(dict.fromkeys(texts))


def split_halves(texts: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Two halves by a hash of each text: the same split in every run and on every machine."""
    halves: tuple[list, list] = ([], [])
    for item in texts:
        halves[hashlib.sha256(item[1].encode()).digest()[0] % 2].append(item)
    return halves


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")


def recombined(texts: list[tuple[str, str]], count: int, size: int, seed: int = 7) -> list[tuple[str, str]]:
    """`count` distinct replies of about `size` characters, each of sentences drawn from the texts
    of one language, the languages alternating."""
    sentences: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for lang, text in texts:
        sentences[lang] += [s.strip() for s in _SENTENCE_END.split(text) if len(s.strip()) > 1]
    pools = {lang: sorted(set(found)) for lang, found in sentences.items()}
    rng, seen, replies = random.Random(seed), set(), []
    while len(replies) < count:
        lang = LANGS[len(replies) % 2]
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < size:
            parts.append(rng.choice(pools[lang]))
        reply = " ".join(parts)
        if reply not in seen:
            seen.add(reply)
            replies.append((lang, reply))
    return replies


class Floor:
    """What linting text never seen cannot avoid: tokenize it, and analyse each word form new to
    this object once, with a tokenizer and morphology of its own."""

    def __init__(self) -> None:
        from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH

        from rewriter.morphology import MORPHOLOGIES
        from rewriter.nlp import language_tools
        from rewriter.normalize import fold_case

        self._attrs = [ORTH, IS_PUNCT, IS_SPACE]
        self._fold = fold_case
        self._tokenizers = {lang: language_tools.__wrapped__(lang).nlp.tokenizer for lang in LANGS}
        self._analyze = {lang: MORPHOLOGIES[lang]()._analyze for lang in LANGS}
        self._tokens: dict[str, set[int]] = {lang: set() for lang in LANGS}
        self._forms: dict[str, set[str]] = {lang: set() for lang in LANGS}
        self.new_forms = 0

    def __call__(self, item: tuple[str, str]) -> None:
        lang, text = item
        doc = self._tokenizers[lang](text)
        tokens, forms, strings = self._tokens[lang], self._forms[lang], doc.vocab.strings
        for orth, is_punct, is_space in doc.to_array(self._attrs).tolist():
            if is_punct or is_space or orth in tokens:
                continue
            tokens.add(orth)
            form = self._fold(strings[orth])
            if form not in forms:
                forms.add(form)
                self._analyze[lang](form)
                self.new_forms += 1


def once(fn, items) -> float:
    """Seconds of processor time this process spent on one pass: other work on a shared machine
    stretches wall time far more than the processor time each pass needs."""
    began = time.process_time()
    for item in items:
        fn(item)
    return time.process_time() - began


def timed_together(fns, items, seconds: float) -> list[float]:
    """Items per second of each function in its fastest pass, the functions taking turns for `seconds`
    in all: like `timeit`, the best pass is the one least disturbed by other work on the machine, and
    taking turns exposes each to the same spells of it."""
    passes: list[list[float]] = [[] for _ in fns]
    start = time.perf_counter()
    while time.perf_counter() - start < seconds * len(fns) or len(passes[0]) < 3:
        for fn, taken in zip(fns, passes, strict=True):
            taken.append(once(fn, items))
    return [len(items) / min(taken) for taken in passes]


def own_linter():
    """A linter in a process of its own, as the `rewrite` command and service run it (what it learns is frozen
    out of garbage collection after each full collection)."""
    from rewriter import Linter
    from rewriter.linter import freeze_what_is_learned

    freeze_what_is_learned()
    return Linter()


def warmed_up():
    """A linter and a floor that warmed up on one half of the texts: (lint, the other half, the word
    forms in it new to the floor, the floor's time on it)."""
    warm, unseen = split_halves(material())
    linter, floor = own_linter(), Floor()
    lint = lambda item: linter.lint(item[1], item[0])  # noqa: E731
    once(lint, warm)
    once(floor, warm)
    seen_forms = floor.new_forms
    floor_time = once(floor, unseen)
    return lint, unseen, floor.new_forms - seen_forms, floor_time


def first_sight_run() -> dict[str, float]:
    """One fresh process: warm up on one half, then the other's floor and lint."""
    lint, unseen, new_forms, floor_time = warmed_up()
    lint_time = once(lint, unseen)
    return {
        "texts": len(unseen),
        "chars": sum(len(t) for _, t in unseen),
        "new_forms": new_forms,
        "lint": lint_time,
        "floor": floor_time,
    }


def stream_run(count: int, block: int, size: int) -> list[dict[str, float]]:
    """One fresh process: lint `count` distinct replies, block by block, each block's floor beside it."""
    replies = recombined(material(), count, size)
    linter, floor = own_linter(), Floor()
    linter.pack("ru"), linter.pack("bg")
    lint = lambda item: linter.lint(item[1], item[0])  # noqa: E731
    rows = []
    for start in range(0, count, block):
        part = replies[start:start + block]
        forms = floor.new_forms
        floor_time = once(floor, part)
        lint_time = once(lint, part)
        rows.append({"replies": len(part), "new_forms": floor.new_forms - forms, "lint": lint_time, "floor": floor_time})
    return rows


def in_fresh_process(*args: str):
    output = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=True, env=os.environ
    ).stdout
    return json.loads(output.splitlines()[-1])


def spread(values: list[float], fmt: str) -> str:
    """The median, with the range when there is more than one value."""
    middle = format(statistics.median(values), fmt)
    return middle if len(values) == 1 else f"{middle} ({format(min(values), fmt)}–{format(max(values), fmt)})"


def report_first_sight(runs: int) -> None:
    results = [in_fresh_process("--first-sight-run") for _ in range(runs)]
    first = results[0]
    print(f"first sight: {first['texts']} texts never seen ({first['chars'] / first['texts']:.0f} characters on average,")
    print(f"  {first['new_forms']} word forms new to the process), after warming up on the other half; {runs} fresh processes")
    print(f"  lint:                               {spread([r['texts'] / r['lint'] for r in results], '8.0f')} texts/s")
    print(f"  floor (tokenize + analyse new forms): {spread([r['texts'] / r['floor'] for r in results], '6.0f')} texts/s")
    print(f"  lint time / floor time:             {spread([r['lint'] / r['floor'] for r in results], '8.2f')}")


def report_stream(count: int, block: int, size: int) -> None:
    rows = in_fresh_process("--stream-run", str(count), str(block), str(size))
    print(f"stream: {count} distinct replies of ~{size} characters, recombined from the same sentences, one fresh process")
    print("  replies        lint/s   floor/s   ratio   new forms per reply")
    for number, row in enumerate(rows):
        print(
            f"  {number * block + 1:>5}–{number * block + row['replies']:<6} {row['replies'] / row['lint']:8.0f}"
            f"  {row['replies'] / row['floor']:8.0f}  {row['lint'] / row['floor']:6.2f}   {row['new_forms'] / row['replies']:6.2f}"
        )
    total_lint, total_floor = sum(r["lint"] for r in rows), sum(r["floor"] for r in rows)
    print(f"  all          {count / total_lint:8.0f}  {count / total_floor:8.0f}  {total_lint / total_floor:6.2f}")


def report_warm(seconds: float, size: int) -> None:
    from rewriter import Config, Linter
    from rewriter.nlp import language_tools

    linter = Linter(Config())
    # A tokenizer of its own, as the floor's: spaCy stops caching a text's spans after its first special
    # case, so how fast the linter's tokenizer is depends on what the linter passed it (whole texts or pieces).
    tokenizers = {lang: language_tools.__wrapped__(lang).nlp.tokenizer for lang in LANGS}
    sets = (
        ("the corpus replies as written", corpus_texts()),
        ("replies recombined with rule examples", recombined(material(), 400, size, seed=11)),
    )
    for name, replies in sets:
        for lang, text in replies:
            linter.lint(text, lang)
        lint_rate, lint_auto_rate, token_rate = timed_together(
            [lambda r: linter.lint(r[1], r[0]), lambda r: linter.lint(r[1]), lambda r: tokenizers[r[0]](r[1])],
            replies,
            seconds,
        )
        chars = statistics.mean(len(t) for _, t in replies)
        findings = statistics.mean(len(linter.lint(t, lang).findings) for lang, t in replies)
        print(f"warm, {name}: {len(replies)} of {chars:.0f} characters and {findings:.1f} findings on average, seen before;")
        print(f"  fastest of passes taking turns over {3 * seconds:g} s, in processor time")
        print(f"  lint, language given:     {lint_rate:8.0f} replies/s")
        print(f"  lint, language detected:  {lint_auto_rate:8.0f} replies/s")
        print(f"  spaCy tokenization alone: {token_rate:8.0f} replies/s")
        print(f"  lint time / tokenization time: {token_rate / lint_rate:.2f}")


def report_cold(runs: int) -> None:
    # the engine byte-compiled, as an install leaves it: in a checkout run with PYTHONDONTWRITEBYTECODE (or whose
    # .pyc files are older than its modules) every start compiles the changed modules from source, ~0.07 s that a
    # bare spaCy start, whose packages are compiled, never pays
    compileall.compile_dir(ROOT / "rewriter", quiet=1)
    env = {**os.environ, "REWRITER_CACHE_DIR": tempfile.mkdtemp(prefix="rewriter-bench-")}
    check, check_bg = ([sys.executable, "-m", "rewriter", "--check", str(ROOT / "examples" / f"draft-{lang}.txt")] for lang in LANGS)
    spacy_only = [sys.executable, "-c", "import spacy; spacy.blank('ru')"]

    def seconds(command: list[str]) -> tuple[float, float]:
        """Wall time, and the processor time the run used (less disturbed by other work on the machine)."""
        used, start = _children_cpu(), time.perf_counter()
        subprocess.run(command, capture_output=True, env=env, cwd=ROOT)
        return time.perf_counter() - start, _children_cpu() - used

    compiling = seconds(check)[0]  # the first run compiles the rule pack and keeps it on disk
    seconds(check_bg)
    checks, checks_bg, bare = [], [], []
    for _ in range(runs):
        checks.append(seconds(check))
        bare.append(seconds(spacy_only))
        checks_bg.append(seconds(check_bg))
    print(f"cold start, {runs} runs of each, alternating; wall time, then processor time:")
    for name, kind in (("wall", 0), ("processor", 1)):
        mine, theirs = [c[kind] for c in checks], [b[kind] for b in bare]
        print(f"  {name}: `rewrite --check` on one draft, pack on disk: {spread(mine, '.2f')} s;"
              f" `import spacy; spacy.blank('ru')`: {spread(theirs, '.2f')} s;"
              f" ratio of medians {statistics.median(mine) / statistics.median(theirs):.2f}")
        mine_bg = [c[kind] for c in checks_bg]
        print(f"    the Bulgarian draft: {spread(mine_bg, '.2f')} s; ratio {statistics.median(mine_bg) / statistics.median(theirs):.2f}")
    print(f"  first run after a rule change (compiles the pack): {compiling:.2f} s")


def _children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="fresh processes for the first-sight figure (0: skip)")
    parser.add_argument("--stream", type=int, default=10_000, help="distinct replies in the stream (0: skip)")
    parser.add_argument("--block", type=int, default=1_000, help="replies per line of the stream")
    parser.add_argument("--size", type=int, default=400, help="characters per recombined reply")
    parser.add_argument("--seconds", type=float, default=5.0, help="time spent on each warm figure")
    parser.add_argument("--cold", type=int, default=9, help="runs of each cold command (0: skip)")
    parser.add_argument("--first-sight-run", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--stream-run", nargs=3, type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, inherited by the runs
    sys.path.insert(0, str(ROOT))
    if args.first_sight_run:
        print(json.dumps(first_sight_run()))
        return
    if args.stream_run:
        print(json.dumps(stream_run(*args.stream_run)))
        return
    if args.runs:
        report_first_sight(args.runs)
    if args.stream:
        report_stream(args.stream, args.block, args.size)
    report_warm(args.seconds, args.size)
    if args.cold:
        report_cold(args.cold)


if __name__ == "__main__":
    main()
