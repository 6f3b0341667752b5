"""Bulgarian findings judged wrong in round 72, mended as classes (pass lintbg-90, issue 9).

New sentences in other domains: each rule steps aside where its message does not fit the words (a purpose
phrase, a reason named right after, a doer named in the sentence, a risk not ruled out), and its neighbour of
the same shape still fires.
"""
from __future__ import annotations

import pytest

from rewriter import Config, Linter

LINTER = Linter(Config(required_parts=()))


def _rules(text: str) -> set[str]:
    found = LINTER.lint(text, "bg").findings
    return {rule for f in found for rule in (f.rule, *f.merged)}


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        # prevention named as the purpose of a concrete step
        ("bg.vague_promise.shte-se-postaraem",
         "С цел избягване на подобни объркания от понеделник въвеждаме втори подпис при връщане на книгите."),
        # the reasons called objective, then named
        ("bg.evasion.obektivni-prichini-ne-uspya",
         "Пианистът не е могъл да дойде по уважителни причини, заради болест на дъщеря си."),
        # the outside doer of the work named earlier in the sentence
        ("bg.bureaucratese.badeshte-stradatelen",
         "Поправките се извършват от сервиза на производителя и не знаем кога точно ще бъде върната косачката."),
        # a risk that cannot be ruled out is no refusal
        ("bg.evasion.otkaz-bez-prichina",
         "При тръби на такава възраст течове и повреди не могат да бъдат изключени."),
        # a liability said to be limited blocks nothing
        ("bg.evasion.blokiran",
         "Монтажът е поверен на партньорска бригада, поради което отговорността ни тук е ограничена."),
        # a place closed for named works: a state with its cause
        ("bg.evasion.agentless-past-passive", "Басейнът беше затворен три дни заради ремонт на филтрите."),
        # advice the customer did not follow is no job of ours left undone
        ("bg.evasion.ne-e-obraboteno",
         "При доставката на паркета Ви беше препоръчано да проветрявате стаята два дни, което не е направено."),
        # a step placed in the customer's own remit: the reader sets its date
        ("bg.vague_promise.sled-neopredeleno",
         "Депозитът ще бъде освободен след приключване на огледа, чието насрочване е в правомощията на възложителя."),
        # another body's system refusing, its rule told in words with its term
        ("bg.evasion.third-party-frame",
         "Системата на агенцията не приема заявления за стипендия след 15 октомври."),
    ],
)
def test_a_rule_steps_aside_where_its_message_does_not_fit(rule, text):
    assert rule not in _rules(text)


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        ("bg.vague_promise.shte-se-postaraem", "Въвеждаме мерки за недопускане на подобни пропуски."),
        ("bg.evasion.obektivni-prichini-ne-uspya", "Преводачът по уважителни причини не успя да завърши превода."),
        ("bg.bureaucratese.badeshte-stradatelen", "Кранът ще бъде сменен до петък."),
        ("bg.evasion.otkaz-bez-prichina", "Сумата не може да бъде възстановена."),
        ("bg.evasion.blokiran", "Профилът Ви е блокиран."),
        ("bg.evasion.agentless-past-passive", "Басейнът беше затворен заради недостиг на персонал."),
        ("bg.evasion.ne-e-obraboteno", "Сумата по сметката не е преведена."),
        ("bg.vague_promise.sled-neopredeleno", "Депозитът ще бъде освободен след приключване на огледа."),
        ("bg.evasion.third-party-frame", "Системата на агенцията не приема заявлението Ви."),
        ("bg.evasion.propusk-na-klienta-prichina",
         "При доставката на паркета Ви беше препоръчано да проветрявате стаята два дни, което не е направено."),
        # the same words told where they fit
        ("bg.evasion.sluchva-se", "При тръби на такава възраст течове и повреди не могат да бъдат изключени."),
        ("bg.evasion.otgovornostta-e-na-treti",
         "Монтажът е поверен на партньорска бригада, поради което отговорността ни тук е ограничена."),
    ],
)
def test_its_neighbour_of_the_same_shape_still_fires(rule, text):
    assert rule in _rules(text)
