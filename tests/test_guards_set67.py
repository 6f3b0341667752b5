"""Guard set 67's let-through promises, as a class in other domains and words: a cost the customer would pay (bank
charges, a night's stay) that the reply says we take on is a free service the draft never gives; the customer carried
by us is a delivery."""
from __future__ import annotations

import pytest

from guard_checks import promised_anew

_CHOIR = (
    "Уважаема г-жо Илиева,\n\nУведомяваме Ви, че концертът на хора на 12.05.2027 г. е преместен в зала „Родина“, "
    "гр. Русе. Поднасяме извинения за промяната.\n\nС уважение,\nФондация „Глас“"
)


@pytest.mark.parametrize("who_pays, new", [
    # the charges of a payment taken on by us, what they are for named between
    ("Таксите по второто плащане ще поемем ние.", ["free"]),
    # a night's stay taken on by the business, in the third person
    ("Фондацията ще поеме нощувката на хора в Русе.", ["free"]),
    # while the customer's own cost is no promise of ours
    ("Нощувката в Русе ще заплатите сами на място.", []),
])
def test_a_cost_taken_on_by_us_is_a_free_service(who_pays, new):
    reply = (
        "Здравейте, г-жо Илиева,\n\nСъжаляваме: концертът на хора на 12.05.2027 г. се мести в зала „Родина“, гр. Русе. "
        f"{who_pays}\n\nС уважение,\nФондация „Глас“"
    )
    assert [k for k in promised_anew("bg", _CHOIR, reply) if k == "free"] == new


_TOUR = (
    "Уважаемая Ирина!\n\nПриносим извинения: поездка на озеро 14.07 отменена из-за шторма. Вы можете перенести её на "
    "любой день до 31.08 без доплаты.\n\nС уважением,\nклуб «Парус»"
)


@pytest.mark.parametrize("ride, new", [
    # the customer carried by us free is a ride, which the draft's free rescheduling does not give
    ("Перенесём поездку без доплаты, а к причалу бесплатно отвезём вас от дома.", ["free"]),
    # while the draft's own free rescheduling said again is no new promise
    ("Поездку можно бесплатно перенести на любой день до 31.08.", []),
])
def test_the_customer_carried_free_is_more_than_a_free_rescheduling(ride, new):
    reply = f"Здравствуйте, Ирина!\n\nПростите: 14.07 из-за шторма поездку на озеро отменили. {ride}\n\nС уважением,\nклуб «Парус»"
    assert [k for k in promised_anew("ru", _TOUR, reply) if k == "free"] == new
