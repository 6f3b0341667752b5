"""A closing formula that is one of two clauses joined by «и» goes with its «и»; the other clause stays."""
from __future__ import annotations

import pytest

from rewriter import CATEGORIES, Config, Rewriter
from rewriter.rules import RulePackError, load_rules


def _only(*rules: str) -> Rewriter:
    return Rewriter(Config(disable=frozenset(CATEGORIES), enable=frozenset(rules), required_parts=()))


RU = _only("ru.boilerplate.sotrudnichestvo", "ru.boilerplate.cenim-klientov", "ru.boilerplate.v-vashem-rasporyazhenii",
           "ru.boilerplate.nadeemsya-na-ponimanie")
BG = _only("bg.boilerplate.cenim-vseki-klient", "bg.boilerplate.badeshto-satrudnichestvo", "bg.boilerplate.razchitame-na-razbiraneto")


def test_a_formula_closing_a_sentence_after_and_goes_with_it():
    assert RU.rewrite("Ключи от склада передали охраннику и остаёмся в вашем распоряжении. Хорошего дня!", "ru").text \
        == "Ключи от склада передали охраннику. Хорошего дня!"
    assert BG.rewrite("Подменихме дръжката на вратата, и разчитаме на Вашето разбиране. Хубав ден!", "bg").text \
        == "Подменихме дръжката на вратата. Хубав ден!"


def test_a_formula_opening_a_sentence_gives_way_to_the_clause_of_its_own_after_it():
    assert RU.rewrite("Зал закрыт на ремонт. Ценим каждого гостя и ждём вас в новом зале!", "ru").text \
        == "Зал закрыт на ремонт. Ждём вас в новом зале!"


def test_a_bulgarian_clitic_left_first_moves_after_its_verb():
    assert BG.rewrite("Залата е затворена. Ценим всеки наш гост и се надяваме да Ви видим в новата зала!", "bg").text \
        == "Залата е затворена. Надяваме се да Ви видим в новата зала!"


@pytest.mark.parametrize("draft", [
    # a number would go with the formula
    "Зал закрыт на ремонт и рассчитываем на понимание 2 недели.",
    # the words after «и» are no clause of their own
    "Зал закрыт на ремонт. Ценим каждого гостя и доверие к нашему залу!",
])
def test_the_fix_steps_aside_where_the_clause_left_could_not_stand_alone(draft):
    assert RU.rewrite(draft, "ru").text == draft


def test_a_clause_pointing_back_at_the_formula_keeps_it():
    draft = "Залата е затворена. Ценим всеки наш гост и се надяваме той да дойде в новата зала!"
    assert BG.rewrite(draft, "bg").text == draft


def test_a_sentence_made_only_of_formulas_is_left_to_their_own_fixes():
    """Either formula going would leave the other alone, to meet its own fix (which may be a bare «Спасибо.»)."""
    draft = "Залата е затворена. Ценим всеки наш гост и се надяваме на бъдещо сътрудничество. Хубав ден!"
    assert BG.rewrite(draft, "bg").text == draft


@pytest.mark.parametrize("fix", ["{drop_conjunct: yes_please}", "{drop_conjunct: true, rest: 5}", '{drop_conjunct: true, rest: "[ _"}'])
def test_a_drop_conjunct_that_cannot_be_used_is_a_clear_error(tmp_path, fix):
    path = tmp_path / "rule.yaml"
    path.write_text(
        '- {id: ru.boilerplate.t-conjunct, category: boilerplate, severity: warning, message: "Тест.",'
        f' patterns: ["ценить =каждого _"], fix: {fix}, bad: ["Ценим каждого гостя."], good: ["Ждём вас."]}}\n',
        encoding="utf-8")
    with pytest.raises(RulePackError, match="drop_conjunct|rest"):
        load_rules(path, "ru", has_grammemes=True)
