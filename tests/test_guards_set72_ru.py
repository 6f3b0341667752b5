"""Guard set 72's Russian classes, in other domains: a name in quotes given in place of the draft's is a changed fact,
while one declined, spelled out or with its quotes changed is kept; a town's name after «г.» may be left out whole; a
step said next as all it takes holds the promise before it; a hope, a wish or a request names no term of ours; a cause
told only as the step asked of the reader is dropped; a fact's label spelled out keeps its step; a moment told by a
date after a colon is that date; and a Latin name written in Cyrillic and declined is the same name."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew


def _facts_problems(draft: str, reply: str) -> dict[str, tuple[str, ...]]:
    return {k: v for k, v in problems_with("ru", draft, reply).items() if k.startswith("facts")}


def _deadlines_anew(draft: str, reply: str) -> list[str]:
    return [k for k in promised_anew("ru", draft, reply) if k == "deadline"]

_COURSE = (
    "Уважаемая Ольга Сергеевна!\n\nИнформируем Вас, что занятие курса «Основы акварели» 14.03 не состоялось по причине "
    "болезни преподавателя. Приносим извинения.\n\nЗанятие будет проведено 21.03 в 18:00.\n\nС уважением,\nстудия «Палитра»"
)


@pytest.mark.parametrize("course, facts", [
    # another course of the same kind, in the same quotes
    ("«Основы графики»", {"facts_missing": ("«Основы акварели»",), "facts_new": ("«Основы графики»",)}),
    # … or in other quotes
    ("„Основы пастели“", {"facts_missing": ("«Основы акварели»",), "facts_new": ("„Основы пастели“",)}),
    # the draft's course, in other quotes, declined, or with no quotes at all
    ("„Основы акварели“", {}),
    ("«Основам акварели»", {}),
    ("Основы акварели", {}),
])
def test_a_name_in_quotes_given_in_place_of_the_drafts_is_a_changed_fact(course, facts):
    reply = (
        f"Здравствуйте, Ольга Сергеевна!\n\nПростите: занятие курса {course} 14.03 отменили, потому что заболел "
        "преподаватель.\n\nМы проведём его 21.03 в 18:00.\n\nС уважением,\nстудия «Палитра»"
    )
    assert _facts_problems(_COURSE, reply) == facts


@pytest.mark.parametrize("park, facts", [
    # the draft's park, its abbreviation spelled out
    ("«Парк имени Горького»", {}),
    # … while another park is a changed fact
    ("«Парк имени Шевченко»", {"facts_missing": ("«Парк им. Горького»",), "facts_new": ("Шевченко", "«Парк имени Шевченко»")}),
])
def test_a_name_in_quotes_with_its_abbreviation_spelled_out_is_kept(park, facts):
    draft = (
        "Уважаемый Игорь Львович!\n\nСообщаем, что экскурсия в «Парк им. Горького» 05.06 отменена в связи с ремонтом "
        "аллей. Приносим извинения.\n\nСтоимость 1 200 руб. будет возвращена до 10.06.\n\nС уважением,\nбюро «Маршрут»"
    )
    reply = (
        f"Здравствуйте, Игорь Львович!\n\nПростите: экскурсию в {park} 05.06 пришлось отменить, там ремонтируют "
        "аллеи.\n\n1 200 руб. вернём до 10.06.\n\nС уважением,\nбюро «Маршрут»"
    )
    assert _facts_problems(draft, reply) == facts


_FAIR = (
    "Уважаемая Марина Юрьевна!\n\nСообщаем, что Ваш стенд на ярмарке 12.09 в г. Старый Оскол не был установлен в связи "
    "с поломкой грузовика. Приносим извинения.\n\nВзнос 4 000 руб. будет возвращён до 20.09.\n\nС уважением,\nагентство "
    "«Экспо»"
)


@pytest.mark.parametrize("where, facts", [
    # the town left out, both its words
    ("на ярмарке 12.09", {}),
    # … or named in another case
    ("на ярмарке 12.09 в Старом Осколе", {}),
    # … while another town is a new name
    ("на ярмарке 12.09 в Новом Осколе", {"facts_new": ("Новом",)}),
])
def test_a_towns_name_after_its_kind_may_be_left_out_whole(where, facts):
    reply = (
        f"Здравствуйте, Марина Юрьевна!\n\nПростите: ваш стенд {where} мы не поставили, потому что сломался грузовик.\n\n"
        "4 000 руб. вернём до 20.09.\n\nС уважением,\nагентство «Экспо»"
    )
    assert _facts_problems(_FAIR, reply) == facts


_TUNING = (
    "Уважаемый Вадим Петрович!\n\nНастройка рояля 03.04 не была проведена из-за болезни мастера. Приносим извинения.\n\n"
    "Мастер готов провести настройку 10.04 при условии подтверждения до 07.04.\n\nС уважением,\nсалон «Камертон»"
)


@pytest.mark.parametrize("offer, new", [
    # the condition said next as all it takes
    ("Мастер настроит рояль 10.04. Нужно только подтвердить визит до 07.04.", []),
    ("Мастер настроит рояль 10.04. Достаточно лишь подтвердить визит до 07.04.", []),
    # … while a date promised with no step after it is a term of the reply's
    ("Мастер настроит рояль 10.04. Будем рады вас видеть.", ["deadline"]),
])
def test_a_step_said_next_as_all_it_takes_holds_the_promise(offer, new):
    reply = f"Здравствуйте, Вадим Петрович!\n\nПростите: мастер заболел.\n\n{offer}\n\nС уважением,\nсалон «Камертон»"
    assert _deadlines_anew(_TUNING, reply) == new


_BOATS = (
    "Уважаемый Роман Ильич!\n\nПрогулка на катере 02.07 была отменена из-за шторма. Приносим извинения.\n\nСтоимость "
    "3 000 руб. будет возвращена в течение 3 рабочих дней. Прогулка на 16.07 будет проведена по расписанию.\n\nС уважением,"
    "\nклуб «Бриз»"
)


@pytest.mark.parametrize("said, new", [
    # a hope or a wish for the day of the next trip, and a step asked of the reader by a date
    ("Очень надеемся на хорошую погоду в субботу.", []),
    ("Желаем вам приятной прогулки в субботу.", []),
    ("Просим вас подтвердить прогулку до 09.07.", []),
    # … while a day of ours is a term
    ("Пришлём вам билеты в субботу.", ["deadline"]),
])
def test_a_hope_a_wish_or_a_request_names_no_term_of_ours(said, new):
    reply = (
        "Здравствуйте, Роман Ильич!\n\nПростите: 02.07 из-за шторма мы отменили прогулку.\n\n3 000 руб. вернём в течение "
        f"3 рабочих дней. {said}\n\nС уважением,\nклуб «Бриз»"
    )
    assert _deadlines_anew(_BOATS, reply) == new


_RANK = (
    "Уважаемый Денис Олегович!\n\nСообщаем, что Ваше заявление о выдаче разряда рассмотрено. Решение не может быть принято "
    "в связи с тем, что в пакете документов отсутствует оригинал протокола к соревнованию «Кубок Урала по плаванию», а "
    "копия протокола основанием не является.\n\nДля продолжения рассмотрения необходимо представить оригинал протокола в "
    "спорткомитет до 30.04. После этого решение будет принято в течение 5 рабочих дней.\n\nС уважением,\nспорткомитет "
    "«Олимп»"
)


@pytest.mark.parametrize("said, lost", [
    # the cause told only as the step asked of the reader, its document named in full
    ("Чтобы мы могли продолжить, принесите, пожалуйста, оригинал протокола к соревнованию «Кубок Урала по плаванию» в "
     "спорткомитет. Сделать это нужно до 30.04.", ("explanation",)),
    # … while the cause told in a sentence of its own is kept
    ("Среди документов нет оригинала протокола к соревнованию «Кубок Урала по плаванию», а копии недостаточно. Принесите, "
     "пожалуйста, оригинал в спорткомитет до 30.04.", ()),
])
def test_a_cause_told_only_as_the_step_asked_of_the_reader_is_dropped(said, lost):
    reply = (
        f"Здравствуйте, Денис Олегович!\n\nМы рассмотрели ваше заявление о выдаче разряда.\n\n{said} После этого примем "
        "решение в течение 5 рабочих дней.\n\nС уважением,\nспорткомитет «Олимп»"
    )
    assert problems_with("ru", _RANK, reply).get("parts_missing", ()) == lost


_RECEIPT = (
    "Уважаемая Вера Павловна!\n\nСообщаем, что Ваша заявка на возврат рассмотрена. Решение о возврате не может быть "
    "принято в связи с тем, что к заявке не приложен оригинал чека.\n\nДля продолжения рассмотрения заявки необходимо "
    "представить оригинал чека в каб. 108 по адресу: г. Тула, ул. Советская, д. 5, в срок до 20.02.2026. После этого "
    "решение будет принято в течение 3 рабочих дней.\n\nС уважением,\nмагазин «Уют»"
)


@pytest.mark.parametrize("where, problems", [
    # the step with its label spelled out
    ("Адрес: г. Тула, улица Советская, 5, кабинет 108.", {}),
    # … while a reply that leaves the room out is stopped for it
    ("Адрес: г. Тула, улица Советская, 5.", {"facts_missing": ("108",)}),
])
def test_a_facts_label_spelled_out_keeps_its_step(where, problems):
    reply = (
        "Здравствуйте, Вера Павловна!\n\nМы рассмотрели вашу заявку на возврат, но к ней не приложен оригинал чека.\n\n"
        f"Поэтому просим вас принести оригинал чека до 20 февраля. {where} Получив его, примем решение за 3 рабочих дня.\n\n"
        "С уважением,\nмагазин «Уют»"
    )
    assert problems_with("ru", _RECEIPT, reply) == problems


_FLOORS = (
    "Уважаемый Артур Маратович!\n\nПоставленный 02.03 ламинат оказался другого цвета из-за ошибки склада. Приносим "
    "извинения.\n\nЛаминат нужного цвета будет доставлен 06.03 до 12:00.\n\nС уважением,\nмагазин «Паркет»"
)


@pytest.mark.parametrize("said, new", [
    # a moment told at once by the draft's date after a colon
    ("Привезём нужный ламинат уже на этой неделе: 06.03 до 12:00.", []),
    # … while the moment alone is a term of the reply's
    ("Привезём нужный ламинат уже на этой неделе, до 12:00.", ["deadline"]),
])
def test_a_moment_told_by_a_date_after_a_colon_is_that_date(said, new):
    reply = f"Здравствуйте, Артур Маратович!\n\nПростите: склад перепутал цвет.\n\n{said}\n\nС уважением,\nмагазин «Паркет»"
    assert _deadlines_anew(_FLOORS, reply) == new


_PLATES = (
    "Уважаемый Глеб Андреевич!\n\nСообщаем, что пластины твёрдостью 200 Vickers не были отгружены 04.08 из-за сбоя "
    "станка. Приносим извинения.\n\nОтгрузка будет выполнена 11.08.\n\nС уважением,\nзавод «Сталь»"
)


@pytest.mark.parametrize("hardness, facts", [
    # the Latin name written in Cyrillic and declined
    ("200 по Виккерсу", {}),
    # … while another name is a changed fact
    ("200 по Роквеллу", {"facts_missing": ("Vickers",), "facts_new": ("Роквеллу",)}),
])
def test_a_latin_name_written_in_cyrillic_and_declined_is_the_same_name(hardness, facts):
    reply = (
        f"Здравствуйте, Глеб Андреевич!\n\nПростите: пластины твёрдостью {hardness} мы не отгрузили 04.08, сломался "
        "станок.\n\nОтгрузим их 11.08.\n\nС уважением,\nзавод «Сталь»"
    )
    assert _facts_problems(_PLATES, reply) == facts
