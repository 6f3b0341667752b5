"""A sentence seen before is judged from what its words decided the first time, and only that.

Its words decide its matches, the `unless` and `unless_match` excuses and its reply parts, so those
are remembered per sequence of forms; the text between the words (a clause's end) and the rest of
the reply are looked at again on every lint.
"""
from __future__ import annotations

import textwrap

import pytest

from rewriter import CATEGORIES, Config, Linter
from rewriter.rules import load_rules

RULES = textwrap.dedent(
    """\
    - id: ru.evasion.verdict-clause
      category: evasion
      severity: error
      message: "Вина на поставщике."
      patterns: ["задержка *3 у поставщик"]
      unless: [{clause: "у =нас"}]
      bad: ["Задержка у поставщика."]
      good: ["Задержка у поставщика у нас."]
    - id: ru.non_apology.verdict-reply
      category: non_apology
      severity: error
      message: "«Так вышло» — ничья вина."
      patterns: ["так выйти"]
      unless: [{reply: "мы напутать{past}"}]
      bad: ["Так вышло."]
      good: ["Мы напутали. Так вышло."]
    - id: ru.evasion.verdict-sentence
      category: evasion
      severity: warning
      message: "Кто отменил?"
      patterns: ["быть{past} отменить{PRTS}"]
      unless: [{sentence: "по =вашей просьба"}, {match: "=была"}]
      bad: ["Заказ был отменён."]
      good: ["Заказ был отменён по вашей просьбе."]
    - id: ru.bureaucratese.verdict-regex
      category: bureaucratese
      severity: warning
      message: "Номер без того, что он номерует."
      regex: ['№ ?\\d+']
      unless: [{sentence: "=номер"}, {clause: "=заказ"}]
      bad: ["Обращение № 123."]
      good: ["Номер обращения № 123."]
    """
)


@pytest.fixture()
def linter(tmp_path) -> Linter:
    """These rules alone, in a linter of its own: what one test's sentences taught it stays in it."""
    (path := tmp_path / "verdicts.yaml").write_text(RULES, encoding="utf-8")
    ours = frozenset(rule.id for rule in load_rules(path, "ru", True, mixed=True))
    return Linter(Config(rules=(path,), disable=frozenset(CATEGORIES), enable=ours, required_parts=()))


def _rules(linter: Linter, text: str) -> list[str]:
    return [f.rule for f in linter.lint(text, "ru").findings]


def test_the_same_words_with_a_clause_break_between_them_are_judged_again(linter):
    # the same forms in both: only the semicolon tells that «у нас» is in another clause
    assert _rules(linter, "Задержка у поставщика у нас.") == []
    assert _rules(linter, "Задержка у поставщика; у нас.") == ["ru.evasion.verdict-clause"]
    assert _rules(linter, "Задержка у поставщика у нас.") == []


def test_a_sentence_seen_in_a_reply_that_excused_it_is_found_in_one_that_does_not(linter):
    assert _rules(linter, "Мы напутали. Так вышло.") == []
    assert _rules(linter, "Курьер напутал. Так вышло.") == ["ru.non_apology.verdict-reply"]
    assert _rules(linter, "Мы напутали. Так вышло.") == []


def test_what_a_sentence_s_words_excuse_stays_excused_wherever_it_recurs(linter):
    for _ in range(2):
        assert _rules(linter, "Заказ был отменён по вашей просьбе. Заказ был отменён.") == ["ru.evasion.verdict-sentence"]
        assert _rules(linter, "Поездка была отменена.") == []
    found = linter.lint("Заказ был отменён по вашей просьбе. Заказ был отменён.", "ru").findings
    assert [f.text for f in found] == ["был отменён"] and found[0].start == len("Заказ был отменён по вашей просьбе. Заказ ")


def test_a_closing_sentence_counts_only_in_the_last_paragraph_each_time_it_recurs():
    linter = Linter()
    thanks = "Спасибо, что написали."
    closing = [linter.lint(text, "ru").sections["closing"] for text in (
        f"{thanks}\n\nЗаказ отправлен.", f"Заказ отправлен.\n\n{thanks}", f"{thanks}\n\nЗаказ отправлен.",
    )]
    assert closing == [False, True, False]


def test_a_regex_match_is_excused_by_its_sentence_and_its_clause_as_before(linter):
    assert _rules(linter, "Обращение № 123.") == ["ru.bureaucratese.verdict-regex"]
    assert _rules(linter, "Номер обращения № 123.") == []
    found = linter.lint("Заказ № 5; обращение № 6.", "ru").findings
    assert [(f.rule, f.text) for f in found] == [("ru.bureaucratese.verdict-regex", "№ 6")]
