"""Guard set 18 (bg), the improvement guard's false rejections: a reply owns what its words seem to leave without
a doer when it says the fault lies with us («Грешката е при нас:», «Ошибка у нас:»), names our own thing that broke
in the next sentence («Лазерният ни апарат се повреди»), or tells our act in the delay's cause («…, защото платът
дойде в друг цвят и го върнахме»). The same words without it are still findings, so a careless reply is still stopped."""
from __future__ import annotations

import pytest

from guard_checks import error_rules

OWNED = [
    ("bg", "Грешката е при нас: часът Ви не беше вписан в графика на зъболекаря."),
    ("bg", "Вината е у нас — пратката Ви не беше опакована добре."),
    ("bg", "Съжалявам, че се наложи да отменим часа Ви. Лазерният ни апарат се повреди сутринта."),
    ("bg", "Наложи се да спрем пералнята на самообслужване. Нашият бойлер се развали през нощта."),
    ("bg", "Шиенето на роклята се забави, защото платът дойде в друг цвят и го върнахме на склада."),
    ("bg", "Подвързването на дипломната работа се забави, понеже сбъркахме шрифта и я отпечатахме отново."),
    ("ru", "Ошибка у нас: ваш визит не был внесён в график мастера."),
    ("ru", "Вина у нас — посылка не была упакована как следует."),
    ("ru", "Простите, что пришлось отменить приём. Наш лазерный аппарат сломался утром."),
    ("ru", "Простите, пошив платья задержался, потому что ткань пришла другого цвета и мы её вернули."),
]

UNOWNED = [
    ("bg", "Часът Ви не беше вписан в графика на зъболекаря."),
    ("bg", "Грешката не е при нас: пратката Ви не беше опакована добре."),
    ("bg", "Наложи се да отменим часа Ви."),
    ("bg", "Наложи се да спрем пералнята. Бойлерът на хотела се развали."),
    ("bg", "Шиенето на роклята се забави."),
    ("ru", "Ваш визит не был внесён в график мастера."),
    ("ru", "Пошив платья задержался."),
]


@pytest.mark.parametrize("lang, text", OWNED)
def test_a_fault_owned_in_the_reply_is_no_evasion(lang, text):
    assert error_rules(lang, text) == []


@pytest.mark.parametrize("lang, text", UNOWNED)
def test_the_same_words_without_an_owner_are_still_a_finding(lang, text):
    assert error_rules(lang, text) != []
