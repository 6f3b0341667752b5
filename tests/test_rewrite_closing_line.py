"""The last sentence before the sign-off is the letter's closing position: a fix may rewrite it, but never
leave a reply that ended on a warm line ending on an apology, a fact or an empathy line instead."""
from __future__ import annotations

import pytest

from rewriter import rewrite


@pytest.mark.parametrize(
    "lang, draft, closing",
    [
        # an apology left last closes nothing
        ("ru", "Здравствуйте!\n\nСчёт № 3318 выставлен повторно. Приносим извинения за путаницу. "
               "Надеемся на дальнейшее сотрудничество.\n\nС уважением,\nОльга",
         "Надеемся и дальше работать вместе."),
        # nor does a line of empathy (and no offer the letter never made stands in for the formula)
        ("ru", "Абонемент продлён до 30 июня. Понимаем, как неприятно было ждать ответа. Ценим Ваш выбор!",
         "Ценим Ваш выбор!"),
        ("bg", "Здравейте!\n\nКоличката е поправена и Ви очаква на рецепцията. Извиняваме се за забавянето. "
               "Надяваме се на бъдещо сътрудничество.\n\nПоздрави,\nИва",
         "Надяваме се на бъдещо сътрудничество."),
        ("bg", "Картата Ви е активирана от 3 март. Съжаляваме, че чакахте толкова. Ценим Ви като наш клиент!",
         "Ценим Ви като наш клиент!"),
    ],
)
def test_the_warm_last_line_is_not_dropped_when_nothing_warm_would_close_the_reply(lang, draft, closing):
    """The formula stays, or the rule's own plain fallback stands in its place; either way it closes the reply."""
    result = rewrite(draft, lang=lang)
    assert closing in result.text
    if closing in draft:
        assert any("warm closing line" in note for note in result.notes)


@pytest.mark.parametrize(
    "lang, draft, fixed",
    [
        # a warm line of its own takes the closing position
        ("ru", "Абонемент продлён до 30 июня. Хорошего вечера! Надеемся на дальнейшее сотрудничество.",
         "Абонемент продлён до 30 июня. Хорошего вечера!"),
        ("bg", "Картата Ви е активирана от 3 март. Приятна вечер! Надяваме се на бъдещо сътрудничество.",
         "Картата Ви е активирана от 3 март. Приятна вечер!"),
    ],
)
def test_the_last_line_goes_where_a_warm_line_is_left_before_it(lang, draft, fixed):
    assert rewrite(draft, lang=lang).text == fixed


def test_a_boilerplate_line_before_the_closing_position_still_goes():
    draft = "Благодарим Ви, че се свързахте с нас. Таксата е върната по сметката Ви. Приятен ден!"
    assert rewrite(draft, lang="bg").text == "Таксата е върната по сметката Ви. Приятен ден!"
