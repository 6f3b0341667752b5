"""Guard set 34's Bulgarian false acceptance as a class, in other domains and both languages: a promise the draft
makes only in good weather or good conditions („при благоприятни условия“, «при благоприятных погодных условиях»)
made unconditional, by dropping the condition or by words that lift it („при всякакво време“, «какой бы ни была
погода»)."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew

_HEDGE = "При хубаво време засаждането на живия плет ще бъде завършено до 18.04."
_DRY = "При липса на валежи пътеката ще бъде асфалтирана на 09.05."
_SUCH_WEATHER = "При такова време балонът остава на земята, затова ще летим на 10.05."
_LAWN = "При благоприятных погодных условиях укладку газона закончим до 18.04."
_SUCH_WEATHER_RU = "При такой погоде шар остаётся на земле, поэтому полёт состоится 10.05."


@pytest.mark.parametrize("lang, draft, reply, new", [
    # the weather or the conditions the draft's date waits on, dropped or lifted
    ("bg", _HEDGE, "Ще засадим живия плет до 18.04.", ["deadline"]),
    ("bg", _HEDGE, "Ако завали, пак ще засадим живия плет до 18.04 при всякакво време.", ["deadline"]),
    ("bg", _HEDGE, "Каквото и да стане, ако вали, ще засадим живия плет до 18.04.", ["deadline"]),
    ("bg", _DRY, "Ще асфалтираме пътеката на 09.05.", ["deadline"]),
    ("ru", _LAWN, "Укладку газона закончим до 18.04.", ["deadline"]),
    ("ru", _LAWN, "Если пойдёт дождь, газон всё равно уложим до 18.04, какой бы ни была погода.", ["deadline"]),
    # … kept in other words
    ("bg", _HEDGE, "Ако времето позволи, ще засадим живия плет до 18.04.", []),
    ("bg", _HEDGE, "При сухо време живият плет ще е засаден до 18.04.", []),
    ("bg", _DRY, "Ако не вали, ще асфалтираме пътеката на 09.05.", []),
    ("ru", _LAWN, "Если погода позволит, газон уложим до 18.04.", []),
    ("ru", _LAWN, "При хорошей погоде газон уложим до 18.04.", []),
    # the weather at hand, told as the reason, is no condition on the new date
    ("bg", _SUCH_WEATHER, "Ще летим на 10.05.", []),
    ("ru", _SUCH_WEATHER_RU, "Полёт состоится 10.05.", []),
])
def test_a_promise_held_by_the_weather_made_unconditional_is_new(lang, draft, reply, new):
    assert promised_anew(lang, draft, reply) == new


# Issue 10, item 4: a Bulgarian reply with words of Russian, Macedonian or Serbian spelled in letters Bulgarian has too.
_KEYS_DRAFT = (
    "Уважаема госпожо Тодорова,\nДубликатът на ключа за пощенската кутия ще бъде изработен до 22.09. Поднасяме извинения "
    "за забавянето.\nС уважение,\nКлючарско ателие „Зъбец“"
)
_KEYS_OPENING = "Здравейте, госпожо Тодорова,\n\nИзвиняваме се за забавянето. "
_KEYS_CLOSING = "\n\nПоздрави,\nКлючарско ателие „Зъбец“"


@pytest.mark.parametrize("body, word", [
    ("Сожалеем, но дубликатът на ключа ще е готов чак до 22.09.", "Сожалеем"),
    ("Дубликатът на ключа ще е готов до 22.09 — всегда държим на сроковете.", "всегда"),
    ("Ви благодариме за търпението: дубликатът на ключа ще е готов до 22.09.", "благодариме"),
    ("Нажалост, дубликатът на ключа ще е готов чак до 22.09.", "Нажалост"),
    ("Дубликатът на ключа ще е готов до 22.09. Ако имате въпроси, можете ни позвъни, молимо.", "молимо"),
])
def test_a_russian_macedonian_or_serbian_word_in_a_bulgarian_reply_is_foreign(body, word):
    reply = _KEYS_OPENING + body + _KEYS_CLOSING
    assert word in problems_with("bg", _KEYS_DRAFT, reply).get("language_wrong", ())


@pytest.mark.parametrize("body", [
    # the Bulgarian words nearest to them
    "За съжаление дубликатът на ключа ще е готов чак до 22.09. Моля да ни извините.",
    "Благодарим Ви за търпението: винаги държим на сроковете, а дубликатът ще е готов до 22.09.",
    "Дубликатът на ключа ще е готов до 22.09; вчера в течение на деня приключихме с поръчките отпреди.",
])
def test_the_nearest_bulgarian_words_are_not_foreign(body):
    reply = _KEYS_OPENING + body + _KEYS_CLOSING
    assert "language_wrong" not in problems_with("bg", _KEYS_DRAFT, reply)


