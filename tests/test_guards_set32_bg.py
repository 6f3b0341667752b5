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
