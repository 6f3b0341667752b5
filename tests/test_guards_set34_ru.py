"""Guard set 34's Russian false rejections and its false acceptance as classes, in other domains: a step told as a
request to bring something along («возьмите с собой»), which the lint took for no remedy; a person caught in an
accident on the way («по дороге в офис попал в аварию»), which the lint took for a thing put where it does not
belong; a recalculation the draft promises in the passive with its amount between («стоимость … в размере … будет
пересчитана»); a request with what follows from it after «тогда»; a closing that only thanks, dropped by a reply that
ends on the contact line before it (in both languages). Then set 28's and set 33's open ones: a lost message owned
right after it, past a dash; what the customer's party lived through; a decision owned with regret («Нам очень жаль, но
… пришлось перенести»), which excuses the rescheduling and the apology for «это неудобство» after it."""
from __future__ import annotations

import pytest

from guard_checks import LINTER, error_rules, problems_with, promised_anew


@pytest.mark.parametrize("text, remedy", [
    ("Возьмите с собой полис и снимки, врач посмотрит их на приёме.", True),
    ("Пожалуйста, возьмите на кассу распечатанный билет.", True),
    ("Вы взяли с собой полис, но врач его не посмотрел.", False),
])
def test_a_request_to_bring_something_along_is_a_step_of_the_remedy(text, remedy):
    assert LINTER.lint(text, "ru").sections["remedy"] is remedy


@pytest.mark.parametrize("text, blamed", [
    ("По пути в аэропорт водитель попал в пробку на мосту, поэтому опоздал на 20 минут.", False),
    ("Во время поездки в больницу фельдшер попал в аварию; к вам выехала другая бригада.", False),
    ("В коробку по ошибке попал чужой зарядник.", True),
    ("В счёт за апрель попала лишняя строка за доставку.", True),
])
def test_a_person_caught_in_an_accident_on_the_way_is_no_thing_gone_astray(text, blamed):
    assert ("ru.evasion.popalo-samo" in error_rules("ru", text)) is blamed


_RECOUNTED = "Плата за ремонт по договору № 4471 в размере 6 300 руб. будет пересчитана до 15.04."


@pytest.mark.parametrize("draft, reply, new", [
    (_RECOUNTED, "Мы пересчитаем плату за ремонт по договору № 4471 (6 300 руб.) до 15.04.", []),
    (_RECOUNTED, "До 15.04 мы сделаем перерасчёт платы за ремонт по договору № 4471 — 6 300 руб.", []),
    ("Плата за ремонт по договору № 4471 в размере 6 300 руб. будет выставлена до 15.04.",
     "Мы пересчитаем плату за ремонт по договору № 4471 (6 300 руб.) до 15.04.", ["discount"]),
])
def test_a_recalculation_promised_in_the_passive_with_its_amount_between_is_the_drafts(draft, reply, new):
    assert promised_anew("ru", draft, reply) == new


_ON_A_STEP = "Если Вы пришлёте фото чека до 10.03, деньги будут возвращены до 20.03."


@pytest.mark.parametrize("reply, new", [
    ("Пришлите, пожалуйста, фото чека до 10.03 — тогда деньги вернутся к вам до 20.03.", []),
    ("Отправьте фото чека до 10.03, тогда вернём деньги до 20.03.", []),
    ("Пришлите, пожалуйста, фото чека до 10.03. Деньги вернём до 20.03.", ["deadline", "refund"]),
])
def test_what_follows_a_request_after_then_is_said_under_its_condition(reply, new):
    assert promised_anew("ru", _ON_A_STEP, reply) == new


_RU_STEPS = (
    "Приносим извинения: замена счётчиков в квартирах 5–12 переносится с 14.05 на 21.05 из-за задержки поставки. "
    "Мастер придёт 21.05 с 10:00 до 16:00. Справки у инженера Павла Орлова по телефону +7 (812) 455-20-17."
)
_RU_TOLD = (
    "Простите нас: поставщик задержал счётчики, поэтому замену в квартирах 5–12 переносим с 14.05 на 21.05. "
    "Мастер придёт 21.05 с 10:00 до 16:00."
)
_BG_STEPS = (
    "Поднасяме извинения: ремонтът на асансьора във вход Б се отлага от 14.05 за 21.05 поради забавена доставка. "
    "Техникът ще дойде на 21.05 от 10:00 до 16:00. За справки: тел. 0887 310 442, office@dom-plus.bg."
)
_BG_TOLD = (
    "Съжаляваме: доставката закъсня, затова ремонтът на асансьора във вход Б се мести от 14.05 за 21.05. "
    "Техникът ще дойде на 21.05 от 10:00 до 16:00."
)


@pytest.mark.parametrize("lang, draft, reply, dropped", [
    # the reply ends on the draft's contact line and thanks nowhere
    ("ru", f"{_RU_STEPS} Благодарим за понимание.\n\nУК «Север»",
     f"{_RU_TOLD} Если будут вопросы, звоните Павлу Орлову: +7 (812) 455-20-17.\n\nУК «Север»", True),
    ("bg", f"{_BG_STEPS} Благодарим Ви за търпението.\n\nДомоуправител „Дом плюс“",
     f"{_BG_TOLD} Ако имате въпроси, обадете ни се на 0887 310 442 или пишете на office@dom-plus.bg.\n\n"
     "Домоуправител „Дом плюс“", True),
    # … it thanks, or closes in words of its own
    ("ru", f"{_RU_STEPS} Благодарим за понимание.\n\nУК «Север»",
     f"Спасибо, что подождёте! {_RU_TOLD} Если будут вопросы, звоните Павлу Орлову: +7 (812) 455-20-17.\n\nУК «Север»",
     False),
    ("ru", f"{_RU_STEPS} Благодарим за понимание.\n\nУК «Север»",
     f"{_RU_TOLD} Вопросы — Павлу Орлову: +7 (812) 455-20-17. Хорошего вам дня!\n\nУК «Север»", False),
    # … or the draft's closing offers help, which the contact line carries
    ("ru", f"{_RU_STEPS} Будем рады ответить на Ваши вопросы.\n\nУК «Север»",
     f"{_RU_TOLD} Если будут вопросы, звоните Павлу Орлову: +7 (812) 455-20-17.\n\nУК «Север»", False),
])
def test_a_closing_that_only_thanks_is_dropped_by_a_reply_ending_on_the_contact_line(lang, draft, reply, dropped):
    assert ("closing" in problems_with(lang, draft, reply).get("parts_missing", ())) is dropped


# Set 28's and set 33's open Russian false rejections, as classes: a reply judged no better for words the lint
# misread as evasion or a non-apology where the reply owns the failure.
@pytest.mark.parametrize("text, blamed", [
    # a lost message owned right after it, past a dash or a colon
    ("Напоминание о приёме до вас не дошло — у нас сбоила рассылка.", False),
    ("Письмо с кодом вам не пришло: мы ошиблись в адресе.", False),
    ("Письмо с кодом до вас так и не дошло.", True),
    # the customer's party did not get what it came for
    ("Ваша семья приехала к открытию, а поплавать в бассейне не удалось.", False),
    ("Доставить заказ к открытию не удалось.", True),
])
def test_a_failure_owned_after_a_dash_or_lived_through_by_the_customer_is_no_evasion(text, blamed):
    assert bool(error_rules("ru", text)) is blamed


@pytest.mark.parametrize("text, faulted", [
    ("Нам очень жаль, но концерт 3 июня в парке пришлось перенести: сцену повредил ураган. Ваши билеты перенесены на "
     "10 июня. Простите за это неудобство.", False),
    ("Концерт 3 июня в парке отменён. Ваши билеты перенесены на 10 июня. Простите за это неудобство.", True),
])
def test_a_decision_owned_with_regret_excuses_the_rescheduling_and_the_apology_after_it(text, faulted):
    assert bool(error_rules("ru", text)) is faulted
