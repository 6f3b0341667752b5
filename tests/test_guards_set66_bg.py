"""Guard set 66's Bulgarian misses, as classes in other domains: a note left in brackets for the editor is no reply to
send; an ordinal in the feminine with its article („след 20-ата минута“) counts what the number does; no surcharge
needed is the draft's free service said in other words; a charge told as covering only what the customer got is a step
of the remedy. And an older miss (set 64): interest paid on top of the sum owed is more than the draft's compensation of that sum."""
from __future__ import annotations

import pytest

from guard_checks import problems_with
from rewriter.facts import fact_values

_DENTIST = (
    "Уважаема госпожо Петкова,\n\nВъв връзка с Вашето писмо от 04.03.2027 г. Ви уведомяваме, че часът Ви при д-р Илиев "
    "е преместен за 11.03.2027 г. в 15:00 ч. поради отсъствие на лекаря. Поднасяме извинения за неудобството.\n\n"
    "С уважение,\nДентален център „Усмивка“"
)


def _dentist_reply(middle: str) -> str:
    return (
        "Здравейте, госпожо Петкова,\n\nБлагодарим Ви за писмото от 04.03.2027 г. и се извиняваме: д-р Илиев отсъства, "
        f"затова преместихме часа Ви за 11.03.2027 г. в 15:00 ч. {middle}\n\nС уважение,\nДентален център „Усмивка“"
    )


@pytest.mark.parametrize("note, stopped", [
    # a note headed as one to the editor
    ("[Бележка на редактора: да се провери дали кабинетът е на втория етаж.]", True),
    # … or one on what may be added at that place
    ("[Ако има място, тук може да се добави името на асистентката.]", True),
    # a note to the reader in brackets is the reply's own
    ("[Забележка: паркингът пред центъра е безплатен.]", False),
    # … and so is a reference to the terms
    ("[вж. т. 4 от общите условия]", False),
])
def test_a_note_in_brackets_left_for_the_editor_is_no_reply_to_send(note, stopped):
    problems = problems_with("bg", _DENTIST, _dentist_reply(note))
    assert ("shape_placeholder" in problems) is stopped


_POOL = (
    "Уважаеми господин Денев,\n\nВъв връзка с Вашия сигнал от 09.02.2027 г. Ви уведомяваме, че урокът по плуване на "
    "09.02.2027 г. бе прекратен след 20-ата минута поради повреда в помпата на басейна. Поднасяме извинения.\n\n"
    "С уважение,\nСпортен комплекс „Вълна“"
)


@pytest.mark.parametrize("said, changed", [
    # the draft's ordinal minute, said as the minutes it counts
    ("след 20 минути", False),
    # while another count of minutes still changes it
    ("след 25 минути", True),
])
def test_a_feminine_ordinal_with_its_article_counts_what_its_number_does(said, changed):
    reply = (
        "Здравейте, господин Денев,\n\nБлагодарим за сигнала от 09.02.2027 г. Съжаляваме: урокът по плуване на "
        f"09.02.2027 г. спря {said}, защото помпата на басейна се повреди.\n\nС уважение,\nСпортен комплекс „Вълна“"
    )
    problems = problems_with("bg", _POOL, reply)
    assert ("facts_missing" in problems) is changed


@pytest.mark.parametrize("text, key", [
    ("през 2-рата седмица", ("2", "week")),
    ("след 3-тия час", ("3", "hour")),
])
def test_an_ordinal_in_the_feminine_or_with_its_article_keeps_its_unit(text, key):
    assert [v.key for v in fact_values(text, "bg")] == [key]


def _school_draft(fee: str) -> str:
    return (
        "Уважаема госпожо Василева,\n\nУведомяваме Ви, че поради грешка при записването синът Ви е включен в група "
        f"„Напреднали“ вместо в група „Начинаещи“. Ще бъде преместен в група „Начинаещи“ от 15.01.2027 г. {fee}\n\n"
        "С уважение,\nЕзиково училище „Глобус“"
    )


@pytest.mark.parametrize("fee, refused", [
    # the draft says no surcharge is needed, in its own words
    ("Цената от 120 евро е една и съща и не се налага доплащане.", False),
    ("Цената от 120 евро е една и съща и допълнително плащане не се изисква.", False),
    # a draft that only names the price says nothing free: the reply's „не се доплаща“ is new
    ("Цената на курса е 120 евро.", True),
])
def test_no_surcharge_needed_is_the_drafts_own_free_service(fee, refused):
    reply = (
        "Здравейте, госпожо Василева,\n\nСбъркахме при записването и включихме сина Ви в група „Напреднали“, а не в "
        "„Начинаещи“. От 15.01.2027 г. той минава в група „Начинаещи“. Цената от 120 евро е една и съща, така че не "
        "се доплаща нищо.\n\nС уважение,\nЕзиково училище „Глобус“"
    )
    problems = problems_with("bg", _school_draft(fee), reply)
    assert ("commitments_new" in problems) is refused


_PRINTER = (
    "Уважаема госпожо Николова,\n\nВъв връзка с поръчка № ПЛ-407 за 500 плаката Ви уведомяваме, че на 12.04.2027 г. "
    "бяха доставени 300 броя, тъй като хартията в склада ни не достигна. Поднасяме извинения.\n\n"
    "Останалите 200 плаката ще бъдат доставени до 20.04.2027 г. с куриер. Фактурата за първата доставка е издадена "
    "за 300 плаката по 0,80 евро за брой, на обща стойност 240 евро.\n\nБлагодарим Ви за търпението.\n\n"
    "С уважение,\nПечатница „Оттенък“"
)


@pytest.mark.parametrize("invoice, dropped", [
    # the invoice told as a charge for only what was delivered
    ("За първата доставка Ви таксувахме само доставеното – 300 плаката по 0,80 € за брой, или 240 €.", False),
    # while a reply that tells the invoice's sums only beside the failure has dropped the step
    ("", True),
])
def test_a_charge_for_only_what_was_delivered_is_a_step_of_the_remedy(invoice, dropped):
    reply = (
        "Здравейте, госпожо Николова,\n\nПо поръчка № ПЛ-407 за 500 плаката на 12.04.2027 г. получихте само 300 броя: "
        "хартията в склада ни свърши. Съжаляваме.\n\nОстаналите 200 плаката ще Ви изпратим с куриер до 20.04.2027 г. "
        f"{invoice}\n\nБлагодарим Ви за търпението.\n\nС уважение,\nПечатница „Оттенък“"
    )
    problems = problems_with("bg", _PRINTER, reply)
    assert ("remedy" in problems.get("parts_missing", ())) is dropped


_INSURER = (
    "Уважаема госпожо Кирова,\n\nУведомяваме Ви, че щетата по полица № ИМ-5521 е разгледана. Определено Ви е "
    "обезщетение в размер на 640 € за ремонта на покрива. Сумата ще бъде преведена по Вашата банкова сметка до "
    "28.05.2027 г.\n\nС уважение,\nЗастрахователна компания „Покрив“"
)


@pytest.mark.parametrize("payment, refused", [
    # interest paid on top of the compensation owed is more money than the draft pays
    ("Ще Ви преведем сумата по банковата сметка до 28.05.2027 г., заедно със законната лихва за забавата.", True),
    # while the compensation said again by no sum is the draft's
    ("Ще Ви преведем сумата по банковата сметка до 28.05.2027 г. Обезщетението за ремонта ще получите изцяло.", False),
])
def test_interest_on_top_of_the_sum_owed_is_not_the_drafts_compensation(payment, refused):
    reply = (
        "Здравейте, госпожо Кирова,\n\nРазгледахме щетата по полица № ИМ-5521 и Ви определихме обезщетение от 640 € за "
        f"ремонта на покрива. {payment}\n\nС уважение,\nЗастрахователна компания „Покрив“"
    )
    problems = problems_with("bg", _INSURER, reply)
    assert ("compensation" in problems.get("commitments_new", ())) is refused
