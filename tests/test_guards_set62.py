"""Guard set 62's Russian classes, in other domains: a call said by its noun with the future of the unfinished verb
(«будет поступать звонок») is a contact, as «позвоним» is; goods carried away by our own vehicles are a delivery, so
the draft's free removal covers a reply's free delivery beside it."""
from __future__ import annotations

import pytest

from guard_checks import promised_anew

_CHOIR = (
    "Уважаемая Елена Викторовна!\n\nПриносим извинения за отменённую репетицию. Репетиции хора возобновятся с 10.01.2027 "
    "по прежнему расписанию.{notice}\n\nС уважением,\nдетская хоровая студия «Капель»"
)
_CHOIR_REPLY = (
    "Здравствуйте, Елена Викторовна!\n\nПростите нас за отменённую репетицию. С 10.01.2027 хор снова занимается по "
    "прежнему расписанию. За день до каждой репетиции вам позвонит наш администратор.\n\nС уважением,\nдетская хоровая "
    "студия «Капель»"
)


@pytest.mark.parametrize("notice, new", [
    # a call each time said by its noun and «будет поступать» is the draft's call, which «вам позвонит» restates
    (" Накануне каждой репетиции Вам будет поступать звонок от администратора студии.", []),
    # … with the noun first too
    (" Звонок от администратора будет поступать Вам накануне каждой репетиции.", []),
    # … while calls that come in now tell how it is, no call promised
    (" Звонки родителей поступают администратору студии ежедневно.", ["contact"]),
    # … and a draft that calls no one has not promised a call
    (" Продолжительность репетиции составит 90 минут.", ["contact"]),
])
def test_a_call_that_will_come_each_time_is_a_contact(notice, new):
    draft = _CHOIR.format(notice=notice)
    assert [k for k in promised_anew("ru", draft, _CHOIR_REPLY) if k == "contact"] == new


_SAND = (
    "Уважаемый Игорь Семёнович!\n\nПриносим извинения за ошибку в отгрузке. Вместо кварцевого песка фракции 0,8–1,2 мм "
    "Вам отгружено 20 т песка фракции 2–5 мм. {removal} Песок нужной фракции будет поставлен до 15.03.2027.\n\n"
    "С уважением,\nООО «Карьер-Юг»"
)
_SAND_REPLY = (
    "Здравствуйте, Игорь Семёнович!\n\nПростите нас за ошибку в отгрузке: вместо песка фракции 0,8–1,2 мм вы получили "
    "20 т песка фракции 2–5 мм. Ненужный песок заберём сами за свой счёт, а нужный доставим до 15.03.2027.\n\n"
    "С уважением,\nООО «Карьер-Юг»"
)


@pytest.mark.parametrize("removal, new", [
    # the draft carries the wrong goods away by its own vehicles at its cost: the reply's free removal and delivery is that
    ("Ошибочно отгруженный песок будет вывезен нашим транспортом за наш счёт.", []),
    ("Ошибочно отгруженный песок мы за свой счёт вывезем собственными машинами.", []),
    # … while a draft whose customer brings the goods back gives no free delivery
    ("Ошибочно отгруженный песок можно вернуть на склад, стоимость возврата компенсируем за наш счёт.", ["free"]),
])
def test_goods_carried_away_by_our_vehicles_are_a_delivery(removal, new):
    draft = _SAND.format(removal=removal)
    assert [k for k in promised_anew("ru", draft, _SAND_REPLY) if k == "free"] == new
