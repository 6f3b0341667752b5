"""Guard set 44's Bulgarian misses as classes, in other domains: a duty we had («трябваше да…») tells what we failed
to do, no promise and no deadline; a cost covered by a contract, a warranty or an insurance is the draft's free
service; something free given «като малко извинение» is a gift, and a free thing by a count the draft never names is
another thing given; a plan proposed («предлагаме да…») is said under a condition; a share taken off the bill («ще Ви
приспаднем 10% от нея») is a discount, and the number a new promise brings is the promise's, which the promises guard
names, not the facts guard (in both languages)."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew

_LATE_ANSWER = "Извиняваме се, че чакахте толкова дълго за отговор по рекламацията."


@pytest.mark.parametrize("draft, reply, new", [
    # a date the draft says was missed, told as a duty we had, is no deadline of the reply's own
    ("За съжаление климатикът не беше монтиран на 14.04 поради отказ на доставчика. Монтажът ще бъде на 18.04.",
     "Трябваше да монтираме климатика на 14.04, но това не се случи. Монтажът ще бъде на 18.04.", []),
    # a kind said as what we should have done, or would have done, is no promise of it
    ("Извиняваме се, че часът на посещението беше сменен без предупреждение.",
     "Трябваше да уточним новия час с Вас по телефона.", []),
    (_LATE_ANSWER, "Трябваше да Ви върнем парите още на първия ден, а не да Ви караме да чакате.", []),
    (_LATE_ANSWER, "Щяхме да Ви върнем парите веднага, ако бяхме видели писмото Ви.", []),
    # … while what the reply goes on to promise after the duty is new
    (_LATE_ANSWER, "Трябваше да отговорим по-бързо, затова ще Ви върнем парите.", ["refund"]),
    ("Извиняваме се, че не получихте известие за промяната.",
     "Трябваше да Ви се обадим по-рано, затова ще Ви звъннем утре сутринта.", ["contact", "deadline"]),
    # … and «би трябвало да» hedges a future, which is still one
    ("Пратката ще пристигне в сряда.", "Би трябвало да я докараме утре.", ["deadline"]),
])
def test_a_duty_we_had_is_no_promise(draft, reply, new):
    assert promised_anew("bg", draft, reply) == new


@pytest.mark.parametrize("draft, reply, new", [
    # the work paid by a warranty, an insurance or a service contract costs the customer nothing
    ("Смяната на дисплея се покрива от гаранцията.", "Дисплеят ще бъде сменен за наша сметка.", []),
    ("Ремонтът на бойлера е покрит от застраховката на имота.", "Ще ремонтираме бойлера безплатно.", []),
    ("Профилактиката и консумативите са поети от абонамента Ви за поддръжка.",
     "Профилактиката ще направим без допълнително заплащане.", []),
    # … while a cost the insurance does not cover, or a thing covered by dust, makes nothing free
    ("Щетите по бойлера не са покрити от застраховката.", "Ще ремонтираме бойлера безплатно.", ["free"]),
    ("Кашонът беше покрит от прах при доставката.", "Ще почистим кашона безплатно.", ["free"]),
])
def test_a_cost_covered_by_a_contract_is_a_free_service(draft, reply, new):
    assert promised_anew("bg", draft, reply) == new


@pytest.mark.parametrize("reply, new", [
    # something free given as an apology with a word of its size between is a gift of its own
    ("Удължихме абонамента до 30.09, а като символично извинение следващият месец е безплатен.", ["gift"]),
    ("Удължихме абонамента до 30.09 без заплащане, а като малко извинение ще Ви почистим и филтъра безплатно.", ["gift"]),
    # … while an apology said beside the draft's free service gives nothing more
    ("Удължихме абонамента до 30.09 без заплащане, като поднасяме извинение за забавянето.", []),
])
def test_a_free_thing_given_as_a_small_apology_is_a_gift(reply, new):
    assert promised_anew("bg", "Абонаментът Ви е удължен до 30.09 без заплащане.", reply) == new


_PROPOSED = "Предлагаме Ви монтажът да бъде извършен на 20.04 от 08:00 ч. или връщане на аванса."


@pytest.mark.parametrize("draft, reply, new", [
    # a plan proposed («предлагаме да…») is said under the customer's yes, as the draft's choice is
    (_PROPOSED, "Предлагаме да монтираме печката на 20.04 от 8 ч.", []),
    (_PROPOSED, "Предлагаме Ви да дойдем на 20.04 от 8 ч. сутринта.", []),
    # … while the same plan said outright drops the draft's condition
    (_PROPOSED, "Ще монтираме печката на 20.04 от 8 ч.", ["deadline"]),
    ("Предлагаме да пренасочим доставката за 12.03.", "Доставката ще пристигне на 12.03.", ["deadline"]),
    # … and a thing offered is given outright
    ("Предлагаме Ви безплатен превоз до хотела.", "Ще Ви осигурим безплатен превоз до хотела.", []),
])
def test_a_plan_proposed_is_said_under_a_condition(draft, reply, new):
    assert promised_anew("bg", draft, reply) == new


@pytest.mark.parametrize("draft, reply, new", [
    # a free thing by a count the draft never names is another thing given, beside the draft's free service
    ("Ремонтът на пералнята на 12.05 е без допълнително заплащане.",
     "Ремонтът на 12.05 е без допълнително заплащане, а с него ще Ви дадем безплатно 2 опаковки препарат за варовик.",
     ["free"]),
    ("Настаняването Ви е преместено за 15.06 без доплащане.",
     "Преместихме настаняването за 15.06 без доплащане и ще Ви осигурим безплатен паркинг за 3 нощувки.", ["free"]),
    # … while the draft's count, said in its sentence or in another, or a count in words, is the draft's own
    ("Ще Ви заемем безплатно 2 отоплителни уреда до ремонта.", "До ремонта ще получите безплатно два отоплителни уреда.", []),
    ("Поръчката Ви е за 4 стола. Доставката е безплатна.", "Доставката на 4-те стола е безплатна.", []),
    # … and so is an hour of the draft said without its minutes
    ("Новият бойлер ще бъде монтиран безплатно на 10.03 между 14:00 и 16:00 ч.",
     "Ще монтираме безплатно новия бойлер на 10 март между 14 и 16 ч.", []),
])
def test_a_free_thing_by_a_new_count_is_another_thing_given(draft, reply, new):
    assert promised_anew("bg", draft, reply) == new


@pytest.mark.parametrize("draft, reply, new", [
    # a share taken off the bill, or off a word standing for it, is money off
    ("Таксата за месеца е 30 лв.", "Таксата е 30 лв., но заради прекъсването ще Ви отбием 15% от нея.", ["discount"]),
    ("Наемът на залата е 400 лв.", "Наемът е 400 лв., като ще намалим 20 % от него заради ремонта.", ["discount"]),
    # … which the draft's own share covers, said in other words
    ("Ще Ви приспаднем 10% от таксата за март.", "От таксата за март ще Ви приспаднем 10% от нея.", []),
])
def test_a_share_taken_off_the_bill_is_a_discount(draft, reply, new):
    assert promised_anew("bg", draft, reply) == new


@pytest.mark.parametrize("lang, draft, reply", [
    ("bg", "Абонаментът Ви е 24 лв. на месец. Интернетът ще бъде възстановен до петък.",
     "Абонаментът Ви е 24 лв. на месец, но ще Ви приспаднем 25% от него. Интернетът ще бъде възстановен до петък."),
    ("ru", "Абонентская плата составляет 900 руб. в месяц. Интернет восстановим до пятницы.",
     "Абонентская плата составляет 900 руб. в месяц, но мы вычтем из неё 25%. Интернет восстановим до пятницы."),
])
def test_the_number_a_new_promise_brings_is_the_promises(lang, draft, reply):
    problems = problems_with(lang, draft, reply)
    assert problems.get("commitments_new") == ("discount",)
    assert "facts_new" not in problems


@pytest.mark.parametrize("lang, draft, reply", [
    ("bg", "Ще Ви приспаднем 10% от абонамента за април.", "Ще Ви приспаднем 15% от абонамента за април."),
    ("ru", "Мы вычтем 10% из оплаты за апрель.", "Мы вычтем 15% из оплаты за апрель."),
])
def test_a_promised_share_changed_is_still_a_changed_fact(lang, draft, reply):
    problems = problems_with(lang, draft, reply)
    assert "facts_missing" in problems
