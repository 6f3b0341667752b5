"""Guard set 64's Bulgarian misses, as classes in other domains: a delay told as the consequence of what we did
(„получихме … чак в петък, затова … се забави“) or regretted in its own sentence („Съжаляваме, че … се забави“) is
owned, no evasion the reply adds; an open invitation to turn to us („Винаги можете да се обърнете към нас“) closes a
letter; a time unit right after a sum („18 евро на месец“) is the sum's rate, no measure of what a compensation
gives; and an instruction to the writer in square brackets („[впишете …]“) is a template slot left unfilled."""
from __future__ import annotations

import pytest

from guard_checks import problems_with

_PERMIT = (
    "Уважаема госпожо Димова,\n\nВъв връзка с Ваше заявление относно издаването на разрешение за строеж на гараж в "
    "УПИ № 412 Ви уведомяваме, че следва да се има предвид, че съгласуването с ВиК е отнело по-дълъг срок. Съгласно "
    "Закона за устройство на територията разрешението се издава след представяне на становище от ВиК. Разрешението "
    "е издадено на 14.05.2027 г. и може да бъде получено в деловодството.\n\nС уважение,\nОбщина Елена"
)


@pytest.mark.parametrize("account, refused", [
    # the delay the consequence of what we did, told before it
    ("Становището от ВиК поискахме късно и го получихме чак на 10.05.2027 г., затова разрешението се забави.", False),
    # … or regretted in its own sentence, the cause told after
    ("Съжаляваме, че разрешението Ви се забави. Трябваше да изчакаме становището от ВиК.", False),
    # while a delay told with no one behind it is still the reply's evasion
    ("Становището от ВиК пристигна чак на 10.05.2027 г., затова разрешението се забави.", True),
    ("Съжаляваме, но разрешението Ви се забави. Трябваше да изчакаме становището от ВиК.", True),
])
def test_a_delay_owned_by_its_cause_or_a_regret_is_no_evasion_added(account, refused):
    reply = (
        "Здравейте, госпожо Димова,\n\nБлагодарим за заявлението за разрешение за строеж на гараж в УПИ № 412. "
        f"{account} По закон можем да го издадем само след становище от ВиК. Разрешението е издадено на 14.05.2027 г. "
        "и можете да го получите в деловодството.\n\nС уважение,\nОбщина Елена"
    )
    problems = problems_with("bg", _PERMIT, reply)
    assert ("not_better" in problems) is refused


_CHOIR = (
    "Здравейте, г-н Цонев,\n\nСъжаляваме, че пропуснахме да Ви включим в списъка за концерта на 12.06.2027 г. "
    "Мястото Ви е запазено и ще получите програмата до 05.06.2027 г. За въпроси: тел. 0888 402 117.\n\n"
    "Оставаме на разположение.\n\nХор „Звънче“"
)


@pytest.mark.parametrize("last, dropped", [
    # an open invitation to turn to us, the verb before its pronoun, closes the letter
    ("Винаги можете да се обърнете към нас.", False),
    ("Можете да се свържете с нас и в събота.", False),
    # … while a step told last closes nothing
    ("Програмата ще получите до 05.06.2027 г.", True),
])
def test_an_open_invitation_to_turn_to_us_closes(last, dropped):
    reply = (
        "Здравейте, г-н Цонев,\n\nСъжаляваме, че пропуснахме да Ви включим в списъка за концерта на 12.06.2027 г. "
        "Мястото Ви е запазено и ще получите програмата до 05.06.2027 г. Ако имате въпроси, обадете се на тел. "
        f"0888 402 117.\n\n{last}\n\nХор „Звънче“"
    )
    assert ("closing" in problems_with("bg", _CHOIR, reply).get("parts_missing", ())) is dropped


_GYM = (
    "Здравейте, г-жо Рачева,\n\nСъжаляваме, че басейнът беше затворен без предупреждение на 03.03.2027 г. Към "
    "абонамента Ви (18 € месечно) ще бъдат добавени две безплатни тренировки с инструктор, които можете да ползвате до "
    "30.04.2027 г.\n\nС уважение,\nСпортен клуб „Вълна“"
)


@pytest.mark.parametrize("given, new", [
    # the sum's rate said in words, „18 евро на месец“ for „18 € месечно“: no measure of the compensation
    ("добавяме към абонамента Ви (18 евро на месец) две безплатни тренировки с инструктор", False),
    # while a month the compensation gives of its own is a measure the draft never names
    ("добавяме към абонамента Ви (18 евро на месец) две безплатни тренировки с инструктор и удължаваме абонамента "
     "с 1 месец", True),
])
def test_a_rate_after_a_sum_is_no_measure_of_a_compensation(given, new):
    reply = (
        "Здравейте, г-жо Рачева,\n\nСъжаляваме, че басейнът беше затворен без предупреждение на 03.03.2027 г. "
        f"За да го компенсираме, {given}, които можете да ползвате до 30.04.2027 г.\n\nС уважение,\nСпортен клуб „Вълна“"
    )
    assert ("commitments_new" in problems_with("bg", _GYM, reply)) is new


_PARCEL = (
    "Здравейте, г-н Илиев,\n\nСъжаляваме, че пратката Ви се върна в склада. Ще я изпратим отново на 22.09.2027 г. "
    "с товарителница № 55812.\n\nС уважение,\nЕкспрес Поща"
)


@pytest.mark.parametrize("aside, left", [
    # an instruction to the writer in square brackets is a slot left unfilled
    ("[уточнете часа на доставката]", True),
    ("[въведете името на куриера]", True),
    # … while a bracketed aside that tells, a participle, is the reply's own words
    ("[посочена в договора]", False),
])
def test_an_instruction_in_square_brackets_is_a_slot_left(aside, left):
    reply = (
        "Здравейте, г-н Илиев,\n\nСъжаляваме, че пратката Ви се върна в склада. Ще я изпратим отново на 22.09.2027 г. "
        f"{aside} с товарителница № 55812.\n\nС уважение,\nЕкспрес Поща"
    )
    assert ("shape_placeholder" in problems_with("bg", _PARCEL, reply)) is left


_RENT = (
    "Здравейте, г-н Станев,\n\nСъжаляваме, че депозитът за апартамента на ул. „Липа“ 7 още не е върнат. Ще Ви го "
    "преведем до 15.08.2027 г.\n\nС уважение,\nАгенция „Покрив“"
)


@pytest.mark.parametrize("sentence, new", [
    # interest paid on what we owe late is a compensation the draft never gives
    ("Ще Ви го преведем до 15.08.2027 г. Ще Ви изплатим и законната лихва.", True),
    ("Ще Ви го преведем до 15.08.2027 г. Ще Ви изплатим и лихва за закъснението.", True),
    # … while interest charged to the customer and taken back is none
    ("Ще Ви го преведем до 15.08.2027 г. Лихвата за просрочие, която Ви начислихме по грешка, вече сторнирахме.", False),
])
def test_interest_paid_for_our_delay_is_a_compensation(sentence, new):
    reply = (
        "Здравейте, г-н Станев,\n\nСъжаляваме, че депозитът за апартамента на ул. „Липа“ 7 още не е върнат. "
        f"{sentence}\n\nС уважение,\nАгенция „Покрив“"
    )
    assert ("compensation" in problems_with("bg", _RENT, reply).get("commitments_new", ())) is new


# letters whose remedy is a slot: the draft fills it with its refund, the reply with its own
_LESSON = (
    "Здравейте, г-жо Маринова,\n\nСъжаляваме, че урокът по пиано на 11.10.2027 г. беше отменен в последния момент. "
    "{refund}\n\nС уважение,\nМузикална школа „Ключ“"
)
_LESSON_REFUND = "Ще Ви възстановим 40 лв. от платената такса от 120 лв. по банковата Ви сметка до 3 работни дни."
_CLASS = (
    "Здравейте, г-н Колев,\n\nСъжаляваме, че готварският курс на 04.03.2027 г. започна с час закъснение. {refund}"
    "\n\nС уважение,\nКулинарно студио „Тиган“"
)
_CLASS_REFUND = "Връщаме Ви разликата от 12 лв. на участник, общо 48 лв., по банковата Ви сметка до 7 работни дни."
_BIKES = (
    "Здравейте, г-жо Илиева,\n\nЕдното колело от наема на 19.05.2027 г. беше с повредена спирачка. {refund}"
    "\n\nС уважение,\nВелосипеди „Спица“"
)
_BIKES_REFUND = (
    "Гаранцията от 50 € Ви е върната изцяло. Ще Ви бъде възстановена и сумата от 10 € от платения наем от 45 € по "
    "банковата Ви сметка до 5 работни дни."
)


@pytest.mark.parametrize("letter, drafted, refund, new", [
    # the whole sum given back where the draft gives a part of it is more money promised
    (_LESSON, _LESSON_REFUND, "Ще Ви върнем цялата такса от 120 лв. по банковата Ви сметка до 3 работни дни.", True),
    (_LESSON, _LESSON_REFUND, "Ще Ви върнем 40 лв. от платените 120 лв., а ако предпочитате – и цялата сума от "
     "120 лв., по банковата Ви сметка до 3 работни дни.", True),
    # … beside a deposit the draft also returns whole
    (_BIKES, _BIKES_REFUND, "Гаранцията от 50 € Ви върнахме изцяло. Ще Ви възстановим 10 € от платения наем от 45 €, "
     "а ако желаете – и цялата сума от 45 €, по банковата Ви сметка до 5 работни дни.", True),
    # … while the part given back, the whole named before or after it, is the draft's refund
    (_LESSON, _LESSON_REFUND, "От платените 120 лв. ще Ви върнем 40 лв. по банковата Ви сметка до 3 работни дни.",
     False),
    (_LESSON, _LESSON_REFUND, "Ще Ви върнем 40 лв. от таксата от 120 лв. по банковата Ви сметка до 3 работни дни.",
     False),
    # … the part said after „сумата от“ is no whole (a whole exceeds its part), nor is a deposit returned whole
    (_BIKES, _BIKES_REFUND, "Гаранцията от 50 € Ви върнахме изцяло. Ще Ви възстановим 10 € от платения наем от 45 € "
     "по банковата Ви сметка до 5 работни дни.", False),
    # … nor a part per person beside the total of such parts
    (_CLASS, _CLASS_REFUND, "Връщаме Ви по 12 лв. на участник, или общо 48 лв., по банковата Ви сметка до 7 работни "
     "дни.", False),
    (_CLASS, _CLASS_REFUND, "Връщаме Ви 48 лв. – по 12 лв. на участник – по банковата Ви сметка до 7 работни дни.",
     False),
])
def test_the_whole_sum_given_back_for_a_part_is_a_new_promise(letter, drafted, refund, new):
    draft, reply = letter.format(refund=drafted), letter.format(refund=refund)
    assert bool(problems_with("bg", draft, reply).get("commitments_new")) is new
