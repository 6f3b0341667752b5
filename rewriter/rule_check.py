"""Check rule files against their own examples: `python -m rewriter.rule_check FILE...`.

Every `bad` example must be caught by its rule; no `good` example may be. Findings of other
rules on a good example are listed too, since good examples should be plain language.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path

from .config import Config
from .linter import Linter
from .nlp import morphology
from .normalize import fold_case
from .rewrite import Rewriter
from .rules import CATEGORIES, LANGUAGES, Rule, RulePackError


@dataclass(frozen=True)
class ExampleProblem:
    rule: str
    kind: str
    example: str
    detail: str = ""

    def __str__(self) -> str:
        tail = f" [{self.detail}]" if self.detail else ""
        return f"{self.rule}: {self.kind}: {self.example!r}{tail}"


def check_rule(linter: Linter, rule: Rule) -> list[ExampleProblem]:
    """Problems with one rule's examples and lemmas; an empty list when they all behave."""
    problems = lemma_problems(rule) + fix_problems(rule)
    if rule.part:
        linter = Linter(replace(linter.config, required_parts=(rule.part,)))
    for example in rule.bad:
        report = linter.lint(example, rule.lang)
        if not any(f.rule == rule.id for f in report.findings):
            problems.append(ExampleProblem(rule.id, "bad example not caught", example))
    for example in rule.good:
        report = linter.lint(example, rule.lang)
        own = [f.text for f in report.findings if f.rule == rule.id]
        if own:
            problems.append(ExampleProblem(rule.id, "good example caught", example, ", ".join(own)))
        others = [f"{f.rule}: {f.text}" for f in report.findings if f.rule != rule.id and f.category != "structure"]
        if others:
            problems.append(ExampleProblem(rule.id, "good example flagged by another rule", example, "; ".join(others)))
    return problems


def fix_problems(rule: Rule) -> list[ExampleProblem]:
    """Each `[draft, fixed]` example must come out exactly so when this rule alone rewrites it."""
    if not rule.fix_examples:
        return [ExampleProblem(rule.id, "a fix or gap without fix_examples", "")] if rule.fix or rule.gap else []
    if not (rule.fix or rule.gap):
        return [ExampleProblem(rule.id, "fix_examples without a fix or gap", "")]
    alone = Rewriter(Config(disable=frozenset(CATEGORIES), enable=frozenset({rule.id}), required_parts=()))
    problems = []
    if all(draft == fixed for draft, fixed in rule.fix_examples):
        problems.append(ExampleProblem(rule.id, "no fix example shows the fix changing anything", ""))
    for draft, expected in rule.fix_examples:
        result = alone.rewrite(draft, rule.lang, mark=True)
        if result.text != expected:
            notes = "; ".join(result.notes)
            problems.append(ExampleProblem(rule.id, "fix example differs", draft, f"got {result.text!r}{' — ' + notes if notes else ''}"))
        unknown = [w for w in new_words(draft, result.text) if not morphology(rule.lang).is_known(fold_case(w))]
        if unknown:
            problems.append(ExampleProblem(rule.id, "the fix writes unknown words", draft, ", ".join(unknown)))
    return problems


def new_words(before: str, after: str) -> list[str]:
    """Cyrillic words of `after` that `before` does not have (gaps aside)."""
    old = set(re.findall(r"[\u0400-\u04ff]+(?:-[\u0400-\u04ff]+)*", before.lower()))
    after = re.sub(r"⟨[^⟩]*⟩", " ", after)
    return [w for w in re.findall(r"[\u0400-\u04ff]+(?:-[\u0400-\u04ff]+)*", after) if w.lower() not in old]


def lemma_problems(rule: Rule) -> list[ExampleProblem]:
    """Lemma tokens that are no word's dictionary form can never match («во» is a form of «в»)."""
    analyzer = morphology(rule.lang)
    if not analyzer.has_grammemes:
        return []
    problems = []
    for pattern in (*rule.patterns, *rule.unless):
        for atom in (a for slot in pattern.slots for a in slot.atoms if a.lemma and a.form is None):
            lemmas = {p.lemma for p in analyzer.analyze(atom.lemma).parses}
            if atom.lemma not in lemmas:
                hint = ", ".join(sorted(lemmas))
                problems.append(ExampleProblem(rule.id, "not a dictionary form", atom.lemma, f"write {hint} or ={atom.lemma}"))
    return problems


def main(argv: list[str] | None = None) -> int:
    paths = [Path(p).resolve() for p in (argv if argv is not None else sys.argv[1:])]
    linter = Linter(Config(required_parts=()))
    total = 0
    try:
        for lang in LANGUAGES:
            for rule in linter.rules(lang):
                if paths and Path(rule.origin).resolve() not in paths:
                    continue
                total += 1
                for problem in check_rule(linter, rule):
                    print(problem)
    except RulePackError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"checked {total} rules", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
