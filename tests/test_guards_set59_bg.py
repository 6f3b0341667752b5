"""Guard set 59's Bulgarian misses, as classes in other domains: an ordinal before its unit („10-ия рожден ден“) is the
number it counts to, however the reply names it; a fault placed inside a thing of ours („грешка в нашата платежна
система“) blames no partner and owns what was left undone; an open term with an approximate date after it is no vague
promise; „пропускът е изцяло наш“ owns the fault in the masculine too; costs the business takes on in the third person
(„фондацията ще поеме пътните разходи“) are a new promise; a step whose only fact is a count the account tells too is
dropped with the step."""
from __future__ import annotations

import pytest

from guard_checks import LINTER, error_rules, problems_with, promised_anew, same_facts


@pytest.mark.parametrize("draft, reply, same", [
    # an ordinal with its ending and a unit, told with another noun
    ("Тортата е за 10-ия рожден ден на сина Ви.", "Тортата е за 10-годишнината на сина Ви.", True),
    ("Поздравителният адрес е за 25-ата годишнина от основаването.", "Поздравителният адрес е за 25-годишнината от основаването.", True),
    # … still the same span when told as a term („до 30-ия ден“ = „в рамките на 30 дни“)
    ("Можете да върнете якето до 30-ия ден от покупката.", "Можете да върнете якето в рамките на 30 дни от покупката.", True),
    # … while another number, or a plain span of days, is no such ordinal
    ("Тортата е за 10-ия рожден ден на сина Ви.", "Тортата е за 11-годишнината на сина Ви.", False),
    ("Наемът е за 10 дни.", "Наемът е за 10-годишнината.", False),
])
def test_an_ordinal_is_the_number_it_counts_to(draft, reply, same):
    assert same_facts("bg", draft, reply) is same


@pytest.mark.parametrize("text, rule, fires", [
    # the fault placed inside a thing of ours
    ("Възстановяването се забави заради грешка в нашата платежна система; парите са по сметката Ви от днес.",
     "bg.evasion.third-party-frame", False),
    ("Поради срив в нашия сървър резервацията Ви не е била потвърдена; потвърждаваме я днес.",
     "bg.evasion.ne-e-obraboteno", False),
    # … while a partner's error, or an error nobody owns, still blames or hides
    ("Възстановяването се забави заради грешка на нашия платежен оператор.", "bg.evasion.third-party-frame", True),
    ("Поради грешка на доставчика резервацията Ви не е била потвърдена.", "bg.evasion.ne-e-obraboteno", True),
    # the masculine „наш“ owns the fault left undone
    ("Членската Ви карта не беше подновена навреме – пропускът е изцяло наш.", "bg.evasion.agentless-past-passive", False),
    ("Членската Ви карта не беше подновена навреме – пропускът не е наш.", "bg.evasion.agentless-past-passive", True),
])
def test_a_fault_inside_a_thing_of_ours_is_owned(text, rule, fires):
    assert (rule in error_rules("bg", text)) is fires


@pytest.mark.parametrize("text, fires", [
    ("Ще подменим помпата при следващото посещение – ориентировъчно на 12.03.", False),
    ("Ще пратим каталога със следващата пратка – приблизително на 5 април.", False),
    # … while an approximate word with no date leaves the term open
    ("Ще подменим помпата при следващата доставка – ориентировъчно следващия месец.", True),
])
def test_an_open_term_with_an_approximate_date_is_no_vague_promise(text, fires):
    assert ("bg.vague_promise.bez-srok" in [f.rule for f in LINTER.lint(text, "bg").findings]) is fires


_CONTEST = (
    "Уважаеми господин Стоев,\n\nОтборът Ви ще бъде оценен повторно на 12.05.2026 г. Моля, изпратете презентацията до "
    "08.05.2026 г.\n\nС уважение,\nСдружение „Млади инженери“"
)


@pytest.mark.parametrize("told, new", [
    # costs taken on by the business in the third person, or as „покрием“
    ("Ако отборът стигне до финала, сдружението ще поеме разходите за нощувки.", True),
    ("Ще покрием таксата за участие във финала.", True),
    # … while the customer's own costs, or the draft's steps, promise nothing new
    ("Ако отборът стигне до финала, ще поемете разходите за нощувки сами.", False),
    ("Ще оценим отбора повторно на 12.05.2026 г.", False),
])
def test_costs_the_business_takes_on_are_a_promise(told, new):
    reply = f"Здравейте, господин Стоев,\n\n{told} Изпратете презентацията до 08.05.2026 г.\n\nПоздрави,\nСдружение „Млади инженери“"
    assert ("free" in promised_anew("bg", _CONTEST, reply)) is new


_PIANO = (
    "Уважаема госпожо Динева,\n\nПри акордирането на пианото установихме, че 3 от струните са скъсани. Трябваше да Ви "
    "предупредим, че старите струни може да не издържат.\n\nПредлагаме безплатна подмяна на струните, както и връщане на "
    "таксата за тези 3 струни.\n\nПри въпроси ни потърсете на 0887 111 222.\n\nС уважение,\nАтелие „Клавир“"
)


@pytest.mark.parametrize("remedy, dropped", [
    # the step dropped, its only fact (the count) told by the account
    ("", True),
    # … while the step kept in other words is kept
    ("Ще подменим струните безплатно и ще Ви върнем таксата за тези 3 струни.", False),
])
def test_a_step_is_not_kept_by_a_count_the_account_tells(remedy, dropped):
    reply = (
        "Здравейте, госпожо Динева,\n\nПри акордирането видяхме, че 3 от струните са скъсани. Трябваше да Ви предупредим "
        f"за старите струни – пропускът е наш.\n\n{remedy}\n\nАко имате въпроси, обадете ни се на 0887 111 222.\n\n"
        "С уважение,\nАтелие „Клавир“"
    )
    assert ("parts_missing" in problems_with("bg", _PIANO, reply)) is dropped
