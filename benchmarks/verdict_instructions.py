"""Instructions the sentence verdicts of a first-sight batch take, counted by valgrind: a count that other work
on a shared machine does not move, as it moves every processor time.

    python benchmarks/verdict_instructions.py [--replays fresh,learned,again,find]

A fresh process warms up on one half of `lint_speed.py`'s texts and lints the other half, recording every
`SentenceVerdicts._verdict` call (pattern matching of a new sentence, `unless` of its words, the verdict), and
stores the calls. Each replay is then a fresh process under callgrind: it loads them (an index stored forgets
what it learned), makes the slots and sentences forget what they remembered, replays warm-up's verdicts, and
runs the timed half's inside one `functools.reduce` call, the only stretch callgrind counts. The replays:
`fresh` (first sight), `learned` (every new form learned beforehand), `again` (the timed half seen once
already) and `find` (pattern matching alone, at first sight). Their differences split the verdicts into
learning new forms, what else is learned (kinds of sentence, slots' and `unless` answers) and the rest;
`fresh` − `find` is `unless` and building the verdicts. Each replay's processor time, outside valgrind,
is printed too.
"""
from __future__ import annotations

import argparse
import functools
import gc
import pickle
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from find_replay import recorded  # noqa: E402

REPLAYS = ("fresh", "learned", "again", "find")
_COLLECTED = re.compile(r"Collected : (\d+)")


def record(path: Path) -> int:
    """Store (warm-up's calls, the timed half's calls) of `_verdict`, each (verdicts, sentence); the timed count."""
    from rewriter.sentence_verdicts import SentenceVerdicts

    warm, timed = recorded(SentenceVerdicts, "_verdict")
    path.write_bytes(pickle.dumps((warm, timed), protocol=pickle.HIGHEST_PROTOCOL))
    return len(timed)


def replay(path: Path, kind: str) -> float:
    """One replay of the stored calls (see the module's docstring); the timed half's processor time."""
    from rewriter.patterns import Slot

    gc.disable()
    warm, timed = pickle.loads(path.read_bytes())
    for slot in (found for found in gc.get_objects() if isinstance(found, Slot)):
        slot._seen.clear()
    for _, sentence in warm + timed:
        sentence.__dict__.pop("_keys", None)
        if sentence.seen is not None:
            sentence.seen.any_match.clear()
    for verdicts, sentence in warm:
        verdicts._verdict(sentence)
    if kind == "learned":
        for verdicts, sentence in timed:
            index = verdicts._index
            for word in sentence.words:
                if word.form not in index._forms:
                    index._learn(word)
    elif kind == "again":
        for verdicts, sentence in timed:
            verdicts._verdict(sentence)
    began = time.process_time()
    functools.reduce(_matched if kind == "find" else _decided, timed, None)  # callgrind counts inside this call only
    return time.process_time() - began


def _decided(_: object, call: tuple[Any, Any]) -> None:
    call[0]._verdict(call[1])


def _matched(_: object, call: tuple[Any, Any]) -> None:
    call[0]._index.find(call[1].words)


def counted(path: Path, kind: str) -> int:
    """The instructions of one replay's timed half, from a fresh process under callgrind."""
    command = [
        "valgrind", "--tool=callgrind", "--toggle-collect=functools_reduce", "--callgrind-out-file=/dev/null",
        sys.executable, __file__, "--replay", str(path), kind,
    ]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stderr
    found = _COLLECTED.search(output)
    if found is None:
        raise SystemExit(f"callgrind printed no count for {kind}:\n{output[-2000:]}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replays", default=",".join(REPLAYS), help="which replays, comma-separated")
    parser.add_argument("--replay", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    if args.replay:
        print(f"{replay(Path(args.replay[0]), args.replay[1]):.3f}")
        return
    kinds = args.replays.split(",")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "calls.pickle"
        timed = record(path)
        print(f"{timed} sentences at first sight; instructions of the timed half (callgrind), processor time outside it")
        found = {}
        for kind in kinds:
            seconds = subprocess.run(
                [sys.executable, __file__, "--replay", str(path), kind], capture_output=True, text=True, check=True
            ).stdout.strip()
            found[kind] = counted(path, kind)
            print(f"  {kind:8s} {found[kind]:15,d} instructions  {seconds} s")
    if all(kind in found for kind in REPLAYS):
        fresh, learned, again, find = (found[kind] for kind in REPLAYS)
        for label, count in (
            ("learning new forms", fresh - learned),
            ("kinds of sentence, slots, `unless` learned", learned - again),
            ("the rest, all learned", again),
            ("`unless` and the verdicts", fresh - find),
        ):
            print(f"  {label:44s} {count:15,d}  {count / fresh:4.0%}")

if __name__ == "__main__":
    main()
