"""Set 68's Bulgarian guard misses, as classes in other domains: a weight in tonnes, a size said as one word with its
number, a decimal written with a dot before its unit and a version with its „v“ are the draft's measure or version; an
id written without its „№“ is no count of things given free; a step needed for a visit said with „за това“ or as a thing
that will have to be in some state keeps the visit's moment under its step; a bare number the account tells („при
стълб 8“) tells no hour of the remedy („8:00“); our joy now („радваме се“) sets no deadline."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew, same_facts


@pytest.mark.parametrize("draft, reply, same", [
    # a weight in tonnes, by its word, is the draft's kilograms or tonnes
    ("Доставихме 12 т пелети в палети по 1 500 кг.", "Доставихме 12 тона пелети в палети по 1,5 тона.", True),
    ("Ще изпратим 2 000 кг тор.", "Ще изпратим 2 тона тор.", True),
    # … and another weight is still another fact
    ("Ще изпратим 2 000 кг тор.", "Ще изпратим 3 тона тор.", False),
    # a size said as one word with its number is the draft's size
    ("Монтирахме тръба Ø 40 мм.", "Монтирахме 40-милиметровата тръба.", True),
    ("Дъските са с дебелина 25 см.", "Сложихме 25-сантиметровите дъски.", True),
    # … and another size is still another fact
    ("Монтирахме тръба Ø 40 мм.", "Монтирахме 50-милиметровата тръба.", False),
    # a decimal written with a dot before a unit of measure is that measure, no date
    ("Мачтата е с височина 4,5 м.", "Мачтата е висока 4.5 метра.", True),
    ("Мачтата е с височина 4,5 м.", "Мачтата е висока 5.4 метра.", False),
    # … while a day and a month before a time stay a date
    ("Ще дойдем на 4.5 в 10 ч.", "Ще дойдем на 4 май в 10 ч.", True),
    # a version with its „v“ is the version the draft writes without it
    ("Грешката е във версия 2.7 на приложението.", "Грешката е в приложението v2.7.", True),
    ("Грешката е във версия 2.7 на приложението.", "Грешката е в приложението v2.8.", False),
])
def test_a_measure_in_another_unit_word_is_the_same_fact(draft, reply, same):
    assert same_facts("bg", draft, reply) is same


_VET = "Прегледът на кучето по карта № 31-208 няма да Ви бъде таксуван. Благодарим за търпението."


@pytest.mark.parametrize("reply, new", [
    # the card's id written without its „№“ is no count of things given
    ("Прегледът на кучето по карта 31-208 е безплатен за Вас.", False),
    # a count of its own given free is still another thing given
    ("Ще Ви дадем безплатно 31 пакета храна за кучето.", True),
])
def test_an_id_written_without_its_sign_is_no_count_of_things_given_free(reply, new):
    assert ("free" in promised_anew("bg", _VET, reply)) is new


_BOILER = (
    "Техникът ще дойде на 14.03.2027 г. от 9:00 ч. и ще смени горелката. За целта котелът следва да бъде изключен "
    "поне 2 часа преди посещението."
)


@pytest.mark.parametrize("reply, new", [
    # the step said after „за това“ with a word of need
    ("Техникът ще дойде на 14.03 от 9:00 ч. и ще смени горелката. За това котелът трябва да е изключен поне 2 часа по-рано.",
     False),
    # … or as a thing that will have to be in some state, its name first
    ("Техникът ще дойде на 14.03 от 9:00 ч. и ще смени горелката. Котелът ще трябва да бъде изключен поне 2 часа преди това.",
     False),
    # „за това“ with no need is no step: the visit is promised outright
    ("Техникът ще дойде на 14.03 от 9:00 ч. и ще смени горелката. За това Ви благодарим предварително.", True),
    # the step dropped: the visit is promised outright
    ("Техникът ще дойде на 14.03 от 9:00 ч. и ще смени горелката.", True),
])
def test_a_step_needed_for_a_visit_said_in_other_words_keeps_its_moment_held(reply, new):
    assert ("deadline" in promised_anew("bg", _BOILER, reply)) is new


_FENCE = (
    "Уважаеми господин Стоянов,\n\nВъв връзка с Вашия сигнал от 02.05.2027 г. Ви уведомяваме, че при монтажа на оградата "
    "е допусната грешка, поради което мрежата при стълб 8 е опъната накриво. Изразяваме съжаление за неудобството.\n\n"
    "Мрежата ще бъде демонтирана и опъната наново на 10.05.2027 г. от 8:00 ч. от бригадира Стефан Колев.\n\n"
    "Благодарим за разбирането.\n\nС уважение,\nОграден център „Бор“"
)


@pytest.mark.parametrize("step, dropped", [
    # the remedy dropped, the account's „стълб 8“ kept: the bare number tells no hour of the step
    ("", True),
    # the remedy kept in other words
    ("На 10.05.2027 г. в 8:00 ч. бригадирът Стефан Колев ще свали мрежата и ще я опъне отново. ", False),
])
def test_a_bare_number_of_the_account_tells_no_hour_of_the_remedy(step, dropped):
    reply = (
        "Здравейте, господин Стоянов,\n\nСъжаляваме – сгрешихме при монтажа и мрежата при стълб 8 е опъната накриво. "
        f"Благодарим за сигнала от 02.05.2027 г.\n\n{step}Благодарим Ви за търпението!\n\nПоздрави,\nОграден център „Бор“"
    )
    assert ("parts_missing" in problems_with("bg", _FENCE, reply)) is dropped


_CAMP = (
    "Заявката Ви от 03.05.2027 г. не може да бъде приета без медицинска бележка. Лагерът започва на 12.06.2027 г. "
    "в 9:00 ч."
)


@pytest.mark.parametrize("reply, new", [
    # our joy now beside the date of what the customer sent names what happened, no deadline
    ("Благодарим за заявката от 3 май – радваме се, че децата искат да дойдат в лагера. Без медицинска бележка обаче не "
     "можем да я приемем. Лагерът започва на 12 юни в 9 ч.", False),
    # the date the draft names only under its refusal, promised outright, is still a new deadline
    ("На 3 май ще приемем заявката. Лагерът започва на 12 юни в 9 ч.", True),
])
def test_our_joy_now_sets_no_deadline(reply, new):
    assert ("deadline" in promised_anew("bg", _CAMP, reply)) is new


_CONCERT = (
    "Уважаема госпожо Петрова,\n\nУведомяваме Ви, че заявеното от Вас посещение на концерта на хор „Родина“ (билет "
    "№ 4471, 2 места, начало 19:00 ч. на 14.03.2027 г.) не бе осъществено поради възникнали обстоятелства от логистичен "
    "характер. Установено бе, че залата не е била резервирана своевременно от "
    "секретаря на читалището, вследствие на което същата беше предоставена на друга организация. Поднасяме извинения "
    "за неудобството.\n\nСумата от 30 € ще Ви бъде възстановена до 21.03.2027 г.\n\nС уважение,\nЧиталище „Искра“"
)


@pytest.mark.parametrize("cause, dropped", [
    # the excuse's kind left out, the cause told after it kept
    ("Секретарят ни не резервира залата навреме и тя беше дадена на друга организация.", False),
    # the cause told after the excuse dropped too: no cause at all
    ("", True),
])
def test_an_excuse_whose_cause_the_draft_tells_after_it_need_not_be_kept(cause, dropped):
    reply = (
        "Здравейте, госпожо Петрова,\n\nСъжаляваме, че концертът на хор „Родина“ в 19:00 ч. на 14.03.2027 г. не се "
        "състоя (билет № 4471, 2 места). "
        f"{cause}\n\nЩе Ви върнем 30 € до 21.03.2027 г.\n\nПоздрави,\nЧиталище „Искра“"
    )
    assert ("parts_missing" in problems_with("bg", _CONCERT, reply)) is dropped
