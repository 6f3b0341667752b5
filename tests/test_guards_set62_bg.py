"""Guard set 62's Bulgarian misses, as classes in other domains: a rule or a practice we followed („съгласно
стандартната практика“), which the sentence then counters („но при …“), is a defence, no cause a reply that owns the
fault must keep; the customer's request that a price be lowered, weighed by someone, is no discount promised; and a
compensation said in a clause of its own after „, а“ gives by no measure the clause before names (the draft's week of
rent deducted is no week given as compensation)."""
from __future__ import annotations

import pytest

from guard_checks import problems_with

_PIPES = (
    "Уважаема госпожо Петрова,\n\nСъжаляваме за теча в банята. Тръбите в апартамента са положени съгласно стандартната "
    "практика{counter}. Майсторът ни ще дойде на 12.03.2027 г. между 9:00 и 11:00 ч.\n\nС уважение,\nВиК Сервиз „Поток“"
)


@pytest.mark.parametrize("counter, dropped", [
    # the practice followed, countered by what may still go wrong: a defence, which a reply that owns the fault drops
    (", но при резки студове е възможно спукване", False),
    # … while a practice cited alone is still a ground the letter gives
    ("", True),
])
def test_a_practice_followed_and_countered_is_a_defence(counter, dropped):
    reply = (
        "Здравейте, госпожо Петрова,\n\nСъжаляваме за теча в банята. Трябваше да изолираме тръбите по-добре – пропускът "
        "е наш. Майсторът ни ще дойде на 12.03.2027 г. между 9:00 и 11:00 ч.\n\nПоздрави,\nВиК Сервиз „Поток“"
    )
    assert ("parts_missing" in problems_with("bg", _PIPES.format(counter=counter), reply)) is dropped


def test_a_defence_countered_still_leaves_the_real_cause_to_keep():
    draft = (
        "Уважаема госпожо Петрова,\n\nСъжаляваме за теча в банята. Течът се дължи на спукана връзка под мивката. Тръбите "
        "са положени съгласно стандартната практика, но при резки студове е възможно спукване. Майсторът ни ще дойде на "
        "12.03.2027 г.\n\nС уважение,\nВиК Сервиз „Поток“"
    )
    reply = (
        "Здравейте, госпожо Петрова,\n\nСъжаляваме за теча в банята – пропускът е наш. Майсторът ни ще дойде на "
        "12.03.2027 г.\n\nПоздрави,\nВиК Сервиз „Поток“"
    )
    assert "parts_missing" in problems_with("bg", draft, reply)


_PARKING = (
    "Здравейте, господин Илиев,\n\nНа 15.05.2027 г. управителният съвет ще разгледа молбата Ви за намаляване на "
    "таксата за паркомястото. За решението ще Ви уведомим писмено.\n\nПоздрави,\nЕтажна собственост, бл. 12"
)


@pytest.mark.parametrize("told, promised", [
    # the request weighed, said with the verb: no lower price promised
    ("На 15.05.2027 г. управителният съвет ще разгледа молбата ви да се намали таксата за паркомястото.", False),
    # … while the price lowered outright is a discount the draft never gives
    ("На 15.05.2027 г. таксата за паркомястото ще бъде намалена.", True),
])
def test_a_request_to_lower_a_price_is_no_discount(told, promised):
    reply = f"Здравейте, господин Илиев,\n\n{told} За решението ще ви уведомим писмено.\n\nПоздрави,\nЕтажна собственост, бл. 12"
    assert ("commitments_new" in problems_with("bg", _PARKING, reply)) is promised


_DESK = (
    "Здравейте, госпожо Маринова,\n\nСъжаляваме, че интернетът в залата не работеше. Наемът на бюрото за седмицата, "
    "40 лв., ще приспаднем от следващата Ви сметка.\n\nПоздрави,\nКоуъркинг „Кошер“"
)


@pytest.mark.parametrize("told, promised", [
    # a compensation in a clause of its own after „, а“: the week of rent is the deduction's, not what it gives
    ("Наемът на бюрото за седмицата, 40 лв., ще приспаднем от следващата ви сметка, а като компенсация през юни ще "
     "ползвате залата без наем.", True),
    # … while the deduction itself said as the compensation is what the draft gives
    ("Като компенсация наемът на бюрото за седмицата, 40 лв., ще приспаднем от следващата ви сметка.", False),
])
def test_a_compensation_in_a_joined_clause_gives_its_own_measures(told, promised):
    reply = (
        f"Здравейте, госпожо Маринова,\n\nСъжаляваме, че интернетът в залата не работеше. {told}\n\nПоздрави,\n"
        "Коуъркинг „Кошер“"
    )
    assert ("commitments_new" in problems_with("bg", _DESK, reply)) is promised
