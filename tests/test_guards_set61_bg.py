"""Guard set 61's Bulgarian misses, as classes in other domains: a joint soldered is told by the verbal noun or by the
verb whose stem vowel changes („запояване“ → „запоихме“, „запоени“), and not enough with the negation on its verb
(„недостатъчно запояване“ → „не запоихме … достатъчно“)."""
from __future__ import annotations

import pytest

from guard_checks import problems_with

_LAMP = (
    "Уважаеми господин Колев,\n\nСъжаляваме за неудобството. Лампата по поръчка № 5120 спира да свети. Прекъсването "
    "е в резултат на недостатъчно запояване. Ще Ви изпратим нова лампа до 20.03.\n\n"
    "С уважение,\nАтелие „Светлина“"
)


@pytest.mark.parametrize("told, dropped", [
    # the verb, its stem vowel changed, and the negation on it
    ("Лампата по поръчка № 5120 спира да свети, защото не я запоихме достатъчно добре.", False),
    # the passive participle
    ("Лампата по поръчка № 5120 спира да свети, защото не беше запоена добре.", False),
    # … while a reply that tells only the failure has dropped the cause
    ("Лампата по поръчка № 5120 спира да свети.", True),
])
def test_a_joint_soldered_is_told_by_noun_or_verb(told, dropped):
    reply = (
        f"Здравейте, господин Колев,\n\nИзвиняваме се. {told} Ще Ви изпратим нова лампа до 20.03.\n\n"
        "Поздрави,\nАтелие „Светлина“"
    )
    assert ("parts_missing" in problems_with("bg", _LAMP, reply)) is dropped
