"""Error-severity findings on the replies the guard-evaluation sets label good: each one is a reason
the improvement guard rejects a reply an editor accepted, so this count should stay near zero.

    python benchmarks/good_reply_findings.py                 # both languages, every set
    python benchmarks/good_reply_findings.py --lang bg -v    # one language, each finding listed

Prints per set the good replies, the error findings on them, and the total per rule.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from rewriter import lint  # noqa: E402


def eval_sets() -> list[Path]:
    """The guard-evaluation set folders: the first set at the top, later ones in setN/, in number order."""
    base = ROOT / "tests" / "guard_eval"
    return [base] + sorted((p for p in base.glob("set*") if p.is_dir() and p.name[3:].isdigit()), key=lambda p: int(p.name[3:]))


def good_replies(path: Path) -> list[tuple[str, str]]:
    """(reply id, text) of every reply labelled good in one set file."""
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        (reply["id"], reply["text"])
        for entry in entries
        for reply in entry.get("replies", ())
        if reply.get("verdict") == "good"
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("ru", "bg"), action="append", help="default: both")
    parser.add_argument("-v", "--verbose", action="store_true", help="list each finding")
    args = parser.parse_args()
    for lang in args.lang or ("ru", "bg"):
        by_rule: Counter[str] = Counter()
        for folder in eval_sets():
            path = folder / f"{lang}.yaml"
            if not path.exists():
                continue
            replies = good_replies(path)
            listed = [
                (reply_id, finding)
                for reply_id, text in replies
                for finding in lint(text, lang).findings
                if finding.severity == "error"
            ]
            by_rule.update(finding.rule for _, finding in listed)
            name = path.relative_to(ROOT / "tests")
            print(f"{lang}  {name}: {len(replies)} good replies, {len(listed)} error findings")
            if args.verbose:
                for reply_id, finding in listed:
                    print(f"    {reply_id}  {finding.rule}  «{finding.text}»")
        print(f"{lang}  total {sum(by_rule.values())} error findings")
        for rule, count in by_rule.most_common():
            print(f"    {count:3d}  {rule}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
