"""Guard set 45's misses as classes, in other domains: a guarantee with no end to count («доживотна гаранция») is given
all the same; a customer's loss paid («щетите ще Ви бъдат изплатени») is a compensation, which a claim for one
(«заявление за обезщетение») does not promise, nor the dates of another clause, set off by a dash, measure; a price
said lowered as an apology, told done, names what the apology gave, no gift of its own (in Russian); a metre or a
litre in its Latin symbol («200 m», «5 l») is the same quantity, and a number or a unit really changed is still
another fact (in both languages); a reply cut on the start of a name the draft writes longer («…на ул. Ша» for «ул.
Шапкарев») is cut, which the shape guard names."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew, same_facts

_BOILER = "Бойлерът ще бъде сменен безплатно до 20.03."


@pytest.mark.parametrize("reply, new", [
    # a guarantee with no term to count is still one given
    ("Бойлерът ще бъде сменен безплатно до 20.03 и ще има доживотна гаранция.", ["guarantee"]),
    ("Сменяме бойлера безплатно до 20.03, а новият е с безсрочна гаранция.", ["guarantee"]),
    ("До 20.03 ще сменим бойлера безплатно, с гаранция за цял живот.", ["guarantee"]),
    # … while the life of the boiler, or the warranty the repair is done under, gives none
    ("До 20.03 ще сменим бойлера безплатно; старият беше работил почти цял живот.", []),
    ("До 20.03 ще сменим бойлера безплатно по гаранция.", []),
])
def test_a_guarantee_with_no_end_is_given(reply, new):
    assert promised_anew("bg", _BOILER, reply) == new


_CLAIM = "Заявлението Ви за обезщетение за наводнения склад е получено. Експертът ще огледа склада на 14.05."


@pytest.mark.parametrize("reply, new", [
    # the loss paid or covered is a compensation the draft, which only received the claim for one, never gives
    ("Експертът ще огледа склада на 14.05. Щетите ще Ви бъдат изплатени изцяло.", ["compensation"]),
    ("Експертът ще огледа склада на 14.05 – не се тревожете, загубите Ви непременно ще бъдат покрити.",
     ["compensation"]),
    ("Експертът ще огледа склада на 14.05. Ще покрием всички вреди по стоката.", ["compensation"]),
    # … while the loss looked at pays nothing, and the claim told again promises nothing
    ("Получихме заявлението Ви за обезщетение. Експертът ще огледа щетите в склада на 14.05.", []),
])
def test_a_loss_paid_is_a_compensation_a_claim_does_not_promise(reply, new):
    assert promised_anew("bg", _CLAIM, reply) == new


def test_a_compensation_by_the_measures_of_the_draft_stays_its_purpose():
    # the draft's longer term told as a compensation, in one clause with its measure, gives nothing more
    draft = "Абонаментът Ви ще бъде удължен с 5 дни без заплащане."
    assert promised_anew("bg", draft, "Като компенсация удължаваме абонамента Ви с 5 дни.") == []


_RU_STUDIO = "Приносим извинения за перенос съёмки. В качестве компенсации цена фотосессии снижена на 2 000 руб."


@pytest.mark.parametrize("reply, new", [
    # the price lowered, told done as an apology, is what the draft's compensation gave
    ("В знак извинения мы снизили цену фотосессии на 2 000 руб.", []),
    ("В качестве извинения мы уменьшили стоимость съёмки на 2 000 руб.", []),
    # … while a thing yet to come as an apology is a gift, beside the lowered price or alone
    ("В знак извинения мы снизили цену фотосессии на 2 000 руб. и пришлём Вам фотокнигу.", ["gift"]),
    ("В знак извинения пришлём Вам фотокнигу.", ["gift"]),
])
def test_a_price_lowered_as_an_apology_is_no_gift(reply, new):
    assert promised_anew("ru", _RU_STUDIO, reply) == new


@pytest.mark.parametrize("lang, draft, reply, same", [
    # a metre and a litre in their Latin symbols are the same quantities
    ("bg", "Доставихме 12 ролки фолио 50 см × 200 м и 6 туби лепило по 5 л.",
     "Доставихме 12 ролки фолио 50 cm x 200 m и 6 туби лепило по 5 l.", True),
    ("ru", "Привезём 4 рулона сетки по 25 м и канистру антифриза 10 л.",
     "Привезём 4 рулона сетки по 25 m и канистру антифриза 10 l.", True),
    # … while a number or a unit changed is another fact
    ("bg", "Доставихме 12 ролки фолио 50 см × 200 м и 6 туби лепило по 5 л.",
     "Доставихме 12 ролки фолио 50 cm x 250 m и 6 туби лепило по 5 l.", False),
    ("bg", "Доставихме 12 ролки фолио 50 см × 200 м и 6 туби лепило по 5 л.",
     "Доставихме 12 ролки фолио 50 cm x 200 cm и 6 туби лепило по 5 l.", False),
    ("ru", "Привезём 4 рулона сетки по 25 м и канистру антифриза 10 л.",
     "Привезём 4 рулона сетки по 25 m и канистру антифриза 5 l.", False),
])
def test_a_metre_or_a_litre_in_its_latin_symbol_is_the_same_quantity(lang, draft, reply, same):
    assert same_facts(lang, draft, reply) is same


_RU_TYRES = ("Здравствуйте, Олег!\nШины можно забрать 14.03 в нашем сервисе по адресу г. Казань, ул. Зорге, д. 5. "
             "Вопросы — мастеру Ренату.\nСервис «Колесо»")
_BG_BIKE = ("Здравейте, г-жо Стоева,\nВелосипедът е готов и можете да го вземете на 14.03 от сервиза на ул. Шипченски "
            "проход 12 в София. Въпроси — към Мартин.\nВелосервиз „Спица“")


@pytest.mark.parametrize("lang, draft, reply, cut", [
    # a prose line cut on the start of a name the draft writes longer
    ("ru", _RU_TYRES, "Здравствуйте, Олег!\nШины можно забрать 14.03 в нашем сервисе по адресу г. Казань, ул. Зо", True),
    ("bg", _BG_BIKE, "Здравейте, г-жо Стоева,\nВелосипедът е готов и можете да го вземете на 14.03 от сервиза на ул. Шип",
     True),
    # … while a line ending on a name the draft has whole is no cut name
    ("ru", _RU_TYRES, "Здравствуйте, Олег!\nШины ждут вас 14.03 в сервисе на ул. Зорге, д. 5 в Казани. Вопросы — мастеру "
     "Ренату\nСервис «Колесо»", False),
])
def test_a_reply_cut_on_the_start_of_a_name_is_cut(lang, draft, reply, cut):
    assert ("shape_truncated" in problems_with(lang, draft, reply)) is cut
