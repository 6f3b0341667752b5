"""Bulgarian facts a reply says in other words (set 32, second pass), as classes in other domains: a title opened by a
common noun with the short article („Закона за туризма“), a number and its unit written as one word („тридневен“), and
a term in days said by the two dates it runs between."""
from __future__ import annotations

import pytest

from guard_checks import problems_with

_CHANGED = ("facts_missing", "facts_new")

# A tour operator's licence entered in a register whose title opens with a common noun and its short article.
_LICENCE = "Лицензът Ви е вписан в Регистъра на туроператорите на 3.05.2026 г. Въпроси: г-жа Иванова на касата."
TITLES = [  # (reply, what the facts guard says of it)
    ("Лицензът Ви е вписан на 3.05.2026 г. Въпроси: г-жа Иванова на касата.", ()),
    ("Вписахме лиценза Ви в регистъра на 3.05.2026 г. Въпроси: г-жа Иванова на касата.", ()),
    ("Лицензът Ви е вписан в Кадастъра на туроператорите на 3.05.2026 г. Въпроси: г-жа Иванова на касата.", ("facts_new",)),
    ("Лицензът Ви е вписан в Регистъра на туроператорите на 3.05.2026 г. Въпроси: г-жа Петрова на касата.", ("facts_new",)),
]


@pytest.mark.parametrize("reply, problems", TITLES)
def test_a_title_opened_by_a_common_noun_with_its_short_article_may_be_left_out_not_replaced(reply, problems):
    found = problems_with("bg", _LICENCE, reply)
    assert tuple(p for p in _CHANGED if p in found) == problems


# A ski school's refund within a term said as an adjective after a hyphen.
_SKI = "Сумата ще Ви бъде възстановена в 14-дневен срок, а картата ще бъде активна 2-седмичен период."
_SKI_REPLY = "Ще Ви върнем сумата {term}, а картата ще е активна {period}."


@pytest.mark.parametrize("term, period, refused", [
    ("в четиринадесетдневен срок", "двуседмичен период", False),
    ("до 14 дни", "две седмици", False),
    ("в тринадесетдневен срок", "двуседмичен период", True),
    ("в четиринадесетдневен срок", "тримесечен период", True),
])
def test_a_number_and_its_unit_written_as_one_word_are_that_quantity(term, period, refused):
    reply = _SKI_REPLY.format(term=term, period=period)
    assert bool(set(_CHANGED) & set(problems_with("bg", _SKI, reply))) is refused


# A building permit whose legal term ran from the day the application came to the day it ended.
_PERMIT = "Заявлението Ви от 03.03.2026 г. е разгледано след {days}-дневния срок, изтекъл на 17.03.2026 г."
_BOTH_DATES = "Разгледахме заявлението Ви от 03.03.2026 г. със закъснение: трябваше да е готово до 17.03.2026 г."


@pytest.mark.parametrize("days, reply, refused", [
    (14, _BOTH_DATES, False),
    (14, "Разгледахме заявлението Ви от 03.03.2026 г. със закъснение.", True),
    (10, _BOTH_DATES, True),
])
def test_a_term_in_days_is_kept_by_the_two_dates_it_runs_between(days, reply, refused):
    assert ("facts_missing" in problems_with("bg", _PERMIT.format(days=days), reply)) is refused
