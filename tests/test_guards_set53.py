"""Guard set 53's Russian classes, in other domains: an id whose parts stand between slashes («№ 5/12-Б») is one fact
with or without its «№»; a woman's surname the dictionary reads as an adjective («Лукова») is the same name in its other
cases; a charge «взиматься не будет» is a free service; a weekday in the plural («по средам») recurs and names no date
beside it; a sick leave in the official word («временная нетрудоспособность») is kept by «заболел»; a thing that «не
попала» where it belongs beside the order we chose («сначала мы …») names who left it out."""
from __future__ import annotations

import pytest

from guard_checks import error_rules, problems_with, promised_anew, same_facts


@pytest.mark.parametrize("draft, reply, same", [
    # an id whose parts stand between slashes keeps them with or without its «№»
    ("Смета № 5/12-Б на ремонт крыши готова.", "Смета 5/12-Б на ремонт крыши готова.", True),
    ("Акт № 31/7-ТО подписан.", "Акт 31/7-ТО подписан.", True),
    # … though a date or a year after the slash is the number's own («№ 1120 от 18.07.2026»)
    ("Письмо № 1120/18.07.2026 получено.", "Письмо № 1120 от 18.07.2026 получено.", True),
    ("Постановление № 48/2026 отменено.", "Постановление № 48 от 2026 года отменено.", True),
    # … while another id, or one of its pieces alone, is a changed fact
    ("Смета № 5/12-Б на ремонт крыши готова.", "Смета 5/13-Б на ремонт крыши готова.", False),
    ("Смета № 5/12-Б на ремонт крыши готова.", "Смета № 5 на ремонт крыши готова.", False),
])
def test_an_id_with_slashes_is_one_fact(draft, reply, same):
    assert same_facts("ru", draft, reply) is same


_CURATOR_DRAFT = (
    "Уважаемый Павел!\n\nСообщаем, что Ваш заказ передан технологу. Ответственный технолог — Ирина Лукова. "
    "Образцы ткани будут отправлены 12.05.2027.\n\nС уважением,\nателье «Нить»"
)


@pytest.mark.parametrize("reply, new", [
    # a woman's surname the dictionary reads as an adjective («Лукова»: «луковый») is the same name in another case
    ("Павел, здравствуйте!\n\nВаш заказ мы передали технологу — Ирине Луковой. Образцы ткани отправим 12.05.2027."
     "\n\nС уважением,\nателье «Нить»", False),
    ("Павел, здравствуйте!\n\nВаш заказ ведёт технолог, мы закрепили за вами Ирину Лукову. Образцы ткани отправим "
     "12.05.2027.\n\nС уважением,\nателье «Нить»", False),
    # … while another surname is a new one
    ("Павел, здравствуйте!\n\nВаш заказ ведёт технолог, мы закрепили за вами Ирину Крылову. Образцы ткани отправим "
     "12.05.2027.\n\nС уважением,\nателье «Нить»", True),
])
def test_a_womans_surname_in_another_case_is_the_same_name(reply, new):
    assert ("facts_new" in problems_with("ru", _CURATOR_DRAFT, reply)) is new


@pytest.mark.parametrize("draft, new", [
    # a charge that «взиматься не будет» (the negation after the verb, or before its auxiliary) is the draft's free service
    ("Плата за хранение шин до 20.04 взиматься не будет.", False),
    ("Доплата за хранение шин до 20.04 не будет взиматься.", False),
    # … while a charge that will be made is none
    ("Плата за хранение шин до 20.04 будет взиматься по тарифу.", True),
])
def test_a_charge_not_to_be_made_is_a_free_service(draft, new):
    reply = "Шины сохраним до 20.04 бесплатно."
    assert ("free" in promised_anew("ru", draft, reply)) is new


@pytest.mark.parametrize("draft, new", [
    # a weekday in the plural after a date recurs: the draft's «с 3 марта по средам и пятницам» names both days
    ("Уроки вокала будут проходить с 3 марта 2027 года по средам и пятницам в 18:00.", False),
    # … while a weekday the draft does not name is new
    ("Уроки вокала будут проходить с 3 марта 2027 года по пятницам в 18:00.", True),
])
def test_a_plural_weekday_after_a_date_is_a_moment_of_its_own(draft, new):
    reply = "С 3 марта 2027 года уроки вокала пройдут по средам и пятницам в 18:00."
    assert ("deadline" in promised_anew("ru", draft, reply)) is new


_TILER_DRAFT = (
    "Уважаемая Марина Олеговна!\n\nПриносим извинения за срыв сроков. Сообщаем, что перенос укладки плитки 12 и 14 мая "
    "был связан с временной нетрудоспособностью мастера, а уведомление заказчиков своевременно не производилось. "
    "Укладка будет выполнена 14.06.2027.\n\nС уважением,\nООО «Кафель»"
)
_TILER_END = " Уложим плитку 14.06.2027.\n\nС уважением,\nООО «Кафель»"


@pytest.mark.parametrize("reply, lost", [
    # a sick leave in the official word is kept by «заболел»
    ("Марина Олеговна, здравствуйте!\n\nПростите нас за сорванные сроки. Укладку плитки 12 и 14 мая мы перенесли, потому "
     "что плиточник заболел, и не предупредили вас." + _TILER_END, False),
    # … while a reply that keeps only the move has dropped the cause
    ("Марина Олеговна, здравствуйте!\n\nПростите нас за сорванные сроки. Укладку плитки 12 и 14 мая мы перенесли и не "
     "предупредили вас." + _TILER_END, True),
])
def test_a_sick_leave_is_kept_by_falling_ill(reply, lost):
    assert ("explanation" in problems_with("ru", _TILER_DRAFT, reply).get("parts_missing", ())) is lost


@pytest.mark.parametrize("text, flagged", [
    # a thing that «не попала» where it belongs, beside the order we chose (in the sentence or the next), names who
    ("Ваш автомобиль не попал в мартовскую запись на шиномонтаж. Сначала мы обслуживали машины такси по договору.", False),
    ("Заказ на визитки не попал в тираж на этой неделе: в первую очередь мы печатали бюллетени к выборам.", False),
    # … while an order told of someone else, or a first-person sentence of no order, names no one
    ("Ваш автомобиль не попал в мартовскую запись на шиномонтаж. Сначала бригада обслуживала машины такси.", True),
    ("Ваш автомобиль не попал в мартовскую запись на шиномонтаж. Мы проверили журнал записи вчера.", True),
])
def test_a_thing_left_out_beside_the_order_we_chose(text, flagged):
    assert ("ru.evasion.popalo-samo" in error_rules("ru", text)) is flagged
