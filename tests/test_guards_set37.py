"""Guard set 37's Russian misses and the dropped decisions of both languages as classes, in other domains: a cause
kept in the reply's own words (a frost for «погодные условия», a crack for a damaged thing) with the measure its
sentence names told beside it; a present verb of what we feel or know («понимаем, что…») that sets no deadline by the
time its clause tells of; and a short step of the remedy whose date the reply drops, which the parts guard names
beside the facts guard."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew

_FROST = (
    "Уважаемый Игорь Петрович!\nПриносим извинения. Доставка рассады 12.01.2027 не состоялась по причине погодных "
    "условий (температура воздуха ниже -35 °C). Новая доставка назначена на 20.01.2027.\nС уважением, питомник «Сад»"
)
_CRACK = (
    "Уважаемая Ольга Андреевна!\nПриносим извинения. При обжиге ваза из заказа № 5521 получила трещину. Взамен "
    "повреждённой вазы Вам предоставляется место на занятии 15.03.2027 без оплаты (1 800 руб.).\nС уважением, "
    "мастерская «Глина»"
)


@pytest.mark.parametrize("draft, reply, lost", [
    # a frost is weather, and the measure goes with it
    (_FROST, "Игорь Петрович, здравствуйте!\nПростите нас: 12.01.2027 рассаду не привезли, потому что ударили морозы "
             "ниже -35 °C. Привезём её 20.01.2027.\nПитомник «Сад»", []),
    # … while a reply that gives the temperature with no cause beside it drops the cause
    (_FROST, "Игорь Петрович, здравствуйте!\nПростите нас: 12.01.2027 рассаду не привезли, на улице было ниже -35 °C. "
             "Привезём её 20.01.2027.\nПитомник «Сад»", ["explanation"]),
    # a crack is damage
    (_CRACK, "Ольга Андреевна, здравствуйте!\nПростите нас: ваза из заказа № 5521 треснула в печи. Приглашаем вас на "
             "урок 15.03.2027 бесплатно (1 800 руб.).\nМастерская «Глина»", []),
    # … and a reply that names no damage drops it
    (_CRACK, "Ольга Андреевна, здравствуйте!\nПростите нас за заказ № 5521. Приглашаем вас на урок 15.03.2027 "
             "бесплатно (1 800 руб.).\nМастерская «Глина»", ["explanation"]),
])
def test_a_cause_said_in_the_replys_own_words_with_its_measure_is_kept(draft, reply, lost):
    assert list(problems_with("ru", draft, reply).get("parts_missing", ())) == lost


_MOVED = "Курьер не приехал 03.02.2027, доставка перенесена на 05.02.2027."


@pytest.mark.parametrize("reply, new", [
    ("Понимаем, что вы прождали курьера целый день. Доставим 05.02.2027.", []),
    ("Сожалеем, что вы потеряли из-за нас полдня. Доставим 05.02.2027.", []),
    # a future said beside the feeling is still a deadline
    ("Понимаем ваше недовольство и привезём заказ завтра.", ["deadline"]),
])
def test_a_present_verb_of_feeling_sets_no_deadline(reply, new):
    assert promised_anew("ru", _MOVED, reply) == new


_REFUND_RU = (
    "Уважаемый Антон Сергеевич!\nПриносим извинения за задержку. Возврат 02.03.2027 не был выполнен, так как банк "
    "отклонил перевод. Деньги будут возвращены не позднее 10.03.2027.\nС уважением, магазин «Лампа»"
)
_REFUND_BG = (
    "Уважаеми г-н Петров,\nИзвиняваме се за забавянето. Възстановяването на 02.03.2027 г. не беше извършено, тъй като "
    "банката отхвърли превода. Сумата ще бъде възстановена до 10.03.2027 г.\nС уважение, магазин „Лампа“"
)


@pytest.mark.parametrize("lang, draft, reply, lost", [
    ("ru", _REFUND_RU, "Антон Сергеевич, простите за задержку! Возврат 02.03.2027 не прошёл: банк отклонил перевод.\n"
                       "Магазин «Лампа»", True),
    ("ru", _REFUND_RU, "Антон Сергеевич, простите за задержку! Возврат 02.03.2027 не прошёл: банк отклонил перевод. "
                       "Деньги вернём до 10.03.2027.\nМагазин «Лампа»", False),
    ("bg", _REFUND_BG, "Г-н Петров, извиняваме се за забавянето! Възстановяването на 02.03.2027 г. не мина, защото "
                       "банката отхвърли превода.\nМагазин „Лампа“", True),
    ("bg", _REFUND_BG, "Г-н Петров, извиняваме се за забавянето! Възстановяването на 02.03.2027 г. не мина, защото "
                       "банката отхвърли превода. Ще Ви върнем сумата до 10.03.2027 г.\nМагазин „Лампа“", False),
])
def test_a_short_step_dropped_with_its_date_is_a_part_dropped(lang, draft, reply, lost):
    assert ("remedy" in problems_with(lang, draft, reply).get("parts_missing", ())) == lost
