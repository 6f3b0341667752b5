"""Guard set 74's Bulgarian misses, as classes in other domains and words, in both languages where the class is both's:
two values the draft sets against each other keep their roles when the reply moves the word of a role to the other
value; a template slot left in the reply is a slot with words before its noun, or a mask of X's or an ellipsis in place
of a figure; an abbreviation of initials written out in full is no new name; a fine we take on is a new promise."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew
from rewriter.guards import _shape

_BAKERY = (
    "Уважаема г-жо Димова,\n\nУведомяваме Ви, че на 14.05.2027 г. по поръчка № П-208 Ви бяха доставени 180 бр. кифли "
    "вместо заявените 240 бр. Поднасяме извинения за пропуска.\n\nЛипсващите бройки ще бъдат доставени на 15.05.2027 г."
    "\n\nС уважение,\nПекарна „Зора“"
)
_BAKERY_REPLY = (
    "Здравейте, г-жо Димова,\n\nсъжаляваме за грешката ни по поръчка П-208: на 14.05.2027 г. {told}\n\nЛипсващите "
    "бройки ще Ви донесем на 15.05.2027 г.\n\nПоздрави,\nПекарна „Зора“"
)
_CLINIC = (
    "Уважаемая Ольга Петровна,\n\nСообщаем, что в счёте № 4471 от 02.06.2027 указана сумма 5 600 руб. вместо "
    "согласованной по договору 4 900 руб. Приносим извинения.\n\nИсправленный счёт будет направлен 04.06.2027.\n\n"
    "С уважением,\nКлиника «Вита»"
)
_CLINIC_REPLY = (
    "Здравствуйте, Ольга Петровна,\n\nизвините за ошибку: {told}\n\nИсправленный счёт пришлём 04.06.2027.\n\n"
    "С уважением,\nКлиника «Вита»"
)


@pytest.mark.parametrize("lang, draft, reply, told", [
    # the word of the right value („заявените“, «согласованной») moved to the wrong one: the two trade places
    ("bg", _BAKERY, _BAKERY_REPLY, "доставихме Ви 240 бр. кифли, а заявените бяха 180 бр."),
    ("bg", _BAKERY, _BAKERY_REPLY, "доставихме Ви 240 бр. кифли, а заявените от Вас бяха 180 бр."),
    ("ru", _CLINIC, _CLINIC_REPLY, "в счёте № 4471 от 02.06.2027 стоит 4 900 руб., а согласованная по договору сумма 5 600 руб."),
])
def test_two_values_that_trade_places_are_a_changed_fact(lang, draft, reply, told):
    assert "facts_missing" in problems_with(lang, draft, reply.format(told=told))


@pytest.mark.parametrize("lang, draft, reply, told", [
    # the same roles, told with another contrast or in the other order, each value with its own word
    ("bg", _BAKERY, _BAKERY_REPLY, "доставихме Ви 180 бр. кифли, а заявените бяха 240 бр."),
    ("bg", _BAKERY, _BAKERY_REPLY, "заявихте 240 бр. кифли, а ние доставихме само 180 бр."),
    ("bg", _BAKERY, _BAKERY_REPLY, "доставихме Ви 180 бр. кифли, а не 240 бр., колкото заявихте."),
    ("ru", _CLINIC, _CLINIC_REPLY, "в счёте № 4471 от 02.06.2027 стоит 5 600 руб., а согласованная по договору сумма 4 900 руб."),
    ("ru", _CLINIC, _CLINIC_REPLY, "по договору мы согласовали 4 900 руб., а в счёте № 4471 от 02.06.2027 указали 5 600 руб."),
])
def test_two_values_in_their_roles_are_kept(lang, draft, reply, told):
    problems = problems_with(lang, draft, reply.format(told=told))
    assert "facts_missing" not in problems and "facts_new" not in problems


_VISIT_BG = "Здравейте,\n\nмонтьорът ще дойде на 21.09.2027.\n\nПоздрави,\nИво"
_VISIT_RU = "Здравствуйте,\n\nмонтажник приедет 21.09.2027.\n\nС уважением,\nИгорь"


@pytest.mark.parametrize("lang, draft, slot", [
    # a slot whose noun comes after words that qualify it
    ("bg", _VISIT_BG, "в [удобната за Вас дата]"),
    ("bg", _VISIT_BG, "[точен адрес на обекта]"),
    ("ru", _VISIT_RU, "в [удобное для вас время]"),
    # a mask of X's or an ellipsis where a figure goes
    ("bg", _VISIT_BG, "в XX:XX ч."),
    ("ru", _VISIT_RU, "к ХХ.ХХ.2027"),
    ("bg", _VISIT_BG, "и ще остане … часа"),
    ("ru", _VISIT_RU, "по наряду № …"),
])
def test_a_slot_left_unfilled_is_the_shape(lang, draft, slot):
    reply = draft.replace("21.09.2027", f"21.09.2027 {slot}")
    rejection = _shape(draft, reply, False, lang, True)
    assert rejection is not None and rejection.problem == "shape_placeholder"


@pytest.mark.parametrize("lang, draft, aside", [
    # brackets in round, a Roman numeral, an ellipsis of speech: no slot
    ("bg", _VISIT_BG, "(в удобен за Вас час)"),
    ("ru", _VISIT_RU, "— как в XX веке говорили, минута в минуту"),
    ("bg", _VISIT_BG, "и... ще донесе части"),
])
def test_an_aside_is_no_slot(lang, draft, aside):
    assert _shape(draft, draft.replace("21.09.2027", f"21.09.2027 {aside}"), False, lang, True) is None


_PERMIT = (
    "Уважаеми г-н Колев,\n\nРазрешителното Ви ще бъде издадено от {short} до 18.10.2027 г.\n\nС уважение,\n"
    "Консулт Плюс ЕООД"
)
_PERMIT_REPLY = "Здравейте, г-н Колев,\n\nразрешителното ще издаде {long} до 18.10.2027 г.\n\nПоздрави,\nКонсулт Плюс ЕООД"


@pytest.mark.parametrize("short, long", [
    # an abbreviation of initials written out, short words skipped
    ("РИОСВ", "Регионалната инспекция по околната среда и водите"),
    ("АЗ", "Агенция по заетостта"),
    ("НАП", "Национална агенция за приходите"),
])
def test_an_abbreviation_written_out_is_no_new_name(short, long):
    assert "facts_new" not in problems_with("bg", _PERMIT.format(short=short), _PERMIT_REPLY.format(long=long))


@pytest.mark.parametrize("short, long, new", [
    # a person whose initials happen to match, and another office
    ("ИА", "Иван Андонов", "Иван"),
    ("НАП", "Национален осигурителен институт", "Национален"),
])
def test_other_words_for_an_abbreviation_are_new(short, long, new):
    assert new in problems_with("bg", _PERMIT.format(short=short), _PERMIT_REPLY.format(long=long)).get("facts_new", ())


_CUSTOMS = (
    "Уважаема г-жо Стоева,\n\nПратката Ви ще бъде освободена от митницата до 08.11.2027 г.{offer}\n\nС уважение,\n"
    "Спедиция Бор ООД"
)


def test_a_fine_we_take_on_is_a_new_promise():
    reply = (
        "Здравейте, г-жо Стоева,\n\nпратката ще излезе от митницата до 08.11.2027 г. Ако за забавянето Ви бъде наложена "
        "санкция от агенцията, ние ще я покрием.\n\nПоздрави,\nСпедиция Бор ООД"
    )
    assert "compensation" in promised_anew("bg", _CUSTOMS.format(offer=""), reply)
    assert "commitments_new" in problems_with("bg", _CUSTOMS.format(offer=""), reply)


def test_a_fine_the_draft_takes_on_may_be_said_again():
    draft = _CUSTOMS.format(offer=" Ако бъде наложена глоба за забавянето, ще я заплатим ние.")
    reply = (
        "Здравейте, г-жо Стоева,\n\nпратката ще излезе от митницата до 08.11.2027 г., а ако има глоба за забавянето, "
        "ще я платим ние.\n\nПоздрави,\nСпедиция Бор ООД"
    )
    assert "compensation" not in promised_anew("bg", draft, reply)


def test_a_fine_the_customer_pays_is_no_promise():
    reply = (
        "Здравейте, г-жо Стоева,\n\nпратката ще излезе от митницата до 08.11.2027 г. Глобата за късната декларация ще "
        "платите Вие.\n\nПоздрави,\nСпедиция Бор ООД"
    )
    assert "compensation" not in promised_anew("bg", _CUSTOMS.format(offer=""), reply)
