"""A penalty we pay for our own fault is a compensation in either word order: the noun fronted as the object of our
paying verb («Штраф за простой мы вам выплатим», „Неустойката ще Ви изплатим“) or as the subject of its passive, as
well as after it. Not when the draft already pays it, the customer pays it, we refuse it, or only weigh paying it."""
from __future__ import annotations

import pytest

from guard_checks import promised_anew

# A crane hired for a building site came two days late; a lease of a hall was broken off a week early.
RU_DRAFT = "Здравствуйте!\nАвтокран прибыл на объект на 2 дня позже согласованного. Приносим извинения.\nС уважением, служба аренды"
RU_PAID = (
    "Здравствуйте!\nАвтокран прибыл на объект на 2 дня позже согласованного. Приносим извинения и выплатим штраф "
    "по договору аренды.\nС уважением, служба аренды"
)
BG_DRAFT = "Здравейте!\nНаемът на залата беше прекратен седмица по-рано. Извиняваме се.\nПоздрави, екипът на залата"
BG_PAID = (
    "Здравейте!\nНаемът на залата беше прекратен седмица по-рано. Извиняваме се и ще Ви изплатим неустойка "
    "по договора.\nПоздрави, екипът на залата"
)

ADDED = [
    ("ru", RU_DRAFT, "Простите, автокран приехал на 2 дня позже. Штраф за простой техники мы вам выплатим."),
    ("ru", RU_DRAFT, "Автокран опоздал на 2 дня, извините. Штраф по договору аренды заплатим полностью."),
    ("ru", RU_DRAFT, "Автокран опоздал на 2 дня, извините. Штраф за эти дни будет выплачен вашей компании."),
    ("bg", BG_DRAFT, "Извинете, наемът на залата приключи седмица по-рано. Неустойката по договора ще Ви изплатим."),
    ("bg", BG_DRAFT, "Извинете, наемът приключи седмица по-рано. Неустойката за тази седмица ще Ви бъде изплатена."),
    ("bg", BG_DRAFT, "Извинете, наемът приключи седмица по-рано. Ще Ви изплатим неустойка за прекратяването."),
]


@pytest.mark.parametrize(("lang", "draft", "reply"), ADDED)
def test_a_penalty_paid_with_the_noun_first_is_a_new_compensation(lang, draft, reply):
    assert "compensation" in promised_anew(lang, draft, reply)


INNOCENT = [
    # the draft already pays the same penalty, the other way round
    ("ru", RU_PAID, "Простите, автокран приехал на 2 дня позже. Штраф по договору аренды мы вам выплатим."),
    ("bg", BG_PAID, "Извинете, наемът приключи седмица по-рано. Неустойката по договора ще Ви изплатим."),
    # a penalty the customer pays
    ("ru", RU_DRAFT, "Автокран опоздал на 2 дня, извините. Штраф за повреду ограждения вы заплатите по счёту."),
    ("bg", BG_DRAFT, "Извинете, наемът приключи седмица по-рано. Неустойката за щетите ще платите при напускане."),
    # a penalty refused
    ("ru", RU_DRAFT, "Автокран опоздал на 2 дня, извините. Штраф по договору мы не выплатим: задержку вызвал ураган."),
    ("bg", BG_DRAFT, "Извинете, наемът приключи седмица по-рано. Неустойката няма да Ви изплатим, залата се ремонтира."),
    # a payment only weighed
    ("ru", RU_DRAFT, "Автокран опоздал на 2 дня, извините. Мы рассмотрим, сможем ли выплатить штраф по договору."),
    ("bg", BG_DRAFT, "Извинете, наемът приключи седмица по-рано. Ще обсъдим дали да Ви изплатим неустойка."),
]


@pytest.mark.parametrize(("lang", "draft", "reply"), INNOCENT)
def test_a_penalty_paid_as_the_draft_pays_it_or_not_paid_by_us_is_no_new_compensation(lang, draft, reply):
    assert "compensation" not in promised_anew(lang, draft, reply)
