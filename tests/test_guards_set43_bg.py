"""Guard set 43's Bulgarian misses as classes, in other domains: a refund offered as the second of two passives with its
auxiliary said again, a worker's job as the second of two passives with a window of hours before the worker, and the
value of a draft's voucher said in a sentence that promises nothing are the draft's own promises; a compensation given
with a verb of giving is a gift of its own beside a free service; a weight in pounds, a bare domain and the days of a
period the draft gives by its ends are the draft's facts; a contact line after the reply's closing thanks leaves the
closing in its place."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew, same_facts


@pytest.mark.parametrize("draft, new", [
    # the refund offered as the second way, its auxiliary said again after a long first way
    ("Платената такса от 40 лв. може да бъде използвана за друг час с инструктора в удобен за Вас ден или да бъде "
     "върната изцяло.", []),
    ("Депозитът от 200 € може да бъде прехвърлен за друга вечер от сезона по Ваш избор или да бъде възстановен.", []),
    # … while a second way that gives no money back is no refund
    ("Платената такса от 40 лв. може да бъде използвана за друг час с инструктора в удобен за Вас ден или да бъде "
     "прехвърлена на друг курсист.", ["refund"]),
])
def test_a_refund_as_the_second_of_two_passives_is_the_drafts(draft, new):
    assert promised_anew("bg", draft, "Ако предпочитате, ще Ви върнем парите изцяло.") == new


@pytest.mark.parametrize("draft, new", [
    # the job as the second of two passives, the day and the hours between it and the worker
    ("Новата врата ще бъде донесена и монтирана в сряда между 9:00 и 11:00 ч. от майстор Иван Колев.", []),
    ("Бойлерът ще бъде демонтиран и сменен на 12.03. между 8:00 и 10:00 ч. от нашия техник.", []),
    # … while a job of a worker that brings no one to the customer is no visit
    ("Новата врата ще бъде подготвена и опакована в сряда от майстор Иван Колев.", ["contact"]),
])
def test_a_job_in_two_passives_by_a_worker_is_a_visit(draft, new):
    reply = "Майсторът ще дойде при Вас в сряда с новата врата."
    assert [k for k in promised_anew("bg", draft, reply) if k != "deadline"] == new


@pytest.mark.parametrize("draft, new", [
    # the voucher's value said where the draft tells what went wrong, the voucher promised in another sentence
    ("Подаръчният ваучер на стойност 30 лв. не беше зареден поради грешка в системата. Ваучерът вече е зареден.", []),
    # … while a sum the draft gives to something else is another object given
    ("Поръчката Ви от 30 лв. не беше доставена поради грешка в системата. Ваучерът вече е зареден.", ["discount"]),
])
def test_the_value_of_the_drafts_voucher_is_no_other_discount(draft, new):
    assert promised_anew("bg", draft, "Ваучерът Ви от 30 лв. вече е зареден.") == new


@pytest.mark.parametrize("reply, new", [
    # something given as a compensation with a verb of giving is more than the draft's free service
    ("Ще сменим батерията безплатно, а като компенсация ще Ви подарим и калъф.", ["compensation"]),
    ("Батерията ще сменим безплатно и като компенсация Ви подаряваме зарядно за колата.", ["compensation"]),
    # … while the draft's free service said as the compensation is the draft's
    ("Като компенсация ще сменим батерията безплатно.", []),
])
def test_a_compensation_given_with_a_verb_of_giving_is_a_gift(reply, new):
    assert promised_anew("bg", "Батерията ще бъде сменена безплатно.", reply) == new


@pytest.mark.parametrize("draft, reply, same", [
    # a weight in pounds, by its symbol or its name
    ("Топката за боулинг е 14 lb.", "Топката за боулинг е 14 паунда.", True),
    ("Топката за боулинг е 14 lb.", "Топката за боулинг е 16 паунда.", False),
    # a domain with «www.» or without it
    ("Разписанието е на www.gradski-transport.bg.", "Разписанието е на gradski-transport.bg.", True),
    ("Разписанието е на www.gradski-transport.bg.", "Разписанието е на transport-grad.bg.", False),
])
def test_a_unit_or_a_domain_written_otherwise_is_the_same_fact(draft, reply, same):
    assert same_facts("bg", draft, reply) is same


_CLOSED = "Басейнът ще бъде затворен от 03.02.2027 г. до 05.02.2027 г. заради ремонт на филтрите."


@pytest.mark.parametrize("reply, new", [
    # the days of the draft's period, counted with both its ends
    ("Басейнът ще бъде затворен от 3 до 5 февруари 2027 г. — през тези три дни ремонтираме филтрите.", False),
    # … while another number of days is a fact of the reply's own
    ("Басейнът ще бъде затворен от 3 до 5 февруари 2027 г. — през тези пет дни ремонтираме филтрите.", True),
])
def test_the_days_of_a_period_the_draft_gives_are_no_new_fact(reply, new):
    assert ("facts_new" in problems_with("bg", _CLOSED, reply)) is new


_LAUNDRY = (
    "Уважаема госпожо Илиева,\n\nИзвиняваме се, че пердетата Ви бяха върнати с петно от боя. Петното е от машина, "
    "която не беше почистена след предишна поръчка. Ще изчистим пердетата отново безплатно до 14.03.2027 г.\n\n"
    "Благодарим Ви за търпението.\n\nС уважение,\nХимическо чистене „Бяло“\nтел. 0887 550 311\n"
)
_LAUNDRY_BODY = (
    "Здравейте, госпожо Илиева,\n\nСъжаляваме, че пердетата Ви се върнаха с петно от боя: не почистихме машината след "
    "предишна поръчка. Ще ги изчистим отново безплатно до 14.03.2027 г.\n\n"
)


@pytest.mark.parametrize("ending, dropped", [
    # the closing thanks, then a contact line on the same line
    ("Благодарим Ви за търпението! При въпроси ни търсете на 0887 550 311.", False),
    ("Благодарим за търпението! Ако имате въпроси: 0887/550-311.", False),
    # … while a contact line alone closes nothing
    ("При въпроси ни търсете на 0887 550 311.", True),
])
def test_a_contact_line_after_the_closing_keeps_it(ending, dropped):
    reply = _LAUNDRY_BODY + ending + "\n\nХимическо чистене „Бяло“\n"
    assert ("closing" in problems_with("bg", _LAUNDRY, reply).get("parts_missing", ())) is dropped
