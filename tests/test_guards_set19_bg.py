"""Guard set 19 (bg), the classes of its false rejections and acceptances, written anew in other domains and in
both languages: a delay the writer apologises for in the same sentence in the first person singular («Извинявам
се, че … се забави – …») is no evasion; the same words without the apology still are."""
from __future__ import annotations

import pytest

from guard_checks import LINTER

OWNED = [
    ("bg", "Извинявам се, че ремонтът на колелото Ви се забави – чакахме спирачките от вносителя."),
    ("bg", "Извинявам се, че отговорът ми се забави с цяла седмица."),
    ("bg", "Извинявам се, че монтажът на щорите се забавя, но сменихме бригадата."),
    ("ru", "Извиняюсь, что ремонт вашего велосипеда задержался — мы ждали тормоза от поставщика."),
    ("ru", "Извиняюсь, что мой ответ задержался на целую неделю."),
]

UNOWNED = [
    ("bg", "Ремонтът на колелото Ви се забави."),
    ("bg", "Отговорът се забави с цяла седмица, извинявам."),
    ("ru", "Ремонт вашего велосипеда задержался."),
]


def _errors(lang: str, text: str) -> list[str]:
    return [f.rule for f in LINTER.lint(text, lang).findings if f.severity == "error"]


@pytest.mark.parametrize("lang, text", OWNED)
def test_a_delay_apologised_for_in_its_sentence_is_no_evasion(lang, text):
    assert _errors(lang, text) == []


@pytest.mark.parametrize("lang, text", UNOWNED)
def test_the_same_delay_without_the_apology_is_still_a_finding(lang, text):
    assert _errors(lang, text) != []
