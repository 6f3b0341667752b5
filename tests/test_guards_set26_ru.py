"""Guard set 26's Russian bad replies let through, as classes in other domains and both languages: a reply cut
off on a particle that leads a predicate still to come, and a refund the draft gives only once the customer's
paper comes, promised outright."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew

# A dry cleaner's reply and a bike shop's, each with a last line cut short before its verb.
_CLEANER = (
    "Здравствуйте, Ольга!\n\nПростите нас: пятно на пальто из заказа № 4410 мы не вывели. Почистим его ещё раз "
    "бесплатно до 18.03.\n\nХорошего дня!"
)
_BIKES = (
    "Здравейте, Петър!\n\nИзвинете ни: велосипедът по поръчка № 2207 пристигна с огънато колело. Ще сменим колелото "
    "безплатно до 12.06.\n\nПриятен ден!"
)
ENDINGS = [  # (lang, draft, reply, whether the reply is cut short)
    ("ru", _CLEANER, _CLEANER.replace("Хорошего дня!", "Ещё раз простите, мастер уже"), True),
    ("ru", _CLEANER, _CLEANER.replace("Хорошего дня!", "Если пятно останется, мы бы"), True),
    ("ru", _CLEANER, _CLEANER.replace("Хорошего дня!", "Пальто вы получите чистым, мы даже"), True),
    ("bg", _BIKES, _BIKES.replace("Приятен ден!", "Още веднъж се извиняваме, ние вече"), True),
    ("bg", _BIKES, _BIKES.replace("Приятен ден!", "Колелото ще е ново, а сервизът също"), True),
    ("ru", _CLEANER, _CLEANER.replace("Хорошего дня!", "Хорошего дня!\n\nС уважением,\nхимчистка «Снежок»"), False),
    ("ru", _CLEANER, _CLEANER.replace("Хорошего дня!", "Спасибо, что вы с нами уже пять лет!"), False),
    ("bg", _BIKES, _BIKES.replace("Приятен ден!", "Поздрави,\nекипът на „Велодром“"), False),
]


@pytest.mark.parametrize("lang, draft, reply, cut", ENDINGS)
def test_a_last_line_cut_on_a_particle_before_its_verb_is_truncated(lang, draft, reply, cut):
    assert ("shape_truncated" in problems_with(lang, draft, reply)) is cut


# A refund the draft makes once the customer's written request, receipt or paper comes in.
_OVERPAID = (
    "Лишние 2 300 руб. зачтём в оплату следующего месяца либо, при поступлении от вас заявления, вернём на карту в "
    "течение 5 рабочих дней."
)
_TICKET = "При предъявлении кассового чека стоимость билета будет возвращена в течение 3 дней."
_INVOICE = (
    "Надвзетите 40 лв. ще приспаднем от следващата фактура или, при получаване на писмено искане от Вас, ще ги преведем "
    "по сметката Ви в срок от 5 работни дни."
)
REFUNDS = [  # (lang, draft, reply, whether the reply promises the refund outright)
    ("ru", _OVERPAID, "Лишние 2 300 руб. вернём на карту в течение 5 рабочих дней — заявление писать не нужно.", True),
    ("ru", _TICKET, "Стоимость билета вернём в течение 3 дней.", True),
    ("bg", _INVOICE, "Надвзетите 40 лв. ще преведем по сметката Ви в срок от 5 работни дни, без да е нужно искане.", True),
    ("ru", _OVERPAID, "Лишние 2 300 руб. зачтём в оплату следующего месяца. А если пришлёте заявление, вернём их на "
                      "карту в течение 5 рабочих дней.", False),
    ("ru", _TICKET, "Покажите кассовый чек, и мы вернём стоимость билета в течение 3 дней.", False),
    ("bg", _INVOICE, "Надвзетите 40 лв. ще приспаднем от следващата фактура. Ако ни изпратите писмено искане, ще ги "
                     "преведем по сметката Ви в срок от 5 работни дни.", False),
]


@pytest.mark.parametrize("lang, draft, reply, outright", REFUNDS)
def test_a_refund_held_by_the_customers_paper_is_promised_outright_only_without_it(lang, draft, reply, outright):
    assert bool(promised_anew(lang, draft, reply)) is outright
