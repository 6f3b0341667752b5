"""Guard set 75's Russian classes, in other domains: a note to the editor in square brackets headed by a label
(«[Примечание: уточнить …]») is a slot left unfilled; a step of the remedy whose own date the reply drops is a dropped
part even when the hour it gives is also the hour another clause of the draft names; a refusal holds its own clause
only, up to a semicolon; a verb of telling in the first-person future («Напомню, о каком заказе речь») promises
nothing; a scale's ratio with a group of thousands («1:25 000») is no time."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew, same_facts

_GREENHOUSE_DRAFT = (
    "Уважаемый Пётр Ильич!\n\nСообщаем, что полив теплицы по заказу № Т-19 не осуществлялся с 03.06 по 06.06 "
    "в связи с отказом насоса. Насос заменён 07.06, полив возобновлён. Приносим извинения.\n\n"
    "С уважением,\nагрокомплекс «Росток»"
)


@pytest.mark.parametrize("note, stopped", [
    # a labelled note that tells the editor what to check before sending
    ("[Примечание: уточнить у агронома, пострадала ли рассада.]", True),
    ("[Комментарий: проверить, какого числа меняли насос.]", True),
    # … while a labelled note that tells the reader a fact, or a reference, is none
    ("[Примечание: теплица открыта для посещения по субботам.]", False),
    ("[см. п. 4 договора]", False),
])
def test_a_labelled_note_to_check_something_is_a_slot_left_unfilled(note, stopped):
    reply = (
        "Здравствуйте, Пётр Ильич!\n\nС 03.06 по 06.06 теплицу по заказу Т-19 не поливали: отказал насос. "
        f"07.06 мы его заменили, и полив снова идёт. {note} Простите нас.\n\nС уважением,\nагрокомплекс «Росток»"
    )
    assert ("shape_placeholder" in problems_with("ru", _GREENHOUSE_DRAFT, reply)) is stopped


_PIANO_DRAFT = (
    "Уважаемая Вера Андреевна!\n\nДоводим до Вашего сведения, что настройщик прибыл для настройки рояля по заказу "
    "№ Р-402 05.09.2026 в 14:30 вместо согласованного времени 11:00. Причиной стала ошибка диспетчера при составлении "
    "графика. Приносим извинения.\n\nПовторная проверка строя будет проведена 19.09.2026 в 11:00 без оплаты.\n\n"
    "С уважением,\nсалон «Камертон»"
)
_PIANO_ACCOUNT = (
    "Здравствуйте, Вера Андреевна!\n\nПростите нас: настройщик должен был прийти настроить рояль по заказу Р-402 "
    "05.09.2026 к 11:00, а пришёл только в 14:30. Наш диспетчер ошибся, когда составлял график."
)


@pytest.mark.parametrize("step, dropped", [
    # the step and its own date left out: the hour it shares with the agreed time of the account tells it not
    ("", True),
    # … while the step kept with its date, or its date with the day in words, keeps the part
    (" 19.09.2026 в 11:00 настройщик бесплатно проверит строй ещё раз.", False),
    (" 19 сентября в 11:00 настройщик бесплатно проверит строй ещё раз.", False),
])
def test_a_step_dropped_with_its_own_date_is_a_part_dropped_though_its_hour_is_told_elsewhere(step, dropped):
    reply = f"{_PIANO_ACCOUNT}{step}\n\nС уважением,\nсалон «Камертон»"
    assert ("remedy" in problems_with("ru", _PIANO_DRAFT, reply).get("parts_missing", ())) is dropped


_ARCHIVE_DRAFT = (
    "Уважаемый Олег Петрович!\n\nСообщаем, что часть сканов по договору № А-12 была утрачена при сбое сервера. "
    "Восстановление исходных файлов технически невозможно; повторное сканирование описей будет выполнено до 14.08.2026."
    "\n\nПриносим извинения.\n\nС уважением,\nархивная служба «Опись»"
)


@pytest.mark.parametrize("step, new", [
    # the term of the clause after the refusal's semicolon, promised outright: the draft's own
    ("Описи мы отсканируем заново до 14.08.2026.", []),
    # … while another date is still a new deadline
    ("Описи мы отсканируем заново до 20.08.2026.", ["deadline"]),
])
def test_a_refusal_holds_its_own_clause_only_up_to_a_semicolon(step, new):
    reply = (
        "Здравствуйте, Олег Петрович!\n\nПри сбое сервера мы потеряли часть сканов по договору А-12, и вернуть "
        f"исходные файлы нельзя. {step} Простите нас.\n\nС уважением,\nархивная служба «Опись»"
    )
    assert promised_anew("ru", _ARCHIVE_DRAFT, reply) == new


_BOOTS_DRAFT = (
    "Уважаемая Анна!\n\nСообщаем, что пошив сапог по заказу № 88 (предоплата 6 000 руб. внесена 03.03.2026) "
    "не может быть завершён в срок 15.03.2026. Новый срок готовности — 25.03.2026.\n\nС уважением,\nмастерская «Колодка»"
)


@pytest.mark.parametrize("opening, new", [
    # the letter's own telling, in the first-person future: the customer's past payment is no term of ours
    ("Напомню, о каком заказе речь: № 88, предоплату 6 000 руб. вы внесли 03.03.2026.", []),
    ("Поясню, почему так вышло: предоплату 6 000 руб. вы внесли 03.03.2026, а кожа пришла с браком.", []),
    # … while a reminder to come, with a date the draft never names, is still a new deadline
    ("Напомню вам о примерке 20.03.2026 по телефону.", ["deadline"]),
])
def test_a_verb_of_telling_in_the_first_person_future_promises_nothing(opening, new):
    reply = (
        f"Здравствуйте, Анна!\n\n{opening} Сапоги будут готовы 25.03.2026, простите за ожидание.\n\n"
        "С уважением,\nмастерская «Колодка»"
    )
    assert [k for k in promised_anew("ru", _BOOTS_DRAFT, reply) if k == "deadline"] == new


@pytest.mark.parametrize("scale, same", [
    # a scale's ratio with a group of thousands, written without the space
    ("1:25000", True),
    # … while another scale is a changed fact
    ("1:50000", False),
])
def test_a_ratio_with_a_group_of_thousands_is_no_time(scale, same):
    draft = "План участка в масштабе 1:25 000 будет передан 12.04.2026."
    assert same_facts("ru", draft, f"План участка в масштабе {scale} передадим 12.04.2026.") is same
