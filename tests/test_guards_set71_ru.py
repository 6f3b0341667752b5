"""Guard set 71's Russian classes, in other domains: a charge not presented for payment and costs the business bears
are a free service; the moments of a relative clause told in the past («который вы заказали на 14.02») are what was
ordered, no term of the reply's; a visit said not to come («мастер к вам не приедет») refuses it; a time with no half
of the day is either hour as a term too; and a reply that keeps most of its draft's officialese word for word, with as
many warnings, is no better than the draft."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew

_GAUGES = (
    "Уважаемый Сергей Иванович!\n\nПри поверке 14 манометров по заявке № П-118 2 прибора были ошибочно признаны "
    "неисправными. Приносим извинения.\n\nПовторная поверка будет проведена 11.03.\n{cost}\n\nС уважением,\n"
    "лаборатория «Метрика»"
)
_GAUGES_REPLY = (
    "Здравствуйте, Сергей Иванович!\n\nПростите: 2 манометра из 14 по заявке № П-118 мы по ошибке признали "
    "неисправными.\n\n11.03 мы проверим их ещё раз, для вас это бесплатно.\n\nС уважением,\nлаборатория «Метрика»"
)


@pytest.mark.parametrize("cost, new", [
    # a charge not presented for payment, the negation before the verb or after «к оплате»
    ("Стоимость повторной поверки к оплате не предъявляется.", []),
    ("Повторная поверка к оплате не предъявляется.", []),
    # costs the business bears, named by its role or said by us
    ("Расходы по повторной поверке несёт исполнитель.", []),
    ("Все затраты на повторную поверку мы понесём сами.", []),
    # … while the customer's costs, or a charge presented, give nothing free
    ("Расходы по повторной поверке несёт заказчик.", ["free"]),
    ("Стоимость повторной поверки будет предъявлена к оплате отдельно.", ["free"]),
])
def test_a_charge_not_presented_and_costs_the_business_bears_are_free(cost, new):
    assert [k for k in promised_anew("ru", _GAUGES.format(cost=cost), _GAUGES_REPLY) if k == "free"] == new


_HALL = (
    "Уважаемая Ирина Олеговна!\n\nБанкетный зал «Сирень», заказанный Вами на 14.02 с 17:00 до 23:00, не может быть "
    "предоставлен из-за аварии водопровода. Приносим извинения.\n\nВзамен будет предоставлен зал «Лаванда». "
    "Оформление зала будет завершено 14.02 к 15:00.\n\nС уважением,\nресторан «Флора»"
)


@pytest.mark.parametrize("sentence, new", [
    # the hours of the hall the customer ordered, in a relative clause told in the past
    ("Вместо зала «Сирень», который вы заказали на 14.02 с 17:00 до 23:00, мы подготовим зал «Лаванда» к 15:00.", []),
    # … while a relative clause of what we will do names a term of the reply's
    ("Вместо зала «Сирень» мы подготовим зал «Лаванда», который будет в вашем распоряжении с 17:00 до 23:00.", ["deadline"]),
    # … and so do the hours promised outright
    ("Зал «Лаванда» будет в вашем распоряжении 14.02 с 17:00 до 23:00.", ["deadline"]),
])
def test_the_moments_of_a_relative_clause_told_in_the_past_are_no_term(sentence, new):
    reply = (
        f"Здравствуйте, Ирина Олеговна!\n\nПростите нас: в зале «Сирень» прорвало трубу.\n\n{sentence}\n\nС уважением,\n"
        "ресторан «Флора»"
    )
    assert [k for k in promised_anew("ru", _HALL, reply) if k == "deadline"] == new


_PLUMBER = (
    "Уважаемый Андрей Викторович!\n\nВизит сантехника, назначенный на 20.03 в 9:00, не может состояться. Приносим "
    "извинения.\n\nСантехник приедет 21.03 в 16:30.\n\nС уважением,\nсервис «Кран»"
)


@pytest.mark.parametrize("said, new", [
    # the draft's visit said not to come on its date, and a time with no half of the day said for 16:30
    ("Сантехник 20.03 в 9:00 к вам не приедет. Он приедет 21.03 в половине пятого.", []),
    # … while a visit said to come at the draft's refused time is a term of the reply's
    ("Сантехник приедет 20.03 в 9:00, а 21.03 в половине пятого закончит работу.", ["deadline"]),
    # … and half past another hour is another term
    ("Сантехник 20.03 к вам не приедет. Он приедет 21.03 в половине шестого.", ["deadline"]),
])
def test_a_visit_said_not_to_come_refuses_and_a_time_with_no_half_of_the_day_is_either(said, new):
    reply = f"Здравствуйте, Андрей Викторович!\n\nПростите нас за перенос.\n\n{said}\n\nС уважением,\nсервис «Кран»"
    assert [k for k in promised_anew("ru", _PLUMBER, reply) if k == "deadline"] == new


_INSURANCE = (
    "Уважаемый Павел Андреевич!\n\nНастоящим уведомляем Вас, что по полису № КС-4410 мы ошиблись в расчёте страховой "
    "премии, простите нас. Сумма премии 12 400 руб. изменению не подлежит, перерасчёт сделаем в срок до 20.04.\n\n"
    "Надеемся на Ваше понимание.\n\nС уважением,\nстраховая компания «Опора»"
)


@pytest.mark.parametrize("reply, refused", [
    # a few words changed, half the officialese kept word for word, one phrase swapped for another
    (
        "Уважаемый Павел Андреевич!\n\nСообщаем, что по полису № КС-4410 мы ошиблись в расчёте страховой премии, "
        "простите нас. Сумма премии 12 400 руб. изменению не подлежит, перерасчёт сделаем в срок до 20.04.\n\n"
        "Надеемся на понимание.\n\nС уважением,\nстраховая компания «Опора»",
        True,
    ),
    # … while a reply that keeps one phrase and drops the rest is better
    (
        "Здравствуйте, Павел Андреевич!\n\nМы ошиблись в расчёте премии по полису № КС-4410, простите нас. Премия "
        "остаётся 12 400 руб., а перерасчёт сделаем в срок до 20.04.\n\nС уважением,\nстраховая компания «Опора»",
        False,
    ),
])
def test_a_reply_that_keeps_half_its_drafts_officialese_is_no_better(reply, refused):
    assert ("not_better" in problems_with("ru", _INSURANCE, reply)) is refused
