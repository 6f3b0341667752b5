"""The words pass gives the same sentences whether a text's pieces come from memory or from spaCy."""
from __future__ import annotations

import pytest

from rewriter.nlp import language_tools
from rewriter.sentences import split_sentences

# Pieces first met apart, then side by side, where spaCy's special cases of several tokens
# («в т.ч.», «гл. науч. сотр.») may join or split tokens across them.
TEXTS = [
    ("ru", ["Сумма в доставку.", "т.ч. доставку.", "Сумма в т.ч. доставку."]),
    ("ru", ["Ответит гл. врач", "науч. сотр. Иванов", "Ответит гл. науч. сотр. Иванов"]),
    ("ru", ["  Здравствуйте! Ждём", "ответ.\n\nС уважением", "  Здравствуйте! Ждём ответ.\n\nС уважением"]),
    ("bg", ["Книги и тетрадки", "под. всичко", "Книги и под. всичко"]),
]


def _layout(tools, text):
    return [(s.start, s.end, s.forms, s.spans) for s in split_sentences(tools, text)]


@pytest.mark.parametrize(("lang", "texts"), TEXTS)
def test_a_text_of_remembered_pieces_splits_as_spacy_splits_it(lang, texts, monkeypatch):
    tools = language_tools(lang)
    expected = []
    for text in texts:  # each text's pieces new: spaCy tokenizes it
        monkeypatch.setattr(tools, "pieces", {})
        expected.append(_layout(tools, text))
    monkeypatch.setattr(tools, "pieces", {})
    for text in texts:
        split_sentences(tools, text)
    assert [_layout(tools, text) for text in texts] == expected


def test_a_text_whose_pieces_are_all_known_is_not_tokenized_again(monkeypatch):
    tools = language_tools("ru")
    text = "Здравствуйте! Деньги вернём завтра."
    first = _layout(tools, text)
    monkeypatch.setattr(tools, "nlp", None)  # any call to spaCy would fail now
    assert _layout(tools, text) == first
