"""Guard set 77's Russian classes, in other domains: a payment waived («оплату не возьмём», «денег брать не будем») is a
free service, which a draft that waives nothing does not cover and a draft's own waiver («стоимость повторно не
взимается», «стоимость … исключается», «не оплачивается») does; a free service done besides names what it adds from its
word of addition on; the day of an event («в день проведения работ») is the same day a reply says «в тот же день»; our
own step said not to be taken by a term («к пятнице мы не выдадим») refuses that term, no deadline."""
from __future__ import annotations

import pytest

from guard_checks import promised_anew

_TUTOR_DRAFT = (
    "Уважаемая Ирина Олеговна!\n\nСообщаем, что занятия по математике 14.10.2026 и 16.10.2026 не состоялись по причине "
    "болезни преподавателя. Приносим извинения.\n\nС 21.10.2026 занятия будет вести преподаватель Белова Н. А.\n\n"
    "С уважением,\nцентр «Интеграл»"
)


@pytest.mark.parametrize("waiver, new", [
    # the payment waived for what was not done, the draft waiving nothing
    ("За пропущенные занятия мы не возьмём оплату.", ["free"]),
    ("За эти занятия денег мы с вас брать не будем.", ["free"]),
    # … while a payment merely told, or asked for, waives nothing
    ("Оплату за октябрь вы внесли полностью.", []),
])
def test_a_payment_waived_is_a_free_service_the_draft_must_give(waiver, new):
    reply = (
        "Здравствуйте, Ирина Олеговна!\n\nПростите нас: 14.10.2026 и 16.10.2026 занятий по математике не было, "
        f"преподаватель заболел. С 21.10.2026 занятия ведёт Белова Н. А. {waiver}\n\nС уважением,\nцентр «Интеграл»"
    )
    assert promised_anew("ru", _TUTOR_DRAFT, reply) == new


@pytest.mark.parametrize("draft_waiver", [
    "Стоимость повторного замера в размере 1 500 руб. повторно не взимается.",
    "Стоимость повторного замера в размере 1 500 руб. из итоговой суммы исключается.",
    "Повторный замер дополнительно не оплачивается.",
])
def test_a_waiver_the_draft_makes_covers_the_reply_s_in_its_own_words(draft_waiver):
    draft = (
        "Уважаемый Олег Петрович!\n\nЗамер окон по заказу № ОК-77 выполнен с ошибкой. Приносим извинения.\n\n"
        f"Повторный замер будет выполнен 12.05.2026. {draft_waiver}\n\nС уважением,\nООО «Окна-Сервис»"
    )
    reply = (
        "Здравствуйте, Олег Петрович!\n\nМы ошиблись при замере окон по заказу ОК-77, простите. Замерщик приедет "
        "снова 12.05.2026, и денег за повторный замер (1 500 руб.) мы не возьмём.\n\nС уважением,\nООО «Окна-Сервис»"
    )
    assert "free" not in promised_anew("ru", draft, reply)


def test_a_free_service_done_besides_is_new_beside_the_draft_s_waiver():
    draft = (
        "Уважаемый Олег Петрович!\n\nЗамер окон по заказу № ОК-77 выполнен с ошибкой. Приносим извинения.\n\n"
        "Повторный замер будет выполнен 12.05.2026, стоимость замера 1 500 руб. повторно не взимается.\n\n"
        "С уважением,\nООО «Окна-Сервис»"
    )
    reply = (
        "Здравствуйте, Олег Петрович!\n\nПростите за ошибку. Замерщик приедет 12.05.2026: за повторный замер "
        "1 500 руб. мы не возьмём, а в придачу бесплатно отрегулируем фурнитуру балконной двери.\n\n"
        "С уважением,\nООО «Окна-Сервис»"
    )
    assert promised_anew("ru", draft, reply) == ["free"]


_ELEVATOR_DRAFT = (
    "Уважаемая Анна Сергеевна!\n\nТехническое обслуживание лифта в доме № 5 по ул. Лесной, запланированное на "
    "03.03.2026, не проведено из-за отсутствия запчастей. Приносим извинения.\n\nОбслуживание будет проведено "
    "10.03.2026. Акт выполненных работ будет передан в день проведения обслуживания.\n\nС уважением,\nООО «Лифтсервис»"
)


@pytest.mark.parametrize("when, new", [
    # the day of the work, said as «в тот же день»
    ("в тот же день", []),
    # … while another day is a term of the reply's own
    ("в течение 3 дней", ["deadline"]),
])
def test_the_day_of_an_event_is_the_same_day(when, new):
    reply = (
        "Здравствуйте, Анна Сергеевна!\n\nПростите: 03.03.2026 мы не обслужили лифт в доме № 5 по ул. Лесной, не "
        f"хватило запчастей. Обслужим его 10.03.2026, а акт работ передадим {when}.\n\nС уважением,\nООО «Лифтсервис»"
    )
    assert promised_anew("ru", _ELEVATOR_DRAFT, reply) == new


_BINDERY_DRAFT = (
    "Уважаемый Павел Андреевич!\n\nСообщаем, что переплёт 40 экземпляров диссертации по заказу № П-310 не может быть "
    "выполнен до 12.06.2026 в связи с поломкой термоклеевой машины. Приносим извинения.\n\nПереплёт будет выполнен "
    "до 17.06.2026.\n\nС уважением,\nпереплётная мастерская «Корешок»"
)


@pytest.mark.parametrize("refusal, new", [
    # the draft's date said not to be met by our own step in the future
    ("К 12.06.2026 мы не переплетём 40 экземпляров по заказу П-310", []),
    ("По заказу П-310 мы не переплетём 40 экземпляров до 12.06.2026", []),
    # … while the same date promised outright is a term the draft refuses
    ("Мы переплетём 40 экземпляров по заказу П-310 к 12.06.2026", ["deadline"]),
])
def test_our_step_said_not_to_be_taken_by_a_term_refuses_it(refusal, new):
    reply = (
        f"Здравствуйте, Павел Андреевич!\n\nПростите: {refusal} — сломалась термоклеевая машина. Переплёт будет "
        "готов до 17.06.2026.\n\nС уважением,\nпереплётная мастерская «Корешок»"
    )
    assert promised_anew("ru", _BINDERY_DRAFT, reply) == new
