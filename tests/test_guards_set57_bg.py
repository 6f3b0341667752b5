"""Guard set 57's Bulgarian misses, as classes in other domains: what we managed or failed to do („не успяхме да
доставим … до 12.03“) promises nothing by its date; a payment the bank sent back („банката върна превода“) is no refund
of ours; a thing sent „на e-mail“ in the passive future is a letter, which a reply's „ще Ви изпратим по имейл“
restates; a small town's phone after a slash („0301/62245“) is the phone written in groups („0301 6 22 45“); a model's
note on the text in the passive after the reply („Забележка: текстът е съкратен …“) is chatter."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew, same_facts
from rewriter.guards import clean_reply

_ORDER = (
    "Уважаеми господин Пеев,\n\nДоставката на керемидите за покрива Ви, обещана до 12.03.2026 г., не е могла да бъде "
    "извършена поради закъснение на превозвача. Керемидите ще бъдат доставени на 19.03.2026 г.\n\nС уважение,\n"
    "„Покриви Юг“ ООД"
)


@pytest.mark.parametrize("told, new", [
    # the failure told as what we did not manage, or what we did manage, by the draft's date: no deadline of its own
    ("Съжаляваме, че не успяхме да доставим керемидите до 12.03.2026 г., както бяхме обещали.", False),
    ("Не успяхме да Ви докараме керемидите до 12.03.2026 г.", False),
    ("Успяхме да уговорим превозвача за 19.03.2026 г.", False),
    # … while a date promised outright beside it is still a deadline the draft does not name
    ("Не успяхме да доставим керемидите до 12.03.2026 г., но ще ги доставим до 16.03.2026 г.", True),
    ("Ще доставим керемидите до 16.03.2026 г.", True),
])
def test_what_we_failed_to_do_by_a_date_promises_no_deadline(told, new):
    reply = f"Уважаеми господин Пеев,\n\n{told} Керемидите ще Ви доставим на 19.03.2026 г.\n\nС уважение,\n„Покриви Юг“ ООД"
    assert ("deadline" in promised_anew("bg", _ORDER, reply)) is new


_FEE = (
    "Уважаема госпожо Русева,\n\nХонорарът Ви от 120 € за превода не е постъпил, тъй като е посочен грешен IBAN. "
    "Сумата ще бъде преведена повторно до 10.04.2026 г.\n\nС уважение,\nАгенция „Слово“"
)


@pytest.mark.parametrize("told, refund", [
    # a payment the bank sent back is a transfer that failed
    ("Хонорарът не стигна до Вас, защото сбъркахме IBAN и банката върна плащането.", False),
    ("Банката върна сумата, защото IBAN беше грешен.", False),
    ("Плащането беше върнато от банката, тъй като IBAN беше грешен.", False),
    # … while money we give back is a refund the draft does not promise
    ("Сбъркахме IBAN, затова ще Ви върнем и таксата за превода.", True),
])
def test_a_payment_the_bank_sent_back_is_no_refund(told, refund):
    reply = f"Здравейте, госпожо Русева,\n\n{told} Ще преведем сумата отново до 10.04.2026 г.\n\nС уважение,\nАгенция „Слово“"
    assert ("refund" in promised_anew("bg", _FEE, reply)) is refund


@pytest.mark.parametrize("sent, new", [
    # a thing sent „на e-mail“ in the passive future is a letter the draft promises
    ("Схемите ще Ви бъдат изпратени на e-mail до 05.05.2026 г.", False),
    ("Сертификатите ще Ви бъдат изпратени на email до 05.05.2026 г.", False),
    # … while a draft that only finishes the thing promises no letter
    ("Схемите ще бъдат готови до 05.05.2026 г.", True),
])
def test_a_thing_sent_by_e_mail_in_the_passive_is_a_letter(sent, new):
    draft = f"Уважаеми клиенти,\n\nСъжаляваме за грешката в чертежа. {sent}\n\nС уважение,\nБюро „Линия“"
    reply = (
        "Здравейте,\n\nСъжаляваме за грешката. До 05.05.2026 г. ще Ви изпратим по имейл поправените файлове.\n\n"
        "С уважение,\nБюро „Линия“"
    )
    assert ("contact" in promised_anew("bg", draft, reply)) is new


@pytest.mark.parametrize("written, same", [
    # a small town's five digits after the area code and a slash
    ("тел. 0301/62245", True),
    ("тел. 0301 62245", True),
    # … while other digits are another phone
    ("тел. 0301/62246", False),
])
def test_a_phone_with_five_digits_after_a_slash_is_one_phone(written, same):
    draft = "За справки: тел. 0301 6 22 45."
    assert same_facts("bg", draft, f"За справки: {written}.") is same


_REPLY = "Здравейте,\n\nВазите пристигат на 14.06.\n\nС уважение,\nКерамика Глина ООД"


@pytest.mark.parametrize("note", [
    "Забележка: отговорът е съкратен и написан по-човешки, без да се променят фактите.",
    "Бележка: текстът е преработен, датите са запазени.",
    "Примечание: письмо сокращено, все даты сохранены.",
])
def test_a_note_on_the_text_in_the_passive_after_the_reply_is_chatter(note):
    assert clean_reply(f"„{_REPLY}“\n\n{note}") == _REPLY


@pytest.mark.parametrize("last", [
    # the reply's own news about a letter, or a text written by someone, stays
    "Писмото Ви е изпратено до склада.",
    "Текстът на договора е написан от нашия юрист.",
])
def test_news_about_a_letter_is_no_chatter(last):
    reply = _REPLY.replace("Вазите пристигат на 14.06.", f"Вазите пристигат на 14.06.\n\n{last}").rsplit("\n\nС уважение", 1)[0]
    assert clean_reply(reply) == reply


_WRONG_SIZE = (
    "Уважаеми господин Тонев,\n\nДоставените на 02.09 шест врати с ширина 70 см вместо поръчаните 80 см са в резултат на "
    "объркване на етикетите при опаковането в цеха. Вратите с ширина 80 см ще Ви "
    "бъдат доставени на 16.09.\n\nС уважение,\nДърводелски цех „Бук“"
)


@pytest.mark.parametrize("told, dropped", [
    # the failure told in other words, its cause kept: the explanation is kept
    ("Съжаляваме, на 02.09 Ви доставихме шест врати от 70 см, а не от 80 см: при опаковането в цеха объркахме "
     "етикетите.", False),
    # … while the failure kept word for word without its cause drops the explanation
    ("Съжаляваме, на 02.09 Ви доставихме шест врати с ширина 70 см вместо поръчаните 80 см.", True),
])
def test_the_failure_before_a_result_said_as_a_predicate_is_no_cause_to_keep(told, dropped):
    reply = f"Уважаеми господин Тонев,\n\n{told} Вратите от 80 см ще Ви доставим на 16.09.\n\nС уважение,\nДърводелски цех „Бук“"
    assert ("parts_missing" in problems_with("bg", _WRONG_SIZE, reply)) is dropped


def test_a_result_that_goes_on_from_a_cause_leaves_the_cause_to_keep():
    draft = (
        "Уважаема госпожо Генова,\n\nПоради повреда в хладилната камера на склада, в резултат на която част от стоката "
        "се развали, доставката на сирената се отлага. Сирената ще Ви бъдат доставени на 21.09.\n\nС уважение,\nМандра „Бяло“"
    )
    reply = (
        "Уважаема госпожо Генова,\n\nСъжаляваме, доставката на сирената се отлага. Ще Ви ги доставим на 21.09.\n\n"
        "С уважение,\nМандра „Бяло“"
    )
    assert "parts_missing" in problems_with("bg", draft, reply)
