"""Facts a reader reads through their wording: a size shares its unit, a unit may stand a word away
from its number, a decimal may look like a date, a power is a unit and no name, a group said in one word."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, same_facts
from rewriter.facts import fact_values


@pytest.mark.parametrize("lang, draft, reply, same", [
    ("ru", "Баннер размером 450 × 90 см напечатаем заново.", "Баннер 4,5 м на 90 см напечатаем заново.", True),
    ("ru", "Коробка 30 х 40 х 50 см.", "Коробка 30 на 40 на 50 см.", True),
    ("bg", "Банерът с размери 450 × 90 см ще бъде отпечатан отново.", "Ще отпечатаме банера 4,5 м на 90 см отново.", True),
    ("bg", "Кутия 30 x 40 см.", "Кутия 30 на 40 см.", True),
    ("ru", "Баннер размером 450 × 90 см.", "Баннер 45 на 90 см.", False),
    ("bg", "Банер с размери 450 × 90 см.", "Банер 4,5 м на 9 см.", False),
])
def test_a_size_shares_its_unit_of_length_however_its_sides_are_joined(lang, draft, reply, same):
    assert same_facts(lang, draft, reply) is same


@pytest.mark.parametrize("lang, text", [
    ("ru", "Бронь 4521 на 3 дня подтверждена."),
    ("bg", "Резервация 4521 на 3 дни е потвърдена."),
])
def test_a_number_before_a_period_is_no_side_of_a_size(lang, text):
    assert fact_values(text, lang)[0].key == ("4521",)


@pytest.mark.parametrize("lang, draft, reply, same", [
    ("ru", "Оставшиеся 4 дня абонемента мы перенесём.", "Четыре оставшихся дня абонемента мы перенесём.", True),
    ("bg", "Оставащите 4 дни от абонамента ще прехвърлим.", "Четирите оставащи дни от абонамента ще прехвърлим.", True),
    ("ru", "Оставшиеся 4 дня абонемента мы перенесём.", "Четыре оставшихся недели абонемента мы перенесём.", False),
    ("bg", "Оставащите 4 дни от абонамента ще прехвърлим.", "Петте оставащи дни от абонамента ще прехвърлим.", False),
])
def test_a_unit_one_word_after_its_number_is_still_its_unit(lang, draft, reply, same):
    assert same_facts(lang, draft, reply) is same


@pytest.mark.parametrize("lang, draft, reply, same", [
    ("ru", "Нужен сертификат с баллом не ниже 7.5.", "Нужен сертификат с баллом не ниже 7,5.", True),
    ("bg", "Нужен е сертификат с оценка поне 5.5.", "Нужен е сертификат с оценка поне 5,5.", True),
    ("ru", "Приём 15.06, балл — 7.5.", "Приём 15,06, балл — 7,5.", False),
    ("bg", "Балът е 5.5.", "Балът е 5,6.", False),
])
def test_a_decimal_with_a_dot_is_the_same_number_with_a_comma_but_a_two_digit_month_is_a_date(lang, draft, reply, same):
    assert same_facts(lang, draft, reply) is same


@pytest.mark.parametrize("lang, draft, reply, kept", [
    ("ru", "Вместо лампы 40 Вт пришла лампа 60 Вт.", "Пришла лампа на 60 ватт, а не на 40 ватт.", True),
    ("ru", "Обогреватель мощностью 2 кВт заменим.", "Заменим обогреватель на 2000 Вт.", True),
    ("bg", "Вместо лампа 40 W е изпратена лампа 60 W.", "Изпратихме лампа от 60 вата вместо 40 вата.", True),
    ("ru", "Вместо лампы 40 Вт пришла лампа 60 Вт.", "Пришла лампа на 60 ватт, а не на 45 ватт.", False),
    ("bg", "Изпратена е лампа 60 W.", "Изпратихме лампа от 6 вата.", False),
])
def test_a_power_in_watts_is_one_fact_however_written_and_no_name(lang, draft, reply, kept):
    assert bool({"facts_missing", "facts_new"} & set(problems_with(lang, draft, reply))) is not kept


@pytest.mark.parametrize("lang, draft, reply, same", [
    ("ru", "Столик на 6 персон забронирован.", "Столик на шестерых забронирован.", True),
    ("ru", "Столик на 6 персон забронирован.", "Столик на семерых забронирован.", False),
    ("bg", "Масата за 6 души е запазена.", "Масата за шестима е запазена.", True),
    ("bg", "Масата за 6 души е запазена.", "Масата за петима е запазена.", False),
])
def test_a_group_said_in_one_word_is_its_number(lang, draft, reply, same):
    assert same_facts(lang, draft, reply) is same


@pytest.mark.parametrize("lang, draft, reply, same", [
    ("ru", "2-часовая экскурсия сокращена до 1 часа.", "Экскурсию пришлось сократить с двух часов до одного.", True),
    ("ru", "Срок доставки в 5 дней сокращён до 3 дней.", "Срок доставки сократили от пяти дней до трёх.", True),
    ("ru", "Смену в 8 часов сократили до 4 часов.", "Смену сократили с восьми часов до пяти.", False),
    ("bg", "2-часовата екскурзия беше съкратена до 1 час.", "Екскурзията се съкрати от два часа до един.", True),
    ("bg", "Срокът за доставка от 5 дни е вече 3 дни.", "Съкратихме срока за доставка от пет дни до три.", True),
    ("bg", "Смяната от 8 часа беше съкратена до 4 часа.", "Съкратихме смяната от осем часа до пет.", False),
])
def test_the_end_of_a_range_said_in_words_takes_the_unit_its_start_has(lang, draft, reply, same):
    assert same_facts(lang, draft, reply) is same


@pytest.mark.parametrize("lang, text", [
    ("ru", "Тур на 5 дней и одну ночь в горах."),
    ("bg", "Тур за пет дни и една нощ в планината."),
])
def test_a_number_after_and_is_no_range_end(lang, text):
    assert [v.key for v in fact_values(text, lang) if v.kind == "quantity"] == [("5", "day")]
