"""Guard set 69's classes, both languages, in other domains: a writer's placeholder in round brackets («(Здесь можно
добавить …)») is not a reply to send; one craftsman taking a cost on in the first person singular („ще поема
разходите“) gives a free service; a voltage and a pressure («kV», «bar») are units, said the same in words; the hundreds
from six to nine in words are numbers; the sides of a size said in words share its unit («шесть на восемь метров»);
the end of a range opened at a time of day, its unit a half of the day, is a time («с девяти утра до четырёх дня»)."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew, same_facts
from rewriter.facts import fact_values

_CLINIC = (
    "Уважаемый Игорь Семёнович!\n\nПриём ветеринара 03.04 был перенесён. Приносим извинения.\n\nПриём состоится 05.04 в "
    "11:00.\n\nС уважением,\nклиника «Лапа»"
)
_CLINIC_REPLY = (
    "Здравствуйте, Игорь Семёнович!\n\nПростите: приём ветеринара 03.04 мы перенесли. {note}\n\nЖдём вас 05.04 в "
    "11:00.\n\nС уважением,\nклиника «Лапа»"
)


@pytest.mark.parametrize("note, stopped", [
    # a writer's placeholder in round brackets, on what may be added here
    ("(Здесь можно добавить, почему врач заболел, — спросите у регистратуры.)", True),
    # … or on what is worth writing in at that place
    ("(Сюда стоит вписать имя дежурного врача.)", True),
    # … while an aside to the reader in the same brackets is the reply's own
    ("(Здесь же, на втором этаже, можно оставить переноску.)", False),
])
def test_a_writers_placeholder_in_round_brackets_is_not_a_reply_to_send(note, stopped):
    assert ("shape_commentary" in problems_with("ru", _CLINIC, _CLINIC_REPLY.format(note=note))) is stopped


_PRINT = (
    "Уважаема госпожо Илиева,\n\nОтпечатването на 40 покани за сватбата се забавя с 3 дни. Поднасяме извинения.\n\n"
    "Поканите ще бъдат изпратени по куриер на 12.05.\n\nС уважение,\nСтудио „Хартия“"
)
_PRINT_REPLY = (
    "Здравейте, госпожо Илиева,\n\nСъжалявам, поканите се бавят с 3 дни.\n\n{cost} на 12.05.\n\nС уважение,\n"
    "Студио „Хартия“"
)


@pytest.mark.parametrize("cost, free", [
    # one craftsman taking the cost on in the first person singular: a free service the draft does not give
    ("Ще изпратя 40-те покани по куриер, а за забавянето ще поема изцяло таксата за куриера", True),
    ("Ще изпратя 40-те покани по куриер и ще покрия пътните разходи", True),
    # … while the customer's own cost is none
    ("Ще изпратя 40-те покани по куриер, а таксата за куриера ще поемете Вие", False),
])
def test_a_cost_taken_on_by_one_craftsman_is_a_free_service(cost, free):
    assert ("free" in promised_anew("bg", _PRINT, _PRINT_REPLY.format(cost=cost))) is free


@pytest.mark.parametrize("lang, draft, reply, same", [
    # a voltage and a pressure by their Latin symbols are the same facts in words
    ("bg", "Подстанцията 20 kV ще бъде включена на 04.06.", "Ще включим подстанцията 20 киловолта на 04.06.", True),
    ("bg", "Котелът ще бъде изпитан на 6 bar на 04.06.", "Ще изпитаме котела на 6 бара на 04.06.", True),
    ("ru", "Насос проверен на давление 16 bar 04.06.", "Насос проверили на 16 бар 04.06.", True),
    ("ru", "Линия 35 kV будет включена 04.06.", "Линию 35 киловольт включим 04.06.", True),
    # … and another pressure is another fact
    ("bg", "Котелът ще бъде изпитан на 6 bar на 04.06.", "Ще изпитаме котела на 8 бара на 04.06.", False),
    # the hundreds from six to nine in words are the numbers
    ("ru", "Отгружено 700 рулонов обоев.", "Мы отгрузили семьсот рулонов обоев.", True),
    ("bg", "Изпратени са 800 брошури.", "Изпратихме осемстотин брошури.", True),
    ("ru", "Отгружено 700 рулонов обоев.", "Мы отгрузили восемьсот рулонов обоев.", False),
])
def test_units_and_number_words_said_otherwise_are_the_same_facts(lang, draft, reply, same):
    assert same_facts(lang, draft, reply) is same


@pytest.mark.parametrize("text, values", [
    # the sides of a size said in words share its unit of length
    ("Навес три на пять метров", [("quantity", ("3", "metre")), ("quantity", ("5", "metre"))]),
    # … while a number and a count of days after «на» are no size
    ("пять на два дня", [("number", ("5",)), ("quantity", ("2", "day"))]),
    # the end of a range opened at a time of day, its unit a half of the day, is a time
    ("Касса работает с восьми утра до трёх дня", [("time", (8, 0)), ("time", (15, 0))]),
    ("Приём с 10:00 до пяти дня", [("time", (10, 0)), ("time", (17, 0))]),
    # … while a range of days is days
    ("Срок с двух до пяти дней", [("quantity", ("2", "day")), ("quantity", ("5", "day"))]),
])
def test_sizes_and_times_of_day_in_words_are_read_as_such(text, values):
    assert [(v.kind, v.key) for v in fact_values(text, "ru")] == values


_SKIS = (
    "Уважаемая Анна!\n\nРемонт Ваших лыж переносится на 14.01. Приносим извинения.\n\n{pay}\n\nС уважением,\n"
    "сервис «Снег»"
)
_SKIS_REPLY = (
    "Здравствуйте, Анна!\n\nПростите: ремонт лыж переносится на 14.01. Доплачивать за новую заливку не придётся.\n\n"
    "С уважением,\nсервис «Снег»"
)


@pytest.mark.parametrize("pay, new", [
    # the work that asks no extra pay, as its subject: the draft already says nothing more is paid
    ("Заливка скользящей поверхности доплаты не потребует.", []),
    # … while a draft silent on the pay does not
    ("Заливка скользящей поверхности будет выполнена 14.01.", ["free"]),
])
def test_a_work_that_asks_no_extra_pay_says_nothing_more_is_paid(pay, new):
    assert [k for k in promised_anew("ru", _SKIS.format(pay=pay), _SKIS_REPLY) if k == "free"] == new
