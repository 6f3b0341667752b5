"""Guard set 32's Russian refusals and acceptances, as classes in other domains and both languages: a surname after
initials («инженер П. С. Воронцов») is a name like any other, so a reply that changes it to another surname is refused,
and one that writes it in another case («инженеру П. С. Воронцову») keeps it."""
from __future__ import annotations

import pytest

from guard_checks import problems_with


@pytest.mark.parametrize("lang, draft, reply, same", [
    ("ru", "Замер проведёт инженер П. С. Воронцов во вторник.", "Во вторник замер проведёт инженер П. С. Воронцов.", True),
    ("ru", "Замер проведёт инженер П. С. Воронцов во вторник.", "Во вторник замер проведёт инженер П. С. Воробьёв.", False),
    ("ru", "Замер проведёт инженер П. С. Воронцов во вторник.", "Во вторник замер поручен инженеру П. С. Воронцову.", True),
    ("ru", "Ключи передадим администратору Е. В. Жуковой.", "Ключи получит администратор Е. В. Жукова.", True),
    ("ru", "Ключи передадим администратору Е. В. Жуковой.", "Ключи получит администратор Е. В. Журавлёва.", False),
    ("bg", "Огледът ще направи инженер П. С. Воронов във вторник.", "Във вторник огледът ще направи инженер П. С. Воронов.", True),
    ("bg", "Огледът ще направи инженер П. С. Воронов във вторник.", "Във вторник огледът ще направи инженер П. С. Марков.", False),
    ("bg", "Ключовете ще получи администраторката Е. В. Жекова.", "Ключовете ще получи администраторката Е. В. Петкова.", False),
])
def test_a_surname_after_initials_is_a_name_kept_in_any_case_and_refused_when_changed(lang, draft, reply, same):
    assert (not {"facts_missing", "facts_new"} & set(problems_with(lang, draft, reply))) is same


def test_initials_after_a_surname_still_end_their_sentence():
    draft = "Урок проведёт тренер Лебедев К. Н. Расписание на неделю прежнее."
    reply = "Урок проведёт тренер Лебедев К. Н. Занятия на неделе идут как прежде."
    assert not {"facts_missing", "facts_new"} & set(problems_with("ru", draft, reply))
