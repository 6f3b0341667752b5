"""Guard set 73's Russian classes, in other domains: a man's surname in the nominative, which a dictionary reads as
another word, is the same name as its other cases; a unit said alone («за литр») is one of it; and a span said as a
unit alone and its part in a word («минуту двадцать») is that span."""
from __future__ import annotations

import pytest

from guard_checks import problems_with


def _facts_problems(draft: str, reply: str) -> dict[str, tuple[str, ...]]:
    return {k: v for k, v in problems_with("ru", draft, reply).items() if k.startswith("facts")}


@pytest.mark.parametrize("contact, facts", [
    # the draft's instructor, declined or in the nominative
    ("Ответит инструктор Глеб Крепков: +7 (812) 555-10-20.", {}),
    ("Звоните инструктору Глебу Крепкову: +7 (812) 555-10-20.", {}),
    # … while another surname is a changed fact
    ("Звоните инструктору Глебу Суворову: +7 (812) 555-10-20.", {"facts_new": ("Суворову",)}),
])
def test_a_surname_in_the_nominative_read_as_another_word_is_the_same_name(contact, facts):
    draft = (
        "Уважаемый Денис Аркадьевич!\n\nСообщаем, что занятие по скалолазанию 12.04 отменено по причине ремонта "
        "зала. Приносим извинения.\n\nПо всем вопросам Вы можете обратиться к Глебу Крепкову: +7 (812) 555-10-20."
        "\n\nС уважением,\nклуб «Вертикаль»"
    )
    reply = (
        "Здравствуйте, Денис Аркадьевич!\n\nПростите: занятие по скалолазанию 12.04 отменили — в зале ремонт.\n\n"
        f"{contact}\n\nС уважением,\nклуб «Вертикаль»"
    )
    assert _facts_problems(draft, reply) == facts


def test_a_surname_in_the_nominative_in_the_draft_is_kept_declined():
    draft = (
        "Уважаемая Инна Павловна!\n\nИнформируем, что доставка рассады 03.05 перенесена на 06.05. Приносим извинения."
        "\n\nКурьер — Тимур Дымов, тел. +7 (900) 111-22-33.\n\nС уважением,\nпитомник «Сад»"
    )
    reply = (
        "Здравствуйте, Инна Павловна!\n\nПростите: рассаду привезём не 03.05, а 06.05.\n\nЕсли что, звоните курьеру "
        "Тимуру Дымову: +7 (900) 111-22-33.\n\nС уважением,\nпитомник «Сад»"
    )
    assert _facts_problems(draft, reply) == {}


@pytest.mark.parametrize("per_litre, price, facts", [
    # the draft's «за 1 л», its one said by the unit alone
    ("за литр", "1 л", {}),
    # … while a unit alone for the draft's two is a changed fact
    ("за литр", "2 л", {"facts_missing": ("2 л",)}),
])
def test_a_unit_said_alone_is_one_of_it(per_litre, price, facts):
    draft = (
        "Уважаемый Олег Борисович!\n\nСообщаем, что молоко по цене 70 руб. за " f"{price} было доставлено 04.07 с "
        "опозданием. Приносим извинения.\n\nС уважением,\nферма «Луг»"
    )
    reply = (
        f"Здравствуйте, Олег Борисович!\n\nПростите: молоко по 70 рублей {per_litre} мы привезли 04.07 с опозданием."
        "\n\nС уважением,\nферма «Луг»"
    )
    assert _facts_problems(draft, reply) == facts


@pytest.mark.parametrize("said, facts", [
    # the draft's «1 мин 25 с» as speech gives it
    ("минуту пятнадцать", {}),
    # … while another part is a changed fact
    ("минуту двадцать", {"facts_missing": ("1 мин 15 с",), "facts_new": ("минуту двадцать",)}),
])
def test_a_span_said_as_a_unit_alone_and_its_part_in_a_word_is_kept(said, facts):
    draft = (
        "Уважаемая Вера Николаевна!\n\nСообщаем, что при записи ролика 18.11 звук пропал на 1 мин 15 с. Приносим "
        "извинения.\n\nС уважением,\nстудия «Эхо»"
    )
    reply = (
        f"Здравствуйте, Вера Николаевна!\n\nПростите: 18.11 при записи ролика звук пропал на {said}.\n\nС уважением,\n"
        "студия «Эхо»"
    )
    assert _facts_problems(draft, reply) == facts


def test_an_hour_alone_before_a_count_of_people_is_no_span():
    draft = (
        "Уважаемый Роман Ильич!\n\nСообщаем, что экскурсия 09.08 задержалась на 1 ч. Приносим извинения.\n\n"
        "С уважением,\nбюро «Тропа»"
    )
    reply = (
        "Здравствуйте, Роман Ильич!\n\nПростите: 09.08 экскурсия задержалась на час, десять человек ждали автобус."
        "\n\nС уважением,\nбюро «Тропа»"
    )
    assert _facts_problems(draft, reply) == {}
