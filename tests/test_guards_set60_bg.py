"""Guard set 60's Bulgarian misses, as classes in other domains: a connector that opens the letter on the reader's matter
and runs on to our words of regret („Във връзка с Вашето запитване … бихме искали да изразим съжаление“) names the
topic, no cause; a document handed in is told by either verb („представена в срок“ → „подадохте я навреме“), and
what a check established by „се изясни“; a sum not owed („не се дължи допълнително плащане“) is no cause; a worker sent
(„ще изпратим техник“) is a visit; a cost borne in the passive with its sum between („разходите … в размер на 12 € ще
бъдат поети от книжарницата“) is a free service, and one borne by the reader („… поети от Вас“) is none."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew

_SIGN = "\n\nС уважение,\nСладкарница „Мед“"
_REPLY_SIGN = "\n\nПоздрави,\nСладкарница „Мед“"


@pytest.mark.parametrize("told, dropped", [
    # the cause kept, the topic's words (the enquiry, the regret) said otherwise
    ("Извиняваме се, че тортата по № 4471 закъсня: фурната ни се повреди.", False),
    # … while a reply that drops the cause has dropped it
    ("Извиняваме се, че тортата по № 4471 закъсня.", True),
])
def test_a_topic_run_on_to_our_regret_is_no_cause(told, dropped):
    draft = (
        "Уважаема госпожо Илиева,\n\nВъв връзка с Вашето запитване относно поръчка № 4471 бихме искали да изразим "
        "съжаление за забавянето. Тортата не беше готова навреме поради повреда във фурната на сладкарницата. Ще я "
        f"доставим на 14.05 до 12:00 ч.{_SIGN}"
    )
    reply = f"Здравейте, госпожо Илиева,\n\n{told} Ще я доставим на 14.05 до 12:00 ч.{_REPLY_SIGN}"
    assert ("parts_missing" in problems_with("bg", draft, reply)) is dropped


def test_a_connector_that_names_a_cause_before_our_regret_keeps_it():
    draft = (
        "Уважаема госпожо Илиева,\n\nВъв връзка с аварията в хладилната камера на сладкарницата бихме искали да изразим "
        f"съжаление за забавянето. Ще доставим тортата на 14.05 до 12:00 ч.{_SIGN}"
    )
    reply = f"Здравейте, госпожо Илиева,\n\nИзвиняваме се, че тортата закъсня. Ще я доставим на 14.05 до 12:00 ч.{_REPLY_SIGN}"
    assert "parts_missing" in problems_with("bg", draft, reply)


_GRANT = (
    "Уважаеми господин Донев,\n\nИскането Ви за помощ беше отхвърлено като непълно. След повторна проверка се установи, "
    "че декларацията е била представена в срок. Помощта от 150 € ще Ви бъде преведена до 30.06.\n\nС уважение,\n"
    "Фонд „Земеделие“"
)


@pytest.mark.parametrize("told, dropped", [
    # handed in, by the other verb, and what the check made clear
    ("При повторната проверка се изясни, че сте я подали навреме.", False),
    # … while owning the error alone drops what the check found
    ("", True),
])
def test_a_document_handed_in_is_told_by_either_verb(told, dropped):
    reply = (
        f"Здравейте, господин Донев,\n\nОтхвърлихме искането Ви като непълно, но сбъркахме. {told} Помощта от 150 € ще "
        "Ви бъде преведена до 30.06.\n\nПоздрави,\nФонд „Земеделие“"
    )
    assert ("parts_missing" in problems_with("bg", _GRANT, reply)) is dropped


@pytest.mark.parametrize("told, dropped", [
    # the cause kept, the sum not owed said as costing nothing
    ("Не монтирахме щорите на 3.04, защото доставчикът ни изпрати грешни профили.", False),
    # … while the failure alone drops the cause
    ("Не монтирахме щорите на 3.04.", True),
])
def test_a_sum_not_owed_is_no_cause(told, dropped):
    draft = (
        "Уважаема госпожо Тодорова,\n\nЩорите не бяха монтирани на 3.04, защото доставчикът ни изпрати грешни профили. "
        "Ще ги монтираме на 10.04. Монтажът е включен в цената и не се дължи допълнително плащане.\n\nС уважение,\n"
        "Щори „Сянка“"
    )
    reply = (
        f"Здравейте, госпожо Тодорова,\n\n{told} Ще ги монтираме на 10.04 и това няма да Ви струва нищо.\n\nПоздрави,\n"
        "Щори „Сянка“"
    )
    assert ("parts_missing" in problems_with("bg", draft, reply)) is dropped


_WASHER = "Уважаема госпожо Генчева,\n\nПералнята Ви спира по средата на програмата. {}\n\nС уважение,\nСервиз „Бяла техника“"


@pytest.mark.parametrize("step, new", [
    # a worker sent is the visit the reply tells as the worker coming
    ("Ще изпратим техник в сряда да смени помпата.", False),
    ("Фирмата ни ще Ви изпрати майстор в сряда.", False),
    # … while instructions sent bring no one
    ("Ще Ви изпратим инструкция за почистване на филтъра в сряда.", True),
])
def test_a_worker_sent_is_a_visit(step, new):
    reply = "Здравейте,\n\nТехникът ни ще дойде в сряда и ще смени помпата.\n\nПоздрави,\nСервиз „Бяла техника“"
    assert ("contact" in promised_anew("bg", _WASHER.format(step), reply)) is new


@pytest.mark.parametrize("borne, new", [
    # the cost borne by us in the passive, its sum between
    ("от книжарницата", False),
    # … while one borne by the reader is no free service of ours
    ("от Вас", True),
])
def test_a_cost_borne_with_its_sum_named_is_free(borne, new):
    draft = (
        "Уважаеми господин Русев,\n\nКнигите ще пристигнат до 5.11. Разходите по доставката в размер на 12 € ще бъдат "
        f"поети {borne}.\n\nС уважение,\nКнижарница „Хеликон“"
    )
    reply = "Здравейте,\n\nКнигите ще пристигнат до 5.11. Доставката от 12 € е за наша сметка.\n\nПоздрави,\nКнижарница „Хеликон“"
    assert ("free" in promised_anew("bg", draft, reply)) is new
