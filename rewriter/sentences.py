"""The words pass: a masked text as sentences of words, with their analyses and offsets.

Only spaCy's tokenizer runs. What a token's text is (its length, whether it is a word, punctuation,
space or a mark that ends a sentence, and its analysis) is learned once per token text, as spaCy
learns its lexemes, so a token costs one dictionary lookup.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import compress
from operator import add, itemgetter
from typing import Any

from .matching import Sentence
from .morphology import WordAnalysis
from .nlp import LanguageTools

_MAX_CACHED_TOKENS = 500_000
# A token text's kind, as bits; 0 is a word.
_PUNCT, _SPACE, _END = 1, 2, 4


@lru_cache(maxsize=1)
def _token_columns() -> list[int]:
    """spaCy's ORTH and IDX, imported on first use: importing the package needs no spaCy, so a gate
    that asks a running service never loads it."""
    from spacy.attrs import IDX, ORTH

    return [ORTH, IDX]


def split_sentences(tools: LanguageTools, masked: str) -> list[Sentence]:
    """Sentences as words (punctuation and spaces left out) with their analyses and offsets.

    A sentence ends where spaCy's sentencizer ends it: at the first token after a `.`, `!`, `?`
    (or the like) that is neither punctuation nor such a mark.

    Most tokens are plain words inside a sentence: their analyses, forms and spans are gathered for
    all tokens at once (`map`, no Python step per token), and only the other tokens (punctuation,
    spaces, sentence ends) and the first word after a sentence end are looked at one by one.
    """
    known = tools.analyses
    with tools.lock:
        doc = tools.nlp.tokenizer(masked)
    columns = doc.to_array(_token_columns())
    orths, starts = columns[:, 0].tolist(), columns[:, 1].tolist()
    tokens: list[Any] = list(map(known.get, orths))
    if None in tokens:
        tokens = [token or known.get(orth) or _learn_token(tools, doc.vocab[orth]) for token, orth in zip(tokens, orths, strict=True)]
    kinds = list(map(_KIND, tokens))
    all_words, all_forms = list(map(_WORD, tokens)), list(map(_FORM, tokens))
    all_spans = list(zip(starts, map(add, starts, map(_LENGTH, tokens)), strict=True))
    pass_ = _WordsPass(tools, masked)
    plain_from = 0  # the first token of the current run of plain words
    for position in [*compress(range(len(kinds)), kinds), len(kinds)]:
        if plain_from < position and pass_.after_end:
            pass_.token(plain_from, 0, starts, all_words, all_forms, all_spans)
            plain_from += 1
        if plain_from < position:
            if not pass_.words:
                pass_.start = starts[plain_from]
            pass_.words += all_words[plain_from:position]
            pass_.forms += all_forms[plain_from:position]
            pass_.spans += all_spans[plain_from:position]
        if position < len(kinds):
            pass_.token(position, kinds[position], starts, all_words, all_forms, all_spans)
        plain_from = position + 1
    if pass_.words or not pass_.sentences:
        pass_.end_sentence(len(masked))
    return pass_.sentences


_LENGTH, _KIND, _WORD, _FORM = (itemgetter(i) for i in range(4))


class _WordsPass:
    """The sentences found so far and the words of the one being read."""

    __slots__ = ("tools", "masked", "sentences", "words", "forms", "spans", "start", "after_end")

    def __init__(self, tools: LanguageTools, masked: str) -> None:
        self.tools, self.masked = tools, masked
        self.sentences: list[Sentence] = []
        self.words: list[WordAnalysis] = []
        self.forms: list[str] = []
        self.spans: list[tuple[int, int]] = []
        self.start = 0
        self.after_end = False

    def end_sentence(self, end: int) -> None:
        self.sentences.append(_sentence(self.start, end, self.words, self.spans, self.forms, self.tools))
        self.words, self.spans, self.forms = [], [], []

    def token(self, i: int, kind: int, starts: list[int], words: list, forms: list, spans: list) -> None:
        """A token that is not a plain word within a sentence."""
        idx = starts[i]
        if kind & _END:
            self.after_end = True
        elif self.after_end and not kind & _PUNCT:
            self.after_end = False
            if self.words:
                self.end_sentence(idx)
        if not self.words:
            self.start = idx
        if kind & _SPACE:
            length = spans[i][1] - idx
            # A blank line ends a sentence too: the greeting «Уважаемый Андрей,» is not part of the next one.
            # A single line break does not: mail is often wrapped in the middle of a sentence.
            if self.masked.count("\n", idx, idx + length) >= 2:
                if self.words:
                    self.end_sentence(idx)
                return
        if kind & (_PUNCT | _SPACE):
            return
        self.words.append(words[i])  # a sentence-ending mark that is not punctuation is a word too
        self.forms.append(forms[i])
        self.spans.append(spans[i])


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


def _learn_token(tools: LanguageTools, lexeme: Any) -> tuple[int, int, Any, Any]:
    """(length, kind, its WordAnalysis and form if a word, else None) of a token text met for the first time."""
    known = tools.analyses
    if len(known) >= _MAX_CACHED_TOKENS:
        known.clear()
    text = lexeme.orth_
    kind = (_PUNCT if lexeme.is_punct else 0) | (_SPACE if lexeme.is_space else 0)
    kind |= _END if lexeme.orth in tools.sentence_ends else 0
    word = None if kind & (_PUNCT | _SPACE) else tools.morphology.analyze_token(text)
    token = known[lexeme.orth] = (len(text), kind, word, None if word is None else word.form)
    return token
