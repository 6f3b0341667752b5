"""The words pass: a masked text as sentences of words, with their analyses and offsets.

Only spaCy's tokenizer runs. What a token's text is (its length, whether it is a word, punctuation,
space or a mark that ends a sentence, and its analysis) is learned once per token text, as spaCy
learns its lexemes, so a token costs one dictionary lookup.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from .matching import Sentence
from .morphology import WordAnalysis
from .nlp import LanguageTools

_MAX_CACHED_TOKENS = 500_000
# A token text's kind, as bits; 0 is a word. _UNIT: a unit abbreviation spaCy keeps with its full stop («г.»).
_PUNCT, _SPACE, _END, _UNIT = 1, 2, 4, 8


@lru_cache(maxsize=1)
def _token_columns() -> list[int]:
    """spaCy's ORTH and IDX, imported on first use: importing the package needs no spaCy, so a gate
    that asks a running service never loads it."""
    from spacy.attrs import IDX, ORTH

    return [ORTH, IDX]


def split_sentences(tools: LanguageTools, masked: str) -> list[Sentence]:
    """Sentences as words (punctuation and spaces left out) with their analyses and offsets.

    A sentence ends where spaCy's sentencizer ends it: at the first token after a `.`, `!`, `?`
    (or the like) that is neither punctuation nor such a mark. After a unit's or a date's full stop
    it ends only before a capital letter: «от 8 куб. м не беше…», «на 31.03., но…» and «от 2025 г.
    Ви уведомяваме…» go on, and «на 05.04.2025 г. Ще…» ends although spaCy keeps «г.» as one word.
    """
    known = tools.analyses
    with tools.lock:
        doc = tools.nlp.tokenizer(masked)
    columns = doc.to_array(_token_columns())
    sentences: list[Sentence] = []
    words: list[WordAnalysis] = []
    spans: list[tuple[int, int]] = []
    forms: list[str] = []
    start = 0
    after_end = False
    soft = False  # the end seen is a unit's or a date's full stop: it holds only before a capital letter
    for orth, idx in zip(columns[:, 0].tolist(), columns[:, 1].tolist(), strict=True):
        token = known.get(orth)
        if token is None:
            token = _learn_token(tools, doc.vocab[orth])
        length, kind, word, form = token
        if not kind and not after_end:
            # a word within a sentence, most tokens: the checks below would pass it straight through
            if not words:
                start = idx
            words.append(word)
            forms.append(form)
            spans.append((idx, idx + length))
            continue
        if kind & _END:
            if not after_end:
                soft = bool(forms) and doc.vocab.strings[orth] == "." and _unit_or_number(forms[-1], tools.units)
            after_end = True
        elif after_end and not kind & _PUNCT and not (soft and kind & _SPACE):
            after_end = False
            if words and not (soft and not _capital(doc.vocab.strings[orth], tools.polite)):
                sentences.append(_sentence(start, idx, words, spans, forms, tools))
                words, spans, forms = [], [], []
        if not words:
            start = idx
        if kind & _SPACE and masked.count("\n", idx, idx + length) >= 2:
            # A blank line ends a sentence too: the greeting «Уважаемый Андрей,» is not part of the next one.
            # A single line break does not: mail is often wrapped in the middle of a sentence.
            if words:
                sentences.append(_sentence(start, idx, words, spans, forms, tools))
                words, spans, forms = [], [], []
            continue
        if kind & (_PUNCT | _SPACE):
            continue
        words.append(word)  # a sentence-ending mark that is not punctuation is a word too
        forms.append(form)
        spans.append((idx, idx + length))
        if kind & _UNIT and len(forms) > 1 and forms[-2][:1].isdigit():
            after_end = soft = True  # «2025 г.» after a number ends a sentence as a full stop would
    if words or not sentences:
        sentences.append(_sentence(start, len(masked), words, spans, forms, tools))
    return sentences


def _sentence(
    start: int, end: int, words: list[WordAnalysis], spans: list[tuple[int, int]], forms: list[str], tools: LanguageTools
) -> Sentence:
    """A Sentence built from all its fields at once: the frozen dataclass's own __init__ sets each
    through object.__setattr__, several times slower, and a reply has a sentence every few words."""
    sentence = object.__new__(Sentence)
    sentence.__dict__.update({
        "start": start, "end": end, "words": tuple(words), "spans": tuple(spans), "seen": tools.seen_sentences,
        "forms": tuple(forms),
    })
    return sentence


def _unit_or_number(form: str, units: frozenset[str]) -> bool:
    """Whether a full stop after this word may be an abbreviation's or a date's («куб.», «31.03.»)."""
    return form in units or form[-1:].isdigit()


def _capital(text: str, polite: frozenset[str]) -> bool:
    """Whether a word after a unit's full stop opens a sentence: a capital letter, not a polite «Ви»."""
    return text[:1].isupper() and text.lower() not in polite


def _learn_token(tools: LanguageTools, lexeme: Any) -> tuple[int, int, Any, Any]:
    """(length, kind, its WordAnalysis and form if a word, else None) of a token text met for the first time."""
    known = tools.analyses
    if len(known) >= _MAX_CACHED_TOKENS:
        known.clear()
    text = lexeme.orth_
    kind = (_PUNCT if lexeme.is_punct else 0) | (_SPACE if lexeme.is_space else 0)
    kind |= _END if lexeme.orth in tools.sentence_ends else 0
    kind |= _UNIT if text[-1:] == "." and len(text) > 1 and text[:-1].lower() in tools.units else 0
    word = None if kind & (_PUNCT | _SPACE) else tools.morphology.analyze_token(text)
    token = known[lexeme.orth] = (len(text), kind, word, None if word is None else word.form)
    return token
