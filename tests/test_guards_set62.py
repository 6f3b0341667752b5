"""Guard set 62's Russian classes, in other domains: a call said by its noun with the future of the unfinished verb
(«будет поступать звонок») is a contact, as «позвоним» is; goods carried away by our own vehicles are a delivery, so
the draft's free removal covers a reply's free delivery beside it; data put into a record is said by either verb
(«внесение» → «ввёл»); a failure told by «вместо» before the sentence that names its cause is no cause a reply keeps."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew

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
    # … or said by its noun, the vehicles words away: «вывоз … будет организован нашим транспортом»
    ("Вывоз песка с Вашей площадки будет организован нашим транспортом за наш счёт.", []),
    # … while a draft whose customer brings the goods back gives no free delivery
    ("Ошибочно отгруженный песок можно вернуть на склад, стоимость возврата компенсируем за наш счёт.", ["free"]),
])
def test_goods_carried_away_by_our_vehicles_are_a_delivery(removal, new):
    draft = _SAND.format(removal=removal)
    assert [k for k in promised_anew("ru", draft, _SAND_REPLY) if k == "free"] == new


_LAB = (
    "Уважаемая Ольга Николаевна!\n\nПриносим извинения за допущенную ошибку. В протоколе испытаний № 88/27 от "
    "12.02.2027 влажность образца указана как 14,2 % вместо 12,4 %. Ошибка допущена лаборантом при внесении показаний "
    "влагомера в электронный журнал. Исправленный протокол будет выслан до 19.02.2027.\n\nС уважением,\n"
    "испытательная лаборатория «Зерно-Тест»"
)


@pytest.mark.parametrize("cause, lost", [
    # the cause told with the other verb of putting data in, and the same record: kept
    ("Наш лаборант неверно ввёл цифры.", []),
    ("Лаборант ошибся, когда вводил данные.", []),
    # … while a reply that tells no cause drops it
    ("Нам очень жаль.", ["explanation"]),
])
def test_data_put_into_a_record_is_said_by_either_verb(cause, lost):
    reply = (
        "Здравствуйте, Ольга Николаевна!\n\nПростите нас за ошибку. В протоколе испытаний № 88/27 от 12.02.2027 "
        f"влажность образца указана 14,2 % вместо 12,4 %. {cause} Исправленный протокол вышлем до 19.02.2027.\n\n"
        "С уважением,\nиспытательная лаборатория «Зерно-Тест»"
    )
    assert list(problems_with("ru", _LAB, reply).get("parts_missing", ())) == lost


_TILES = (
    "Уважаемый Степан Ильич!\n\nПриносим извинения за ошибку в заказе. Сообщаем, что вместо заказанной керамической "
    "плитки «Терракота 30×30» Вам отгружено 48 м² напольной плитки «Терракота 20×20». Данное несоответствие возникло "
    "вследствие ошибки кладовщика при оформлении заказа. Замена будет доставлена до 22.04.2027.\n\nС уважением,\n"
    "салон «Керамика»"
)


@pytest.mark.parametrize("cause, lost", [
    # a reply that keeps the failure the draft tells by «вместо» and drops the cause a later sentence names has no cause
    ("", ["explanation"]),
    # … while one that keeps the cause in its own words keeps it
    (" Кладовщик ошибся, когда оформлял заказ.", []),
])
def test_a_failure_before_its_cause_is_no_cause(cause, lost):
    reply = (
        "Здравствуйте, Степан Ильич!\n\nПростите нас за ошибку в заказе. Вы заказывали керамическую плитку «Терракота "
        f"30×30», а в отгрузке пришло 48 м² напольной плитки «Терракота 20×20».{cause} Нужную плитку привезём до "
        "22.04.2027.\n\nС уважением,\nсалон «Керамика»"
    )
    assert list(problems_with("ru", _TILES, reply).get("parts_missing", ())) == lost


def test_a_pickup_by_our_vehicles_is_a_free_delivery_the_draft_never_gave():
    draft = _SAND.format(removal="Стоимость песка нужной фракции будет пересчитана за наш счёт.")
    reply = _SAND_REPLY.replace("Ненужный песок заберём сами за свой счёт", "Ненужный песок заберём своей машиной за свой счёт")
    assert "free" in promised_anew("ru", draft, reply)
