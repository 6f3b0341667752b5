"""Guard set 23's Russian classes, in other domains: a span written as the clock writes it («47:05» = «47 мин
5 с»), a cause that names a measure kept around that measure in other words, and a cause or a step of the remedy
said in everyday words («клей не просох» → «клей не высох», «приём возобновлён» → «снова принимаем»), a date
«будет сообщена» (a contact) and a delivery «ожидается» or «ждём» (a date under a doubt)."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew, same_facts

SPANS = [
    ("ru", "Ваше время на дистанции — 47:05.", "Вы прошли дистанцию за 47 мин 5 с.", "Вы прошли дистанцию за 47 мин 6 с."),
    ("ru", "Процедура длится 1:30.", "Процедура длится 1 час 30 минут.", "Процедура длится 1 час 20 минут."),
    ("bg", "Времето Ви на трасето е 47:05.", "Минахте трасето за 47 мин 5 сек.", "Минахте трасето за 47 мин 6 сек."),
    ("bg", "Процедурата трае 1:30.", "Процедурата трае 1 ч 30 мин.", "Процедурата трае 1 ч 20 мин."),
]


@pytest.mark.parametrize(("lang", "draft", "same", "changed"), SPANS)
def test_a_span_written_in_its_units_is_the_clock_figure(lang, draft, same, changed):
    assert same_facts(lang, draft, same)
    assert not same_facts(lang, changed, draft)


# A skating rink closed for the heat; the cause is a temperature, which the reply gives in other words.
RINK = (
    "Здравствуйте, Игорь!\nПриносим извинения: сеанс катания 12.02 отменён в связи с повышением температуры воздуха "
    "над катком до 7 °C.\nСтоимость билета 450 руб. будет возвращена на карту до 15.02.\nСпасибо за понимание!"
)
RINK_KEPT = (
    "Игорь, здравствуйте!\nПростите, сеанс 12.02 не состоялся: над катком было 7 °C, и лёд подтаял.\n"
    "Деньги за билет, 450 руб., вернём на карту до 15.02.\nСпасибо за понимание!"
)
# A lesson started late; the cause is the hour the teacher came, told with other words around it.
LESSON = (
    "Здравейте, Мария!\nПоднасяме извинения: урокът на 11.03 започна по-късно, тъй като преподавателят пристигна "
    "едва в 18:20.\nЩе удължим урока на 18.03 с 20 минути.\nБлагодарим за разбирането!"
)
LESSON_KEPT = (
    "Мария, здравейте!\nИзвинете: на 11.03 урокът започна по-късно — учителят дойде чак в 18:20.\n"
    "На 18.03 ще удължим урока с 20 минути.\nБлагодарим за разбирането!"
)


@pytest.mark.parametrize(("lang", "draft", "reply"), [("ru", RINK, RINK_KEPT), ("bg", LESSON, LESSON_KEPT)])
def test_a_cause_that_names_a_measure_is_kept_by_a_sentence_that_gives_it(lang, draft, reply):
    assert "parts_missing" not in problems_with(lang, draft, reply)
    dropped = RINK_KEPT.replace(": над катком было 7 °C, и лёд подтаял", ".")
    assert problems_with("ru", RINK, dropped).get("parts_missing") == ("explanation",)


# A cause that names only the thing it befell («лифт № 3») is no measure: the reply that keeps the number drops it.
LIFT = (
    "Здравствуйте, Анна!\nПриносим извинения: доставка шкафа 04.06 сорвалась ввиду поломки грузового лифта № 3.\n"
    "Шкаф привезём 06.06 с 10:00 до 14:00.\nСпасибо за терпение!"
)
LIFT_DROPPED = (
    "Анна, здравствуйте!\nПростите, 04.06 шкаф не привезли к подъезду № 3.\nПривезём 06.06 с 10:00 до 14:00.\n"
    "Спасибо за терпение!"
)


def test_a_cause_that_names_an_id_is_not_kept_by_the_id_alone():
    assert problems_with("ru", LIFT, LIFT_DROPPED).get("parts_missing") == ("explanation",)


# A cause and a step of the remedy in everyday words.
EVERYDAY = [
    ("Приносим извинения: плитка в ванной не уложена 20.04, поскольку клеевой состав не просох.\n"
     "Укладку закончим 22.04.\nСпасибо за понимание!",
     "Простите: 20.04 мы не доложили плитку в ванной — клей ещё не высох.\nДоделаем 22.04.\nСпасибо за понимание!"),
    ("Приносим извинения за сбой 03.09.\nПричиной стала неисправность кассового сервера.\nВ настоящее время оборудование "
     "восстановлено, обслуживание возобновлено.\nСпасибо за терпение!",
     "Простите за сбой 03.09: сломался кассовый сервер.\nЕго уже починили, и кассы снова открыты.\nСпасибо за терпение!"),
    ("Приносим извинения: урок 11.03 начался позже, так как преподаватель прибыл только в 18:20.\n"
     "Занятие продлим на 20 минут 18.03.\nСпасибо за понимание!",
     "Простите: 11.03 урок начался позже — педагог приехал лишь в 18:20.\n18.03 занятие продлим на 20 минут.\n"
     "Спасибо за понимание!"),
]


@pytest.mark.parametrize(("draft", "reply"), EVERYDAY)
def test_a_cause_or_a_step_said_in_everyday_words_is_kept(draft, reply):
    assert problems_with("ru", draft, reply) == {}


# What the draft already says in its own words: a date «будет сообщена» to the customer is a contact, and a
# delivery we wait for from others («ожидается», «ждём») names a date under a doubt, which the reply may say again.
SAID_BEFORE = [
    ("contact", "Новое время приёма будет сообщено Вам до 14.04.", "Новое время приёма мы сообщим вам до 14.04."),
    ("contact", "Дата замера будет сообщена вам после согласования.", "Мы сообщим вам дату замера, как только её согласуем."),
    ("deadline", "Поставка плитки ожидается 08.07, тогда и начнём укладку.", "Плитку ждём 08.07."),
    ("deadline", "Новая партия семян ожидается на складе 15.03.", "Новую партию семян ждём на складе 15.03."),
]


@pytest.mark.parametrize(("kind", "draft", "reply"), SAID_BEFORE)
def test_a_contact_or_an_awaited_date_the_draft_already_says_is_no_new_promise(kind, draft, reply):
    assert kind not in promised_anew("ru", draft, reply)
    assert kind in promised_anew("ru", "Здравствуйте! Спасибо за заказ.", reply)
