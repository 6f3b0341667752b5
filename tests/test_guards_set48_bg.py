"""Guard set 48's Bulgarian misses as classes, in other domains: an amount said in hundredths of its currency
(«15 стотинки», «50 копеек», «40 евроцента») is the same sum in the larger unit, in both languages; days listed
before a date in digits share its month («18 и 19.03.2027» = «18 и 19 март»), and so do days a range opens («от 3
до 5.06»), while a house number before «до» and a date stays a number; and a sentence in Serbian or Macedonian in a
Bulgarian reply is foreign by the words only those languages have («су», «због», «испоруку», «тоа», «во»), while an
abbreviation in capitals («145 СУ») is no word of a language; an omission an apology names in the clause it opens, told
as a known past, is owned, so a reply no worse than its draft; and a reply that drops the cause tells none of its own by
the failure with where and when it happened (names only) or by a failure supposed in a condition («ако … не дойде»)."""
from __future__ import annotations

import pytest

from guard_checks import error_rules, problems_with, same_facts
from rewriter.facts import fact_values


@pytest.mark.parametrize("lang, draft, reply, same", [
    # an amount in the smaller unit is the same sum in the larger one
    ("bg", "Таксата за хартиен плик е 0,15 лв.", "Таксата за хартиен плик е 15 стотинки.", True),
    ("bg", "Всяка разпечатка струва 0,40 €.", "Всяка разпечатка струва 40 евроцента.", True),
    ("ru", "Комиссия за перевод составит 0,50 руб.", "Комиссия за перевод составит 50 копеек.", True),
    # … while the number alone in the larger unit, or another number of the smaller, is another sum
    ("bg", "Таксата за хартиен плик е 0,15 лв.", "Таксата за хартиен плик е 15 лв.", False),
    ("bg", "Таксата за хартиен плик е 0,15 лв.", "Таксата за хартиен плик е 25 стотинки.", False),
    ("ru", "Комиссия за перевод составит 0,50 руб.", "Комиссия за перевод составит 50 рублей.", False),
])
def test_an_amount_in_hundredths_is_the_same_sum(lang, draft, reply, same):
    assert same_facts(lang, draft, reply) is same


@pytest.mark.parametrize("draft, reply, same", [
    # days listed before a date in digits are in its month
    ("Прегледът на асансьора е на 18 и 19.03.2027 г.", "Прегледът на асансьора е на 18 и 19 март 2027 г.", True),
    ("Дегустациите са на 5, 6 и 7.04.", "Дегустациите са на 5, 6 и 7 април.", True),
    ("Залата е затворена от 3 до 5.06.2027 г.", "Залата е затворена от 3 до 5 юни 2027 г.", True),
    # … and another day of the list is another date
    ("Прегледът на асансьора е на 18 и 19.03.2027 г.", "Прегледът на асансьора е на 18 и 20 март 2027 г.", False),
    ("Прегледът на асансьора е на 18 и 19.03.2027 г.", "Прегледът на асансьора е на 17 и 19 март 2027 г.", False),
])
def test_days_listed_before_a_date_share_its_month(draft, reply, same):
    assert same_facts("bg", draft, reply) is same


def test_a_house_number_before_a_date_stays_a_number():
    values = fact_values("Оградата на ул. „Вишна“ 12 до 28.05 ще бъде готова.", "bg")
    assert [v.kind for v in values if v.text == "12"] == ["number"]


_BAKERY = (
    "Уважаеми г-н Петров, тортата за 14.05 ще бъде готова в 10:00 ч. в сладкарницата на ул. „Лилия“ 4. "
    "Извиняваме се за объркването с надписа."
)
_BAKERY_REPLY = "Здравейте, г-н Петров! Съжаляваме за объркването с надписа. Тортата за 14.05 ще е готова в 10:00 ч. "


@pytest.mark.parametrize("sentence, foreign", [
    # a sentence in Serbian or Macedonian, in letters Bulgarian has too
    ("Документите су стигли вчера.", True),
    ("Због празника испорука касни.", True),
    ("Тоа го проверуваме во петок.", True),
    # … while a Bulgarian one, and an abbreviation in capitals, are no foreign words
    ("Ще я вземете от сладкарницата на ул. „Лилия“ 4.", False),
    ("Ще я доставим и в 145 СУ, ако желаете.", False),
])
def test_words_only_a_neighbour_language_has_are_foreign(sentence, foreign):
    problems = problems_with("bg", _BAKERY, _BAKERY_REPLY + sentence)
    assert ("language_wrong" in problems) is foreign


_GYM = (
    "Уважаеми г-н Илиев,\n\nВъв връзка с Ваше запитване Ви уведомяваме, че графикът на груповите тренировки не е бил "
    "своевременно обновен на сайта, за което поднасяме извинения. Занятието по йога е в 18:30 ч. в зала 2.\n\n"
    "Благодарим за разбирането."
)


def test_an_omission_the_apology_names_is_owned_and_no_worse_than_the_draft():
    reply = (
        "Здравейте, г-н Илиев,\n\nИзвиняваме се, че графикът на груповите тренировки не беше обновен навреме на сайта. "
        "Занятието по йога е в 18:30 ч. в зала 2.\n\nБлагодарим за разбирането!"
    )
    assert "not_better" not in problems_with("bg", _GYM, reply)


@pytest.mark.parametrize("text, flagged", [
    # an omission told as a known past in the clause an apology opens is owned
    ("Много съжаляваме, че кашонът с чиниите не беше обезопасен при товаренето.", False),
    ("Извиняваме се, че залата за семинара не беше подготвена сутринта.", False),
    # … while the same omission with no apology, or in the perfect that keeps its distance, hides who did not
    ("Кашонът с чиниите не беше обезопасен при товаренето.", True),
    ("Съжаляваме, че условията на отстъпката не са били обяснени при поръчката.", True),
])
def test_an_apology_owns_the_omission_it_names(text, flagged):
    assert ("bg.evasion.agentless-past-passive" in error_rules("bg", text)) is flagged


_BREAD = (
    "Уважаема г-жо Пенева,\n\nНа 14.02.2027 г. бусът с хляб за с. Бели Осъм не пристигна в обявения час 8:00 ч. поради "
    "внезапна повреда в съединителя на буса. Поднасяме извинения на Вас и на съседите. От 16.02.2027 г. до края на месеца "
    "резервен бус ще спира пред читалището всеки ден от 8:00 ч. до 8:30 ч. При закъснение моля звънете на диспечера на тел. "
    "0887 400 112.\n\nБлагодарим за търпението.\n\nХлебозавод „Осъм“"
)
_BREAD_FAILURE = (
    "Здравейте, г-жо Пенева,\n\nСъжаляваме, че на 14.02.2027 г. бусът с хляб не пристигна в с. Бели Осъм в 8:00 ч., както "
    "беше обявено. "
)
_BREAD_REST = (
    "Извиняваме се на Вас и на съседите.\n\nОт 16.02.2027 г. до края на месеца резервен бус ще спира пред читалището всеки "
    "ден от 8:00 ч. до 8:30 ч., а ако бусът не дойде навреме, звъннете на диспечера на тел. 0887 400 112.\n\n"
    "Благодарим Ви за търпението!\n\nХлебозавод „Осъм“"
)


@pytest.mark.parametrize("cause, dropped", [
    # the failure told with where and when it happened (names), and a failure supposed in a condition, tell no cause
    ("", True),
    # … while the cause said in the reply's own words keeps it
    ("Съединителят на буса внезапно отказа. ", False),
])
def test_a_failure_with_its_place_or_in_a_condition_tells_no_cause(cause, dropped):
    problems = problems_with("bg", _BREAD, _BREAD_FAILURE + cause + _BREAD_REST)
    assert ("explanation" in problems.get("parts_missing", ())) is dropped

