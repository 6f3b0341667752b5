"""Guard set 55's Bulgarian misses, as classes in other domains: a frame rate by its Latin symbol is the rate in words
(„30 fps“ = „30 кадъра в секунда“); two hours joined by a range word share the half of the day after the second („между
3 и 6 следобед“ is 15:00 to 18:00); the capitalised adjective that opens a title whose place has its own name in quotes
(„Регионален исторически музей „…““) may be left out with the name kept; an excuse beside a cause of its sentence („поради
форсмажорни обстоятелства — …“) need not be kept by a reply that keeps the cause; a failure a finding says „се дължи на“
a cause, kept without that cause, drops it, while the figures in brackets after the cause tell it; a cancellation told
in the passive is no evasion in a reply that owns the fault as a noun elsewhere („Грешката е изцяло наша.“)."""
from __future__ import annotations

import pytest

from guard_checks import LINTER, problems_with, same_facts


@pytest.mark.parametrize("draft, reply, same", [
    # a frame rate by its symbol is the same rate in words
    ("Клипът е заснет с 30 fps.", "Клипът е заснет с 30 кадъра в секунда.", True),
    ("Камерата снима с 60 fps при пълна резолюция.", "Камерата снима с 60 кадъра в секунда при пълна резолюция.", True),
    ("Анимацията върви с 12 кадъра в секунда.", "Анимацията върви с 12 fps.", True),
    # … while another rate, or seconds, are other facts
    ("Клипът е заснет с 30 fps.", "Клипът е заснет с 50 кадъра в секунда.", False),
    ("Клипът е заснет с 30 fps.", "Клипът е дълъг 30 секунди.", False),
])
def test_a_frame_rate_by_its_symbol_or_in_words(draft, reply, same):
    assert same_facts("bg", draft, reply) is same


@pytest.mark.parametrize("draft, reply, same", [
    # the half of the day after the second hour of a range is the first's too
    ("Техникът ще дойде между 15:00 и 18:00 ч.", "Техникът ще дойде между 3 и 6 следобед.", True),
    ("Ще Ви звъннем от 8:00 до 11:00 ч.", "Ще Ви звъннем от 8 до 11 сутринта.", True),
    ("Залата е свободна между 19:00 и 21:00 ч.", "Залата е свободна между 7 и 9 часа вечерта.", True),
    # … while another hour is another fact
    ("Техникът ще дойде между 15:00 и 18:00 ч.", "Техникът ще дойде между 4 и 6 следобед.", False),
    ("Ще Ви звъннем от 8:00 до 11:00 ч.", "Ще Ви звъннем от 8 до 11 вечерта.", False),
])
def test_two_hours_of_a_range_share_the_half_of_the_day(draft, reply, same):
    assert same_facts("bg", draft, reply) is same


_LOAN = (
    "Уважаема госпожо Вълкова,\n\nПолучихме писмото Ви за заемането на шевицата за изложбата в {place}. Съжаляваме за "
    "забавянето. Шевицата ще бъде изпратена на 14.03.\n\nС уважение,\nМария Стоянова"
)


@pytest.mark.parametrize("in_draft, in_reply", [
    ("Регионален исторически музей „Русе“", "музея „Русе“"),
    ("Художествена галерия „Елена Карамихайлова“", "галерия „Елена Карамихайлова“"),
    ("Народно читалище „Светлина“", "читалище „Светлина“"),
    ("Природонаучен музей „Родопи“", "музея „Родопи“"),
])
def test_the_adjective_of_a_title_named_in_quotes_may_be_left_out(in_draft, in_reply):
    problems = problems_with("bg", _LOAN.format(place=in_draft), _LOAN.format(place=in_reply))
    assert "facts_missing" not in problems and "facts_new" not in problems


@pytest.mark.parametrize("in_draft, in_reply, missing", [
    # a person before what she does at the place is no title: her name must stay
    ("деня, в който Пламен посети музей „Русе“", "деня на посещението в музей „Русе“", "Пламен"),
    # a title with no name in quotes is named by its words alone
    ("Регионален исторически музей в Русе", "музея в Русе", "Регионален"),
])
def test_a_name_before_a_place_is_still_a_name(in_draft, in_reply, missing):
    problems = problems_with("bg", _LOAN.format(place=in_draft), _LOAN.format(place=in_reply))
    assert missing in problems.get("facts_missing", ())


_FURNITURE = (
    "Уважаема госпожо Илиева,\n\nПоднасяме извинения за създаденото неудобство. Доставката на мебелите, насрочена за "
    "12.05, не се е осъществила поради форсмажорни обстоятелства — наводнение на подлеза при Кремиковци вследствие на "
    "пороен дъжд, за което своевременно не е било изпратено съобщение от страна на логистичния ни отдел. Мебелите ще бъдат "
    "доставени на 15.05.\n\nС уважение,\nМебели „Дъб“"
)


def test_an_excuse_beside_its_cause_need_not_be_kept():
    reply = (
        "Здравейте, госпожо Илиева,\n\nИзвиняваме се: на 12.05 не получихте поръчката си и никой не Ви предупреди. Подлезът "
        "при Кремиковци беше наводнен заради проливния дъжд и камионът не можа да мине, а логистиците ни трябваше веднага да "
        "Ви съобщят.\n\nЩе Ви ги доставим на 15.05.\n\nПоздрави,\nМебели „Дъб“"
    )
    assert "parts_missing" not in problems_with("bg", _FURNITURE, reply)


def test_the_excuse_kept_without_its_cause_drops_the_explanation():
    reply = (
        "Здравейте, госпожо Илиева,\n\nИзвиняваме се: мебелите не пристигнаха на 12.05 поради форсмажорни обстоятелства."
        "\n\nЩе Ви ги доставим на 15.05.\n\nПоздрави,\nМебели „Дъб“"
    )
    assert "parts_missing" in problems_with("bg", _FURNITURE, reply)


_POOL = (
    "Уважаеми господин Данчев,\n\nСъжаляваме за неудобството. При проверката се установи, че спирането на помпата в "
    "басейна се дължи на запушен филтър с натрупан пясък от предишния сезон. Ще почистим филтъра безплатно на 20.06.\n\n"
    "С уважение,\nАква Сервиз"
)
_KILN = (
    "Уважаема госпожо Русева,\n\nСъжаляваме за неудобството. След проверка се установи, че напукването на глазурата на "
    "чиниите се дължи на прекалено бързото охлаждане в пещта (80 минути вместо 6 часа). Ще изпечем нови чинии до 30.09."
    "\n\nС уважение,\nКерамика „Глина“"
)


@pytest.mark.parametrize("draft, reply, dropped", [
    # a finding whose failure „се дължи на“ a cause: a reply that keeps only the failure has dropped the cause
    (_POOL, "Здравейте, господин Данчев,\n\nСъжаляваме, че помпата в басейна Ви спря. Ще почистим филтъра безплатно на "
            "20.06.\n\nПоздрави,\nАква Сервиз", True),
    (_KILN, "Здравейте, госпожо Русева,\n\nСъжаляваме, че глазурата на чиниите Ви се напука. Ще изпечем нови чинии до "
            "30.09.\n\nПоздрави,\nКерамика „Глина“", True),
    # … while one that tells the cause in its own words, or by the figures in brackets after it, keeps it
    (_POOL, "Здравейте, господин Данчев,\n\nСъжаляваме, че помпата в басейна Ви спря. Филтърът ѝ беше запушен с пясък, "
            "натрупан още от миналия сезон. Ще го почистим безплатно на 20.06.\n\nПоздрави,\nАква Сервиз", False),
    (_KILN, "Здравейте, госпожо Русева,\n\nСъжаляваме, че глазурата на чиниите Ви се напука. Пещта ги охлади за 80 минути "
            "вместо за 6 часа. Ще изпечем нови чинии до 30.09.\n\nПоздрави,\nКерамика „Глина“", False),
])
def test_a_failure_told_without_what_it_is_due_to_drops_the_cause(draft, reply, dropped):
    assert ("parts_missing" in problems_with("bg", draft, reply)) is dropped


@pytest.mark.parametrize("text, evasive", [
    # a cancellation in the passive, and the fault owned as a noun in another sentence of the reply
    ("Абонаментът Ви за басейна беше прекратен без предупреждение. Грешката е изцяло наша.", False),
    ("Курсът по грънчарство беше отменен. Това е наш пропуск и ще Ви върнем таксата.", False),
    # … while a fault denied, or none owned, leaves it hidden
    ("Абонаментът Ви за басейна беше прекратен без предупреждение. Това не е наш пропуск.", True),
    ("Курсът по грънчарство беше отменен. Ще Ви върнем таксата.", True),
])
def test_a_cancellation_is_owned_by_the_fault_said_as_a_noun(text, evasive):
    rules = [f.rule for f in LINTER.lint(text, "bg").findings]
    assert ("bg.evasion.anulirana" in rules) is evasive
