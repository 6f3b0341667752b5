"""Guard set 35's Bulgarian misses as classes, in other domains: a closing kept before a bracketed reference note
(„… (Отговор на запитване № 12.)“) is no closing dropped; a count that drops („капацитетът намалява от 12 на 8“)
is no discount, nor a credit note („кредитно известие“) a notice; a remedy promised again should the new item fail
too is a guarantee, and a stay or a meal „от нас“ next time a free service."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew

_BIKE_DRAFT = (
    "Уважаеми господин Стоянов,\n\nВелосипедът Ви (поръчка № 7731) ще бъде доставен на 14.05.2026 г. вместо на "
    "10.05.2026 г. поради забавяне при вноса на рамките. Извиняваме се за забавянето. Благодарим за проявеното "
    "разбиране.\n\nС уважение,\nВеломаркет „Спица“"
)
_BIKE_OPENING = (
    "Здравейте, господин Стоянов,\n\nВелосипедът Ви (поръчка № 7731) ще пристигне на 14.05.2026 г., а не на "
    "10.05.2026 г. — рамките закъсняха при вноса. Съжаляваме за забавянето. Вече са на път: товарителница № 55120.\n\n"
)
_BIKE_SIGN_OFF = "\n\nПоздрави,\nВеломаркет „Спица“"


@pytest.mark.parametrize("closing, dropped", [
    # a closing said in other words, then a bracketed note of what the reply answers
    ("Благодарим Ви за търпението. (Отговор на запитване № 7731.)", False),
    ("Ще се радваме да карате с удоволствие! (Отговаряме по поръчка № 7731.)", False),
    # a step of the remedy, then the note, closes nothing
    ("Ще Ви доставим велосипеда на 14.05.2026 г. (Отговор на запитване № 7731.)", True),
])
def test_a_closing_before_a_bracketed_reference_note_is_kept(closing, dropped):
    reply = _BIKE_OPENING + closing + _BIKE_SIGN_OFF
    assert ("closing" in problems_with("bg", _BIKE_DRAFT, reply).get("parts_missing", ())) is dropped


_GYM = "Поради ремонт на съблекалните групата временно ще бъде с 12 вместо с 20 места."
_INVOICE = "За върнатите 3 кашона ще Ви издадем кредитно известие на стойност 18,00 €."
# a replacement dated, and a refund, that a reply may say again but not add to
_PUMP = "Помпата ще бъде заменена с нова на 03.06.2026 г."
_HOTEL = "Връщаме Ви 30 € за вечерята в срок до 7 работни дни."


@pytest.mark.parametrize("draft, reply, new", [
    # a count that drops is no lower price; a price lowered by an amount still is one
    (_GYM, "Докато трае ремонтът, местата в групата намаляват от 20 на 12.", []),
    (_GYM, "Докато трае ремонтът, броят на местата е намален от 20 на 12.", []),
    ("Таксата за месеца остава 40 €.", "Таксата за месеца ще бъде намалена с 10 €.", ["discount"]),
    # a credit note is no notice sent; a notice is one
    (_INVOICE, "За 3-те кашона ще получите кредитно известие за 18,00 €.", []),
    (_INVOICE, "Ще получите известие, щом кредитът бъде одобрен. Сумата е 18,00 €.", ["contact"]),
    # the remedy promised again should the new item fail too
    (_PUMP, "На 03.06.2026 г. ще сменим помпата, а ако и новата се повреди, ще я сменим отново.", ["guarantee"]),
    (_PUMP, "На 03.06.2026 г. ще сменим помпата с нова.", []),
    # a stay or a meal on the house next time; a refund of this one is the draft's
    (_HOTEL, "Връщаме Ви 30 € в срок до 7 работни дни, а при следващото Ви идване вечерята е от нас.", ["free", "refund"]),
    (_HOTEL, "Ще Ви върнем 30 € за вечерята в срок до 7 работни дни.", []),
])
def test_a_promise_read_by_its_class(draft, reply, new):
    assert promised_anew("bg", draft, reply) == new
