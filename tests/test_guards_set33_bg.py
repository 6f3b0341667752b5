"""Guard set 33's Bulgarian good replies the guards refused, as classes in other domains: a cause kept by the noun
of a short root where the draft said its adjective („през нощта“ for „нощна смяна“, „студ“ for „студеното време“)."""
from __future__ import annotations

import pytest

from guard_checks import problems_with

# A confectioner's draft whose cause is a night shift not arranged in cold weather.
_BAKERY = (
    "Уважаеми господин Петров,\nТортата по Вашата поръчка № 3318 не е била изпечена навреме, тъй като в пекарната не е "
    "била осигурена нощна смяна въпреки студеното време. Поднасяме извинения. Нова торта ще Ви бъде доставена на 12.03 "
    "до 10:00 ч.\nС уважение,\nСладкарница „Мед“"
)
_OPENING = "Здравейте, господин Петров,\n\nИзвиняваме се: тортата по поръчка № 3318 не беше изпечена навреме."
_REMEDY = "\n\nНова торта ще Ви донесем на 12.03 до 10:00 ч.\n\nПоздрави,\nСладкарница „Мед“"
CAUSES = [  # (the cause the reply tells, whether the reply drops the draft's)
    (" В пекарната никой не работеше през нощта, а беше студ – пропускът е наш.", False),
    (" Пекарната не работеше през нощта.", False),
    ("", True),
]


@pytest.mark.parametrize("cause, dropped", CAUSES)
def test_a_cause_kept_by_the_noun_of_its_adjective_is_kept(cause, dropped):
    reply = _OPENING + cause + _REMEDY
    assert ("explanation" in problems_with("bg", _BAKERY, reply).get("parts_missing", ())) is dropped
