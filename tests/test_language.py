"""Russian and Bulgarian are told apart on two-line replies; other texts are refused."""
from __future__ import annotations

import pytest

from rewriter import LanguageError, Linter

RUSSIAN = [
    "Здравствуйте, Анна!\nЗаказ № 48213 придёт завтра, курьер DHL позвонит заранее.",
    "Извините, что так вышло. Деньги вернём на карту до пятницы.",
    "Добрый день! Ссылка для оплаты: https://pay.example.com/r/123. Спасибо!",
    "Ваш iPhone 15 Pro уже в пути. Трек-номер: RA123456789RU.",
    "Мы ошиблись с адресом. Простите нас.",
]
BULGARIAN = [
    "Здравейте, Анна!\nПоръчка № 48213 ще пристигне утре, куриерът на DHL ще се обади.",
    "Извинете, че така се получи. Ще върнем парите до петък.",
    "Добър ден! Линк за плащане: https://pay.example.com/r/123. Благодарим!",
    "Вашият iPhone 15 Pro вече пътува. Номер за проследяване: RA123456789BG.",
    "Сбъркахме адреса. Моля, извинете ни.",
]


@pytest.fixture(scope="module")
def linter():
    return Linter()


@pytest.mark.parametrize("text", RUSSIAN)
def test_short_russian_reply_is_russian(linter, text):
    assert linter.detect_language(text) == "ru"


@pytest.mark.parametrize("text", BULGARIAN)
def test_short_bulgarian_reply_is_bulgarian(linter, text):
    assert linter.detect_language(text) == "bg"


@pytest.mark.parametrize(
    "text",
    [
        "Hello, your order 48213 has shipped. Thanks!",
        "Доброго дня! Ваше замовлення відправлено, дякуємо за покупку.",
        "Здраво, ваша нарачка е испратена. Ѓорѓи ќе ви се јави.",
        "12345 67890 https://example.com",
        "",
    ],
)
def test_text_in_neither_language_is_refused(linter, text):
    with pytest.raises(LanguageError):
        linter.detect_language(text)


def test_quoted_customer_text_does_not_decide_the_language(linter):
    text = "Ще върнем парите до петък. Благодарим!\n\nИван написа:\n> Здравствуйте, где мой заказ? Уже неделю жду.\n"
    assert linter.detect_language(text) == "bg"


def test_explicit_language_skips_detection(linter):
    assert linter.lint("Заказ готов.", "bg").lang == "bg"


def test_unknown_language_code_is_refused(linter):
    with pytest.raises(LanguageError):
        linter.lint("Заказ готов.", "uk")


RUSSIAN_WITH_KYIV = (
    "Здравствуйте! Ваш заказ уже передан курьеру и будет доставлен завтра до обеда. "
    "Посылка отправлена со склада в Київ, оттуда её привезут по указанному адресу."
)


def test_one_letter_of_another_alphabet_in_a_long_reply_keeps_it_russian(linter):
    assert linter.detect_language(RUSSIAN_WITH_KYIV) == "ru"


def test_a_letter_of_another_alphabet_met_again_and_again_refuses_the_reply(linter):
    # every occurrence counts, not each letter once: «ї» four times in a reply of some seventy letters is Ukrainian
    with pytest.raises(LanguageError, match="Cyrillic language other"):
        linter.detect_language("Заказ передан курьеру и будет доставлен завтра до обеда по адресу: Київ, Київ, Київ, Київ.")
