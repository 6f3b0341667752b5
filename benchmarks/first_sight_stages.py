"""Where first-sight lint time goes, stage by stage, on the texts `lint_speed.py` times at first sight.

    python benchmarks/first_sight_stages.py [--collector]

A fresh process warms up on one half of the texts (as `lint_speed.py --first-sight-run` does), then
lints the other half once with each stage's function wrapped in a processor-time counter (inclusive:
a stage's time holds its inner stages'), the collector off so that its passes are not charged to
whichever stage happened to allocate. The floor (tokenize + analyse each new word form once) is timed
on the same texts first. The wrappers cost time of their own (about a microsecond a call), so the
same pass is also timed unwrapped in another fresh process, then once more over the same texts (all of
them remembered: what first sight costs beyond its floor and this is what it learns); `--collector`: and
again with the collector on, to show its share. Sampling profilers mislead here: they charge a full collection (and,
on a loaded machine, time the process waits) to the line that was running.
"""
from __future__ import annotations

import argparse
import gc
import json
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from lint_speed import once, warmed_up  # noqa: E402

# (label, module, holder's name in it or "", function name); the label's indent shows what holds what
STAGES = (
    ("words pass", "rewriter.linter", "", "split_sentences"),
    ("  new token texts (morphology)", "rewriter.sentences", "", "_learn_token"),
    ("  new pieces (tokenized alone, remembered)", "rewriter.sentences", "", "_with_new_pieces"),
    ("sentence verdicts", "rewriter.sentence_verdicts", "SentenceVerdicts", "_verdict"),
    ("  pattern matching of new sentences", "rewriter.matching", "PatternIndex", "find"),
    ("    new forms' candidates", "rewriter.matching", "PatternIndex", "_learn"),
    ("      slots a new form fills", "rewriter.slot_index", "SlotIndex", "filled_by"),
    ("    new kinds of sentence", "rewriter.matching", "_Choices", "viable_in"),
    ("    token patterns tried", "rewriter.patterns", "TokenPattern", "match_at"),
    ("  `unless` of the sentence's words", "rewriter.sentence_verdicts", "", "excused_by_words"),
    ("regexes over the text", "rewriter.linter", "", "_regex_matches"),
    ("masking quotes and signature", "rewriter.linter", "", "agent_text"),
    ("kept matches (context, overlaps)", "rewriter.linter", "Linter", "_kept_matches"),
    ("merging findings", "rewriter.linter", "", "merge_overlapping"),
    ("reply parts", "rewriter.linter", "", "_reply_parts"),
    ("missing parts", "rewriter.linter", "Linter", "_structure_findings"),
)


def _counted(fn: Callable[..., Any], label: str, seconds: Counter, calls: Counter) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        began = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            seconds[label] += time.process_time() - began
            calls[label] += 1

    return timed


def _wrap_stages(seconds: Counter, calls: Counter) -> None:
    import importlib

    for label, module_name, holder_name, name in STAGES:
        module = importlib.import_module(module_name)
        holder = getattr(module, holder_name) if holder_name else module
        setattr(holder, name, _counted(getattr(holder, name), label, seconds, calls))


def run(staged: bool, collector: bool) -> dict[str, Any]:
    """One fresh process: warm up on one half, time the floor and then the staged lint on the other."""
    lint, unseen, new_forms, floor_time = warmed_up()
    seconds: Counter = Counter()
    calls: Counter = Counter()
    if staged:
        _wrap_stages(seconds, calls)
    if not collector:
        gc.disable()
    lint_time = once(lint, unseen)
    return {
        "texts": len(unseen), "new_forms": new_forms, "floor": floor_time, "lint": lint_time,
        "again": 0.0 if staged else once(lint, unseen),
        "stages": {label: [seconds[label], calls[label]] for label, *_ in STAGES},
    }


def _fresh(*args: str) -> dict[str, Any]:
    output = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=True).stdout
    return json.loads(output.splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--collector", action="store_true", help="also time the pass with the collector on")
    parser.add_argument("--run", choices=("staged", "bare", "collected"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    if args.run:
        print(json.dumps(run(args.run == "staged", args.run == "collected")))
        return
    staged = _fresh("--run", "staged")
    lint = staged["lint"]
    print(f"first sight, {staged['texts']} texts never seen, {staged['new_forms']} new word forms; processor time, collector off")
    print(f"  floor (tokenize + analyse new forms) {staged['floor']:6.3f} s")
    print(f"  lint                                 {lint:6.3f} s  ({lint / staged['floor']:.2f} x the floor)")
    print(f"  {'stage (inclusive)':40s} {'seconds':>8s} {'of lint':>8s} {'calls':>8s}")
    for label, (spent, calls) in staged["stages"].items():
        print(f"  {label:40s} {spent:8.3f} {spent / lint:8.0%} {calls:8d}")
    for mode, name in (("bare", "unwrapped, collector off"), ("collected", "unwrapped, collector on"))[: 1 + args.collector]:
        other = _fresh("--run", mode)
        print(f"  lint {name}, another fresh process: {other['lint']:.3f} s ({other['lint'] / other['floor']:.2f} x its floor)")
        print(f"    the same texts again, all remembered: {other['again']:.3f} s ({other['again'] / other['floor']:.2f} x that floor)")


if __name__ == "__main__":
    main()
