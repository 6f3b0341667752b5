"""Guard set 32's Bulgarian good replies the facts guard refused, as classes in other domains and both languages: a
phone in groups of digits after a zero, read as a count of the day words after it («032 615 408 в деня»), which the
reply writes with other separators („032/615-408“)."""
from __future__ import annotations

import pytest

from guard_checks import problems_with

# What the facts guard says of a reply that writes another phone.
_CHANGED = ("facts_missing", "facts_new")

# A laundry's reply and a pharmacy's, each giving a phone in groups with a word of time right after it.
_LAUNDRY_BG = "Куриерът ще Ви позвъни от тел. 032 615 408 в деня на доставката, между 9:00 и 12:00 ч."
_PHARMACY_RU = "Фармацевт позвонит вам с номера 084 552 190 в день доставки, с 10:00 до 14:00."
PHONES = [  # (lang, draft, reply, what the facts guard says of it)
    ("bg", _LAUNDRY_BG, "Куриерът ще Ви се обади от 032/615-408 в деня на доставката, между 9:00 и 12:00 ч.", ()),
    ("bg", _LAUNDRY_BG, "Куриерът ще Ви звънне от 032 615 408 в деня на доставката между 9:00 и 12:00 ч.", ()),
    ("bg", _LAUNDRY_BG, "Куриерът ще Ви се обади от 032/615-480 в деня на доставката, между 9:00 и 12:00 ч.", _CHANGED),
    ("bg", _LAUNDRY_BG, "Куриерът ще Ви звънне от 032 615 409 в деня на доставката между 9:00 и 12:00 ч.", _CHANGED),
    ("ru", _PHARMACY_RU, "Фармацевт позвонит с номера 084/552-190 в день доставки, с 10:00 до 14:00.", ()),
    ("ru", _PHARMACY_RU, "Фармацевт позвонит с номера 084-552-191 в день доставки, с 10:00 до 14:00.", _CHANGED),
]


@pytest.mark.parametrize("lang, draft, reply, problems", PHONES)
def test_a_phone_in_groups_after_a_zero_is_no_count_of_days(lang, draft, reply, problems):
    assert tuple(p for p in problems_with(lang, draft, reply) if p.startswith("facts")) == problems


# A choir festival's reply naming its city by an adjective with the article, the way a title does.
_CHOIR = (
    "Здравейте, г-жо Колева,\n\nХорът Ви е включен във Варненската среща на камерните хорове. Концертът е на 14.06 от "
    "18:00 ч. в зала 2."
)
PLACES = [  # (reply, what the facts guard says of it)
    ("Здравейте, г-жо Колева,\n\nХорът Ви е включен в срещата на камерните хорове. Концертът е на 14.06 от 18:00 ч. в зала 2.", ()),
    ("Здравейте, г-жо Колева,\n\nХорът Ви участва във Варненската среща. Пеете на 14.06 от 18:00 ч. в зала 2.", ()),
    ("Здравейте, г-жо Колева,\n\nХорът Ви е включен в Бургаската среща на хоровете. Пеете на 14.06 от 18:00 ч. в зала 2.", ("facts_new",)),
]


@pytest.mark.parametrize("reply, problems", PLACES)
def test_a_place_adjective_with_the_article_may_go_but_not_change(reply, problems):
    assert tuple(p for p in problems_with("bg", _CHOIR, reply) if p.startswith("facts")) == problems
