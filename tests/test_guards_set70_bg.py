"""Guard set 70's Bulgarian classes, in other domains: a reply that owns the fault
the draft left unowned („неточност, която не забелязахме навреме“) may keep an evasion of the draft's word for word in
its plain retelling, while one that keeps it and owns nothing, or owns the fault and keeps the officialese, is no
better than the draft; reasons a preposition names in passing („…, че по независещи от фирмата причини е допуснато
надвишаване на срока“) are told by the cause the draft gives after them, which a reply keeps in its own words, while
one that drops that cause drops the explanation; a number with the one-letter „г.“ („деца на 7–9 г.“) may be years
(„от 7 до 9 години“), while „гр.“ stays grams."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, same_facts

_PRINT = (
    "Уважаема г-жо Петкова,\n\nИнформираме Ви, че отпечатването на каталозите по поръчка № ПК-5120 се отлага. Вследствие "
    "на допусната неточност при предпечатната подготовка 12 бр. страници са отпечатани с неправилна цветова гама и не "
    "могат да бъдат използвани. Съжаляваме за възникналото забавяне.\n\nКоригираният тираж ще бъде отпечатан на "
    "09.04.2027 г. Доставката ще бъде извършена на 12.04.2027 г.\n\nБлагодарим за разбирането.\n\nС уважение,\n"
    "Ирина Стоева\n„Принт Арт“ ООД"
)


def _print_reply(cause: str) -> str:
    return (
        "Здравейте, г-жо Петкова,\n\nТрябва да Ви кажем, че печатът на каталозите по поръчка № ПК-5120 се отлага. "
        f"Извиняваме се за забавянето.\n\n{cause} Не можем да ги използваме.\n\nКоригирания тираж ще отпечатаме на "
        "09.04.2027 г., а на 12.04.2027 г. ще Ви го доставим.\n\nБлагодарим Ви за разбирането и търпението!\n\n"
        "С уважение,\nИрина Стоева\n„Принт Арт“ ООД"
    )


@pytest.mark.parametrize("reply, refused", [
    # the slip owned as what we failed to notice: the draft's „се отлага“ and „са отпечатани с неправилна“ kept in a
    # plain retelling hide no one
    (_print_reply("При предпечатната подготовка имаше неточност, която не забелязахме навреме, и затова 12 бр. страници "
                  "са отпечатани с неправилна цветова гама."), False),
    # … while the same retelling that owns nothing keeps the draft's evasions
    (_print_reply("При предпечатната подготовка имаше неточност и затова 12 бр. страници са отпечатани с неправилна "
                  "цветова гама."), True),
    # … and a reply that owns the fault beside the draft's officialese, reshuffled, is no better than the draft
    (_PRINT.replace("Съжаляваме за възникналото забавяне.", "Грешката е наша. Съжаляваме за възникналото забавяне."), True),
])
def test_a_reply_that_owns_the_fault_may_keep_an_evasion_in_its_plain_retelling(reply, refused):
    assert ("not_better" in problems_with("bg", _PRINT, reply)) is refused


_LIFT = (
    "Уважаема г-жо Николова,\n\nУведомяваме Ви, че при ремонта на асансьора по независещи от фирмата причини е допуснато "
    "надвишаване на договорения срок с 2 дни. Забавянето се дължи на фабрична повреда в доставения нов двигател на "
    "лебедката. Съжаляваме за неудобството.\n\nАсансьорът ще работи отново на 14.06.2027 г.\n\nС уважение,\n„Лифт Сервиз“ ООД"
)


@pytest.mark.parametrize("cause, dropped", [
    # the cause the draft gives after its excuse, kept in the reply's words: the excuse needs nothing more
    ("Защо: новият двигател на лебедката, който получихме, беше с фабрична повреда.", False),
    # … while a reply that drops that cause drops the explanation
    ("", True),
])
def test_reasons_named_in_passing_are_told_by_the_cause_after_them(cause, dropped):
    reply = (
        f"Здравейте, г-жо Николова,\n\nИзвиняваме се – закъсняхме с ремонта на асансьора с 2 дни. {cause}\n\n"
        "Асансьорът ще работи отново на 14.06.2027 г.\n\nПоздрави,\n„Лифт Сервиз“ ООД"
    )
    assert ("parts_missing" in problems_with("bg", _LIFT, reply)) is dropped


@pytest.mark.parametrize("draft, reply, same", [
    ("Групата е за деца на 7–9 г.", "Групата е за деца от 7 до 9 години.", True),
    ("Възрастова група 12 г. и нагоре.", "За деца на 12 години и нагоре.", True),
    # … while a weight written „гр.“ is no age, nor another number of years the same
    ("Порцията е 250 гр.", "Порцията е за 250 години.", False),
    ("Групата е за деца на 7–9 г.", "Групата е за деца от 7 до 10 години.", False),
])
def test_a_one_letter_g_after_a_number_may_be_years(draft, reply, same):
    assert same_facts("bg", draft, reply) is same
