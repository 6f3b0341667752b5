"""The improvement guard and a reply that keeps one of its draft's faults in other words: when the model
dropped the rest of the draft's officialese, the reply is better than the draft and may replace it
(`rewrite --check` still names the fault); when it kept any of the draft's own flagged words, it is not."""
from __future__ import annotations

import pytest

from guard_checks import LINTER, problems_with

DRAFT = {
    "ru": "Уважаемая Инна!\nИнформируем Вас о том, что начало экскурсии 14.06 сдвигается с 10:00 на 11:00, так как мы ждём "
          "второй автобус.\n"
          "Приносим извинения за возможные неудобства.\nВаши билеты действительны.\nС уважением, турбюро «Маршрут».",
    "bg": "Уважаема г-жо Колева,\nИнформираме Ви, че началото на екскурзията на 14.06 се мести от 10:00 на 11:00, защото чакаме "
          "втори автобус.\n"
          "Поднасяме извинения за евентуалните неудобства.\nБилетите Ви са валидни.\nС уважение, туристическо бюро „Маршрут“.",
}
# the draft's formulaic apology said in the model's words; its «Информируем Вас» gone
APOLOGY_REWORDED = {
    "ru": "Здравствуйте, Инна!\nЭкскурсия 14.06 начнётся не в 10:00, а в 11:00: мы ждём второй автобус. "
          "Просим прощения за возможные неудобства.\n"
          "Ваши билеты действительны.\nТурбюро «Маршрут»",
    "bg": "Здравейте, г-жо Колева,\nЕкскурзията на 14.06 ще започне не в 10:00, а в 11:00: чакаме втори автобус. "
          "Извинете, ако това ви създава неудобство.\n"
          "Билетите Ви са валидни.\nТуристическо бюро „Маршрут“",
}
REWORDED = {"ru": "Просим прощения за возможные неудобства.", "bg": "Извинете, ако това ви създава неудобство."}
OPENING = {"ru": "Информируем Вас о том, что экскурсия", "bg": "Информираме Ви, че екскурзията"}


def problems(lang: str, reply: str) -> list[str]:
    return list(problems_with(lang, DRAFT[lang], reply))


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_a_reply_that_rewords_the_drafts_one_fault_and_drops_its_officialese_is_better(lang):
    report = LINTER.lint(APOLOGY_REWORDED[lang], lang)
    assert any(f.category == "non_apology" and f.severity == "error" for f in report.findings)
    assert problems(lang, APOLOGY_REWORDED[lang]) == []


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_a_reply_that_rewords_the_fault_but_keeps_the_drafts_officialese_is_no_better(lang):
    reply = APOLOGY_REWORDED[lang].replace({"ru": "Экскурсия", "bg": "Екскурзията"}[lang], OPENING[lang], 1)
    assert OPENING[lang] in reply
    assert problems(lang, reply) == ["not_better"]


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_a_reply_that_keeps_the_drafts_apology_word_for_word_is_no_better(lang):
    kept = DRAFT[lang].split("\n")[2]
    reply = APOLOGY_REWORDED[lang].replace(REWORDED[lang], kept, 1)
    assert kept in reply
    assert problems(lang, reply) == ["not_better"]
