"""Guard set 74's Russian classes, in other domains: a free service said as done besides («заодно») is another service
given unless the draft's free service names it; a range that falls («с 48 до 12 часов») and a bare number after a
contrast that leads («вместо 48 часов — всего 12») share their unit; a name between a noun and a model's code may be
left out; twelve in the morning is noon; and the official adjective of a fault («некорректный») is said by «ошибка»."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew


def _facts_problems(draft: str, reply: str) -> dict[str, tuple[str, ...]]:
    return {k: v for k, v in problems_with("ru", draft, reply).items() if k.startswith("facts")}


_PUMP_DRAFT = (
    "Уважаемая Галина Петровна!\n\nСообщаем, что замена крыльчатки насоса по заказу № Н-311 будет произведена "
    "мастером 14.05 без взимания платы. Приносим извинения.\n\nС уважением,\nсервис «Аква»"
)


@pytest.mark.parametrize("besides, new", [
    # a free service done besides that the draft never offers
    ("Заодно он бесплатно почистит и второй фильтр в вашем колодце.", ["free"]),
    ("Вдобавок мы бесплатно промоем вам бак.", ["free"]),
    # … while the draft's own free service said again with «заодно» is no new one
    ("Заодно он бесплатно заменит и крыльчатку.", []),
])
def test_a_free_service_done_besides_is_another_service_given(besides, new):
    reply = (
        "Здравствуйте, Галина Петровна!\n\nПростите нас. 14.05 мастер приедет и бесплатно заменит крыльчатку насоса "
        f"по заказу Н-311. {besides}\n\nС уважением,\nсервис «Аква»"
    )
    assert promised_anew("ru", _PUMP_DRAFT, reply) == new


def test_a_free_service_besides_that_the_draft_offers_too_is_no_new_promise():
    draft = (
        "Уважаемый Илья Сергеевич!\n\nСообщаем, что ремонт велосипеда по заказу № В-45 будет выполнен 20.06 без "
        "взимания платы. Также бесплатно будет произведена регулировка тормозов.\n\nС уважением,\nмастерская «Спица»"
    )
    reply = (
        "Здравствуйте, Илья Сергеевич!\n\nПростите нас: велосипед по заказу В-45 починим бесплатно 20.06, а заодно "
        "бесплатно отрегулируем тормоза.\n\nС уважением,\nмастерская «Спица»"
    )
    assert promised_anew("ru", draft, reply) == []


_KILN_DRAFT = (
    "Уважаемая Ольга Николаевна!\n\nСообщаем, что по заказу № К-77 время обжига было сокращено с 48 до 12 часов, "
    "вследствие чего глазурь не созрела. Приносим извинения. Повторный обжиг будет выполнен 03.03.\n\n"
    "С уважением,\nмастерская «Глина»"
)


@pytest.mark.parametrize("cause, facts", [
    # the range that falls, said as a contrast led by «вместо»
    ("обжигали вместо 48 часов — всего 12", {}),
    ("обжигали всего 12 часов вместо 48", {}),
    # … while another length is a changed fact
    ("обжигали вместо 48 часов — всего 10", {"facts_missing": ("12 часов",), "facts_new": ("10",)}),
])
def test_a_range_that_falls_and_a_contrast_that_leads_share_the_unit(cause, facts):
    reply = (
        f"Здравствуйте, Ольга Николаевна!\n\nМы виноваты: по заказу К-77 мы {cause}, и глазурь не созрела. "
        "Простите нас. Обожжём заново 03.03.\n\nС уважением,\nмастерская «Глина»"
    )
    assert _facts_problems(_KILN_DRAFT, reply) == facts


@pytest.mark.parametrize("burner, facts", [
    # the thing named by its noun and its code, the name it is known by left out or kept
    ("горелку ГБ-2", {}),
    ("горелку Бунзена ГБ-2", {}),
    # … while another code is a changed fact
    ("горелку ГБ-3", {"facts_missing": ("ГБ-2",), "facts_new": ("ГБ-3",)}),
])
def test_a_name_between_a_noun_and_a_model_code_may_be_left_out(burner, facts):
    draft = (
        "Уважаемый Павел Андреевич!\n\nСообщаем, что горелка Бунзена ГБ-2 по заказу № Л-508 была отгружена 11.02 без "
        "крана. Приносим извинения. Кран будет направлен 15.02.\n\nС уважением,\nлабораторный склад «Реактив»"
    )
    reply = (
        f"Здравствуйте, Павел Андреевич!\n\nПростите: мы отправили вам {burner} по заказу Л-508 11.02 без крана. "
        "Кран пришлём 15.02.\n\nС уважением,\nлабораторный склад «Реактив»"
    )
    assert _facts_problems(draft, reply) == facts


def test_a_name_before_a_contact_is_no_model_name():
    draft = (
        "Уважаемая Нина Олеговна!\n\nСообщаем, что доставка мебели 09.04 переносится на 12.04. Приносим извинения."
        "\n\nПо вопросам обращайтесь к менеджеру Ларисе +7 (900) 123-45-67.\n\nС уважением,\nсалон «Дом»"
    )
    reply = (
        "Здравствуйте, Нина Олеговна!\n\nПростите: мебель привезём не 09.04, а 12.04.\n\nЗвоните: +7 (900) 123-45-67."
        "\n\nС уважением,\nсалон «Дом»"
    )
    assert _facts_problems(draft, reply) == {"facts_missing": ("Ларисе",)}


@pytest.mark.parametrize("hours, facts", [
    # the hour twelve said with the morning ends it: noon
    ("с 9 до 12 утра", {}),
    # … while twelve at night is midnight, another time
    ("с 9 до 12 ночи", {"facts_missing": ("12:00",), "facts_new": ("12",)}),
])
def test_twelve_in_the_morning_is_noon(hours, facts):
    draft = (
        "Уважаемый Степан Ильич!\n\nСообщаем, что поверка счётчика по заказу № С-19 будет проведена 22.10 с 9:00 до "
        "12:00. Приносим извинения за перенос.\n\nС уважением,\nслужба «Метролог»"
    )
    reply = (
        f"Здравствуйте, Степан Ильич!\n\nПростите за перенос: счётчик по заказу С-19 поверим 22.10, {hours}."
        "\n\nС уважением,\nслужба «Метролог»"
    )
    assert _facts_problems(draft, reply) == facts


_TICKET_DRAFT = (
    "Уважаемый Артём Витальевич!\n\nСообщаем, что в связи с некорректной настройкой кассового терминала при оформлении "
    "возврата билета списание было произведено дважды. Приносим извинения. Излишне списанные 1 200 руб. будут "
    "возвращены до 30.11.\n\nС уважением,\nтеатр «Рампа»"
)


@pytest.mark.parametrize("cause, parts", [
    # the fault's official adjective said by «ошибка»
    ("кассир по ошибке настроил аппарат, и деньги ушли два раза", ()),
    # … while a cause that keeps nothing of the draft's drops the part
    ("так получилось, что деньги ушли дважды", ("explanation",)),
])
def test_the_official_adjective_of_a_fault_is_said_by_an_error(cause, parts):
    reply = (
        f"Здравствуйте, Артём Витальевич!\n\nПростите нас: {cause}. Лишние 1 200 рублей вернём до 30.11."
        "\n\nС уважением,\nтеатр «Рампа»"
    )
    assert problems_with("ru", _TICKET_DRAFT, reply).get("parts_missing", ()) == parts


def test_an_admission_of_fault_keeps_no_cause_of_a_wrong_value():
    draft = (
        "Уважаемая Вера Андреевна!\n\nСообщаем, что шторы по заказу № Ш-62 не были отшиты в срок. При оформлении заказа "
        "был указан неверный цвет ткани, вследствие чего рулон был возвращён на склад. Шторы будут готовы 18.03. Приносим "
        "извинения.\n\nС уважением,\nателье «Ткань»"
    )
    reply = (
        "Здравствуйте, Вера Андреевна!\n\nОшибка наша, простите: шторы по заказу Ш-62 мы не сшили вовремя. Они будут "
        "готовы 18.03.\n\nС уважением,\nателье «Ткань»"
    )
    assert problems_with("ru", draft, reply).get("parts_missing", ()) == ("explanation",)
