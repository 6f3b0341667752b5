"""Guard set 27's Russian good replies refused, as classes in other domains (both languages where the code is
shared): a cause told by a machine out of order, beside a request to call someone that is no cause; a draft that
closes on its one apology, which a reply says first; an invitation to ask as a closing; the draft's non-apology said
again in other words beside one soft formula of the reply's own; a day written out as tens and an ordinal."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, same_facts

# A bakery whose oven failed: the cause has no connector, and the last line asks the reader to call someone.
_BAKERY = (
    "Уважаемая Ирина Павловна!\n\nЗаказ № 3318 (торт на 40 персон) к 12:00 15 марта не был готов. Печь вышла из строя "
    "ночью, о чём Вы не были уведомлены. Приносим извинения. Торт будет доставлен 16 марта к 10:00. По вопросам "
    "доставки просим связываться с менеджером по телефону +7 495 210-33-44."
)
_BAKERY_KEPT = (
    "Ирина Павловна, здравствуйте!\n\nПростите нас: торт по заказу № 3318 на 40 персон не был готов к 12:00 15 марта. "
    "Ночью у нас сломалась печь, а мы вас даже не предупредили.\n\nПривезём торт 16 марта к 10:00. Если нужно "
    "что-то уточнить по доставке, звоните менеджеру: +7 495 210-33-44."
)
_BAKERY_DROPPED = (
    "Ирина Павловна, здравствуйте!\n\nПростите нас: торт по заказу № 3318 на 40 персон не был готов к 12:00 15 марта."
    "\n\nПривезём торт 16 марта к 10:00. Если нужно что-то уточнить по доставке, звоните менеджеру: +7 495 210-33-44."
)


@pytest.mark.parametrize("reply, dropped", [(_BAKERY_KEPT, False), (_BAKERY_DROPPED, True)])
def test_a_cause_told_by_a_machine_out_of_order_is_kept_in_other_words_and_a_request_to_call_is_no_cause(reply, dropped):
    lost = problems_with("ru", _BAKERY, reply).get("parts_missing", ())
    assert ("explanation" in lost) is dropped


# A ferry and a theatre, each letter ending on its one apology.
_FERRY = (
    "Уважаемый Павел!\n\nРейс парома 8 июня в 9:00 отменён из-за шторма. Билет № П-5521 действует на рейс 9 июня в "
    "9:00. Приносим извинения за причинённые неудобства."
)
_FERRY_FIRST = (
    "Павел, здравствуйте!\n\nПростите: из-за шторма рейс парома 8 июня в 9:00 не состоится. Ваш билет № П-5521 "
    "действует на рейс 9 июня в 9:00."
)
_FERRY_NONE = (
    "Павел, здравствуйте!\n\nИз-за шторма рейс парома 8 июня в 9:00 не состоится. Ваш билет № П-5521 действует на "
    "рейс 9 июня в 9:00."
)
_THEATRE = (
    "Уважаема госпожо Илиева,\n\nПредставлението на 14 май в 19:00 се отлага поради болест на актьор. "
    "Билет № Т-118 важи за 21 май в 19:00. Поднасяме извинения за причиненото неудобство."
)
_THEATRE_FIRST = (
    "Здравейте, госпожо Илиева,\n\nИзвинете ни: представлението на 14 май в 19:00 се отлага, защото актьор се разболя. "
    "Билет № Т-118 важи за 21 май в 19:00."
)
# the same ferry letter with an apology of its own before the last one: its last line is a closing
_FERRY_TWICE = _FERRY.replace("Рейс парома", "Простите нас. Рейс парома").replace("Приносим извинения", "Ещё раз приносим извинения")
CLOSED_ON_THE_APOLOGY = [  # (lang, draft, reply, the parts the reply drops)
    ("ru", _FERRY, _FERRY_FIRST, set()),
    ("bg", _THEATRE, _THEATRE_FIRST, set()),
    ("ru", _FERRY, _FERRY_NONE, {"apology", "closing"}),
    ("ru", _FERRY_TWICE, _FERRY_FIRST, {"closing"}),
]


@pytest.mark.parametrize("lang, draft, reply, dropped", CLOSED_ON_THE_APOLOGY)
def test_a_draft_closing_on_its_one_apology_is_kept_by_a_reply_that_apologises_first(lang, draft, reply, dropped):
    assert set(problems_with(lang, draft, reply).get("parts_missing", ())) == dropped


# A garden centre's letter that ends on where to ask.
_GARDEN = (
    "Уважаемый Олег!\n\nПриносим извинения: в заказе № 7720 не хватило двух саженцев яблони, их не положили при "
    "сборке. Саженцы будут отправлены 3 апреля. При возникновении вопросов просим обращаться по телефону 8 800 "
    "555-10-20."
)
_GARDEN_REPLY = (
    "Олег, здравствуйте!\n\nИзвините: в заказе № 7720 не хватило двух саженцев яблони — их забыли положить при сборке. "
    "Отправим саженцы 3 апреля.\n\n{}"
)


@pytest.mark.parametrize("closing, kept", [
    ("Вопросы можно задать по телефону 8 800 555-10-20.", True),
    ("Задавайте любые вопросы по телефону 8 800 555-10-20.", True),
    ("Телефон магазина: 8 800 555-10-20.", False),
])
def test_an_invitation_to_ask_keeps_the_drafts_closing(closing, kept):
    lost = problems_with("ru", _GARDEN, _GARDEN_REPLY.format(closing)).get("parts_missing", ())
    assert ("closing" not in lost) is kept


# A pool's letter: an evasion and a stock non-apology in officialese.
_POOL = (
    "Уважаемая Светлана!\n\nИнформируем Вас о том, что в связи с проведением ремонта посещение бассейна 5 мая не "
    "представляется возможным. Ваше занятие состоится 12 мая в 18:00. Приносим извинения за причинённые неудобства."
)
_POOL_REPLY = (
    "Светлана, здравствуйте!\n\nНам очень жаль, но 5 мая бассейн не откроется: городская служба меняет трубы в здании. "
    "Мы перенесли ваше занятие на 12 мая в 18:00.\n\n{}"
)
_POOL_STIFF = (
    "Уважаемая Светлана!\n\nИнформируем Вас о том, что нам очень жаль, но в связи с проведением ремонта 5 мая бассейн "
    "не откроется. Мы перенесли ваше занятие на 12 мая в 18:00.\n\nЕщё раз извините за неудобства."
)
SAID_AGAIN = [  # (reply, whether it is better than the draft)
    (_POOL_REPLY.format("Ещё раз извините за неудобства."), True),
    # a stock phrase of its own in place of the draft's non-apology: two faults of the reply's own
    (_POOL_REPLY.format("Просим прощения за сложившуюся ситуацию."), False),
    # the draft's non-apology said again, with the officialese kept
    (_POOL_STIFF, False),
]


@pytest.mark.parametrize("reply, better", SAID_AGAIN)
def test_the_drafts_non_apology_said_again_beside_one_soft_formula_is_better_once_the_officialese_is_gone(reply, better):
    assert ("not_better" not in problems_with("ru", _POOL, reply)) is better


@pytest.mark.parametrize("lang, draft, reply, same", [
    ("ru", "Приём 27 мая в 11:20 отменён.", "Приём двадцать седьмого мая в 11:20 отменён.", True),
    ("ru", "Рейс 31 декабря в 23:00.", "Рейс тридцать первого декабря в 23:00.", True),
    ("bg", "Часът на 27 май в 11:20 е отменен.", "Часът на двадесет и седми май в 11:20 е отменен.", True),
    ("ru", "Приём 7 мая в 11:20 отменён.", "Приём двадцать седьмого мая в 11:20 отменён.", False),
])
def test_a_day_written_as_tens_and_an_ordinal_is_read_whole(lang, draft, reply, same):
    assert same_facts(lang, draft, reply) is same
