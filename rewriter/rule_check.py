"""Check rule files against their own examples: `python -m rewriter.rule_check [FILE...]`.

Every `bad` example must be caught by its rule; no `good` example may be. Findings of other
rules on a good example are listed too, since good examples should be plain language.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path

from .config import Config, ConfigError, load_config
from .linter import Linter
from .nlp import morphology
from .normalize import fold_case
from .rewrite import Rewriter
from .rules import CATEGORIES, LANGUAGES, Rule, RulePackError, builtin_pack_dir, rule_file
from .terminal import closed_pipe_is_quiet


@dataclass(frozen=True)
class ExampleProblem:
    rule: str
    kind: str
    example: str
    detail: str = ""

    def __str__(self) -> str:
        example = f": {self.example!r}" if self.example else ""
        tail = f" [{self.detail}]" if self.detail else ""
        return f"{self.rule}: {self.kind}{example}{tail}"


def check_rule(linter: Linter, rule: Rule) -> list[ExampleProblem]:
    """Problems with one rule's examples and lemmas; an empty list when they all behave."""
    problems = lemma_problems(rule) + fix_problems(rule)
    if rule.part:
        linter = Linter(replace(linter.config, required_parts=(rule.part,)))
    for example in rule.bad:
        report = linter.lint(example, rule.lang)
        if not any(rule.id in (f.rule, *f.merged) for f in report.findings):
            problems.append(ExampleProblem(rule.id, "bad example not caught", example))
    for example in rule.good:
        report = linter.lint(example, rule.lang)
        own = [f.text for f in report.findings if rule.id in (f.rule, *f.merged)]
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
    """Lemma tokens that are no word's dictionary form can never match («во» is a form of «в»), in a rule's
    patterns and its fixes' alike."""
    analyzer = morphology(rule.lang)
    if not analyzer.has_grammemes:
        return []
    problems = []
    for pattern in (*rule.patterns, *rule.unless, *rule.unless_clause, *rule.unless_next, *rule.unless_paragraph,
                    *rule.unless_reply, *rule.unless_match, *rule.unless_quote,
                    *(p for when, _ in rule.messages for p in when),
                    *(p for fix in rule.fix
                      for p in (*fix.when, *fix.unless, *fix.unless_reply, *fix.unless_alone, *fix.unless_before, *fix.comma))):
        for lemma in (a.lemma for slot in pattern.slots for a in slot.atoms if a.lemma and a.form is None):
            lemmas = {p.lemma for p in analyzer.analyze(lemma).parses}
            if lemma not in lemmas:
                hint = ", ".join(sorted(lemmas))
                problems.append(ExampleProblem(rule.id, "not a dictionary form", lemma, f"write {hint} or ={lemma}"))
    return problems


@closed_pipe_is_quiet
def main(argv: list[str] | None = None) -> int:
    """Check the given rule files (a team's or the bundled ones), or every rule in use when none is given.

    Exit 0 when every example behaves, 1 when any problem is printed, 2 when a file cannot be read as rules.
    """
    args = argv if argv is not None else sys.argv[1:]
    try:
        checked, problems = check_files([Path(p) for p in args]) if args else check_configured()
    except (RulePackError, ConfigError) as error:
        print(f"rule_check: error: {error}", file=sys.stderr)
        return 2
    for problem in problems:
        print(problem)
    print(f"checked {_count(checked, 'rule')}: {_count(len(problems), 'problem') if problems else 'no problems'}", file=sys.stderr)
    return 1 if problems else 0


def check_files(paths: list[Path]) -> tuple[int, list[ExampleProblem]]:
    """Every rule of these files checked against its examples, beside the bundled packs."""
    paths = [p.resolve() for p in paths]
    for path in paths:
        if not path.is_file():
            raise RulePackError(f"{path}: no such rule file")
    bundled = {p.resolve() for lang in LANGUAGES for p in builtin_pack_dir(lang).glob("*.yaml")}
    team = tuple(p for p in paths if p not in bundled)
    linter = Linter(Config(rules=team, required_parts=()))
    rules = [r for lang in LANGUAGES for r in linter.rules(lang) if rule_file(r).resolve() in paths]
    found = {rule_file(r).resolve() for r in rules}
    problems = [ExampleProblem(str(p), "no rules of a known language in this file", "") for p in paths if p not in found]
    return len(rules), problems + [problem for rule in rules for problem in check_rule(linter, rule)]


def check_configured() -> tuple[int, list[ExampleProblem]]:
    """Every bundled rule and the configured team files, from the current folder's config.

    Examples belong to the rule, not to a team's choices: what the config turns off, raises or allows
    would make a rule's own examples look wrong, so only its team files are taken from it; the rule ids
    it names must still exist."""
    config = load_config()
    Linter(config).check_named_rules()
    linter = Linter(Config(rules=config.rules, required_parts=()))
    rules = [r for lang in LANGUAGES for r in linter.rules(lang)]
    return len(rules), [problem for rule in rules for problem in check_rule(linter, rule)]


def _count(number: int, thing: str) -> str:
    return f"{number} {thing}" + ("" if number == 1 else "s")


if __name__ == "__main__":
    sys.exit(main())
