"""A token pattern's written-out code finds what the interpreted search finds, span for span."""
from __future__ import annotations

import pickle

import pytest

from rewriter.nlp import language_tools
from rewriter.normalize import fold_case
from rewriter.pattern_code import matcher_for
from rewriter.patterns import _match, compile_pattern

_TEXTS = (
    "была допущена ошибка в связи с задержкой",
    "допущена ошибка, в связях с банками была допущена досадная ошибка",
    "мы осуществим бесплатную быструю доставку в связи с переездом",
    "ошибка",
    "в связи",
)
_SOURCES = (
    "в связь с|со",  # one key per slot, several in the last
    "быть? допустить{PRTS} ошибка",  # an optional slot before a slot tested by its grammemes
    "быть? [ допустить{PRTS} ] *2 ошибка|задержка",  # a marker, a gap
    "осуществить *2 доставка в? связь? с",  # a gap, then optional slots that the match may end without
    "в? связь|связи? с",  # the start is optional
    "=ошибка",
)


def _words(text: str) -> list:
    tools = language_tools("ru")
    tokens = [t for t in tools.nlp.make_doc(text) if not (t.is_punct or t.is_space)]
    return [tools.morphology.analyze(fold_case(t.text)) for t in tokens]


@pytest.mark.parametrize("source", _SOURCES)
def test_the_code_finds_the_interpreters_span_at_every_start(source):
    pattern = compile_pattern(source, has_grammemes=True)
    written = matcher_for(pattern.program)
    assert written is not None
    found = []
    for text in _TEXTS:
        words = _words(text)
        for start in range(len(words) + 1):
            expected = _match(pattern.slots, 0, words, start, None)
            assert written(words, start) == expected, (text, start)
            found.append(expected)
    assert any(found), "each pattern matches somewhere, so a broken written-out search would show"


def test_a_pickled_pattern_keeps_its_code_and_finds_the_same():
    pattern = compile_pattern("быть? [ допустить{PRTS} ] *2 ошибка", has_grammemes=True)
    loaded = pickle.loads(pickle.dumps(pattern))
    words = _words("была допущена досадная ошибка")
    assert isinstance(loaded.program.code, bytes)
    assert loaded.match_at(words, 0) == pattern.match_at(words, 0) == (0, 3)
    assert loaded.marked(words, 0, 3) == (1, 1)


def test_patterns_of_one_shape_share_their_code():
    first = compile_pattern("в связь с", has_grammemes=True)
    second = compile_pattern("по причина у", has_grammemes=True)
    assert first.program.code is second.program.code
    assert first.program.values != second.program.values
