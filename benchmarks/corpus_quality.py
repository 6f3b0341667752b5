"""Quality on labeled replies: the project's corpus and each blind round, per language.

    python benchmarks/corpus_quality.py                 # the corpus and every blind round
    python benchmarks/corpus_quality.py --round 1       # one blind round only
    python benchmarks/corpus_quality.py --corpus --json # the corpus, as JSON
    python benchmarks/corpus_quality.py --round 1 --show  # … with each miss, false finding and rewritten sentence
    python benchmarks/corpus_quality.py --round 6 --left  # officialese left after the rewrite, by rule
    python benchmarks/corpus_quality.py --round 1 --markdown "after tuning, 2026-12-02"  # RESULTS.md rows

Per source and language: labeled spans caught (by any category / by the labeled one), the same per
category, precision (findings on drafts that overlap a labeled span, of all findings but structure
ones), findings on plain replies per 100 words and how many are errors, and reply parts agreeing with
the labels, and the share of officialese and boilerplate findings the offline rewrite removes, with the
drafts and plain replies on which it is not sound (a fix kind failed, a fact changed, a second rewrite changes
the result: `rewrite_soundness.py`). A
blind round is measured once before any rule changes for it: those first-sight figures go into
tests/blind/RESULTS.md and are never edited.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from judging_sheets import changed_runs
from rewrite_soundness import check_rewrite
from rewriter import CATEGORIES, PARTS, Config, Rewriter, RewriteResult

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
BLIND = ROOT / "tests" / "blind"
LANGS = ("ru", "bg")
SCORED = tuple(c for c in CATEGORIES if c != "structure")


@dataclass
class Figures:
    """What one language of one source measures; `notes` lists misses and false findings for --show."""

    drafts: int = 0
    spans: int = 0
    caught: int = 0
    same: int = 0
    by_category: dict[str, dict[str, int]] = field(default_factory=dict)
    findings: int = 0
    findings_on_gold: int = 0
    plain: int = 0
    words: int = 0
    plain_findings: int = 0
    plain_errors: int = 0
    parts_agree: int = 0
    parts_total: int = 0
    rewrite_fixable: int = 0
    rewrite_removed: int = 0
    rewritten: int = 0
    crashes: int = 0
    facts_changed: int = 0
    not_idempotent: int = 0
    left: list[tuple[str, str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, object]:
        share = lambda a, b: round(a / b, 3) if b else None  # noqa: E731
        return {
            "drafts": self.drafts,
            "spans": self.spans,
            "caught": self.caught,
            "caught_share": share(self.caught, self.spans),
            "same_category": self.same,
            "same_category_share": share(self.same, self.spans),
            "by_category": {
                c: {**v, "caught_share": share(v["caught"], v["spans"]), "same_share": share(v["same"], v["spans"])}
                for c, v in sorted(self.by_category.items())
            },
            "findings_on_drafts": self.findings,
            "findings_on_labeled_spans": self.findings_on_gold,
            "precision": share(self.findings_on_gold, self.findings),
            "plain_replies": self.plain,
            "plain_words": self.words,
            "plain_findings": self.plain_findings,
            "plain_findings_per_100_words": round(100 * self.plain_findings / self.words, 3) if self.words else None,
            "plain_error_findings": self.plain_errors,
            "parts_agree": self.parts_agree,
            "parts_total": self.parts_total,
            "parts_share": share(self.parts_agree, self.parts_total),
            **(
                {"rewrite_fixable": self.rewrite_fixable, "rewrite_removed": self.rewrite_removed,
                 "rewritten": self.rewritten, "rewrite_crashes": self.crashes,
                 "rewrite_facts_changed": self.facts_changed, "rewrite_not_idempotent": self.not_idempotent}
                if self.rewritten
                else {}
            ),
        }


def load(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else []


def round_folders() -> list[Path]:
    return sorted(BLIND.glob("round[0-9]*"), key=lambda p: int(p.name[5:]))


def measure(rewriter: Rewriter, folder: Path, lang: str, with_rewrite: bool) -> Figures:
    linter = rewriter.linter
    drafts, plain = load(folder / f"drafts_{lang}.yaml"), load(folder / f"plain_{lang}.yaml")
    fig = Figures(drafts=len(drafts), plain=len(plain))
    for entry in drafts:
        text = entry["text"]
        report = linter.lint(text, lang)
        findings = [f for f in report.findings if f.category != "structure"]
        gold = []
        for category, phrase in entry["gold"]:
            start = text.index(phrase)
            gold.append((category, start, start + len(phrase)))
            over = [f for f in findings if f.start < start + len(phrase) and f.end > start]
            counts = fig.by_category.setdefault(category, {"spans": 0, "caught": 0, "same": 0})
            hit, right = bool(over), any(category in categories_of(f) for f in over)
            fig.spans, fig.caught, fig.same = fig.spans + 1, fig.caught + hit, fig.same + right
            counts["spans"] += 1
            counts["caught"] += hit
            counts["same"] += right
            if not right:
                got = ", ".join(sorted({f.category for f in over})) or "nothing"
                fig.notes.append(f"{entry['id']}: {category} got {got}: {phrase}")
        fig.findings += len(findings)
        for f in findings:
            if any(f.start < end and f.end > start for _, start, end in gold):
                fig.findings_on_gold += 1
            else:
                fig.notes.append(f"{entry['id']}: unlabeled {f.severity} {f.rule}: {f.text}")
        fig.parts_agree += _parts_agreeing(report.sections, entry, fig.notes)
        if with_rewrite:
            _count_rewrite(rewriter, entry, lang, fig)
    for entry in plain:
        report = linter.lint(entry["text"], lang)
        findings = [f for f in report.findings if f.category != "structure"]
        fig.words += len(re.findall(r"\w+", entry["text"]))
        fig.plain_findings += len(findings)
        fig.plain_errors += sum(f.severity == "error" for f in findings)
        fig.notes += [f"{entry['id']}: plain reply {f.severity} {f.rule}: {f.text}" for f in findings]
        fig.parts_agree += _parts_agreeing(report.sections, entry, fig.notes)
        if with_rewrite:
            _check_rewrite(rewriter, entry, lang, fig)
    fig.parts_total = len(PARTS) * (len(drafts) + len(plain))
    return fig


def categories_of(finding) -> set[str]:
    """The finding's category and those of the rules folded into it (ids read `lang.category.name`)."""
    return {finding.category, *(rule.split(".")[1] for rule in finding.merged)}


def _parts_agreeing(sections, entry: dict, notes: list[str]) -> int:
    """How many parts the linter sees as the labels say; each disagreement goes into `notes`."""
    wrong = [part for part in PARTS if sections[part] != (part in entry["sections"])]
    notes += [f"{entry['id']}: part {part} {'found, not labeled' if sections[part] else 'labeled, not found'}" for part in wrong]
    return len(PARTS) - len(wrong)


def _check_rewrite(rewriter: Rewriter, entry: dict, lang: str, fig: Figures) -> RewriteResult | None:
    """Rewrite one reply, counting a failed fix kind, a changed fact or a rewrite a second one changes."""
    result, sound = check_rewrite(rewriter, entry["text"], lang)
    fig.rewritten += 1
    fig.crashes += bool(sound.crashes)
    fig.facts_changed += sound.facts_changed
    fig.not_idempotent += sound.not_idempotent
    fig.notes += [f"{entry['id']}: rewrite not sound: {problem}" for problem in sound.problems()]
    return result


def _count_rewrite(rewriter: Rewriter, entry: dict, lang: str, fig: Figures) -> None:
    result = _check_rewrite(rewriter, entry, lang, fig)
    if result is None:
        return
    before = [f for f in result.findings_before if f.category in ("bureaucratese", "boilerplate")]
    after = {(f.rule, f.text) for f in result.findings_after}
    fig.rewrite_fixable += len(before)
    fig.rewrite_removed += sum((f.rule, f.text) not in after for f in before)
    fig.left += [(f.rule, entry["id"], f.text) for f in before if (f.rule, f.text) in after]
    fig.notes += [f"{entry['id']}: rewrite «{old}» → «{new}»" for old, new in changed_runs(result.original, result.text)]


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} ({a / b:.0%})" if b else "–"


def print_figures(source: str, lang: str, fig: Figures, show: bool) -> None:
    print(f"{source} {lang}: {fig.drafts} drafts, {fig.spans} labeled spans: caught {_pct(fig.caught, fig.spans)}, "
          f"same category {_pct(fig.same, fig.spans)}")
    for category in SCORED:
        counts = fig.by_category.get(category)
        if counts:
            print(f"    {category:<14} caught {_pct(counts['caught'], counts['spans'])}, "
                  f"same {_pct(counts['same'], counts['spans'])}")
    print(f"  precision: {_pct(fig.findings_on_gold, fig.findings)} findings on drafts overlap a labeled span")
    if fig.plain:
        per_100 = 100 * fig.plain_findings / fig.words if fig.words else 0.0
        print(f"  {fig.plain} plain replies, {fig.words} words: {fig.plain_findings} findings "
              f"({per_100:.2f} per 100 words), {fig.plain_errors} of error severity")
    print(f"  reply parts agree {_pct(fig.parts_agree, fig.parts_total)}")
    if fig.rewrite_fixable:
        print(f"  offline rewrite removes {_pct(fig.rewrite_removed, fig.rewrite_fixable)} "
              "officialese and boilerplate findings")
    if fig.rewritten:
        print(f"  offline rewrite of {fig.rewritten} drafts and plain replies: {fig.crashes} crashes, "
              f"{fig.facts_changed} with facts changed, {fig.not_idempotent} not idempotent")
    if show:
        for note in fig.notes:
            print(f"    - {note}")


def print_left(figures: list[Figures]) -> None:
    """Officialese and boilerplate findings still there after the offline rewrite, largest rule first."""
    by_rule: dict[str, list[tuple[str, str]]] = {}
    for fig in figures:
        for rule, draft, text in fig.left:
            by_rule.setdefault(rule, []).append((draft, text))
    total = sum(len(found) for found in by_rule.values())
    print(f"left after rewrite, by rule: {total}")
    for rule, found in sorted(by_rule.items(), key=lambda item: (-len(item[1]), item[0])):
        print(f"  {len(found):3} {rule}")
        for draft, text in found:
            print(f"        {draft}: {text}")


def markdown_rows(source: str, lang: str, fig: Figures, label: str, commit: str) -> list[str]:
    """A row of tests/blind/RESULTS.md's table, and its per-category line."""
    per_100 = f"{100 * fig.plain_findings / fig.words:.2f}" if fig.words else "–"
    removed = _pct(fig.rewrite_removed, fig.rewrite_fixable) if fig.rewrite_fixable else "–"
    cells = [source.removeprefix("round"), label, commit, lang, _pct(fig.caught, fig.spans), _pct(fig.same, fig.spans),
             _pct(fig.findings_on_gold, fig.findings), f"{per_100}, {fig.plain_errors}",
             f"{fig.parts_agree}/{fig.parts_total}", removed]
    categories = "; ".join(
        f"{c} {fig.by_category[c]['caught']}/{fig.by_category[c]['spans']}, {fig.by_category[c]['same']}/{fig.by_category[c]['spans']}"
        for c in SCORED if c in fig.by_category
    )
    return ["| " + " | ".join(cells) + " |", f"- {source} {lang}, {label} (caught, same category): {categories}"]


def _commit() -> str:
    found = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    return found.stdout.strip() or "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--round", type=int, action="append", dest="rounds", metavar="N",
                        help="measure blind round N (repeatable); without it and --corpus, everything")
    parser.add_argument("--corpus", action="store_true", help="measure the corpus in tests/corpus")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--markdown", metavar="WHEN", help="print rows for tests/blind/RESULTS.md, WHEN in their second cell")
    parser.add_argument("--show", action="store_true", help="list each missed span and finding not on one")
    parser.add_argument("--left", action="store_true",
                        help="list the officialese and boilerplate findings left after the rewrite, by rule")
    parser.add_argument("--no-rewrite", action="store_true", help="skip the offline rewrite figure (faster)")
    args = parser.parse_args(argv)
    sources: list[tuple[str, Path]] = []
    if args.corpus or not args.rounds:
        sources.append(("corpus", CORPUS))
    if args.rounds:
        for number in args.rounds:
            folder = BLIND / f"round{number}"
            if not folder.is_dir():
                print(f"no blind round {number}: {folder} does not exist", file=sys.stderr)
                return 2
            sources.append((folder.name, folder))
    elif not args.corpus:
        sources += [(folder.name, folder) for folder in round_folders()]
    rewriter = Rewriter(Config(required_parts=()))
    rows: list[str] = []
    results: dict[str, dict[str, object]] = {}
    measured: list[Figures] = []
    for source, folder in sources:
        for lang in LANGS:
            fig = measure(rewriter, folder, lang, with_rewrite=not args.no_rewrite)
            measured.append(fig)
            results.setdefault(source, {})[lang] = {**fig.summary(), **({"notes": fig.notes} if args.show else {})}
            if args.markdown:
                rows += markdown_rows(source, lang, fig, args.markdown, _commit())
            elif not args.json:
                print_figures(source, lang, fig, args.show)
    if rows:
        print("\n".join(sorted(rows, key=lambda row: not row.startswith("|"))))
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    if args.left:
        print_left(measured)
    return 0


if __name__ == "__main__":
    sys.exit(main())
