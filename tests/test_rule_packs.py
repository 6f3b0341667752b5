"""The bundled rule packs keep their promises: every example runs, ids are stable, coverage is real."""
from __future__ import annotations

import re
from collections import Counter

import pytest

from rewriter import CATEGORIES, Config, Linter
from rewriter.rule_check import check_rule
from rewriter.rules import LANGUAGES

LINTER = Linter(Config(required_parts=()))
RULES = [rule for lang in LANGUAGES for rule in LINTER.rules(lang)]


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_catches_its_bad_examples_and_spares_its_good_ones(rule):
    """Good examples are plain language: no other rule may flag them either."""
    problems = check_rule(LINTER, rule)
    assert not problems, "\n".join(map(str, problems))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_has_at_least_120_rules_over_every_category(lang):
    rules = LINTER.rules(lang)
    assert len([r for r in rules if r.category != "structure"]) >= 120
    assert set(Counter(r.category for r in rules)) == set(CATEGORIES)


def test_rule_ids_are_unique_and_name_their_language_and_category():
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    assert all(r.id.startswith(f"{r.lang}.{r.category}.") for r in RULES)


def test_every_rule_has_a_message_and_both_kinds_of_example():
    assert all(r.message and r.bad and r.good for r in RULES)


@pytest.mark.parametrize("category", ["evasion", "non_apology"])
def test_evasion_and_non_apology_are_errors(category):
    assert {r.severity for r in RULES if r.category == category} == {"error"}


def test_rule_ids_are_stable():
    """Ids are public (users put them in config): removing one must be a deliberate change here."""
    for rule_id in (
        "ru.structure.missing-apology",
        "ru.structure.missing-remedy",
        "bg.structure.missing-apology",
        "bg.structure.missing-remedy",
    ):
        assert rule_id in {r.id for r in RULES}


def test_bulgarian_messages_quote_with_bulgarian_marks_and_examples_use_euro():
    """Bulgarian quotes „…“ (not the Russian «…»), and prices since 2026 are in euro, not лв."""
    for rule in (r for r in RULES if r.lang == "bg"):
        said = [rule.message, rule.suggestion or "", rule.gap or "", *(text for _, text in rule.messages)]
        assert not any(mark in text for text in said for mark in "«»"), rule.id
        examples = [*rule.bad, *rule.good, *(t for pair in rule.fix_examples for t in pair)]
        assert not any(re.search(r"\bлв\b", text) for text in examples), rule.id


def test_a_pattern_opening_on_any_word_marks_the_words_it_reports():
    """`_` at a pattern's start is context for the fix (the word before a frame); the finding shows only the
    frame, so the pattern says which words it reports with `[` … `]`."""
    unmarked = [(r.id, p.source) for r in RULES for p in r.patterns if p.source.split()[0] == "_" and p.marker is None]
    assert not unmarked, unmarked


@pytest.mark.parametrize(
    "text, lang, rule, shown",
    [
        ("По заказу PC750 сообщаем, что отгрузка задержится до 12.03.", "ru", "ru.bureaucratese.soobshchaem-chto", "сообщаем, что"),
        ("На запрос ОГ-3581 доводим до Вашего сведения, что копия готова.", "ru", "ru.bureaucratese.dovodim-do-svedeniya",
         "доводим до Вашего сведения"),
    ],
    ids=["soobshchaem-chto", "dovodim-do-svedeniya"],
)
def test_a_frame_after_a_code_is_reported_without_the_code(text, lang, rule, shown):
    found = [f for f in LINTER.lint(text, lang).findings if f.rule == rule]
    assert [f.text for f in found] == [shown]
