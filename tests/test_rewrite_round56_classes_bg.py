"""Round 56's ungrammatical Bulgarian frames, by class, on whole replies in new wordings and other trades: a frame
that keeps the sentence's only main clause stays, its innocent neighbour is still rewritten, and every rewrite is
idempotent."""
from __future__ import annotations

import pytest

from rewriter import Config, Rewriter

REWRITER = Rewriter(Config(required_parts=()))

CASES = [
    # a second ground joined to the letter by «и»: without the formula the sentence would keep no main clause, so the
    # formula stays (the plain «по» / «за» for the frame's preposition is still made)
    ("Въз основа на Вашето заявление № 4410 и при огледа на терена Ви уведомяваме, че оградата е поправена.",
     "По Вашето заявление № 4410 и при огледа на терена Ви уведомяваме, че оградата е поправена."),
    ("Във връзка с Вашата поръчка № 77 и след проверка в склада Ви информираме, че креслото е изпратено.",
     "За Вашата поръчка № 77 и след проверка в склада Ви информираме, че креслото е изпратено."),
    ("Относно Вашия имейл от 3 март и след разговора с екскурзовода Ви съобщаваме, че маршрутът е сменен.",
     "За Вашия имейл от 3 март и след разговора с екскурзовода Ви съобщаваме, че маршрутът е сменен."),
    # neighbour: the check told after the news; the frame goes whole
    ("Във връзка с Вашата поръчка № 77 Ви информираме, че креслото е изпратено след проверка в склада.",
     "За Вашата поръчка № 77: креслото е изпратено след проверка в склада."),
    ("По Вашето писмо от 3 май Ви информираме, че пакетът е открит след проверка в склада.",
     "Отговаряме на Вашето писмо от 3 май. Пакетът е открит след проверка в склада."),
    # a fronted phrase whose date's dot ends no sentence: the body's name after it opens no sentence, and stays
    ("Уважаема госпожо Илиева,\n\nПо Вашата молба от 02.10.2026 г. Библиотеката Ви уведомява, че новата дата е 9 октомври.",
     "Уважаема госпожо Илиева,\n\nПо Вашата молба от 02.10.2026 г. Библиотеката Ви уведомява, че новата дата е 9 октомври."),
    # neighbour: a sentence with its own verb ends on the date, and the body's formula after it goes
    ("Уважаема госпожо Илиева,\n\nКурсът беше отложен на 02.10.2026 г. Библиотеката Ви уведомява, че новата дата е 9 октомври.",
     "Уважаема госпожо Илиева,\n\nКурсът беше отложен на 02.10.2026 г. Новата дата е 9 октомври."),
]


@pytest.mark.parametrize("draft, expected", CASES, ids=[c[0][-40:] for c in CASES])
def test_round56_bg_frame_keeps_a_main_clause(draft, expected):
    result = REWRITER.rewrite(draft, "bg").text
    assert result == expected
    assert REWRITER.rewrite(result, "bg").text == result
