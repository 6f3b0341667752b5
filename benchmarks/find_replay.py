"""What pattern matching of new sentences costs at first sight, timed alone and steadily on a shared machine.

    python benchmarks/find_replay.py [--runs 5]

A fresh process warms up on one half of `lint_speed.py`'s texts and lints the other half, recording every
`PatternIndex.find` call. Then, several times: what the indexes learned is forgotten, warm-up's calls are
replayed, and the timed half's calls are timed (the collector off); once with every new form learned
beforehand, and once again with everything learned. Forgotten means by the slots too: each remembers what
it made of the forms it was tried on, the timed half's among them once it is recorded. The three figures
split matching at first sight into learning new forms, working out new kinds of sentence, and the rest (the
word loop and the tries). One process times every replay, so a change to `find` can be compared by taking
turns in it.
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
from rewriter.matching import PatternIndex  # noqa: E402

Calls = list[tuple[Any, Any]]


def recorded(holder: type = PatternIndex, name: str = "find") -> tuple[Calls, Calls]:
    """Every call of the method `holder.name` (its object and one argument) in warm-up and in the timed half, in order."""
    calls: Calls = []
    method = getattr(holder, name)

    def recording(owner: Any, argument: Any) -> Any:
        calls.append((owner, argument))
        return method(owner, argument)

    setattr(holder, name, recording)
    try:
        lint, unseen, _, _ = warmed_up()
        split = len(calls)
        once(lint, unseen)
    finally:
        setattr(holder, name, method)
    return calls[:split], calls[split:]


def replayed(warm: Calls, timed: Calls, learn_first: bool) -> tuple[float, float]:
    """Seconds of the timed calls after warm-up's, from indexes that learned nothing; and of the same again."""
    for index in {id(index): index for index, _ in warm + timed}.values():
        index.__dict__.update(_forms={}, _choices={}, _by_filled={}, _sequences={})
        index._slots.__dict__.update(_by_grammemes={})
        for _, pattern in index.entries:  # and what each slot remembered of the forms it was tried on
            for slot in pattern.slots:
                slot._seen.clear()
    for index, words in warm:
        index.find(words)
    if learn_first:
        for index, words in timed:
            for word in words:
                if word.form not in index._forms:
                    index._learn(word)
    began = time.process_time()
    for index, words in timed:
        index.find(words)
    first = time.process_time() - began
    began = time.process_time()
    for index, words in timed:
        index.find(words)
    return first, time.process_time() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="replays of each kind")
    runs = parser.parse_args().runs
    warm, timed = recorded()
    gc.disable()
    fresh, learned, again = [], [], []
    for _ in range(runs):
        seconds, repeated = replayed(warm, timed, learn_first=False)
        fresh.append(seconds)
        again.append(repeated)
        learned.append(replayed(warm, timed, learn_first=True)[0])
    first, known, all_known = (statistics.median(values) for values in (fresh, learned, again))
    print(f"{len(timed)} sentences matched afresh, {sum(len(words) for _, words in timed)} words; medians of {runs} replays")
    print(f"  matching at first sight:              {first:.3f} s")
    print(f"  … learning new forms' candidates:     {first - known:.3f} s")
    print(f"  … new kinds of sentence:              {known - all_known:.3f} s")
    print(f"  … the rest (everything learned):      {all_known:.3f} s")


if __name__ == "__main__":
    main()
