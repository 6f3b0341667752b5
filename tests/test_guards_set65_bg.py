"""Guard set 65's Bulgarian misses, as classes in other domains: days listed with their preposition said again
before the last («на 3 и на 17 март») share the month of the last, so a reply that writes the draft's dates so
keeps them, while one that moves them to another month still changes them."""
from __future__ import annotations

import pytest

from guard_checks import problems_with
from rewriter.facts import fact_values

_VET = (
    "Уважаеми г-н Колев,\n\nУведомяваме Ви, че прегледите на кучето Ви са насрочени за 03.03.2027 г. и 17.03.2027 г. "
    "в клиниката на ул. „Шипка“ № 8. Таксата е 60 лв.\n\nС уважение,\nВетеринарна клиника „Лапа“"
)


@pytest.mark.parametrize("dates, refused", [
    # the days listed with their preposition said again, the month after the last
    ("на 3 и на 17 март", False),
    # … or with it said once, as before
    ("на 3 и 17 март", False),
    # while a month other than the draft's still changes both
    ("на 3 и на 17 април", True),
])
def test_days_listed_with_their_preposition_again_share_the_month_of_the_last(dates, refused):
    reply = (
        f"Здравейте, г-н Колев,\n\nПрегледите на кучето Ви са {dates}, в клиниката на ул. „Шипка“ № 8. "
        "Таксата е 60 лв.\n\nС уважение,\nВетеринарна клиника „Лапа“"
    )
    problems = problems_with("bg", _VET, reply)
    assert ("facts_missing" in problems) is refused


@pytest.mark.parametrize("text, keys", [
    # a word before the first number said again in a list of hours: both are hours
    ("Обадете се в 9 или в 11 часа.", [("9", "hour"), ("11", "hour")]),
    # a room's number before another word is no day of the month after it
    ("Срещата е в зала 3 и в 5 май.", [("3",), (5, 5, None)]),
])
def test_a_word_said_again_joins_only_numbers_it_stands_before(text, keys):
    assert [v.key for v in fact_values(text, "bg")] == keys


_UMBRELLA = (
    "Уважаеми г-н Стоянов,\n\nВъв връзка с Вашата рекламация по поръчка № ЧД-118 Ви уведомяваме, че чадърът е бил "
    "доставен повреден. Стойността на чадъра (24,00 € от общата сума от 90,00 €) ще Ви бъде възстановена по банковата "
    "Ви сметка до 20.05.2027 г.\n\nС уважение,\nМагазин „Дъжд“"
)


@pytest.mark.parametrize("refund, refused", [
    # the part given, its whole named as a total after an aside on the part
    ("Ще Ви върнем 24 евро – цената на чадъра от общо 90 евро – по банковата Ви сметка до 20 май.", False),
    # while money back by the whole is still more than the draft gives
    ("Ще Ви върнем цялата сума от 90 евро по банковата Ви сметка до 20 май.", True),
])
def test_a_whole_named_as_a_total_after_an_aside_on_the_part_is_no_money_given(refund, refused):
    reply = (
        "Здравейте, г-н Стоянов,\n\nСъжаляваме, чадърът по поръчка ЧД-118 пристигна повреден. "
        f"{refund}\n\nС уважение,\nМагазин „Дъжд“"
    )
    problems = problems_with("bg", _UMBRELLA, reply)
    assert ("commitments_new" in problems) is refused
