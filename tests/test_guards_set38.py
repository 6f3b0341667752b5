"""Guard set 38's Russian misses and the closings and wrapper chatter of both languages as classes, in other domains:
a temperature whose sign words say («минус 12 градусов», «12 градусов мороза»); a phone and a date written side by side;
a name a kept link spells; a refusal with a word of regret set aside; a term extended by an amount of time as a new
promise; a cause told in short chained clauses, which a reply that tells only the failure drops; a hope to work together
and an open invitation to write as closings; and the model's labelled note after the reply, stripped as chatter."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew, same_facts
from rewriter.commitments import find_promises
from rewriter.facts import fact_values
from rewriter.guards import clean_reply


@pytest.mark.parametrize("draft, reply, same", [
    ("Бетон залит при −12 °C.", "Бетон залили в мороз минус 12 градусов.", True),
    ("Бетон залит при −12 °C.", "Бетон залили, когда было 12 градусов мороза.", True),
    ("Склад охлаждён до -18 °C.", "На складе было 18 градусов ниже нуля.", True),
    # the innocent neighbours: a real other temperature, and the sign turned round
    ("Бетон залит при −12 °C.", "Бетон залили в мороз минус 15 градусов.", False),
    ("Бетон залит при −12 °C.", "Бетон залили при 12 градусах тепла.", False),
    # a sign word before no temperature changes no amount
    ("Скидка 500 руб.", "Минус 500 рублей от цены.", True),
])
def test_a_temperatures_sign_said_in_words_is_its_sign(draft, reply, same):
    assert same_facts("ru", draft, reply) == same


@pytest.mark.parametrize("text, phone, date", [
    ("Звонок на линию 8-800-333-12-40 01.03.2027 в 09:15 остался без ответа.", "8-800-333-12-40", "01.03.2027"),
    ("Позвоните +7 (812) 400-21-17 05.06, мы ответим.", "+7 (812) 400-21-17", "05.06"),
])
def test_a_phone_written_before_a_date_ends_where_the_date_starts(text, phone, date):
    written = [v.text for v in fact_values(text, "ru")]
    assert phone in written and date in written


_VILLAGE = (
    "Уважаемая Галина Сергеевна!\nАдминистрация Озёрного сельсовета рассмотрела Ваше обращение № 118. Приносим "
    "извинения: вывоз мусора 03.04.2027 не состоялся из-за поломки машины. Вывоз назначен на 06.04.2027, график "
    "опубликован на ozernoe-ss.ru/grafik.\nГлава сельсовета П. Р. Лыков"
)


@pytest.mark.parametrize("reply, missing", [
    # the village is named by the link the reply keeps
    ("Здравствуйте, Галина Сергеевна!\nПростите нас: вывоз мусора 03.04.2027 сорвался из-за поломки машины (обращение "
     "№ 118). Заберём мусор 06.04.2027, график — на ozernoe-ss.ru/grafik.\nГлава сельсовета П. Р. Лыков", False),
    # … but a reply that drops the link too drops the name
    ("Здравствуйте, Галина Сергеевна!\nПростите нас: вывоз мусора 03.04.2027 сорвался из-за поломки машины (обращение "
     "№ 118). Заберём мусор 06.04.2027.\nГлава сельсовета П. Р. Лыков", True),
])
def test_a_name_a_kept_link_spells_is_kept(reply, missing):
    assert ("Озёрного" in problems_with("ru", _VILLAGE, reply).get("facts_missing", ())) == missing


@pytest.mark.parametrize("text, kinds", [
    ("Возврата за абонемент, увы, не будет.", []),
    ("Компенсации по этому случаю, к сожалению, не будет.", []),
    # the innocent neighbours: a comma with no regret still ends the clause, and a regret says nothing of a promise
    ("Мы сделаем скидку 10%, и доплаты не будет.", ["discount"]),
    ("Деньги вернём, к сожалению, не раньше пятницы.", ["refund"]),
])
def test_a_refusal_with_a_regret_set_aside_promises_nothing(text, kinds):
    assert [p.kind for p in find_promises(text, "ru") if p.kind != "deadline"] == kinds


_TICKET = "Абонемент № 77 действует до 31.05.2027. Оплата 3 000 руб. возврату не подлежит."


@pytest.mark.parametrize("reply, new", [
    ("Абонемент № 77 действует до 31.05.2027, а за пропущенное занятие мы продлим его на две недели. Оплата "
     "3 000 руб. возврату не подлежит.", ["deadline"]),
    ("Абонемент № 77 действует до 31.05.2027; подписку на месяц продлим без доплаты. Оплата 3 000 руб. возврату "
     "не подлежит.", ["deadline", "free"]),
    # the innocent neighbour: the draft's term told again
    ("Абонемент № 77 действует до 31.05.2027. Оплата 3 000 руб. возврату не подлежит.", []),
])
def test_a_term_extended_by_an_amount_of_time_is_a_new_promise(reply, new):
    assert promised_anew("ru", _TICKET, reply) == new


_MISSED = (
    "Уважаемый Олег Ильич!\nПриносим извинения. Замена двух счётчиков холодной воды в квартире по адресу "
    "г. Тверь, ул. Садовая, д. 4 11.02.2027 в 09:00 не была выполнена ввиду неявки монтажника, вызванной ошибкой в "
    "расписании визитов. Повторный визит назначен на 15.02.2027 с 10:00 до 12:00.\nС уважением, ООО «Водосчёт»"
)


@pytest.mark.parametrize("reply, lost", [
    # the failure told again with no cause
    ("Олег Ильич, здравствуйте!\nПростите нас: замена двух счётчиков холодной воды в квартире по "
     "адресу г. Тверь, ул. Садовая, д. 4, назначенная на 11.02.2027 в 09:00, не состоялась. Приедем "
     "с визитом 15.02.2027 с 10:00 до 12:00.\nООО «Водосчёт»", ["explanation"]),
    # the innocent neighbour: the cause said in the reply's own words
    ("Олег Ильич, здравствуйте!\nПростите нас: 11.02.2027 в 09:00 монтажник не пришёл менять два счётчика холодной "
     "воды в квартире по адресу г. Тверь, ул. Садовая, д. 4, потому что мы ошиблись в расписании. Приедем с визитом "
     "15.02.2027 с 10:00 до 12:00.\nООО «Водосчёт»", []),
])
def test_a_cause_in_short_chained_clauses_is_dropped_by_the_failure_alone(reply, lost):
    assert list(problems_with("ru", _MISSED, reply).get("parts_missing", ())) == lost


_KILN_RU = (
    "Уважаемая Марина Олеговна!\nПриносим извинения: роспись блюда задержалась из-за болезни мастера. Блюдо будет "
    "отправлено 20.03.2027.\nНадеемся на дальнейшее сотрудничество.\nС уважением, мастерская «Гжель»"
)
_KILN_BG = (
    "Уважаема г-жо Маринова,\nИзвиняваме се: рисуването на чинията се забави поради болест на майстора. Чинията ще "
    "бъде изпратена на 20.03.2027 г.\nОставаме на разположение за въпроси.\nС уважение, ателие „Глина“"
)


@pytest.mark.parametrize("lang, draft, reply, lost", [
    ("ru", _KILN_RU, "Марина Олеговна, здравствуйте!\nПростите: блюдо расписываем дольше, потому что мастер заболел. "
                     "Отправим его 20.03.2027.\nНадеюсь, мы ещё не раз поработаем вместе!\nМастерская «Гжель»", False),
    ("bg", _KILN_BG, "Здравейте, г-жо Маринова,\nИзвиняваме се: чинията се забави, защото майсторът се разболя. Ще я "
                     "изпратим на 20.03.2027 г.\nВинаги можете да ни пишете и за други поръчки.\nАтелие „Глина“", False),
    # the innocent neighbours: the closing dropped, the letter ending on its step
    ("ru", _KILN_RU, "Марина Олеговна, здравствуйте!\nПростите: блюдо расписываем дольше, потому что мастер заболел. "
                     "Отправим его 20.03.2027.\nМастерская «Гжель»", True),
    ("bg", _KILN_BG, "Здравейте, г-жо Маринова,\nИзвиняваме се: чинията се забави, защото майсторът се разболя. Ще я "
                     "изпратим на 20.03.2027 г.\nАтелие „Глина“", True),
])
def test_a_closing_in_other_words_is_a_closing(lang, draft, reply, lost):
    assert ("closing" in problems_with(lang, draft, reply).get("parts_missing", ())) == lost


@pytest.mark.parametrize("note", [
    "Note: I kept all the dates and amounts and only softened the wording.",
    "Примечание: я сохранила все даты и номера, убрала канцелярит.",
    "Бележка: запазих всички дати и суми.",
])
def test_a_labelled_note_of_the_model_after_the_reply_is_chatter(note):
    body = "Здравствуйте, Марина Олеговна!\nБлюдо отправим 20.03.2027.\nМастерская «Гжель»"
    assert clean_reply(f"{body}\n\n---\n{note}") == body


def test_a_labelled_note_of_the_replys_own_stays():
    body = "Здравствуйте, Марина Олеговна!\nБлюдо отправим 20.03.2027.\nМастерская «Гжель»\nПримечание: офис закрыт 1 мая."
    assert clean_reply(body) == body
