"""Guard set 63's classes, in other domains: a template field left in the reply is no sendable letter in either language,
its slot noun after a word or two that qualify it («[рабочий e-mail]», „[банкова сметка]“) or a bank or tax code's name
(«[ИНН покупателя]», „[IBAN на получателя]“), while a citation, a quoted «[…]» or a bracket the draft holds passes; a
street named after its short kind («ул.», «пр.», «пл.») is a name a reply may inflect but not change."""
from __future__ import annotations

import pytest

from guard_checks import problems_with

_RU_GYM = (
    "Здравствуйте, Ольга!\n\nАбонемент в фитнес-клуб заморожен с 01.12 по 15.12 по Вашему заявлению. Остаток суммы "
    "вернём на карту до 20.12.{note}\n\nС уважением,\nфитнес-клуб «Атлант»"
)
_BG_SCHOOL = (
    "Уважаеми г-н Колев,\n\nТаксата за езиковия курс ще Ви бъде възстановена до 18.12.{note}\n\nПоздрави,\n"
    "Езиков център „Лингва“"
)


@pytest.mark.parametrize("lang, draft, slot", [
    # a slot noun after a word that qualifies it
    ("ru", _RU_GYM, "[рабочий e-mail]"),
    ("ru", _RU_GYM, "[банковские реквизиты]"),
    # a tax code's name, with whose it is after it
    ("ru", _RU_GYM, "[ИНН покупателя]"),
    ("bg", _BG_SCHOOL, "[банкова сметка]"),
    ("bg", _BG_SCHOOL, "<IBAN на получателя>"),
])
def test_a_template_field_left_in_the_reply_is_no_sendable_letter(lang, draft, slot):
    letter = draft.format(note="")
    head, _, sign = letter.rpartition("\n\n")
    filled = f"{head} {slot}.\n\n{sign}" if lang == "ru" else f"{head} {slot}\n\n{sign}"
    assert "shape_placeholder" in problems_with(lang, letter, filled)


@pytest.mark.parametrize("lang, draft, note", [
    # a citation, and a customer's words quoted with a cut, fill no template
    ("ru", _RU_GYM, " Порядок заморозки описан в правилах клуба [2]."),
    ("ru", _RU_GYM, " Вы написали: «Тренер […] не пришёл»."),
    # a qualified slot the draft holds itself is the draft's own text
    ("ru", _RU_GYM, " Реквизиты пришлите на адрес [рабочий e-mail]."),
    # a bracketed note whose words name no value to fill in is prose
    ("bg", _BG_SCHOOL, " Условията са в договора [вижте последната страница]."),
])
def test_a_bracket_that_fills_no_template_passes(lang, draft, note):
    letter = draft.format(note=note)
    assert "shape_placeholder" not in problems_with(lang, letter, letter)


_PHARMACY = (
    "Здравствуйте, Игорь Петрович!\n\nАптека на пл. Победы закрыта на ремонт до 10.02. Ваш заказ № 55120 можно "
    "забрать в пункте на ул. Гагарина, 12.\n\nС уважением,\nаптечная сеть «Здоровье»"
)
_PHARMACY_REPLY = (
    "Здравствуйте, Игорь Петрович!\n\nАптека {square} закрыта на ремонт до 10.02. Заказ № 55120 ждёт Вас в пункте "
    "{street}, 12.\n\nС уважением,\nаптечная сеть «Здоровье»"
)


@pytest.mark.parametrize("square, street, changed", [
    # the street and the square inflected or named in full are kept
    ("на пл. Победы", "на улице Гагарина", None),
    ("на площади Победы", "на ул. Гагарина", None),
    # a street or a square changed after its short kind is a new fact
    ("на пл. Победы", "на ул. Королёва", "Королёва"),
    ("на пл. Славы", "на ул. Гагарина", "Славы"),
])
def test_a_street_named_after_its_short_kind_may_be_inflected_but_not_changed(square, street, changed):
    problems = problems_with("ru", _PHARMACY, _PHARMACY_REPLY.format(square=square, street=street))
    assert problems.get("facts_new") == ((changed,) if changed else None)
