"""Guard set 33's Russian false acceptances as classes, in other domains: a refund promised under a condition the
draft names no refund for («если не успеем, вернём их»), the money said first and given back by a pronoun; a condition
of the draft («при отсутствии…», «в противном случае») made unconditional («при любой погоде», «в любом случае»)."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew

_PAID = "Оплаченные 3 200 руб. зачтены в счёт заказа. Если букет не будет готов к 10.05, позвоните нам."
_WEATHER = "При отсутствии сильного ветра экскурсия на катере состоится 21.08; в противном случае гид сообщит новую дату."


@pytest.mark.parametrize("draft, reply, new", [
    # a new refund under a condition, the money given back by a pronoun
    (_PAID, "Оплаченные 3 200 руб. зачтены в счёт заказа, а если букет опоздает, вернём их вам полностью.", ["refund"]),
    (_PAID, "Если мы не соберём букет к 10.05, предоплату вернём её целиком.", ["refund"]),
    (_PAID, "Оплаченные 3 200 руб. зачтены в счёт заказа, а букет мы вернём его вам к 10.05.", ["deadline"]),
    (_PAID, "Оплаченные 3 200 руб. зачтены в счёт заказа. Если букет не будет готов к 10.05, позвоните нам.", []),
    ("Если букет не будет готов к 10.05, мы вернём вам 3 200 руб.",
     "Оплаченные 3 200 руб. зачтены, а если букет к 10.05 не будет готов, вернём их.", []),
    # a condition of the draft made unconditional
    (_WEATHER, "Экскурсия на катере состоится 21.08 при любой погоде.", ["deadline"]),
    (_WEATHER, "Если ветер будет сильным, экскурсия всё равно состоится 21.08 — в любую погоду.", ["deadline"]),
    (_WEATHER, "Даже если поднимется ветер, экскурсия в любом случае состоится 21.08.", ["deadline"]),
    (_WEATHER, "Если не будет сильного ветра, экскурсия на катере состоится 21.08, иначе гид назовёт новую дату.", []),
    (_WEATHER, "При отсутствии ветра катер выйдет 21.08; в противном случае гид сообщит новую дату.", []),
    ("Если в мастерской будут запчасти, ремонт закончат к 03.11.", "Ремонт закончим к 03.11 независимо от запчастей.",
     ["deadline"]),
])
def test_a_condition_added_to_a_new_promise_or_dropped_from_the_drafts_is_new(draft, reply, new):
    assert promised_anew("ru", draft, reply) == new


def _letter(body: str) -> str:
    return f"Здравствуйте, Мария!\n\n{body}\n\nС уважением, прокат «Волна»"


_STEPS = (
    "Приносим извинения: катамаран, забронированный на 05.07, сломался. Мы перенесли прокат на 12.07 без доплаты. "
    "Если эта дата вам не подходит, просим сообщить администратору по телефону 8 800 700-11-22 не позднее 08.07."
)
CLOSED_DRAFT = _letter(f"{_STEPS} Благодарим за понимание.")
_TOLD = (
    "Простите нас: катамаран на 05.07 сломался, и прокат мы перенесли на 12.07 — доплачивать не нужно. "
)


@pytest.mark.parametrize("reply, dropped", [
    # the letter cut short on the draft's step before its closing
    (_letter(f"{_TOLD}Если 12.07 вам не подходит, сообщите администратору по телефону 8 800 700-11-22 не позднее 08.07."),
     True),
    (_letter(f"{_TOLD}Не сможете 12.07 — пожалуйста, сообщите администратору по телефону 8 800 700-11-22 до 08.07."),
     True),
    # … or closing after it, in its words or in others
    (_letter(f"{_TOLD}Если 12.07 вам не подходит, сообщите администратору по телефону 8 800 700-11-22 не позднее 08.07. "
             "Спасибо за понимание!"), False),
    (_letter(f"{_TOLD}Если 12.07 вам не подходит, сообщите администратору по телефону 8 800 700-11-22 не позднее 08.07. "
             "Хорошего вам отдыха на воде!"), False),
])
def test_a_reply_cut_short_before_the_drafts_closing_drops_it(reply, dropped):
    assert ("closing" in problems_with("ru", CLOSED_DRAFT, reply).get("parts_missing", ())) is dropped


HEAVY_DRAFT = (
    "Уважаемый Павел!\n\nИнформируем Вас о том, что вместо 12 коробок плитки было доставлено 9 коробок. Недопоставка "
    "произошла вследствие ошибки при комплектации, в результате которой 3 коробки были отгружены другому покупателю. "
    "Недостающие коробки будут доставлены 14.03 без взимания платы. По вопросам доставки обращайтесь по тел. "
    "8 800 333-44-55. Благодарим за сотрудничество.\n\nМагазин «Кафель»"
)
_HEAVY_ACCOUNT = (
    "Простите нас: мы привезли 9 коробок плитки вместо 12. Из-за ошибки при комплектации 3 коробки уехали к другому "
    "покупателю."
)


@pytest.mark.parametrize("rest, better", [
    # two mild formulas of a heavy draft kept word for word, the fault rewritten
    ("Оставшиеся коробки привезём 14.03, за доставку платить не нужно. По вопросам доставки звоните: 8 800 333-44-55. "
     "Благодарим за сотрудничество!", True),
    # three kept: the officialese stays
    ("Оставшиеся коробки привезём 14.03 без взимания платы. По вопросам доставки звоните: 8 800 333-44-55. "
     "Благодарим за сотрудничество!", False),
])
def test_a_heavy_draft_rewritten_with_two_mild_formulas_kept_is_better(rest, better):
    reply = f"Здравствуйте, Павел!\n\n{_HEAVY_ACCOUNT} {rest}\n\nМагазин «Кафель»"
    assert ("not_better" not in problems_with("ru", HEAVY_DRAFT, reply)) is better
