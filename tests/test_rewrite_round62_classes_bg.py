"""Round 62's Bulgarian classes on whole sentences in new wordings and other trades: what a thing is trained on or
made from is done „по“ it, never „според“ (round 62's judged-unnatural change); a firm's „е извършило“ a check is
„е направило“ it; thanks for using the services of „дружеството“ go whole where another closing stays, and become a
plain „Благодарим Ви.“ where they are the only one; a sender in the third person after the reader's letter („Във
връзка с Вашето писмо …, X Ви уведомява за следното.“) answers it: „X отговаря на Вашето писмо …“, and a letter's frame before a colon over the news below goes whole
as before a full stop. Each beside an innocent neighbour that keeps its wording (or its old
rewrite). Every rewrite is idempotent."""
from __future__ import annotations

import pytest

from rewriter import Config, Rewriter

REWRITER = Rewriter(Config(required_parts=()))

CASES = [
    # trained on or made from: „по“, in any form of the participle
    ("Навигацията използва модел, обучен въз основа на маршрутите на шофьорите ни.",
     "Навигацията използва модел, обучен по маршрутите на шофьорите ни."),
    ("Менюто е съставено въз основа на сезонните продукти от пазара.",
     "Менюто е съставено по сезонните продукти от пазара."),
    ("Разписанието на влаковете е разработено въз основа на данните от миналата зима.",
     "Разписанието на влаковете е разработено по данните от миналата зима."),
    # neighbour: a sum set on a tariff still takes „според“, as before
    ("Наемът е определен въз основа на площта на склада.",
     "Наемът е определен според площта на склада."),
    # a firm's past act of a check or a measurement: „е направило“
    ("Читалището е извършило инвентаризация на книгите в залата.",
     "Читалището е направило инвентаризация на книгите в залата."),
    # neighbour: a payment or a delivery is carried out, not made
    ("Училището е извършило превоза на децата с нает автобус.",
     "Училището е извършило превоза на децата с нает автобус."),
    # thanks for using the services of „дружеството“: where another closing stays, the formula goes whole …
    ("Бойлерът е подменен.\n\nБлагодарим Ви, че ползвате услугите на дружеството.\n\nХубава вечер!",
     "Бойлерът е подменен.\n\nХубава вечер!"),
    # … and where it is the only closing, it becomes a plain thanks
    ("Бойлерът е подменен.\n\nБлагодарим Ви, че ползвате услугите на дружеството.",
     "Бойлерът е подменен.\n\nБлагодарим Ви."),
    # the sender in the third person, named after the reader's letter and its comma, goes in front and answers it
    ("Във връзка с Вашето писмо относно басейна, Спортен комплекс „Вода“ Ви уведомява за следното.",
     "Спортен комплекс „Вода“ отговаря на Вашето писмо за басейна."),
    ("В отговор на постъпилия сигнал № 7-113 за счупената пейка, Районната администрация Ви информира следното.",
     "Районната администрация отговаря на постъпилия сигнал № 7-113 за счупената пейка."),
    # … and the same frame before a colon over the news in the paragraph below: its sentence ends on a full stop
    ("Във връзка с Вашия сигнал № 12 за осветлението, Кметството Ви уведомява следното:\n\nЛампите са сменени.",
     "Кметството отговаря на Вашия сигнал № 12 за осветлението.\n\nЛампите са сменени."),
    ("По Вашето запитване № 9 за абонамента в залата Ви информираме следното:\n\nКартата е активна.",
     "Отговаряме на Вашето запитване № 9 за абонамента в залата.\n\nКартата е активна."),
    # neighbour: the letter alone, by number and date, keeps the plain verb („Ви отговаряме следното:“), as before
    ("По Вашето запитване № 9 от 12.05.2026 г. Ви информираме следното:\n\nКартата е активна.",
     "По Вашето запитване № 9 от 12.05.2026 г. Ви отговаряме следното:\n\nКартата е активна."),
    # neighbours: no sender named after a comma, or a second ground joined to the letter, and the frame stays
    ("Във връзка с Вашето писмо № 41 Библиотеката Ви уведомява за следното.",
     "По Вашето писмо № 41 Библиотеката Ви уведомява за следното."),
    ("Във връзка с Вашето писмо № 41 и по силата на договора, Библиотеката Ви уведомява за следното.",
     "По Вашето писмо № 41 и според договора, Библиотеката Ви уведомява за следното."),
]


@pytest.mark.parametrize("draft, expected", CASES, ids=[c[0][-40:] for c in CASES])
def test_round62_bg_class_rewrites_as_an_editor_wants(draft, expected):
    result = REWRITER.rewrite(draft, "bg").text
    assert result == expected
    assert REWRITER.rewrite(result, "bg").text == result
