"""Guard set 31's Bulgarian bad replies let through, as classes in other domains and both languages: a reply cut off
on a verb of hope or gladness whose object never came («…и се надяваме», «…и надеемся»), and a meeting or step the
draft holds on the customer's wish or need („при желание“, „при нужда“, «при желании», «при необходимости») promised
outright; a set 30 parts refusal (whom a trouble reached, read as a cause)."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew

# A piano tuner's reply and a ferry line's, each ending on a thanks whose last clause was cut.
_TUNER = (
    "Здравейте, г-жо Димова,\n\nИзвинете ни: настройчикът не дойде на 14.05, както бяхме уговорили. Ще дойде на 21.05 "
    "в 10:00 ч., без да плащате посещението.\n\nБлагодарим Ви за търпението!"
)
_FERRY = (
    "Здравствуйте, Павел!\n\nПростите: рейс парома № 318 отменили, а мы не предупредили вас заранее. Деньги за билет, "
    "2 400 руб., вернём на карту до 9 июля.\n\nСпасибо, что дождались ответа!"
)
# Each draft with the thanks its last line replaces.
_LAST_LINE = {"bg": (_TUNER, "Благодарим Ви за търпението!"), "ru": (_FERRY, "Спасибо, что дождались ответа!")}
_ENDINGS = [  # (lang, the last line written instead, whether the reply is cut short)
    ("bg", "Благодарим Ви за търпението и се надяваме", True),
    ("bg", "Пианото ще звучи отново и ще се радваме", True),
    ("bg", "Още веднъж извинете, разчитаме", True),
    ("ru", "Спасибо за терпение, надеемся", True),
    ("ru", "Ещё раз простите, будем рады", True),
    ("bg", "Благодарим Ви и се надяваме пианото да Ви радва.", False),
    ("bg", "Ще се радваме да Ви помогнем!\n\nПоздрави,\nАтелие „Камертон“", False),
    ("ru", "Будем рады видеть вас на борту!", False),
]
ENDINGS = [(lang, _LAST_LINE[lang][0], _LAST_LINE[lang][0].replace(_LAST_LINE[lang][1], line), cut) for lang, line, cut in _ENDINGS]


@pytest.mark.parametrize("lang, draft, reply, cut", ENDINGS)
def test_a_last_line_cut_on_a_verb_of_hope_before_its_object_is_truncated(lang, draft, reply, cut):
    assert ("shape_truncated" in problems_with(lang, draft, reply)) is cut


# A poster designer who meets the customer only if changes are wanted, a contract talk only if edits are wished.
_POSTER_BG = "Макетът на плаката ще Ви бъде изпратен на 3 юни. При нужда от корекции дизайнерът ще се срещне с Вас на 7 юни."
_POSTER_RU = "Макет афиши пришлём 3 июня. При необходимости доработки дизайнер может встретиться с вами 7 июня."
_CONTRACT_RU = "Проект договора пришлём 14 мая. При желании внести правки встречу можно провести 20 мая в 11:00 в офисе."
# A refund held on the customer's wish after a step promised outright, and a choice told as what the customer has.
_FLASK_BG = "Ще Ви изпратим нов термос до 2.03, а при желание ще Ви върнем 25 лв. по картата до 9.03."
CONDITIONS = [  # (lang, draft, reply, whether the reply promises outright what the draft holds on a wish)
    ("bg", _POSTER_BG, "Ще Ви изпратим макета на 3 юни. Дизайнерът ще се срещне с Вас на 7 юни.", True),
    ("bg", _POSTER_BG, "Ще Ви изпратим макета на 3 юни. Ако искате корекции, дизайнерът ще се срещне с Вас на 7 юни.", False),
    ("bg", _FLASK_BG, "Ще Ви изпратим нов термос до 2.03 и ще Ви върнем 25 лв. по картата до 9.03.", True),
    ("bg", _FLASK_BG, "Нов термос ще тръгне към Вас до 2.03. Ако предпочитате парите, ще Ви върнем 25 лв. до 9.03.", False),
    ("bg", _FLASK_BG, "Имате два варианта: нов термос до 2.03 или 25 лв. обратно по картата до 9.03.", False),
    ("ru", _POSTER_RU, "Макет афиши пришлём 3 июня. Дизайнер встретится с вами 7 июня.", True),
    ("ru", _POSTER_RU, "Макет афиши пришлём 3 июня. Если нужно что-то доработать, дизайнер встретится с вами 7 июня.", False),
    ("ru", _CONTRACT_RU, "Проект договора пришлём 14 мая. Потом встретимся 20 мая в 11:00 в офисе и внесём правки.", True),
    ("ru", _CONTRACT_RU, "Проект договора пришлём 14 мая. Если захотите что-то поправить, встретимся 20 мая в 11:00 в офисе.", False),
]


@pytest.mark.parametrize("lang, draft, reply, new", CONDITIONS)
def test_a_step_held_on_the_customers_wish_may_not_be_promised_outright(lang, draft, reply, new):
    assert bool(promised_anew(lang, draft, reply)) is new


# Set 30's Bulgarian parts refusal: whom an inconvenience reached („неудобството, причинено на Вас“) is no cause a reply
# must keep; a cause said with the same participle („причинена от…“) still is.
_NOISE = (
    "Уважаема г-жо Стоева,\n\nСъобщаваме Ви, че ремонтът на покрива над ап. 7 продължи до 22:00 ч., тъй като "
    "бурята отложи работата с два дни. Приемете извиненията ни за неудобството, причинено на Вас и на съседите Ви.\n\n"
    "С уважение,\nФирма „Покрив“"
)
_NOISE_KEPT = (
    "Здравейте, г-жо Стоева,\n\nИзвинете за шума: работихме по покрива над ап. 7 до 22:00 ч., защото бурята ни "
    "забави с два дни.\n\nПоздрави,\nФирма „Покрив“"
)
_CAR = (
    "Уважаема г-жо Петкова,\n\nУведомяваме Ви, че драскотината по автомобила Ви е причинена от подемника в сервиза "
    "при смяната на гумите. Ще я полираме безплатно на 9.06.\n\nС уважение,\nАвтосервиз „Гума“"
)
_CAR_DROPPED = (
    "Здравейте, г-жо Петкова,\n\nИзвинете ни за драскотината по автомобила Ви. Ще я полираме безплатно на 9.06.\n\n"
    "Поздрави,\nАвтосервиз „Гума“"
)


@pytest.mark.parametrize("draft, reply, dropped", [(_NOISE, _NOISE_KEPT, False), (_CAR, _CAR_DROPPED, True)])
def test_whom_a_trouble_reached_is_no_cause_but_a_cause_said_with_the_same_participle_is(draft, reply, dropped):
    assert ("explanation" in problems_with("bg", draft, reply).get("parts_missing", ())) is dropped
