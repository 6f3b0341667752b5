"""Guard set 71's Bulgarian misses, as classes in other domains: the editors asking themselves in square brackets
whether to add something („[Бележка: може би да споменем …?]“) left a note, no reply to send; a cause said in the
reader's words keeps it: in transit as on the way („по време на транспорта“ → „по пътя“), broken as smashed
(„са се потрошили“), a figure corrected as put right („коригиран“ → „поправен“); an ordinal day alone („до 12-и“) is
the day of the draft's date, not a number of the reply's own."""
from __future__ import annotations

import pytest

from guard_checks import problems_with
from rewriter.facts import fact_changes, fact_values

_BAKERY = (
    "Уважаема госпожо Добрева,\n\nУведомяваме Ви, че тортата по поръчка № ТР-442 ще бъде доставена на 18.06.2027 г. "
    "в 11:00 ч. вместо в 9:00 ч. Поднасяме извинения за неудобството.\n\nС уважение,\nСладкарница „Лале“"
)


def _bakery_reply(note: str) -> str:
    return (
        "Здравейте, госпожо Добрева,\n\nИзвиняваме се: тортата по поръчка № ТР-442 ще пристигне на 18.06.2027 г. в 11:00 ч., "
        f"а не в 9:00 ч., както обещахме. {note}\n\nПоздрави,\nСладкарница „Лале“"
    )


@pytest.mark.parametrize("note, stopped", [
    # the editors asking themselves whether to add something, with a label or without one
    ("[Бележка: може би да споменем защо сладкарят закъсня?]", True),
    ("[Дали да не обясним, че фурната се развали?]", True),
    # a note to the reader in brackets is the reply's own
    ("[Забележка: доставката е безплатна.]", False),
    # … and so is what we will do for the reader
    ("[Ще се радваме да добавим и свещички.]", False),
])
def test_an_editors_question_in_square_brackets_is_no_reply_to_send(note, stopped):
    assert ("shape_placeholder" in problems_with("bg", _BAKERY, _bakery_reply(note))) is stopped


@pytest.mark.parametrize("lang, note, stopped", [
    ("ru", "[Стоит ли упомянуть, что курьер заболел?]", True),
    ("ru", "[Примечание: может, добавить, почему не позвонили?]", True),
    ("ru", "[Примечание: склад закрыт по воскресеньям.]", False),
])
def test_an_editors_question_in_square_brackets_is_a_slot_in_russian_too(lang, note, stopped):
    draft = "Здравствуйте!\n\nЗаказ № 5521 доставим 14.07.2027 г.\n\nС уважением,\nмагазин «Полка»"
    reply = f"Здравствуйте!\n\nВаш заказ № 5521 привезём 14.07.2027 г. {note}\n\nС уважением,\nмагазин «Полка»"
    assert ("shape_placeholder" in problems_with(lang, draft, reply)) is stopped


_HONEY = (
    "Уважаема госпожо Маринова,\n\nВъв връзка с получената от Вас пратка по поръчка № МД-315 на 11.05.2027 г. Ви "
    "уведомяваме, че от общо 120 буркана липов мед 18 буркана са пристигнали счупени. Моля, приемете нашите извинения. "
    "Повредата е възникнала по време на транспорта, тъй като бурканите са били опаковани в щайги без картонени "
    "прегради. Нови 18 буркана ще бъдат изпратени до 15.05.2027 г. без допълнително заплащане.\n\nС уважение,\n"
    "Стефан Бонев\nПчелин „Медена пита“"
)


def _honey_reply(cause: str) -> str:
    return (
        "Здравейте, госпожо Маринова,\n\nИзвиняваме се! В пратката по поръчка № МД-315, която получихте на 11.05.2027 г., "
        f"18 от общо 120 буркана липов мед са счупени. {cause}\n\nНови 18 буркана ще Ви изпратим до 15.05.2027 г. – "
        "подмяната е за наша сметка.\n\nПоздрави,\nСтефан Бонев\nПчелин „Медена пита“"
    )


@pytest.mark.parametrize("cause, dropped", [
    # the damage in transit told as jars smashed on the way
    ("Сложихме ги в щайги без картонени прегради и те са се потрошили по пътя.", False),
    # … while a reply that tells only how they were packed drops where the damage came from
    ("Сложихме ги в щайги без картонени прегради.", True),
    ("", True),
])
def test_damage_in_transit_may_be_told_as_smashed_on_the_way(cause, dropped):
    assert ("parts_missing" in problems_with("bg", _HONEY, _honey_reply(cause))) is dropped


_SIGNS = (
    "Уважаема госпожо Димова,\n\nУведомяваме Ви, че изработката на 3 броя месингови табели по поръчка № ТБ-904 с размер "
    "по Ваша скица ще бъде завършена на 22.04.2027 г. вместо на 15.04.2027 г. Удължаването на срока се налага поради "
    "обстоятелството, че първоначално изпратеният размер на табелите е бил коригиран от Ваша страна на 09.04.2027 г., "
    "което е наложило повторно гравиране на плочите. Общата стойност остава 180 €.\n\nБлагодарим Ви, че избрахте нашата "
    "фирма.\n\nС уважение,\nПетя Райкова\n„Гравюр“ ЕООД"
)


@pytest.mark.parametrize("cause, dropped", [
    # the size the reader corrected, told as the size put right
    ("Причината е, че на 09.04.2027 г. ни пратихте поправен размер на табелите и трябваше да гравираме плочите наново.", False),
    # … while a reply that only says the reader wrote drops why
    ("На 09.04.2027 г. получихме писмото Ви.", True),
])
def test_a_figure_corrected_may_be_told_as_put_right(cause, dropped):
    reply = (
        "Здравейте, госпожо Димова,\n\nТрите месингови табели по поръчка № ТБ-904 ще са готови на 22.04.2027 г., а не на "
        f"15.04.2027 г., както се бяхме разбрали. {cause}\n\nЦената остава 180 €.\n\nБлагодарим Ви, че избрахте нас!\n\n"
        "Поздрави,\nПетя Райкова\n„Гравюр“ ЕООД"
    )
    assert ("parts_missing" in problems_with("bg", _SIGNS, reply)) is dropped


@pytest.mark.parametrize("said, new", [
    ("До 20-и залата ще е готова.", []),
    ("До 20-ти залата ще е готова.", []),
    # … while another day is a date of the reply's own
    ("До 21-и залата ще е готова.", ["21-и"]),
])
def test_an_ordinal_day_alone_is_the_day_of_the_drafts_date(said, new):
    draft = "Ремонтът на залата ще приключи на 20.09.2027 г."
    reply = f"Ремонтът на залата ще приключи на 20.09.2027 г. {said}"
    assert fact_changes(draft, fact_values(draft, "bg"), reply, "bg") == ([], new)
