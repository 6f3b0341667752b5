"""How well the model guards judge replies written the way strong chat models write them.

    python benchmarks/guard_quality.py [--json] [-v] [FOLDER]

Reads `tests/guard_eval/{ru,bg}.yaml` (or FOLDER): drafts, each with model replies labelled good or
bad, and for a bad one the guard that must stop it. Each reply goes through what the model rewrite
does with a real answer (wrapper chatter stripped, then every guard). Per language it prints: good
replies accepted, fact-format variants accepted, bad replies blocked, bad replies blocked by the
right guard, and false rejections and false acceptances by guard; `-v` lists each miss.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

import yaml

from rewriter import Linter
from rewriter.guards import GuardedDraft, Rejection, check_reply, clean_reply, guarded_draft
from rewriter.prompting import strip_invisible
from rewriter.regions import split_agent_text

EVAL = Path(__file__).resolve().parents[1] / "tests" / "guard_eval"
GOOD_KINDS = ("good", "fact_format", "good_after_strip")
# The guard that raises each problem.
GUARD_OF = {
    "shape_empty": "shape", "shape_truncated": "shape", "shape_too_long": "shape", "shape_commentary": "shape",
    "shape_markup": "shape", "shape_placeholder": "shape",
    "facts_missing": "facts", "facts_new": "facts", "language_wrong": "language",
    "parts_missing": "parts", "commitments_new": "promises", "not_better": "improvement",
}


@dataclass
class Miss:
    reply: str
    expected: str
    got: list[str]
    why: str


@dataclass
class Scores:
    lang: str
    good: int = 0
    good_accepted: int = 0
    fact_format: int = 0
    fact_format_accepted: int = 0
    bad: int = 0
    bad_blocked: int = 0
    bad_blocked_right: int = 0
    false_rejections: Counter = field(default_factory=Counter)
    false_acceptances: Counter = field(default_factory=Counter)
    misses: list[Miss] = field(default_factory=list)

    def figures(self) -> dict[str, object]:
        return {
            "good accepted": _share(self.good_accepted, self.good),
            "fact-format accepted": _share(self.fact_format_accepted, self.fact_format),
            "bad blocked": _share(self.bad_blocked, self.bad),
            "bad blocked by the right guard": _share(self.bad_blocked_right, self.bad),
            "false rejections by guard": dict(sorted(self.false_rejections.items())),
            "false acceptances by guard": dict(sorted(self.false_acceptances.items())),
        }


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({part / whole:.0%})" if whole else "0/0"


def draft_of(linter: Linter, draft_text: str, lang: str) -> GuardedDraft:
    """The draft as the model rewrite guards it: the agent's text, linted once for all its replies."""
    body = strip_invisible(split_agent_text(draft_text)[0].strip())
    return guarded_draft(body, linter.lint(body, lang))


def rejections_of(linter: Linter, draft: GuardedDraft, raw_reply: str) -> list[Rejection]:
    """Why the guards reject `raw_reply` as a rewrite of `draft`, as the model rewrite runs them."""
    return check_reply(draft, clean_reply(raw_reply), linter)


def score(entries: list[dict], lang: str, linter: Linter) -> Scores:
    scores = Scores(lang)
    for entry in entries:
        draft = draft_of(linter, entry["draft"], lang)
        for reply in entry["replies"]:
            rejections = rejections_of(linter, draft, reply["text"])
            failed = list(dict.fromkeys(GUARD_OF[r.problem] for r in rejections))
            why = "; ".join(r.note() for r in rejections)
            where = f"{entry['id']}/{reply['id']}"
            if reply["verdict"] == "good":
                scores.good += 1
                scores.good_accepted += not failed
                if reply.get("kind") == "fact_format":
                    scores.fact_format += 1
                    scores.fact_format_accepted += not failed
                scores.false_rejections.update(failed)
                if failed:
                    scores.misses.append(Miss(where, "accepted", failed, why))
            else:
                expected = reply["guard"]
                scores.bad += 1
                scores.bad_blocked += bool(failed)
                scores.bad_blocked_right += expected in failed
                if expected not in failed:
                    scores.false_acceptances[expected] += 1
                    scores.misses.append(Miss(where, expected, failed, reply.get("note") or ""))
    return scores


def evaluate(folder: Path = EVAL, linter: Linter | None = None) -> list[Scores]:
    linter = linter or Linter()
    results = []
    for lang in ("ru", "bg"):
        path = folder / f"{lang}.yaml"
        if path.exists():
            results.append(score(yaml.safe_load(path.read_text(encoding="utf-8")), lang, linter))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=EVAL)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("-v", "--verbose", action="store_true", help="list each miss")
    args = parser.parse_args(argv)
    results = evaluate(args.folder)
    if not results:
        print(f"no evaluation set in {args.folder} (expected ru.yaml and bg.yaml)", file=sys.stderr)
        return 2
    if args.json:
        out = {s.lang: {**s.figures(), **({"misses": [asdict(m) for m in s.misses]} if args.verbose else {})} for s in results}
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    for s in results:
        for name, value in s.figures().items():
            print(f"{s.lang}: {name}: {value}")
        if args.verbose:
            for m in s.misses:
                print(f"  {m.reply}: expected {m.expected}, got {', '.join(m.got) or 'accepted'}  {m.why}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
