"""Guard set 39's Russian misses and two classes of both languages, in other domains: a number that closes a code
written with a slash opens no range; a service the draft bills nothing for, money the draft says will arrive, and a
courier's coming read by the commitment, not the wording; a penalty paid for our delay as a compensation, and a
compensation that names a sum of its own as new however it is timed; a reply cut off after a preposition and the
abbreviation of a place whose name never came."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew, same_facts
from rewriter.commitments import find_promises
from rewriter.facts import fact_values


@pytest.mark.parametrize("draft, reply, same", [
    ("Пеня по договору № 45/17 в размере 3 200 руб. будет списана.", "Пеню по договору № 45/17 — 3 200 руб. — спишем.", True),
    ("Счёт № 908/12 на 7 400 руб. оплачен.", "Счёт № 908/12 – 7 400 руб. – оплачен.", True),
    # the innocent neighbour: the sum really changed
    ("Пеня по договору № 45/17 в размере 3 200 руб. будет списана.", "Пеню по договору № 45/17 — 3 300 руб. — спишем.", False),
])
def test_a_number_closing_a_slashed_code_opens_no_range(draft, reply, same):
    assert same_facts("ru", draft, reply) == same


def test_a_range_between_plain_numbers_still_shares_its_unit():
    assert ("quantity", ("3", "day")) in [(v.kind, v.key) for v in fact_values("Доставим за 3 — 5 дней.", "ru")]


@pytest.mark.parametrize("draft, new", [
    ("Повторная диагностика 14.05.2027 к оплате не выставляется.", []),
    ("Повторную диагностику 14.05.2027 к оплате не выставляем.", []),
    # the innocent neighbour: a draft that bills nothing away
    ("Повторная диагностика назначена на 14.05.2027.", ["free"]),
])
def test_a_service_billed_to_no_one_is_a_free_service(draft, new):
    assert promised_anew("ru", draft, "Повторную диагностику 14.05.2027 сделаем за наш счёт.") == new


_GRAIN = "Оплату за 12 т зерна мы отправили 03.04.2027, деньги поступят в течение 3 рабочих дней."


@pytest.mark.parametrize("draft, new", [
    ("Оплата за 12 т зерна отправлена 03.04.2027, поступление средств ожидается в течение 3 рабочих дней.", []),
    ("Оплата за 12 т зерна отправлена 03.04.2027. В течение 3 рабочих дней ожидается поступление денег.", []),
    # the innocent neighbour: a draft that says nothing of the money's arrival
    ("Оплата за 12 т зерна отправлена 03.04.2027.", ["deadline", "refund"]),
])
def test_money_the_draft_expects_to_arrive_is_the_replys_money_arriving(draft, new):
    assert promised_anew("ru", draft, _GRAIN) == new


@pytest.mark.parametrize("text, kinds", [
    ("Курьер заедет за коробкой 12.05.2027.", []),
    ("12.05.2027 заедет водитель и заберёт паллеты.", []),
    # the innocent neighbour: a worker's visit is a contact
    ("Мастер заедет 12.05.2027.", ["contact"]),
])
def test_a_courier_coming_by_is_no_visit(text, kinds):
    assert [p.kind for p in find_promises(text, "ru") if p.kind != "deadline"] == kinds


@pytest.mark.parametrize("text, kinds", [
    ("За просрочку выплатим вам неустойку 0,5% за каждый день.", ["compensation"]),
    ("Начислим пени за каждый день задержки поставки.", ["compensation"]),
    ("За срыв сроков заплатим штраф по договору.", ["compensation"]),
    # the innocent neighbours: a penalty the customer pays, and one only told
    ("Вам будет начислен штраф 500 руб.", []),
    ("Штраф по договору учтём в следующем счёте.", []),
])
def test_a_penalty_we_pay_for_our_delay_is_a_compensation(text, kinds):
    assert [p.kind for p in find_promises(text, "ru") if p.kind != "deadline"] == kinds


@pytest.mark.parametrize("lang, draft, reply, new", [
    ("bg", "Сумата от 1 200 лв. ще бъде преведена по сметката Ви до 20.05.2027 г.",
     "До 20.05.2027 г. ще преведем 1 200 лв. по сметката Ви, като ще добавим и 30 лв. обезщетение.", ["compensation"]),
    ("ru", "Сумма 4 500 руб. будет перечислена на Ваш счёт до 20.05.2027.",
     "До 20.05.2027 переведём 4 500 руб. на ваш счёт и в качестве компенсации добавим 300 руб.", ["compensation"]),
    # the innocent neighbours: the draft's own transfer called a compensation, and a compensation by the draft's measure
    ("bg", "Сумата от 1 200 лв. ще бъде преведена по сметката Ви до 20.05.2027 г.",
     "До 20.05.2027 г. ще преведем 1 200 лв. по сметката Ви като компенсация за забавата.", []),
    ("bg", "Абонаментът Ви ще бъде удължен с 2 дни.", "Като компенсация ще удължим абонамента Ви с 2 дни.", []),
])
def test_a_compensation_naming_a_sum_of_its_own_is_new(lang, draft, reply, new):
    assert promised_anew(lang, draft, reply) == new


_SEEDLINGS_RU = (
    "Здравствуйте, Пётр!\nПриносим извинения за задержку.\nРассаду 120 шт. доставим 14.05.2027 в пос. Сосновка.\n"
    "С уважением, питомник «Лес»"
)
_SEEDLINGS_BG = (
    "Здравейте, г-н Петров,\nИзвиняваме се за забавянето.\nРазсадът от 120 бр. ще бъде доставен на 14.05.2027 г. в гр. "
    "Борово.\nС уважение, разсадник „Гора“"
)


@pytest.mark.parametrize("lang, draft, reply, cut", [
    ("ru", _SEEDLINGS_RU, "Здравствуйте, Пётр!\nПростите, что рассада задержалась.\nПривезём 120 шт. 14.05.2027 в пос.", True),
    ("bg", _SEEDLINGS_BG, "Здравейте, г-н Петров,\nИзвиняваме се, че разсадът закъсня.\nЩе доставим 120 бр. на 14.05.2027 г. в гр.",
     True),
    # the innocent neighbours: the place named, and a year's «г.» closing the sentence
    ("ru", _SEEDLINGS_RU, "Здравствуйте, Пётр!\nПростите, что рассада задержалась.\nПривезём 120 шт. 14.05.2027 в пос. "
                          "Сосновка.\nПитомник «Лес»", False),
    ("bg", _SEEDLINGS_BG, "Здравейте, г-н Петров,\nИзвиняваме се, че разсадът закъсня.\nЩе доставим 120 бр. в гр. Борово на "
                          "14.05.2027 г.", False),
])
def test_a_reply_cut_after_the_abbreviation_of_a_place_is_truncated(lang, draft, reply, cut):
    assert ("shape_truncated" in problems_with(lang, draft, reply)) == cut
