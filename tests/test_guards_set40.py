"""Guard set 40's misses as classes, in other wordings and domains: the capitalised adjectives of a title of a thing
(«Северного Ледовитого океана»), which name no one; a bare number paired with an amount by a word of contrast, which takes its
unit («300 рублей вместо 450»); the handling of the reader's letter by someone («рассмотрено управлением»), which
explains nothing; a cause kept in other words (a fault put right with another verb, what was needed said as enough);
and a reply cut between the words of a name of the draft."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, same_facts

_TITLE = (
    "Уважаемый Олег Юрьевич!\nВаш груз отправлен в порт Северного Ледовитого океана, его прибытие ожидается до "
    "14.05.2027. Благодарим за терпение.\nСпециалист приёмной В. К. Рябова"
)


@pytest.mark.parametrize("reply, missing", [
    # the title named otherwise is no name dropped
    ("Здравствуйте, Олег Юрьевич!\nВаш груз мы отправили в арктический порт, он прибудет до 14.05.2027. Спасибо "
     "за терпение.\nСпециалист приёмной В. К. Рябова", []),
    # … while a person dropped still is
    ("Здравствуйте!\nВаш груз мы отправили в порт Северного Ледовитого океана, он прибудет до 14.05.2027. "
     "Спасибо за терпение.\nСпециалист приёмной В. К. Рябова", ["Олег", "Юрьевич"]),
])
def test_the_adjectives_of_a_title_name_no_one(reply, missing):
    assert list(problems_with("ru", _TITLE, reply).get("facts_missing", ())) == missing


_SURNAME = (
    "Уважаемая Нина Петровна!\nКнигу, которую Вы заказали для Андрея Белого, мы отправим 03.06.2027.\n"
    "Библиотека «Чтение»"
)


def test_an_adjective_that_is_a_surname_is_still_a_name():
    reply = "Здравствуйте, Нина Петровна!\nКнигу, которую вы заказали для друга, отправим 03.06.2027.\nБиблиотека «Чтение»"
    assert list(problems_with("ru", _SURNAME, reply).get("facts_missing", ())) == ["Андрея", "Белого"]


@pytest.mark.parametrize("lang, draft, reply, same", [
    ("ru", "Билет стоит 300 руб. вместо 450 руб.", "Билет обойдётся в 300 рублей вместо 450.", True),
    ("ru", "Выдали 2 кг вместо 5 кг.", "Выдали 2 кг вместо 5.", True),
    # … while the paired sum changed is a change
    ("ru", "Билет стоит 300 руб. вместо 450 руб.", "Билет обойдётся в 300 рублей вместо 540.", False),
    ("bg", "Таксата е 12 лв. наместо 20 лв.", "Таксата е 12 лева наместо 20.", True),
    ("bg", "Таксата е 12 лв. наместо 20 лв.", "Таксата е 12 лева наместо 25.", False),
])
def test_a_bare_number_set_against_an_amount_takes_its_unit(lang, draft, reply, same):
    assert same_facts(lang, draft, reply) == same


_HANDLED = (
    "Уважаемый Степан Ильич!\nВаша жалоба от 02.02.2027 рассмотрена комиссией жилищного управления. Отопление в "
    "доме отключалось из-за промывки теплотрассы. Приносим извинения. Сбой устранён 05.02.2027.\nС уважением, служба ЖКХ"
)
_UNCHECKED = (
    "Уважаема г-жо Илиева,\nИзвиняваме се за грешката. Поради натовареността през сезона контролът на пратките не е "
    "бил извършен в необходимия обем. Затова сте получили чужда поръчка. Правилната поръчка ще пристигне на "
    "09.06.2027 г.\nС уважение, магазин „Книжарница“"
)


@pytest.mark.parametrize("lang, draft, reply, lost", [
    # who handled the letter is no cause, and a fault put right is said with another verb
    ("ru", _HANDLED, "Степан Ильич, здравствуйте!\nСпасибо за жалобу от 02.02.2027. Простите нас: отопление пропадало, "
                     "потому что промывали теплотрассу. Всё исправили 05.02.2027.\nСлужба ЖКХ", []),
    # … while a reply that drops the flushing drops the cause
    ("ru", _HANDLED, "Степан Ильич, здравствуйте!\nСпасибо за жалобу от 02.02.2027. Простите нас: отопление пропадало. "
                     "Всё исправили 05.02.2027.\nСлужба ЖКХ", ["explanation"]),
    # overloaded, and not checked as it should have been: the cause with the company as the doer
    ("bg", _UNCHECKED, "Здравейте, г-жо Илиева,\nИзвиняваме се! През лятото бяхме затрупани и не проверихме пратките "
                       "както трябва, затова получихте чужда поръчка. Вашата ще пристигне на 09.06.2027 г.\n"
                       "Магазин „Книжарница“", []),
    # … while a reply that tells only the wrong parcel drops the cause
    ("bg", _UNCHECKED, "Здравейте, г-жо Илиева,\nИзвиняваме се! Получихте чужда поръчка. Вашата ще пристигне на "
                       "09.06.2027 г.\nМагазин „Книжарница“", ["explanation"]),
])
def test_a_cause_said_in_other_words_is_kept_and_who_handled_the_letter_is_none(lang, draft, reply, lost):
    assert list(problems_with(lang, draft, reply).get("parts_missing", ())) == lost


_VILLAGE_BG = (
    "Уважаеми г-н Колев,\nИзвиняваме се за закъснението. Саженците ще бъдат доставени на 15.04.2027 г. в склада ни "
    "в с. Долна Баня. За въпроси: тел. 0888 123 456.\nС уважение, разсадник „Зора“"
)
_VILLAGE_RU = (
    "Уважаемый Пётр Ильич!\nПриносим извинения за задержку. Саженцы будут доставлены 15.04.2027 на наш склад в "
    "пос. Верхние Липки. Вопросы по тел. 8 (900) 123-45-67.\nС уважением, питомник «Заря»"
)


@pytest.mark.parametrize("lang, draft, reply, cut", [
    ("bg", _VILLAGE_BG, "Здравейте, г-н Колев,\nИзвиняваме се за закъснението.\nСаженците ще пристигнат на 15.04.2027 г. "
                        "в нашия склад в с. Долна", True),
    ("ru", _VILLAGE_RU, "Здравствуйте, Пётр Ильич!\nПростите за задержку. Саженцы привезём 15.04.2027 на наш склад в "
                        "пос. Верхние", True),
    # … while a reply that ends on the name whole, or on a name the draft ends on, is whole
    ("ru", _VILLAGE_RU, "Здравствуйте, Пётр Ильич!\nПростите за задержку. Саженцы привезём 15.04.2027 на наш склад в "
                        "пос. Верхние Липки. Вопросы по тел. 8 (900) 123-45-67.\nС уважением, питомник «Заря»", False),
])
def test_a_reply_cut_between_the_words_of_a_name_is_cut(lang, draft, reply, cut):
    assert ("shape_truncated" in problems_with(lang, draft, reply)) == cut
