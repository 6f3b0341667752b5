"""Guard set 78's Bulgarian misses, as classes in other domains and words: a draft's own commitment said in officialese
(„не се начислява такса“, „ще бъде изготвено писмо“) is the reply's plain one; data recomputed lowers no price; a wish
to apologise sets no deadline; a half hour, a colloquial tens word and a plant's peak power said in words are the same
facts; „поради това, че …“ opens the cause after it; a step said not to be needed and a harm that did not happen are no
evasion."""
from __future__ import annotations

import pytest

from guard_checks import error_rules, problems_with, promised_anew, same_facts

_STORAGE = (
    "Уважаеми господин Колев,\n\nПреместването на мебелите Ви, предвидено за 05.09.2027 г., се отлага за 12.09.2027 г. "
    "Поднасяме извинения. До тази дата мебелите остават в нашия склад в Русе.{extra}\n\nС уважение,\n„Хамали Дунав“ ООД"
)


@pytest.mark.parametrize("extra, promises_free", [
    # the draft's own free storage, said as a charge not made, covers the reply's plain „няма да Ви таксуваме“
    (" За удължения престой в склада не се начислява такса.", False),
    # … while a draft that never says it leaves the reply's free storage new
    ("", True),
])
def test_a_charge_the_draft_does_not_make_is_the_free_service_the_reply_says_plainly(extra, promises_free):
    reply = (
        "Здравейте, господин Колев,\n\nсъжаляваме, но местим преместването от 05.09.2027 г. на 12.09.2027 г. Дотогава "
        "мебелите остават в склада ни в Русе и няма да Ви таксуваме нищо за допълнителните дни.\n\nПоздрави,\n"
        "„Хамали Дунав“ ООД"
    )
    assert ("free" in promised_anew("bg", _STORAGE.format(extra=extra), reply)) is promises_free


_SOIL = (
    "Уважаема госпожо Начева,\n\nПротоколът от анализа на почвените проби ще бъде предаден до 18.10.2027 г. вместо до "
    "11.10.2027 г. Поднасяме извинения. Цената остава 420 € без ДДС.\n\nС уважение,\nЛаборатория „Агрохим“"
)


@pytest.mark.parametrize("said, discount", [
    # results computed again lower no price
    ("Пробите са наред – само преизчисляваме резултатите по новата методика.", False),
    # … while a bill computed again does, fronted too
    ("Освен това ще преизчислим сметката Ви за анализа.", True),
    ("Сметката за анализа ще я преизчислим.", True),
    # … but not when the verb after the fronted bill is negated
    ("Сметката за анализа не я преизчисляваме, защото пробите са същите.", False),
])
def test_data_computed_again_is_no_lower_price(said, discount):
    reply = (
        "Здравейте, госпожо Начева,\n\nпротоколът от анализа на почвените проби ще е готов до 18.10.2027 г., а не до "
        f"11.10.2027 г. Извиняваме се. {said} Цената остава 420 € без ДДС.\n\nПоздрави,\nЛаборатория „Агрохим“"
    )
    assert ("discount" in promised_anew("bg", _SOIL, reply)) is discount


_CLAIM = (
    "Уважаеми господин Рашев,\n\nОценката на щетата по покрива Ви ще бъде готова до 22.11.2027 г. Поднасяме "
    "извинения за забавянето.{extra}\n\nС уважение,\n„Покрив Експерт“ ЕООД"
)


@pytest.mark.parametrize("extra, new_contact", [
    # a letter the draft says will be drawn up in the passive is the reply's „ще напишем“
    (" Ще бъде изготвено и писмо до застрахователя Ви с пояснение за срока.", False),
    # … while a draft with no letter leaves the reply's letter new
    ("", True),
])
def test_a_letter_the_draft_draws_up_in_the_passive_is_the_replys_letter(extra, new_contact):
    reply = (
        "Здравейте, господин Рашев,\n\nоценката на щетата по покрива ще е готова до 22.11.2027 г. Съжаляваме за "
        "забавянето. Ще напишем и писмо до застрахователя Ви, в което обясняваме срока.\n\nПоздрави,\n"
        "„Покрив Експерт“ ЕООД"
    )
    assert ("contact" in promised_anew("bg", _CLAIM.format(extra=extra), reply)) is new_contact


_KITCHEN = (
    "Уважаема госпожо Илиева,\n\nМонтажът на кухнята Ви не беше извършен в уговорения ден. Поднасяме извинения. "
    "Монтажът е пренасрочен за 10.03.2027 г.\n\nС уважение,\n„Мебели Тракия“ ООД"
)


@pytest.mark.parametrize("said, deadline", [
    # a wish to apologise tells the failure's date, no deadline
    ("Искаме да Ви се извиним: кухнята не беше монтирана на 03.03.2027 г.", False),
    # … while a wish to do something by a date the draft never names sets one
    ("Искаме да монтираме кухнята на 08.03.2027 г.", True),
])
def test_a_wish_to_apologise_sets_no_deadline(said, deadline):
    reply = (
        f"Здравейте, госпожо Илиева,\n\n{said} Новата дата за монтажа е 10.03.2027 г.\n\nПоздрави,\n"
        "„Мебели Тракия“ ООД"
    )
    assert ("deadline" in promised_anew("bg", _KITCHEN, reply)) is deadline


@pytest.mark.parametrize("draft, reply, same", [
    # a half hour said in words after a word of the moment, with no half of the day, is the draft's time
    ("Лекарят ще Ви приеме в 9:30 ч.", "Лекарят ще Ви приеме в девет и половина.", True),
    ("Лекарят ще Ви приеме в 9:30 ч.", "Лекарят ще Ви приеме в десет и половина.", False),
    # … while a half before a unit is still a measure
    ("Прегледът трае 2,5 часа.", "Прегледът трае два и половина часа.", True),
    # the colloquial tens and teens words are numbers
    ("От 43 проби 7 са за повторение.", "От четирийсет и три проби 7 са за повторение.", True),
    ("Поръчани са 18 стола.", "Поръчани са осемнайсет стола.", True),
    # a plant's peak power by its Latin symbol or in words, and its plain power kept apart
    ("Централата е с мощност 2,5 MWp.", "Централата е с мощност 2.5 мегавата пикова мощност.", True),
    ("Централата е с мощност 2,5 MWp.", "Централата е с мощност 2.5 мегавата.", False),
    ("Турбината е от 3 MW.", "Турбината е от 3 мегавата.", True),
])
def test_a_time_a_number_and_a_peak_power_said_in_words_are_the_same_facts(draft, reply, same):
    assert same_facts("bg", draft, reply) is same


_CRANE = (
    "Уважаеми господин Тодоров,\n\nКранът пристигна на обекта в 11:00 ч. вместо в 7:00 ч. Поднасяме своите "
    "извинения. Забавянето е настъпило поради това, че при съставянето на графика машината е била записана за "
    "друг обект в Хасково.\n\nНа 14.06.2027 г. кранът ще бъде на обекта от 7:00 ч.\n\nС уважение,\n„Кран Сервиз“ ООД"
)


@pytest.mark.parametrize("cause, dropped", [
    # „поради това, че …“ opens the cause after it, which a reply may say in its own words
    ("Объркахме графика и записахме машината за друг обект в Хасково.", False),
    ("Вината е наша.", True),
])
def test_a_cause_opened_by_because_of_the_fact_that_is_told_after_it(cause, dropped):
    reply = (
        "Здравейте, господин Тодоров,\n\nкранът дойде в 11:00 ч., а трябваше да е на обекта в 7:00 ч. Извиняваме се. "
        f"{cause}\n\nНа 14.06.2027 г. кранът ще е на обекта от 7:00 ч.\n\nПоздрави,\n„Кран Сервиз“ ООД"
    )
    assert ("explanation" in problems_with("bg", _CRANE, reply).get("parts_missing", ())) is dropped


@pytest.mark.parametrize("text, rule, flagged", [
    # a step said not to be needed forces nothing
    ("Снимките са достатъчни, така че не се налага повторно заснемане на обекта.", "bg.evasion.nalozhi-se-stapka", False),
    ("Наложи се повторно заснемане на обекта от друг фотограф.", "bg.evasion.nalozhi-se-stapka", True),
    # a harm that did not happen hides no one
    ("Премиерата на 12.12 не е застрашена.", "bg.evasion.agentless-past-passive", False),
    ("Декорът на премиерата не беше монтиран навреме.", "bg.evasion.agentless-past-passive", True),
])
def test_a_step_not_needed_and_a_harm_that_did_not_happen_are_no_evasion(text, rule, flagged):
    assert (rule in error_rules("bg", text)) is flagged
