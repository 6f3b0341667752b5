"""Sheets for an editor to judge, and the tally of what they judged.

    python benchmarks/judging_sheets.py tests/blind/round3 --out /tmp/sheets   # write the sheets
    python benchmarks/judging_sheets.py --tally /tmp/sheets/*.yaml               # count the verdicts

Two sheets per language. `findings_<lang>.yaml`: every finding (but structure ones) on the round's
drafts and plain replies, with its sentence, for "is this finding right?" (`verdict: right | wrong`).
`changes_<lang>.yaml`: every sentence the offline rewrite changed or dropped, before and after, for
"is this change good?" (`verdict: good | ungrammatical | unnatural | meaning_changed`). The editor fills
`verdict` (and `why` when it is not right or good); the tally prints the shares the README reports.
"""
from __future__ import annotations

import argparse
import difflib
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

from rewriter import Config, Rewriter
from rewriter.linter import sentences_of

LANGS = ("ru", "bg")
FINDING_VERDICTS = ("right", "wrong")
CHANGE_VERDICTS = ("good", "ungrammatical", "unnatural", "meaning_changed")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")


def sentences(text: str) -> list[str]:
    return [part.strip() for part in _SENTENCE_END.split(text) if part.strip()]


def sentence_around(text: str, lang: str, start: int, end: int) -> str:
    """The sentences of `text` that hold `start:end`, split as the linter splits them (an abbreviation's full
    stop, «вх. № 118», „в с. Рибново“, ends none)."""
    spans = [(s.start, s.end) for s in sentences_of(text, lang)]
    first = max((a for a, b in spans if a <= start), default=0)
    last = min((b for a, b in spans if b >= end), default=len(text))
    return text[first:last].strip()


def finding_rows(rewriter: Rewriter, entries: list[dict], lang: str) -> list[dict]:
    rows = []
    for entry in entries:
        text = entry["text"]
        for finding in rewriter.linter.lint(text, lang).findings:
            if finding.category == "structure":
                continue
            rows.append({
                "reply": entry["id"], "rule": finding.rule, "category": finding.category,
                "severity": finding.severity, "flagged": finding.text, "message": finding.message,
                "sentence": sentence_around(text, lang, finding.start, finding.end), "verdict": "", "why": "",
            })
    return rows


def changed_runs(before: str, after: str) -> list[tuple[str, str]]:
    """Each run of sentences a rewrite changed or dropped, before and after (also `corpus_quality.py --show`)."""
    old, new = sentences(before), sentences(after)
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    return [(" ".join(old[a0:a1]), " ".join(new[b0:b1])) for tag, a0, a1, b0, b1 in matcher.get_opcodes() if tag != "equal"]


def change_rows(rewriter: Rewriter, entries: list[dict], lang: str) -> list[dict]:
    rows = []
    for entry in entries:
        for before, after in changed_runs(entry["text"], rewriter.rewrite(entry["text"], lang).text):
            rows.append({"reply": entry["id"], "before": before, "after": after, "verdict": "", "why": ""})
    return rows


def write_sheets(folder: Path, out: Path) -> None:
    rewriter = Rewriter(Config(required_parts=()))
    out.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        drafts = yaml.safe_load((folder / f"drafts_{lang}.yaml").read_text(encoding="utf-8"))
        plain_path = folder / f"plain_{lang}.yaml"
        plain = yaml.safe_load(plain_path.read_text(encoding="utf-8")) if plain_path.exists() else []
        sheets = {"findings": finding_rows(rewriter, drafts + plain, lang), "changes": change_rows(rewriter, drafts, lang)}
        for name, rows in sheets.items():
            path = out / f"{name}_{lang}.yaml"
            path.write_text(yaml.safe_dump(rows, allow_unicode=True, sort_keys=False, width=110), encoding="utf-8")
            print(f"{path}: {len(rows)} rows")


def tally(paths: list[Path]) -> int:
    for path in paths:
        rows = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        allowed = FINDING_VERDICTS if path.name.startswith("findings") else CHANGE_VERDICTS
        counts = Counter(row.get("verdict") or "unjudged" for row in rows)
        unknown = set(counts) - set(allowed) - {"unjudged"}
        if unknown:
            print(f"{path}: unknown verdicts {sorted(unknown)}", file=sys.stderr)
            return 2
        judged = sum(counts[v] for v in allowed)
        share = f"{counts[allowed[0]]}/{judged} ({counts[allowed[0]] / judged:.0%}) {allowed[0]}" if judged else "nothing judged"
        rest = ", ".join(f"{v} {counts[v]}" for v in (*allowed[1:], "unjudged") if counts[v])
        print(f"{path.name}: {share}" + (f"; {rest}" if rest else ""))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, help="a blind round folder (drafts_<lang>.yaml, plain_<lang>.yaml)")
    parser.add_argument("--out", type=Path, help="where to write the sheets")
    parser.add_argument("--tally", nargs="+", type=Path, metavar="SHEET", help="count the verdicts of judged sheets")
    args = parser.parse_args(argv)
    if args.tally:
        return tally(args.tally)
    if not args.folder or not args.out:
        parser.error("give a round folder and --out, or --tally SHEET…")
    write_sheets(args.folder, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
