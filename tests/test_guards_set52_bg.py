"""Guard set 52's Bulgarian misses as classes, in other domains: a charge waived by its verbal noun („без начисляване на
такса“) or by us in the negated future („няма да Ви начислим“); the day of the letter („считано от датата на
настоящото писмо“) as today; a document the customer may receive by mail as the draft's sending it; our word given on
what will come („можем да Ви уверим, че…“); a count in pieces kept as its bare number; a request to another body and
its answer told in the reader's words; a line about the edit that says what it changed; and a fault placed with us
(„стана при нас“), which owns it."""
from __future__ import annotations

import pytest

from guard_checks import error_rules, problems_with, promised_anew
from rewriter.guards import clean_reply


@pytest.mark.parametrize("draft, new", [
    # a charge waived by its verbal noun is the draft's free service, which a reply may say again
    ("Монтажът на втората врата ще бъде извършен на 09.04. без начисляване на такса за посещение.", []),
    ("Вторият час от урока ще бъде проведен на 09.04. без таксуване.", []),
    # … while a draft that names no charge gives nothing free
    ("Монтажът на втората врата ще бъде извършен на 09.04.", ["free"]),
])
def test_a_charge_waived_by_its_verbal_noun(draft, new):
    reply = "Ще дойдем на 09.04. без такса за посещението."
    assert promised_anew("bg", draft, reply) == new


@pytest.mark.parametrize("reply, new", [
    # a charge waived by us in the negated future is a free service promised
    ("Новите ключове ще бъдат готови на 21.05. и няма да Ви начислим нищо за изработката.", ["free"]),
    # … while the same verb told of what was billed before is none
    ("Новите ключове ще бъдат готови на 21.05. Изработката беше начислена в миналата фактура.", []),
])
def test_a_charge_waived_by_us(reply, new):
    draft = "Новите ключове ще бъдат готови на 21.05."
    assert promised_anew("bg", draft, reply) == new


@pytest.mark.parametrize("draft, new", [
    # the day of the letter is today, so a reply's „от днес“ is the draft's own moment
    ("Считано от датата на настоящото писмо, всяко зареждане на автомата ще се отбелязва в дневник.", []),
    ("От настоящата дата всяко зареждане на автомата ще се отбелязва в дневник.", []),
    # … while a draft that names no moment gives none
    ("Всяко зареждане на автомата ще се отбелязва в дневник.", ["deadline"]),
])
def test_the_day_of_the_letter_is_today(draft, new):
    reply = "От днес всяко зареждане на автомата ще записваме в дневник."
    assert promised_anew("bg", draft, reply) == new


@pytest.mark.parametrize("draft, new", [
    # a document the customer may receive by mail: the draft sends it, and a reply may say so
    ("Удостоверението ще бъде готово на 03.06. и може да бъде получено на гишето или по имейл.", []),
    ("Удостоверението ще бъде готово на 03.06. и ще бъде получено по електронна поща.", []),
    # … while one the customer collects at the desk is sent nowhere
    ("Удостоверението ще бъде готово на 03.06. и може да бъде получено на гишето.", ["contact"]),
])
def test_a_document_received_by_mail(draft, new):
    reply = "Удостоверението ще е готово на 03.06. и ще Ви го изпратим по имейл."
    assert promised_anew("bg", draft, reply) == new


@pytest.mark.parametrize("sentence, new", [
    # our word given on what will come is a guarantee
    ("Можем да Ви уверим, че разрешителното ще бъде издадено.", ["guarantee"]),
    ("Уверяваме Ви, че залата ще бъде свободна.", ["guarantee"]),
    # … while making sure ourselves is no word given
    ("Ще се уверим, че залата е свободна.", []),
])
def test_our_word_given_on_what_will_come(sentence, new):
    draft = "Молбата Ви ще бъде разгледана до 15.07."
    assert promised_anew("bg", draft, f"Ще разгледаме молбата Ви до 15.07. {sentence}") == new


_SHORT = (
    "Уважаеми господин Петков,\n\nУстановено е, че с пратката от 03.03.2026 г. на адреса на ресторанта са доставени 40 "
    "броя стъклени чаши вместо заявените 60 броя. Несъответствието се дължи на грешно отчитане на наличността в склада "
    "в Русе.\n\nЛипсващите чаши ще Ви бъдат доставени на 06.03.2026 г.\n\nС уважение,\nСтъкларска работилница „Прозрачно“"
)


@pytest.mark.parametrize("count, dropped", [
    # a count in pieces kept as its bare number keeps the clause it stands in, as with its unit
    ("вместо поръчаните 60", False),
    ("вместо поръчаните 60 броя", False),
    # … while another number, or none, keeps none of it
    ("вместо поръчаните 50", True),
    ("вместо поръчаните", True),
])
def test_a_count_in_pieces_kept_bare(count, dropped):
    reply = (
        f"Уважаеми господин Петков,\n\nСъжаляваме, че на 03.03.2026 г. получихте само 40 чаши {count}. Сгрешихме "
        "при отчитането на наличността в склада в Русе.\n\nЩе Ви доставим липсващите чаши на 06.03.2026 г.\n\n"
        "С уважение,\nСтъкларска работилница „Прозрачно“"
    )
    assert ("explanation" in problems_with("bg", _SHORT, reply).get("parts_missing", ())) is dropped


_ASKED = (
    "Уважаема госпожо Стефанова,\n\nВъв връзка с Вашата молба за разрешение за ремонт на покрива Ви уведомяваме, че за "
    "произнасянето е необходимо мнение на Регионалната здравна инспекция. Същото е изискано на 02.02.2026 г. и е "
    "постъпило в кметството на 27.02.2026 г., поради което срокът не е спазен.\n\nРазрешението ще бъде издадено "
    "до 10.03.2026 г.\n\nС уважение,\nКметство Арбанаси"
)


@pytest.mark.parametrize("cause, dropped", [
    # what we asked another body for and when its answer came, told in the reader's words, keeps the cause
    ("Поискахме мнението на Регионалната здравна инспекция на 02.02.2026 г., а го получихме чак на 27.02.2026 г.", False),
    ("Поискахме мнението на Регионалната здравна инспекция на 02.02.2026 г. и то пристигна на 27.02.2026 г.", False),
    # … while a reply that tells only the missed term drops it
    ("Не успяхме в срока.", True),
])
def test_a_request_and_its_answer_in_other_words(cause, dropped):
    reply = (
        "Здравейте, госпожо Стефанова,\n\nИзвиняваме се за забавянето на отговора по молбата Ви за ремонт на покрива. "
        f"{cause}\n\nРазрешението ще е готово до 10.03.2026 г.\n\nПоздрави,\nКметство Арбанаси"
    )
    assert ("explanation" in problems_with("bg", _ASKED, reply).get("parts_missing", ())) is dropped


@pytest.mark.parametrize("line, stripped", [
    # a line about the edit that says what it changed goes
    ("Промених тона да е по-топъл и запазих всички дати.", True),
    ("Я изменил тон, даты не трогал.", True),
    # … while the reply's own last line stays
    ("Промених адреса за доставка в системата.", False),
])
def test_a_line_about_what_the_edit_changed(line, stripped):
    reply = "Здравейте,\n\nПратката тръгва утре.\n\nПоздрави,\nМария"
    assert (clean_reply(f"{reply}\n\n{line}") == reply) is stripped


@pytest.mark.parametrize("sentence, evasive", [
    # a fault placed with us owns it
    ("Грешката стана при нас, когато печатахме етикетите.", False),
    ("Пропускът се е получил при нас при опаковането.", False),
    # … while a fault placed in a stage of the work, no one doing it, is still evasion
    ("Грешката стана при печатането на етикетите.", True),
])
def test_a_fault_placed_with_us(sentence, evasive):
    rules = error_rules("bg", f"Съжаляваме. {sentence} Новите етикети пращаме утре.")
    assert any(r.startswith("bg.evasion.") for r in rules) is evasive
