"""Guard set 25's Russian classes, in other domains: a sentence in a neighbouring language without letters of its
own, a free service or a payment by bank details the draft offers in other words, a step needed first as a
condition, a night told by its two dates and the number of a list's item, which is no fact."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew, same_facts

# A laundry that lost a shirt; the reply keeps it whole but for one sentence.
_LAUNDRY = (
    "Здравствуйте, Ирина!\n\nПростите нас: рубашку из заказа № 3318 мы потеряли при сортировке. Стоимость "
    "рубашки, 2 400 руб., вернём на карту до 20.04.\n\nХорошего дня!"
)
UKRAINIAN_SENTENCES = [
    _LAUNDRY.replace("Хорошего дня!", "Наступного разу все буде гаразд, обіцяємо."),
    _LAUNDRY.replace("Простите нас:", "Ми щиро перепрошуємо за незручності. Увы,"),
    _LAUNDRY.replace("Хорошего дня!", "Ми надішлемо нову сорочку власним коштом."),
]


@pytest.mark.parametrize("reply", UKRAINIAN_SENTENCES)
def test_a_sentence_in_ukrainian_without_its_own_letters_is_foreign(reply):
    assert "language_wrong" in problems_with("ru", _LAUNDRY, reply)


# A bakery order that names a Ukrainian cake and a Kyiv address: quoted titles and names are no sentence of another
# language, nor is a Russian sentence with a rare word or two.
_BAKERY = (
    "Здравствуйте, Олег!\n\nПростите за задержку: торт «Київський з горіхами» из заказа № 5120 будет готов 12.05 "
    "к 15:00. Забрать его можно по адресу: Киев, вул. Січових Стрільців, 14.\n\nХорошего дня!"
)
RUSSIAN_REPLIES = [
    "Олег, здравствуйте!\n\nПростите, что задержали заказ № 5120. Торт «Київський з горіхами» будет готов 12.05 к "
    "15:00, забрать его можно по адресу: Киев, вул. Січових Стрільців, 14.\n\nХорошего дня!",
    "Олег, здравствуйте!\n\nПростите за задержку. Заказ № 5120, торт «Київський з горіхами», испечём к 12.05, к 15:00: "
    "ждём вас по адресу Киев, вул. Січових Стрільців, 14, где торт упакуют в термокоробку с глазированным "
    "фундуком.\n\nХорошего дня!",
]


@pytest.mark.parametrize("reply", RUSSIAN_REPLIES)
def test_a_quoted_title_and_an_address_in_ukrainian_keep_a_reply_russian(reply):
    assert "language_wrong" not in problems_with("ru", _BAKERY, reply)


def test_a_bulgarian_reply_with_rare_words_is_not_read_as_a_third_language():
    draft = "Здравейте!\n\nСъжаляваме, че не издадохме навреме удостоверението по заявлението Ви.\n\nПоздрави!"
    reply = "Здравейте!\n\nСъжаляваме, че не издадохме навреме удостоверението по заявлението Ви.\n\nПриятен ден!"
    assert "language_wrong" not in problems_with("bg", draft, reply)


# A free redo the draft offers with its own subject, with nothing more to pay, or «без взимания платы».
FREE_OFFERED = [
    ("Химчистка повторно обработает пальто за свой счёт и вернёт его 14.03.", "Мы бесплатно почистим пальто ещё раз и "
     "вернём его 14.03."),
    ("Пальто почистят повторно 14.03, доплата за это не потребуется.", "Пальто бесплатно почистим ещё раз 14.03."),
    ("Пальто почистят повторно 14.03, доплачивать за это ничего не придётся.", "Мы почистим пальто заново 14.03 "
     "за свой счёт."),
    ("Настройка роутера будет выполнена 14.03 без взимания платы.", "Роутер настроим 14.03 бесплатно."),
    ("Разбитое стекло будет заменено производителем за его счёт.", "Производитель заменит стекло за свой счёт."),
]


@pytest.mark.parametrize(("draft", "reply"), FREE_OFFERED)
def test_a_free_service_the_draft_offers_in_other_words_is_no_new_promise(draft, reply):
    assert promised_anew("ru", draft, reply) == []


@pytest.mark.parametrize("draft", [
    "Покупатель отправит пальто в чистку повторно за свой счёт.",
    "Пальто почистят повторно 14.03, доплата за срочность потребуется.",
])
def test_the_customers_own_cost_is_no_free_service_a_reply_may_promise(draft):
    assert promised_anew("ru", draft, "Мы бесплатно почистим пальто ещё раз.") == ["free"]


# A payment by the customer's bank details is a transfer, which a payment at the desk is not.
def test_a_payment_by_the_customers_bank_details_covers_a_transfer():
    reply = "Мы перечислим 3 200 руб. на ваш счёт до 25.08."
    assert promised_anew("ru", "Реквизиты получены, выплата 3 200 руб. будет произведена до 25.08.", reply) == []
    assert promised_anew("ru", "Выплатим 3 200 руб. до 25.08 по реквизитам из заявления.", reply) == []
    assert promised_anew("ru", "Выплата 3 200 руб. будет произведена до 25.08 в кассе.", reply) == ["transfer"]


# A step needed first is a condition, as far as a semicolon: the remedy it holds may not be promised outright.
NEEDED_FIRST = [
    "Для возврата залога в 5 000 руб. необходимо сдать ключи администратору.",
    "Чтобы вернуть залог 5 000 руб., нам нужно получить ключи.",
    "Залог 5 000 руб. вернём только после сдачи ключей.",
]


@pytest.mark.parametrize("draft", NEEDED_FIRST)
def test_a_remedy_that_needs_a_step_first_may_not_be_promised_outright(draft):
    assert promised_anew("ru", draft, "Залог 5 000 руб. мы вам вернём.") == ["refund"]
    assert promised_anew("ru", draft, "Залог 5 000 руб. вернём, как только сдадите ключи.") == []


def test_a_semicolon_bounds_the_step_needed_first():
    draft = "Для обмена нужно вернуть куртку курьеру; курьер приедет в течение 2 рабочих дней."
    assert promised_anew("ru", draft, "Курьер приедет к вам в течение 2 рабочих дней.") == []
    draft = "Подменный самокат выдадим бесплатно; для этого нужно позвонить администратору."
    assert promised_anew("ru", draft, "Подменный самокат дадим бесплатно, просто позвоните нам.") == []


@pytest.mark.parametrize(("draft", "same", "changed"), [
    ("Работы пройдут в ночь с 11.09.2026 на 12.09.2026.", "Работы пройдут в ночь с 11 на 12 сентября.",
     "Работы пройдут в ночь с 12 на 13 сентября."),
    ("Сдайте ключи 11.09, бокс откроем 12.09.", "Сдайте ключи 11.09, бокс откроем 12.09.", "Сдайте ключи 3 на 12.09."),
])
def test_a_night_told_by_its_two_dates_is_those_dates(draft, same, changed):
    assert same_facts("ru", draft, same)
    assert not same_facts("ru", draft, changed)


@pytest.mark.parametrize(("lang", "draft", "reply", "added"), [
    ("ru", "Вернём 700 руб. до 05.05 или заменим лампу 07.05.",
     "Выберите, как удобнее:\n1. Вернём 700 руб. до 05.05.\n2. Заменим лампу 07.05.", "\nИ подарим 2 лампы."),
    ("bg", "Ще Ви върнем 70 лв. до 05.05 или ще сменим лампата на 07.05.",
     "Изберете кое е по-удобно:\n1) Връщаме 70 лв. до 05.05.\n2) Сменяме лампата на 07.05.", "\nИ подаряваме 2 лампи."),
])
def test_the_number_of_a_lists_item_is_no_fact(lang, draft, reply, added):
    assert same_facts(lang, draft, reply)
    assert not same_facts(lang, draft, reply + added)
