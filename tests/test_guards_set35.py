"""Guard set 35's Russian false rejections and the shape faults of both languages as classes, in other domains: a
payment the draft makes in the passive («оплата … будет произведена»), told back as «переведём деньги»; a refund
the draft gives «по вашему запросу», which is no request of the customer's about a refund; a year with an ordinal
ending («2030-й год», «в 2030-м году»); a markup heading that titles the reply, stripped like other wrapper chatter;
a reply inside JSON, and the same reply given twice, which the shape guard stops."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew, same_facts
from rewriter.guards import clean_reply

_PAID = "Оплата за выполненные работы по договору № 77-П в сумме 54 000 руб. будет произведена до 15.06.2027."


@pytest.mark.parametrize("draft, reply, new", [
    (_PAID, "За работы по договору № 77-П переведём вам деньги, 54 000 руб., до 15.06.2027.", []),
    (_PAID, "Сумму 54 000 руб. по договору № 77-П перечислим до 15.06.2027.", []),
    ("Оплата будет произведена вами при получении заказа № 77-П.", "Деньги за заказ № 77-П переведём вам на карту.",
     ["transfer"]),
    ("Работы по договору № 77-П будут завершены до 15.06.2027.", "Деньги по договору № 77-П переведём до 15.06.2027.",
     ["transfer"]),
])
def test_a_payment_the_draft_makes_in_the_passive_covers_the_money_sent(draft, reply, new):
    assert promised_anew("ru", draft, reply) == new


@pytest.mark.parametrize("draft, reply, new", [
    ("Если замена вам не подойдёт, по вашему запросу будет произведен возврат 1 450 руб.",
     "Если замена не подойдёт, напишите — вернём 1 450 руб.", []),
    ("Ваш запрос о возврате 1 450 руб. передан в бухгалтерию.", "Мы вернём вам 1 450 руб.", ["refund"]),
    ("Заявка на возврат 1 450 руб. принята.", "Вернём вам 1 450 руб. наличными.", ["refund"]),
])
def test_a_refund_made_on_request_is_a_refund_the_draft_gives(draft, reply, new):
    assert promised_anew("ru", draft, reply) == new


@pytest.mark.parametrize("draft, reply, same", [
    ("Лицензия продлена на 2030 год.", "Лицензию продлили на 2030-й год.", True),
    ("Тариф действует в 2030 году.", "Тариф действует и в 2030-м году.", True),
    ("Лицензия продлена на 2030 год.", "Лицензию продлили на 2031-й год.", False),
    ("Дом сдадут на 5-м этаже.", "Дом сдадут на 6-м этаже.", False),
])
def test_a_year_with_an_ordinal_ending_is_the_same_year(draft, reply, same):
    assert same_facts("ru", draft, reply) is same


_BODY_RU = ("Здравствуйте, Марина!\n\nПростите за задержку: на складе не хватило коробок нужного размера. Посылку № 5521"
            " отправим 12.03.2027.\n\nСпасибо за терпение!")
_BODY_BG = ("Здравейте, Мария,\n\nИзвиняваме се за забавянето: в склада свършиха кутиите с нужния размер. Пратка № 5521"
            " ще тръгне на 12.03.2027 г.\n\nБлагодарим Ви за търпението!")


@pytest.mark.parametrize("heading, body", [
    ("### Исправленный ответ", _BODY_RU),
    ("## Ответ клиентке", _BODY_RU),
    ("## Отговор до г-н Димитров", _BODY_BG),
    ("**Преработен отговор**", _BODY_BG),
])
def test_a_markup_heading_that_titles_the_reply_is_stripped(heading, body):
    assert clean_reply(f"{heading}\n\n{body}") == body


@pytest.mark.parametrize("heading, lang, body", [
    ("## Вариант 1", "ru", _BODY_RU),
    ("## Какво следва", "bg", _BODY_BG),
])
def test_a_numbered_version_or_a_heading_inside_the_letter_stays_to_be_rejected(heading, lang, body):
    reply = clean_reply(f"{heading}\n\n{body}")
    assert reply.startswith(heading) and {"shape_commentary", "shape_markup"} & set(problems_with(lang, body, reply))


@pytest.mark.parametrize("lang, body", [("ru", _BODY_RU), ("bg", _BODY_BG)])
def test_a_reply_inside_json_is_stopped_by_shape(lang, body):
    wrapped = '{\n  "reply": "' + body.replace("\n", "\\n") + '",\n  "tone": "warm"\n}'
    assert "shape_markup" in problems_with(lang, body, clean_reply(wrapped))
    assert "shape_markup" not in problems_with(lang, body, body)


@pytest.mark.parametrize("lang, body", [("ru", _BODY_RU), ("bg", _BODY_BG)])
def test_the_same_reply_given_twice_is_stopped_by_shape(lang, body):
    assert "shape_commentary" in problems_with(lang, body, clean_reply(f"{body}\n\n{body}"))
    assert "shape_commentary" not in problems_with(lang, body, body)
