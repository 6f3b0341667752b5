"""Round 49's judged-bad offline changes, by class, on whole replies in new wordings: each rewrite is
idempotent and keeps its facts."""
from __future__ import annotations

import pytest

from rewriter import Config, Rewriter

REWRITER = Rewriter(Config(required_parts=()))

CASES = [
    # thanks made stronger by an adverb of degree take «большое», never «очень спасибо»
    ("ru", "Очень благодарим вас за обратную связь! Шторы перешьём до 12 марта.",
     "Большое спасибо, что написали! Шторы перешьём до 12 марта."),
    # «в штатном режиме» beside a passive of work done names a procedure: it stays
    ("ru", "Поверка счётчиков выполнялась инженером в штатном режиме. Акт пришлём до 3 мая.",
     "Поверка счётчиков выполнялась инженером в штатном режиме. Акт пришлём до 3 мая."),
    # a reply that sends the reader to another body which may pay keeps its passive, not «мы перечислим»
    ("ru", "Субсидия будет перечислена после проверки справок. По вопросам расчёта обращайтесь в МФЦ района.",
     "Субсидия будет перечислена после проверки справок. По поводу расчёта обращайтесь в МФЦ района."),
    # a check before a finding is «след», not «според … е установено»
    ("bg", "Въз основа на извършен преглед на уреда е установено, че моторът е изгорял. Ще сменим уреда.",
     "След преглед на уреда установихме, че моторът е изгорял. Ще сменим уреда."),
]


@pytest.mark.parametrize("lang, draft, expected", CASES, ids=[c[1][:30] for c in CASES])
def test_round49_class_rewrites_as_an_editor_wants(lang, draft, expected):
    result = REWRITER.rewrite(draft, lang).text
    assert result == expected
    assert REWRITER.rewrite(result, lang).text == result
