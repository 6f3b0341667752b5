"""Guard set 50's Bulgarian misses as classes, in other domains: a template slot for a contact or a value left
unfilled; a count in words changed where the reply counts the same thing, and a number said as an ordinal word
(„пета“, „десета“, which the dictionary reads as other words); the business's own cost after a count written in
groups; a remedy said as the firm's work in the third person or as work planned for a date; and a short detail
chained after a cause the reply keeps."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew

_WARRANTY = "Здравейте, г-жо Радева,\n\nСъжаляваме за забавянето на ремонта. Ще Ви върнем лаптопа до 14.03.\n\nПоздрави,\nЕкипът на сервиза"


@pytest.mark.parametrize("slot, stopped", [
    # a slot for a contact or a value to fill in, in any bracket
    ("[имейл за връзка]", True),
    ("[телефон на отдела]", True),
    ("<дата на посещението>", True),
    ("[e-mail поддержки]", True),
    # … while a note in brackets is no slot
    ("[вижте приложението]", False),
])
def test_a_slot_for_a_contact_or_a_value_is_unfilled(slot, stopped):
    reply = _WARRANTY.replace("до 14.03.", f"до 14.03. За въпроси пишете на {slot}.")
    assert ("shape_placeholder" in problems_with("bg", _WARRANTY, reply)) is stopped


_PALLETS = "Съжаляваме, че при доставката бяха повредени два палета с плочки. Ще ги подменим до 20.06."


@pytest.mark.parametrize("lang, draft, reply, changed", [
    # a count in words changed where the reply counts the same thing is a changed fact
    ("bg", _PALLETS, "Съжаляваме, че при доставката повредихме три палета с плочки. Ще ги подменим до 20.06.", True),
    ("ru", "Приносим извинения: в посылке не хватало двух коробок фильтров. Мы дошлём их до 20.06.",
     "Простите: в посылке не хватало трёх коробок фильтров. Мы дошлём их до 20.06.", True),
    # … while the same count in digits, or the thing not counted again, keeps it
    ("bg", _PALLETS, "Съжаляваме, че при доставката повредихме 2 палета с плочки. Ще ги подменим до 20.06.", False),
    ("bg", _PALLETS, "Съжаляваме, че при доставката повредихме палетите с плочки. Ще ги подменим до 20.06.", False),
    # … and so does a count of the same thing said again beside another count of it
    ("bg", _PALLETS, "Повредихме два палета с плочки от общо шест палета. Ще ги подменим до 20.06.", False),
])
def test_a_count_in_words_is_held_where_the_reply_counts_the_same_thing(lang, draft, reply, changed):
    assert ("facts_missing" in problems_with(lang, draft, reply)) is changed


@pytest.mark.parametrize("reply, changed", [
    # a number said as an ordinal word is the draft's number
    ("Грешката е в пета секция на договора, затова ще го преиздадем до 02.04.", False),
    ("Грешката е в петата секция на договора, затова ще го преиздадем до 02.04.", False),
    # … while another ordinal changes it
    ("Грешката е в шеста секция на договора, затова ще го преиздадем до 02.04.", True),
])
def test_a_number_said_as_an_ordinal_word_keeps_it(reply, changed):
    draft = "Грешката е в секция 5 на договора. Ще го преиздадем до 02.04."
    assert ("facts_missing" in problems_with("bg", draft, reply)) is changed


@pytest.mark.parametrize("draft, new", [
    # the business's own cost after a count written in groups is the draft's free service
    ("Складът ще изпрати отново 3 200 броя каталози за своя сметка до 05.05.", []),
    # … while a draft that names no cost gives nothing free
    ("Складът ще изпрати отново 3 200 броя каталози до 05.05.", ["free"]),
])
def test_the_firms_own_cost_after_a_grouped_count(draft, new):
    reply = "Складът ще изпрати отново 3200 броя каталози за своя сметка до 05.05."
    assert promised_anew("bg", draft, reply) == new


_CLOSING = "\n\nАко имате въпроси, можете да се свържете с нас на тел. 02 944 17 30.\n\nПоздрави,\nМилен Тодоров"
_CAUSE = "Уважаеми г-н Стоянов,\n\nИзвиняваме се за теча в банята. Причината е повреден уплътнител на смесителя."


@pytest.mark.parametrize("remedy", [
    # the firm's work in the third person, or work planned for a date, is the remedy, not the closing's contact line
    "Сервизната ни бригада ще подмени смесителя и уплътненията в банята.",
    "Подмяната на смесителя и уплътненията в банята е насрочена за 21.05.2026 г.",
])
def test_a_remedy_in_the_third_person_or_planned_for_a_date(remedy):
    draft = f"{_CAUSE}\n\n{remedy}{_CLOSING}"
    kept = problems_with("bg", draft, draft.replace("Уважаеми г-н", "Здравейте, г-н"))
    dropped = problems_with("bg", draft, draft.replace(remedy, "").replace("Уважаеми г-н", "Здравейте, г-н"))
    assert "parts_missing" not in kept
    assert "remedy" in dropped.get("parts_missing", ())


_LATE = (
    "Уважаема г-жо Колева,\n\nИзвиняваме се за закъснението на монтажника на 12.09.2026 г. Закъснението се дължи на "
    "обстоятелството, че монтажникът е бил ангажиран с ремонта на климатик в съседен квартал, продължил по-дълго от "
    "предвиденото, поради което същият се е явил в 15:00 ч. вместо в 11:00 ч.\n\nЩе Ви възстановим 20 лв. от таксата.\n\n"
    "С уважение,\nВесела Пенева"
)


@pytest.mark.parametrize("cause, dropped", [
    # a short detail after a cause the reply keeps is told with that cause, in the reply's own words
    ("Монтажникът ни още беше на друг ремонт в съседен квартал, който се проточи, и пристигна в 15:00 ч. вместо в "
     "11:00 ч.", False),
    # … while a reply that keeps only the failure drops the cause
    ("Монтажникът ни пристигна в 15:00 ч. вместо в 11:00 ч.", True),
])
def test_a_detail_after_a_kept_cause(cause, dropped):
    reply = (
        "Здравейте, г-жо Колева,\n\nСъжаляваме, че монтажникът закъсня на 12.09.2026 г. " + cause
        + "\n\nЩе Ви възстановим 20 лв. от таксата.\n\nС уважение,\nВесела Пенева"
    )
    assert ("explanation" in problems_with("bg", _LATE, reply).get("parts_missing", ())) is dropped
