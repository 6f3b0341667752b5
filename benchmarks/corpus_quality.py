"""Quality on the project's labeled corpus: what the README's coverage table reports.

    python benchmarks/corpus_quality.py [FOLDER]      # FOLDER: tests/corpus (default), or a blind round


Per language: labeled spans caught (any category / the labeled one), findings on plain replies,
reply parts agreeing with the labels, and the share of officialese and boilerplate findings the
offline rewrite removes.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

from rewriter import PARTS, Config, Rewriter

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus"


def load(folder: Path, name: str) -> list[dict]:
    return yaml.safe_load((folder / name).read_text(encoding="utf-8"))


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    rewriter = Rewriter(Config(required_parts=()))
    linter = rewriter.linter
    for lang in ("ru", "bg"):
        drafts, plain = load(folder, f"drafts_{lang}.yaml"), load(folder, f"plain_{lang}.yaml")
        caught = same = spans = fixed = fixable = 0
        for entry in drafts:
            text = entry["text"]
            findings = linter.lint(text, lang).findings
            for category, phrase in entry["gold"]:
                start = text.index(phrase)
                over = [f for f in findings if f.start < start + len(phrase) and f.end > start]
                spans += 1
                caught += bool(over)
                same += any(f.category == category for f in over)
            result = rewriter.rewrite(text, lang)
            before = [f for f in result.findings_before if f.category in ("bureaucratese", "boilerplate")]
            after = {(f.rule, f.text) for f in result.findings_after}
            fixable += len(before)
            fixed += sum((f.rule, f.text) not in after for f in before)
        false = sum(len(linter.lint(e["text"], lang).findings) for e in plain)
        words = sum(len(re.findall(r"\w+", e["text"])) for e in plain)
        agree = sum(
            linter.lint(e["text"], lang).sections[p] == (p in e["sections"]) for e in drafts + plain for p in PARTS
        )
        print(f"{lang}: {len(drafts)} drafts, {spans} labeled spans: caught {caught} ({caught / spans:.0%}), "
              f"same category {same} ({same / spans:.0%})")
        print(f"{lang}: {len(plain)} plain replies, {words} words: {false} findings")
        print(f"{lang}: reply parts agree {agree}/{len(PARTS) * (len(drafts) + len(plain))}")
        print(f"{lang}: offline rewrite removes {fixed}/{fixable} ({fixed / fixable:.0%}) officialese and boilerplate findings")


if __name__ == "__main__":
    main()
