"""Guard set 46's Russian miss as a class, in other domains: a reply that keeps the draft's condition on a date says it
as a clause of an event to come («когда вы оплатите выезд», «после того как…») or in the next sentence, opened by the
step it needs («Понадобится…», «Одно условие: …», «Для этого…»); a date said outright, or beside no condition («когда
вам будет удобно, позвоните»), stays a new promise. The draft's own commitments in other wordings are read as
commitments: a refund by its noun («возврат оформим», «возврат будет проведён», «вы можете получить возврат»), the
news sent in the passive («информация будет направлена вам», «сведения будут переданы в ГИБДД»), a worker at the
customer's («мастер будет у вас») and a crew («бригада прибудет», «прибытие бригады»), each of which a reply may then
promise in its own words."""
from __future__ import annotations

import pytest

from guard_checks import promised_anew

_SEAL = "Счётчик будет опломбирован 09.06 при условии оплаты выезда."


@pytest.mark.parametrize("reply, new", [
    # the draft's condition kept as an event to come, or as the step the next sentence names
    ("Опломбируем счётчик 09.06, когда вы оплатите выезд.", []),
    ("После того как выезд будет оплачен, опломбируем счётчик 09.06.", []),
    ("Опломбируем счётчик 09.06. Понадобится только оплатить выезд.", []),
    ("Опломбируем счётчик 09.06. Одно условие: выезд нужно оплатить заранее.", []),
    ("Опломбируем счётчик 09.06. Для этого оплатите выезд.", []),
    # … while the date said outright, beside a thanks or a call the customer may make when it suits, drops it
    ("Опломбируем счётчик 09.06.", ["deadline"]),
    ("Опломбируем счётчик 09.06. Спасибо, что оплатили выезд.", ["deadline"]),
    ("Опломбируем счётчик 09.06 — когда вам будет удобно, позвоните.", ["deadline"]),
    # … and another date under the same condition is another deadline
    ("Опломбируем счётчик 07.06, когда вы оплатите выезд.", ["deadline"]),
])
def test_a_condition_kept_as_an_event_to_come_or_a_step_after(reply, new):
    assert promised_anew("ru", _SEAL, reply) == new


@pytest.mark.parametrize("reply, new", [
    ("Залог вернём до 15.03, когда управляющий примет квартиру.", []),
    ("Залог вернём до 15.03. Потребуется только акт приёмки квартиры.", []),
    ("Когда вам удобно, заходите: бухгалтер вернёт залог до 15.03.", ["deadline", "refund"]),
])
def test_a_refund_on_a_condition_in_another_domain(reply, new):
    assert promised_anew("ru", "Залог будет возвращён до 15.03 при условии сдачи квартиры без повреждений.", reply) == new


@pytest.mark.parametrize("draft, reply", [
    ("Возврат оформим в течение суток.", "Вернём деньги в течение 24 часов."),
    ("Возврат будет проведён до 12.08.", "Деньги вернём до 12 августа."),
    ("Вы можете получить возврат до 20.05, заполнив заявление.", "Заполните заявление, и мы вернём деньги до 20.05."),
    ("Информация о ходе рассмотрения будет направлена вам до 01.06.", "До 1 июня мы напишем вам, как идёт рассмотрение."),
    ("Сведения о новом счётчике будут переданы в управляющую компанию нашим отделом.",
     "Управляющей компании о новом счётчике сообщим сами."),
    ("Мастер будет у вас в пятницу, 17.10.", "Мастер приедет 17 октября."),
    ("Бригада прибудет на объект 04.07 к 08:00.", "Бригада будет у вас 04.07 к 08:00."),
    ("Прибытие бригады — 04.07 к 08:00.", "Бригада приедет 04.07 к 08:00."),
    ("Бригада выполнит замену кровли 04.07.", "Бригада приедет и заменит кровлю 04.07."),
])
def test_the_drafts_own_commitment_in_other_words(draft, reply):
    assert promised_anew("ru", draft, reply) == []


@pytest.mark.parametrize("draft, reply, new", [
    # … while each is still a new promise where the draft never makes it
    ("Заказ передан в доставку 17.10.", "Возврат оформим до 20 октября.", ["deadline", "refund"]),
    ("Заказ передан в доставку 17.10.", "Вы можете получить возврат до 20 октября.", ["refund"]),
    ("Заказ передан в доставку 17.10.", "Сведения о доставке будут направлены вам до 20 октября.", ["contact", "deadline"]),
    ("Счётчик заменён 03.09.", "Сведения о новом счётчике будут переданы в управляющую компанию.", ["contact"]),
    ("Мы позвоним вам 17.10.", "Мастер будет у вас 17 октября.", ["contact"]),
    ("Мы позвоним вам 17.10.", "Бригада прибудет 17 октября.", ["contact"]),
])
def test_the_same_wordings_are_new_where_the_draft_never_promises(draft, reply, new):
    assert promised_anew("ru", draft, reply) == new
