"""Guard set 73's Bulgarian misses, as classes in other domains: a make or a name the draft writes in Latin letters
(„Opel“, „Škoda“) or gives only in passing („с куриер „Еконт““) is the same name in the other script,
a letter with a caron included („Š“ = „Ш“), while a name of other sounds is another."""
from __future__ import annotations

import pytest

from guard_checks import problems_with

_GARAGE = (
    "Уважаеми г-н Пенев,\n\nУведомяваме Ви, че ремонтът на автомобил {make} {model} по поръчка № РМ-415 ще приключи на "
    "12.03.2027 г. Поднасяме извинения за забавянето.\n\nС уважение,\nАвтосервиз „Искър“"
)
_GARAGE_REPLY = (
    "Здравейте, г-н Пенев,\n\nСъжаляваме за забавянето. Ремонтът на {car} по поръчка РМ-415 ще приключи на "
    "12.03.2027 г.\n\nПоздрави,\nАвтосервиз „Искър“"
)


@pytest.mark.parametrize("make, model, car", [
    # the make and the model in Cyrillic, the make's caron included
    ("Škoda", "Octavia", "Вашата Шкода Октавия"),
    ("Škoda", "Fabia", "Шкода Фабия"),
    ("Opel", "Corsa", "Вашия Опел Корса"),
])
def test_a_make_or_model_in_cyrillic_is_the_same_car(make, model, car):
    problems = problems_with("bg", _GARAGE.format(make=make, model=model), _GARAGE_REPLY.format(car=car))
    assert "facts_missing" not in problems and "facts_new" not in problems


@pytest.mark.parametrize("make, model, car, new", [
    # another make or model in Cyrillic is another car
    ("Škoda", "Octavia", "Вашата Шкода Фелиция", "Фелиция"),
    ("Škoda", "Fabia", "Вашата Сеат Фабия", "Сеат"),
])
def test_another_make_or_model_in_cyrillic_is_another_car(make, model, car, new):
    problems = problems_with("bg", _GARAGE.format(make=make, model=model), _GARAGE_REPLY.format(car=car))
    assert new in problems.get("facts_new", ())


_BAKERY = (
    "Уважаема г-жо Илиева,\n\nУведомяваме Ви, че поръчаните 3 торти ще бъдат изпратени на 08.02.2027 г. с куриер "
    "„{firm}“. Поднасяме извинения за забавянето.\n\nС уважение,\nСладкарница „Роза“"
)


@pytest.mark.parametrize("in_draft, in_reply, same", [
    # a firm the draft names only in passing, written in Latin letters: the same firm
    ("Еконт", "Econt", True),
    ("Спиди", "Speedy", True),
    # … another firm's Latin name is a new name
    ("Еконт", "Evropat", False),
    ("Спиди", "Speedex", False),
])
def test_a_firm_named_in_passing_written_in_latin(in_draft, in_reply, same):
    reply = (
        "Здравейте, г-жо Илиева,\n\nСъжаляваме за забавянето. Трите торти ще тръгнат на 08.02.2027 г. с куриер "
        f"{in_reply}.\n\nПоздрави,\nСладкарница „Роза“"
    )
    assert (in_reply not in problems_with("bg", _BAKERY.format(firm=in_draft), reply).get("facts_new", ())) is same
