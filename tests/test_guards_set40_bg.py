"""Guard set 40's Bulgarian misses as classes, in other domains: a share deducted from a bill is a discount in the
draft's passive as in the reply's active, and a discount of another share is another object given; a charge the
customer paid and will not pay again is no free service; a confirmation the customer will receive is a contact; a
thing handed over at the customer's place is a delivery; a time said the twelve-hour way with the half of the day
is the same time; a unit written in Latin letters after its number is no foreign word. A reply that turns the draft's fault
into more officialese of its own is no better than the draft."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew, same_facts

_DEDUCTED = "От месечната сметка ще бъдат приспаднати 15% от стойността на абонамента (40 лв.), т.е. 6 лв."


@pytest.mark.parametrize("reply, new", [
    # the draft's deduction, told in the active
    ("Ще намалим месечната Ви сметка с 15 % от стойността на абонамента, тоест с 6 лв.", []),
    ("Ще приспаднем 15% от стойността на абонамента – 6 лв. – от сметката Ви.", []),
    # … while a discount of another share is another object given
    ("Ще намалим сметката Ви с 15 %, а за ремонта ще получите и 25% отстъпка.", ["discount"]),
])
def test_a_share_deducted_from_the_bill_is_the_drafts_discount(reply, new):
    assert promised_anew("bg", _DEDUCTED, reply) == new


def test_a_deduction_from_the_invoice_before_its_verb_is_a_discount():
    draft = "От фактурата за декември ще бъдат отбити 8% от стойността на поръчката."
    assert promised_anew("bg", draft, "Ще намалим фактурата Ви с 8 % от стойността на поръчката.") == []


_PAID = "Депозитът от 30 лв. е внесен и не се дължи отново при новата дата."


@pytest.mark.parametrize("reply, new", [
    # the charge paid is not paid twice: no free service
    ("Депозита от 30 лв. вече сте внесли и няма да го плащате втори път.", []),
    ("Депозитът от 30 лв. е платен – няма да го плащате повторно.", []),
    # … while a charge waived is one
    ("Депозита от 30 лв. няма да го плащате.", ["free"]),
])
def test_a_charge_not_paid_again_is_no_free_service(reply, new):
    assert promised_anew("bg", _PAID, reply) == new


@pytest.mark.parametrize("draft, new", [
    # a confirmation or an answer the customer will receive is the draft's contact
    ("След монтажа ще получите потвърждение на имейла си.", []),
    ("До петък ще получите отговор от техническия отдел.", []),
    # … while a status the customer checks alone reaches no one
    ("След монтажа можете да проверите статуса на сайта.", ["contact"]),
])
def test_a_confirmation_received_is_a_contact(draft, new):
    assert promised_anew("bg", draft, "Щом приключим, ще Ви пишем, за да потвърдим.") == new


_FREE_REPLY = "Ще сменим повредените кашони за наша сметка и ще ги доставим."


@pytest.mark.parametrize("draft, new", [
    # a thing handed over or sent to the customer's place is delivered: the free service beside it is the draft's
    ("Повредените кашони ще бъдат сменени за наша сметка и предадени в склада Ви.", []),
    ("Повредените кашони ще бъдат сменени за наша сметка и изпратени на адреса Ви.", []),
    # … while one collected at our shop brings nothing to the customer
    ("Повредените кашони ще бъдат сменени за наша сметка в магазина.", ["free"]),
])
def test_a_thing_handed_over_at_the_customers_place_is_delivered(draft, new):
    assert promised_anew("bg", draft, _FREE_REPLY) == new


@pytest.mark.parametrize("lang, draft, reply, same", [
    # the half of the day after a time in digits makes it the twelve-hour way
    ("bg", "Часът е в 20:15 ч.", "Часът е в 8:15 вечерта.", True),
    ("bg", "Сеансът започва в 15:45 ч.", "Сеансът започва в 3:45 следобед.", True),
    ("ru", "Сеанс начнётся в 21:10.", "Сеанс начнётся в 9:10 вечера.", True),
    # … while the other half of the day is another time
    ("bg", "Часът е в 20:15 ч.", "Часът е в 8:15 сутринта.", False),
    ("ru", "Сеанс начнётся в 21:10.", "Сеанс начнётся в 9:10 утра.", False),
])
def test_a_time_with_the_half_of_the_day_is_the_same_time(lang, draft, reply, same):
    assert same_facts(lang, draft, reply) is same


_SHELF = "Рафтът е с дълбочина 35 см и товароносимост 40 кг. Ще Ви го доставим до петък."


@pytest.mark.parametrize("reply", [
    "Рафтът е с дълбочина 35 cm и товароносимост 40 kg. Ще Ви го доставим до петък.",
    "Рафтът е с дълбочина 350 mm и товароносимост 40 кг. Ще Ви го доставим до петък.",
])
def test_a_unit_in_latin_letters_after_its_number_is_no_foreign_word(reply):
    assert "language_wrong" not in problems_with("bg", _SHELF, reply)


def test_a_latin_word_beside_a_number_but_no_unit_is_foreign():
    reply = "Рафтът е с дълбочина 35 см и товароносимост 40 кг. Ще Ви го доставим до петък, 35 cm deep."
    assert "deep" in problems_with("bg", _SHELF, reply).get("language_wrong", ())


_REPAIR = (
    "Уважаемая Галина Сергеевна!\n\nПриносим извинения за задержку ремонта холодильника по заказу № "
    "РМ-3310. Компрессор был заменён 14.04.2027, однако в связи с поставкой неисправного термостата "
    "деталь была повторно заказана 16.04.2027. Мастер будет направлен к вам 20.04.2027 с 10:00 до "
    "14:00. Стоимость повторного выезда в размере 1 500 руб. не взимается. По возникающим вопросам "
    "просьба обращаться по тел. 8 800 200-14-14. Благодарим за понимание.\n\nС уважением,\nсервисный "
    "центр «ХолодТех»"
)


@pytest.mark.parametrize("reply, better", [
    # the draft's one fault turned into officialese of its own, more of it than the draft had
    ((
        "Уважаемая Галина Сергеевна!\n\nПриносим Вам извинения за задержку ремонта холодильника по заказу № "
        "РМ-3310. Замена компрессора была осуществлена 14.04.2027. В связи с поставкой неисправного "
        "термостата повторный заказ детали был произведён 16.04.2027. Направление мастера к вам будет "
        "осуществлено 20.04.2027 с 10:00 до 14:00. Стоимость повторного выезда в размере 1 500 руб. не "
        "взимается. По возникающим вопросам просьба обращаться по тел. 8 800 200-14-14. Благодарим за "
        "понимание.\n\nС уважением,\nсервисный центр «ХолодТех»"
    ), False),
    # … while the same account told plainly is better
    ((
        "Галина Сергеевна, здравствуйте!\n\nПростите, что ремонт холодильника по заказу № РМ-3310 "
        "затянулся. Компрессор мы заменили 14.04.2027, но нам прислали неисправный термостат, и 16.04.2027 "
        "мы заказали новый.\n\nМастер приедет к вам 20.04.2027 с 10:00 до 14:00. Повторный выезд стоит 1 "
        "500 руб., но платить за него не нужно. Если появятся вопросы, звоните: 8 800 200-14-14.\n\nСпасибо "
        "за терпение!\nСервисный центр «ХолодТех»"
    ), True),
])
def test_a_fault_turned_into_more_officialese_is_no_better(reply, better):
    assert ("not_better" not in problems_with("ru", _REPAIR, reply)) is better
