"""Guard set 65's Russian classes, in other domains: «с половиной» adds half of the unit after it; a measure written in two
units is the one quantity; a cause that points back at the thing told («в результате указанного сбоя») is the cause
told before it; money back by no sum and in no words of the draft's refund, beside the draft's refund kept, is another
thing paid back; an editor's note of two sentences in square brackets is a slot left to the sender."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew

_BOATS = (
    "Уважаемый Сергей!\n\nРемонт мотора лодки занял 4,5 часа вместо обещанных двух. Приносим извинения.\n\n"
    "С уважением,\nлодочная станция «Причал»"
)


@pytest.mark.parametrize("hours, facts", [
    # half of the unit after «с половиной»
    ("четыре с половиной часа", {}),
    # … while the whole hours alone drop the half
    ("четыре часа", {"facts_missing": ("4,5 часа",), "facts_new": ("четыре часа",)}),
])
def test_a_half_said_after_the_number_adds_half_the_unit(hours, facts):
    reply = (
        f"Здравствуйте, Сергей!\n\nРемонт мотора вашей лодки занял {hours}, а мы обещали два. Простите нас.\n\n"
        "С уважением,\nлодочная станция «Причал»"
    )
    found = problems_with("ru", _BOATS, reply)
    assert {k: v for k, v in found.items() if k.startswith("facts")} == facts


_DOORS = "Здравствуйте, Ольга!\n\nШирина проёма оказалась {width}, поэтому дверь не подошла. Простите нас.\n\nС уважением,\nсалон «Двери»"


@pytest.mark.parametrize("draft_width, reply_width, changed", [
    # the metres and centimetres of one width are that width
    ("1,75 м", "1 метр 75 сантиметров", False),
    ("1 м 75 см", "1,75 м", False),
    # … while other centimetres are another width
    ("1,75 м", "1 метр 57 сантиметров", True),
])
def test_a_measure_written_in_two_units_is_one_quantity(draft_width, reply_width, changed):
    found = problems_with("ru", _DOORS.format(width=draft_width), _DOORS.format(width=reply_width))
    assert ("facts_missing" in found) is changed


_GREENHOUSE = (
    "Уважаемая Вера Андреевна!\n\nДоводим до Вашего сведения, что 3 мая в теплице № 2 было зафиксировано отключение полива "
    "вследствие обрыва кабеля питания насоса. В результате указанного обстоятельства часть рассады томатов погибла. "
    "Приносим извинения за доставленные неудобства.\n\n"
    "Рассада будет заменена до 12 мая.\n\nС уважением,\nпитомник «Росток»"
)


@pytest.mark.parametrize("cause, dropped", [
    # the cause the pointer points at, told in other words
    ("у насоса оборвался кабель питания, полив отключился, и из-за этого ", False),
    # … while a reply that tells only what it caused has dropped it
    ("", True),
])
def test_a_cause_that_points_back_is_the_cause_told_before(cause, dropped):
    reply = (
        f"Здравствуйте, Вера Андреевна!\n\n3 мая в теплице № 2 {cause}погибла часть рассады томатов. Простите нас.\n\n"
        "Новую рассаду привезём до 12 мая.\n\nС уважением,\nпитомник «Росток»"
    )
    assert ("explanation" in problems_with("ru", _GREENHOUSE, reply).get("parts_missing", ())) is dropped


_CLEANERS = (
    "Уважаемый Павел!\n\nСообщаем, что заказ № 418 не был выполнен в срок. Принято решение о возврате платы за чистку "
    "в размере 1 200 руб. на карту, указанную при оформлении, в течение 5 рабочих дней.\n\nС уважением,\nхимчистка «Блеск»"
)


@pytest.mark.parametrize("more, new", [
    # the draft's refund said again
    ("", []),
    # … while money back for another thing is new
    (" Стоимость испорченного пальто мы тоже возместим полностью.", ["refund"]),
])
def test_money_back_for_another_thing_is_a_new_refund(more, new):
    reply = (
        "Здравствуйте, Павел!\n\nПростите, мы не успели с заказом № 418. Плату за чистку, 1 200 руб., вернём на вашу "
        f"карту в течение 5 рабочих дней.{more}\n\nС уважением,\nхимчистка «Блеск»"
    )
    assert [k for k in promised_anew("ru", _CLEANERS, reply) if k == "refund"] == new


_SHOP = (
    "Здравствуйте, Марина!\n\nЗаказ № 77 задержался на складе, простите. Отправим его 14.06.\n\nС уважением,\n"
    "магазин «Нитка»"
)


@pytest.mark.parametrize("note, placeholder", [
    # a note of two sentences on what to check before sending
    (" [Проверить у склада, хватит ли остатков до пятницы. Если нет — написать про вторник.]", True),
    # … while a reply with no note is ready
    ("", False),
])
def test_an_editors_note_in_square_brackets_is_a_slot_left(note, placeholder):
    reply = (
        f"Здравствуйте, Марина!\n\nЗаказ № 77 задержался на складе, простите. Отправим его 14.06.{note}\n\nС уважением,\n"
        "магазин «Нитка»"
    )
    assert ("shape_placeholder" in problems_with("ru", _SHOP, reply)) is placeholder
