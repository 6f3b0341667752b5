"""A rule says apart which words it reports, which context cancels it, and what its message says.

Like LanguageTool's <marker> and <antipattern>: `[` … `]` in a pattern marks the reported words,
`unless` entries are looked for in the match's clause, sentence, the next sentence or whole reply, and `messages`
choose the message by what matched. Overlapping findings fold into the one that explains most.
"""
from __future__ import annotations

import textwrap

import pytest

from rewriter import CATEGORIES, Config, Linter
from rewriter.rules import RulePackError, load_rules

RULES = textwrap.dedent(
    """\
    - id: ru.evasion.test-blame
      category: evasion
      severity: error
      message: "Вина на партнёре."
      patterns: ["сбой *3 у партнёр"]
      unless: [{clause: "у =нас"}, {paragraph: "мы ошибиться{past}"}]
      bad: ["Сбой произошёл у партнёра."]
      good: ["Сбой произошёл у партнёра у нас."]
    - id: ru.non_apology.test-so-happened
      category: non_apology
      severity: error
      message: "«Так получилось» — ничья вина."
      messages:
        - {when: "не", message: "Отрицание: «не получилось» — тоже ничья вина."}
      patterns: ["не? так получиться"]
      unless: [{reply: "мы ошибиться{past}"}]
      bad: ["Извините, что так получилось."]
      good: ["Мы ошиблись. Извините, что так получилось."]
    - id: ru.evasion.test-news
      category: evasion
      severity: error
      message: "Пассив без агента."
      patterns: ["быть{past} {PRTS}"]
      unless: [{match: "вернуть{PRTS}|возвратить{PRTS}"}, {next: "решение принять{VERB,past}"}]
      bad: ["Заказ был отменён."]
      good: ["Деньги были возвращены."]
    - id: ru.evasion.test-marked
      category: evasion
      severity: error
      message: "Ошибка без того, кто ошибся."
      patterns: ["[ допустить{PRTS} ошибка ] {NOUN,ablt}"]
      bad: ["Допущена ошибка оператором."]
      good: ["Мы ошиблись."]
    - id: ru.bureaucratese.test-inside
      category: bureaucratese
      severity: warning
      message: "Официальное слово внутри."
      patterns: ["допустить{PRTS}"]
      bad: ["Допущена ошибка."]
      good: ["Мы ошиблись."]
    - id: ru.bureaucratese.test-chain
      category: bureaucratese
      severity: info
      message: "Три родительных подряд."
      patterns: ["{NOUN,gent} {NOUN,gent} {ADJF,gent}? {NOUN,gent}"]
      one_phrase: true
      bad: ["Из-за задержки поставки товара всё сдвинулось."]
      good: ["Билеты продаём до конца сезона: скидки кончаются в мае."]
    - {id: ru.bureaucratese.test-quoted, category: bureaucratese, severity: warning, message: "Язык договора.",
       patterns: ["в =срок =до"], unless: [{quote: "{VERB}"}], bad: ["Вернём в срок до 10 дней."], good: ["Вернём за 10 дней."]}
    """
)


@pytest.fixture(scope="module")
def linter(tmp_path_factory) -> Linter:
    """These rules alone: the bundled pack is off, so only what the test rules say is found."""
    (path := tmp_path_factory.mktemp("rules") / "context.yaml").write_text(RULES, encoding="utf-8")
    ours = frozenset(rule.id for rule in load_rules(path, "ru", True, mixed=True))
    return Linter(Config(rules=(path,), disable=frozenset(CATEGORIES), enable=ours, required_parts=()))


def _rules(linter: Linter, text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in linter.lint(text, "ru").findings]


def test_an_owner_in_another_clause_does_not_excuse_blame_on_a_partner(linter):
    text = "Сбой произошёл у партнёра, с которым у нас договор."
    assert _rules(linter, text) == [("ru.evasion.test-blame", "Сбой произошёл у партнёра")]


def test_an_owner_in_the_same_clause_excuses_it(linter):
    assert _rules(linter, "Сбой у нас произошёл у партнёра.") == []


def test_a_comma_of_an_aside_does_not_end_the_clause(linter):
    assert _rules(linter, "Сбой, к сожалению, у нас и у партнёра.") == []


def test_an_admission_anywhere_in_the_reply_excuses_the_apology_formula(linter):
    assert _rules(linter, "Мы ошиблись с адресом. Извините, что так получилось.") == []
    assert _rules(linter, "Курьер ошибся с адресом. Извините, что так получилось.") == [
        ("ru.non_apology.test-so-happened", "так получилось")
    ]


def test_the_message_is_chosen_by_what_matched(linter):
    plain, negated = (linter.lint(t, "ru").findings for t in ("Так получилось.", "Не так получилось, как хотели."))
    assert plain[0].message == "«Так получилось» — ничья вина."
    assert negated[0].message == "Отрицание: «не получилось» — тоже ничья вина."


def test_a_marker_reports_its_words_and_leaves_the_context_out(linter):
    findings = linter.lint("Допущена ошибка оператором.", "ru").findings
    assert [f.text for f in findings] == ["Допущена ошибка"]


def test_a_finding_inside_one_that_explains_more_is_folded_into_it(linter):
    findings = linter.lint("Допущена ошибка оператором.", "ru").findings
    assert [(f.rule, f.merged) for f in findings] == [("ru.evasion.test-marked", ("ru.bureaucratese.test-inside",))]


def test_a_marker_must_be_one_pair_around_tokens(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(RULES.replace('"[ допустить{PRTS} ошибка ] {NOUN,ablt}"', '"] допустить{PRTS} ["'), encoding="utf-8")
    with pytest.raises(RulePackError, match="marker"):
        load_rules(path, "ru", True, mixed=True)


def test_two_findings_of_one_category_that_overlap_become_one_over_both(linter):
    from rewriter.findings import Finding, LineIndex, merge_overlapping

    text = "Будет сообщено дополнительно."
    def finding(rule, start, end):
        return Finding(rule, "vague_promise", "warning", start, end, 1, start + 1, text[start:end], "m", None)

    merged = merge_overlapping([finding("ru.vague_promise.a", 0, 14), finding("ru.vague_promise.b", 6, 28)], {}, LineIndex(text))
    assert [(f.text, f.merged) for f in merged] == [("Будет сообщено дополнительно", ("ru.vague_promise.a",))]


def test_an_unless_of_the_match_looks_only_at_the_matched_words(linter):
    assert _rules(linter, "Деньги были возвращены, а заказ был отменён.") == [("ru.evasion.test-news", "был отменён")]


def test_an_unless_of_the_next_sentence_looks_only_at_the_sentence_after_the_match(linter):
    assert _rules(linter, "Заказ был отменён. Это решение принял склад.") == []
    assert _rules(linter, "Это решение принял склад. Заказ был отменён.") == [("ru.evasion.test-news", "был отменён")]
    assert _rules(linter, "Заказ был отменён. Мы не знаем почему. Это решение принял склад.") == [
        ("ru.evasion.test-news", "был отменён")
    ]


def test_an_unless_of_the_paragraph_looks_at_the_whole_paragraph_and_no_other(linter):
    blame = "ru.evasion.test-blame"
    assert _rules(linter, "Сбой произошёл у партнёра.\nНо и мы ошиблись.") == []
    assert _rules(linter, "Мы ошиблись с адресом. Всё исправим.\n\nСбой произошёл у партнёра.") == [(blame, "Сбой произошёл у партнёра")]


def test_an_unless_of_the_quote_looks_only_inside_the_quotation_that_holds_the_match(linter):
    quoted = "ru.bureaucratese.test-quoted"
    assert _rules(linter, "Пункт 4.2: «Исполнитель устраняет недостатки в срок до 10 дней».") == []
    # a quotation inside the quotation is passed over, and „…“ quotes too
    assert _rules(linter, "В договоре: «Исполнитель «Вектор» устраняет недостатки в срок до 10 дней».") == []
    assert _rules(linter, "Правило такое: „Клуб возвращает взнос в срок до 14 дней“.") == []
    # the same words outside it, or in a quoted name with no verb, are the writer's
    assert _rules(linter, "Мы устраняем «мелочи» в срок до 10 дней.") == [(quoted, "в срок до")]
    assert _rules(linter, "Тариф «Ремонт в срок до трёх дней» стоит 900 ₽.") == [(quoted, "в срок до")]


def test_a_rule_of_one_phrase_does_not_run_across_a_mark_or_into_a_name(linter):
    chain = "ru.bureaucratese.test-chain"
    assert _rules(linter, "Из-за задержки поставки Вашей посылки мы вернём 300 руб.") == [(chain, "задержки поставки Вашей посылки")]
    assert _rules(linter, "Билеты продаём до конца сезона — скидки кончаются в мае.") == []
    assert _rules(linter, "Открытки серии «Тайны леса» вышлем завтра.") == []
    assert _rules(linter, "Мы ждём план уборки парка Победы от подрядчика.") == []
