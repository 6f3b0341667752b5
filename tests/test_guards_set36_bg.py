"""Guard set 36's Bulgarian misses as classes, in other domains: a compensation that is what the draft already does by
the same measures, and a free service beside a courier named by its adjective („куриерската такса“), are no new
promises, while a share of the money given back („ще Ви върнем 15% от таксата“) is one; a step of the remedy whose
facts the reply tells none of is dropped, however many of its words the rest of the letter says; a common noun of a
title with its article („Филхармонията“) is no name a reply must keep; a size parted by a slash („120/60 см“) is the
size written with «×»."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew, same_facts

_MEMBERSHIP = "Заради затворения басейн членската Ви карта ще бъде удължена с 5 дни до 20.04.2026 г."
_PARCEL = (
    "Нов комплект чаши ще бъде изпратен до 12.03.2026 г. без допълнително заплащане, а куриерската такса за "
    "връщането на счупения е за наша сметка."
)
_PICKUP = "Нов комплект чаши можете да вземете от магазина до 12.03.2026 г. без доплащане."
_FEE = "Месечната такса от 40 лв. остава непроменена."


@pytest.mark.parametrize("draft, reply, new", [
    # a compensation that is the draft's own extension, by its measures
    (_MEMBERSHIP, "Като компенсация за затворения басейн удължаваме картата Ви с 5 дни — до 20.04.2026 г.", []),
    # … but not by measures the draft never promises
    (_MEMBERSHIP, "Като компенсация удължаваме картата Ви с 10 дни.", ["compensation", "deadline"]),
    # a free return beside the courier's fee the draft bears too
    (_PARCEL, "Пращаме Ви нов комплект до 12.03.2026 г., безплатно. Куриерът за връщането е за наша сметка.", []),
    # … where a draft that hands it over at the shop sends nothing
    (_PICKUP, "Ще Ви изпратим нов комплект до 12.03.2026 г., а куриерската услуга е за наша сметка.", ["free"]),
    # a share of the money given back, said as a percentage
    (_FEE, "Таксата от 40 лв. остава, но ще Ви върнем 15% от нея за дните без връзка.", ["refund"]),
    (_FEE, "Таксата от 40 лв. остава, а заради прекъсването връщаме 20 % от месечната такса.", ["refund"]),
    # … while a count of things restored gives no money back
    ("Таксата от 40 лв. остава. Линиите ще бъдат възстановени до 18:00 ч.",
     "Таксата от 40 лв. остава, а до 18:00 ч. ще възстановим 4 от 6-те линии.", []),
])
def test_a_promise_read_by_its_commitment_and_object(draft, reply, new):
    assert promised_anew("bg", draft, reply) == new


_WATCH_DRAFT = (
    "Уважаеми господин Димитров,\n\nПоправката на часовника Ви по квитанция № 552 се забави поради липса на батерия "
    "от доставчика. Извиняваме се за забавянето. Батерията е получена и часовникът ще бъде готов за получаване на "
    "20.03.2026 г. след 11:00 ч. в ателието на ул. „Шипка“ 14, Пловдив.\n\nБлагодарим за търпението.\n\nАтелие „Време“"
)
_WATCH_OPENING = (
    "Здравейте, господин Димитров,\n\nСъжаляваме, че часовникът Ви (квитанция № 552) още не е готов: батерията от "
    "доставчика ни закъсня, а от ателието трябваше да Ви предупредим по-рано."
)
_WATCH_CLOSING = "\n\nБлагодарим Ви за търпението!\n\nАтелие „Време“"


@pytest.mark.parametrize("step, dropped", [
    # the decision, when and where, told in other forms
    (" Батерията вече е тук и можете да вземете часовника на 20 март 2026 г. след 11:00 ч. от ателието на "
     "ул. „Шипка“ 14, Пловдив.", False),
    # no word of when or where: the words of the step the reply keeps are the failure's
    ("", True),
])
def test_a_step_whose_facts_the_reply_tells_none_of_is_dropped(step, dropped):
    reply = _WATCH_OPENING + step + _WATCH_CLOSING
    assert ("remedy" in problems_with("bg", _WATCH_DRAFT, reply).get("parts_missing", ())) is dropped


_CONCERT_DRAFT = (
    "Уважаема госпожо Стоянова,\n\nКонцертът на 18.10.2026 г. от 19:00 ч. във Филхармонията на ул. „Гурко“ 3 се "
    "отлага поради заболяване на солиста. Извиняваме се за неудобството. Билетите Ви остават валидни за 25.10.2026 г. "
    "от 19:00 ч.\n\nС уважение,\nМария Колева"
)


@pytest.mark.parametrize("greeting, missing", [
    # the hall's common noun left out, the street kept
    ("Здравейте, госпожо Стоянова,", []),
    # a person's name left out is still missing
    ("Здравейте,", ["Стоянова"]),
])
def test_a_common_noun_of_a_title_is_no_name_to_keep(greeting, missing):
    reply = (
        f"{greeting}\n\nСолистът се разболя, затова концертът на 18.10.2026 г. от 19:00 ч. на ул. „Гурко“ 3 се мести. "
        "Съжаляваме! Билетите Ви важат за 25.10.2026 г. от 19:00 ч.\n\nПоздрави,\nМария Колева"
    )
    assert list(problems_with("bg", _CONCERT_DRAFT, reply).get("facts_missing", ())) == missing


@pytest.mark.parametrize("draft, reply, same", [
    # the sides of a size parted by a slash share the unit after the last, as with «×»
    ("Изработихме плота с размер 120/60 см.", "Изработихме плота с размер 120 × 60 см.", True),
    ("Изработихме плота с размер 120/60 см.", "Изработихме плота с размер 120 x 60 см.", True),
    # … but a side changed is still a fact changed
    ("Изработихме плота с размер 120/60 см.", "Изработихме плота с размер 100 × 60 см.", False),
])
def test_a_size_with_a_slash_is_the_same_size(draft, reply, same):
    assert same_facts("bg", draft, reply) is same
