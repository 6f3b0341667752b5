"""Guard set 61's Bulgarian misses, as classes in other domains: a joint soldered is told by the verbal noun or by the
verb whose stem vowel changes („запояване“ → „запоихме“, „запоени“), and not enough with the negation on its verb
(„недостатъчно запояване“ → „не запоихме … достатъчно“); a change from one count to another opened by „от“ shares
the unit of its end („от 2 на 5 дни“ = „5 дни вместо 2 дни“, „от 20 на 25 лв.“); a letter after an entrance or a
block („вх. Б“, „вход Б“) is a name a reply keeps, not a new one; a rule cited by a cue of a cause („Съгласно общите
условия …“) beside the cause its sentence tells by a cue of its own after it is no cause a reply must keep."""
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


_LIFT = (
    "Уважаема госпожо Русева,\n\nРемонтът на асансьора във вх. Б на бл. 7 се удължи от 2 на 5 дни поради липса на "
    "резервна част. Асансьорът ще работи отново от 10.06.\n\nС уважение,\nДомоуправител"
)


@pytest.mark.parametrize("told, changed", [
    # a change from one count to another said with the unit on both sides, the entrance and the block spelled out
    ("Ремонтът на асансьора във вход Б на блок 7 продължи 5 дни вместо 2 дни, защото нямаше резервна част.", False),
    # … while another entrance, or another count, is a changed fact
    ("Ремонтът на асансьора във вход Г на блок 7 продължи 5 дни вместо 2 дни, защото нямаше резервна част.", True),
    ("Ремонтът на асансьора във вход Б на блок 7 продължи 5 дни вместо 3 дни, защото нямаше резервна част.", True),
])
def test_a_change_from_one_count_to_another_and_an_entrance_by_its_letter(told, changed):
    reply = f"Здравейте, госпожо Русева,\n\n{told} Асансьорът ще работи отново от 10.06.\n\nПоздрави,\nДомоуправител"
    assert any(p.startswith("facts") for p in problems_with("bg", _LIFT, reply)) is changed


def test_a_price_raised_from_one_sum_to_another_keeps_its_currency():
    draft = "Здравейте,\n\nАбонаментът Ви се променя от 20 на 25 лв. от 01.04.\n\nПоздрави,\nКлуб „Вега“"
    assert not any(p.startswith("facts") for p in problems_with(
        "bg", draft, "Здравейте,\n\nАбонаментът Ви се променя от 20 лв. на 25 лв. от 01.04.\n\nПоздрави,\nКлуб „Вега“",
    ))


_GYM = (
    "Уважаема госпожо Маринова,\n\nСъжаляваме за неудобството. Съгласно общите условия всяка промяна в членството "
    "се обработва от администратор, а заявката Ви от 03.02 за замразяване не е била регистрирана поради грешка в "
    "софтуера на рецепцията. Абонаментът Ви е удължен с 14 дни.\n\nС уважение,\nФитнес клуб „Атлас“"
)


@pytest.mark.parametrize("told, dropped", [
    # the rule cited left out, the cause the sentence tells kept in other words
    ("Заявката Ви от 03.02 за замразяване не беше регистрирана, защото софтуерът на рецепцията сгреши.", False),
    # … while a reply that keeps neither has dropped the cause
    ("Заявката Ви от 03.02 за замразяване не беше регистрирана.", True),
])
def test_a_rule_cited_beside_the_cause_its_sentence_tells(told, dropped):
    reply = (
        f"Здравейте, госпожо Маринова,\n\nИзвиняваме се. {told} Удължихме абонамента Ви с 14 дни.\n\n"
        "Поздрави,\nФитнес клуб „Атлас“"
    )
    assert ("parts_missing" in problems_with("bg", _GYM, reply)) is dropped


def test_a_rule_cited_alone_is_still_the_ground_a_reply_keeps():
    draft = (
        "Уважаема госпожо Маринова,\n\nСъгласно общите условия всяка промяна в членството се обработва от администратор "
        "в срок от 5 работни дни. Абонаментът Ви ще бъде замразен от 10.02.\n\nС уважение,\nФитнес клуб „Атлас“"
    )
    reply = "Здравейте, госпожо Маринова,\n\nЗамразяваме абонамента Ви от 10.02.\n\nПоздрави,\nФитнес клуб „Атлас“"
    assert "parts_missing" in problems_with("bg", draft, reply)
