"""Guard set 49, the improvement guard's false rejections: a reply owns what its words seem to leave without a
doer when it says the fault is ours with the noun first («Ошибка наша — …», «Вина моя: …») or puts the cause in
us („Причината е у нас.“), in the passive's own sentence or elsewhere in the reply. The lint's `unless` sees it, so
`rewrite --check` and the guard agree; the same words without the owner, or with the ownership denied, stay findings."""
from __future__ import annotations

import pytest

from guard_checks import error_rules

OWNED = [
    ("ru", "Ошибка наша — абонемент в бассейн был неверно посчитан по старому тарифу."),
    ("ru", "По нашей вине стоматологическая коронка была неправильно подобрана по цвету."),
    ("ru", "Вина моя: я не проверила бронь. Билеты на концерт, которые пришли по ошибке, можно не возвращать."),
    ("ru", "Ошибка наша. Чехлы, что доставили по ошибке, оставьте себе."),
    ("bg", "Съжаляваме за объркването – причината е у нас. Часът Ви при фризьора е бил записан за петък."),
    ("bg", "Причината е при нас. Часът Ви за масаж е бил записан за петък."),
]

UNOWNED = [
    ("ru", "Абонемент в бассейн был неверно посчитан по старому тарифу."),
    ("ru", "Это ошибка нашего партнёра: стоматологическая коронка была неправильно подобрана по цвету."),
    ("ru", "Билеты на концерт, которые пришли по ошибке, можно не возвращать."),
    ("ru", "Ошибка не наша — абонемент в бассейн был неверно посчитан по старому тарифу."),
    ("ru", "Увы, не по вине нашей студии абонемент в бассейн был неверно посчитан по старому тарифу."),
    ("bg", "Часът Ви при фризьора е бил записан за петък."),
    ("bg", "Причината не е у нас. Часът Ви за масаж е бил записан за петък."),
]


@pytest.mark.parametrize("lang, text", OWNED)
def test_a_fault_the_reply_owns_is_no_evasion(lang, text):
    assert error_rules(lang, text) == []


@pytest.mark.parametrize("lang, text", UNOWNED)
def test_the_same_words_without_an_owner_are_still_a_finding(lang, text):
    assert error_rules(lang, text) != []
