"""The words pass: a masked text as sentences of words, with their analyses and offsets.

Only spaCy's tokenizer runs. What a token's text is (its length, whether it is a word, punctuation,
space or a mark that ends a sentence, and its analysis) is learned once per token text, as spaCy
learns its lexemes, so a token costs one dictionary lookup. spaCy tokenizes each run of non-space
characters alone and then looks across them only for its special cases of several tokens («в т.ч.»),
so each such piece's tokens are remembered too, and a text whose pieces are all known, none two side
by side that a special case could join, is not tokenized again: its tokens are the same. Of a text
with new pieces, only those are tokenized (side by side, in one call), under the same condition.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import Any

from .matching import Sentence
from .morphology import WordAnalysis
from .nlp import LanguageTools

_MAX_CACHED_TOKENS = 500_000
_MAX_CACHED_PIECES = 500_000
_MAX_CACHED_PARAGRAPHS = 20_000
_MAX_NOTED_PARAGRAPHS = 200_000
# The end of a paragraph: spaces holding a blank line, to the next character that is not a space. A blank
# line ends every sentence, so what a paragraph splits into depends on its text and on what the one before
# it left pending alone (see State).
_PARAGRAPH_END = re.compile(r"\n\s*\n\s*")
# What a paragraph leaves pending for the next: whether a mark that ends a sentence was seen and the next
# word is still to say whether it does, and whether it is a unit's (or date's) or a Latin capital's full stop.
State = tuple[bool, bool, bool]
_FRESH: State = (False, False, False)
# A piece of text: a run of non-space characters with the spaces after it (spaCy tokenizes each run alone).
_PIECE = re.compile(r"\S+\s*")
_LEADING_SPACE = re.compile(r"\s+")
# A token text's kind, as bits; 0 is a word. _UNIT: a unit abbreviation spaCy keeps with its full stop («г.»).
_PUNCT, _SPACE, _END, _UNIT = 1, 2, 4, 8
# _LETTER: a Latin capital with its full stop, one token to spaCy («размер L.»): a size, a grade, a block,
# which ends a sentence before a Cyrillic capital; a Latin initial goes on with its Latin name («J. Smith»).
_LETTER = 16
_LATIN_LETTER = re.compile(r"[A-Z]\.")


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
    After a Latin capital's full stop, also one word to spaCy, it ends only before a Cyrillic capital:
    «изпратен е размер L. Грешката…» ends, «J. Smith» goes on.

    A blank line ends every sentence, so a text is split paragraph by paragraph, each paragraph's sentences
    remembered by its text and what the one before left pending: a text seen before, or one whose agent edits
    one paragraph, splits only its new paragraphs.
    """
    known = tools.paragraphs
    sentences: list[Sentence] = []
    state = _FRESH
    for at, end in _paragraphs(masked):
        alone = end == len(masked) and not sentences
        key = (masked[at:end], state, alone)
        found = known.get(key)
        if found is None:
            found = _split_paragraph(tools, masked, at, end, state, alone)
            if found is None:
                return _as_one_paragraph(tools, masked)
            _remember_paragraph(tools, key, found)
        base, own, state = found
        sentences += own if base == at else [_moved(sentence, at - base) for sentence in own]
    return sentences


def _remember_paragraph(tools: LanguageTools, key: tuple[str, State, bool], found: Any) -> None:
    """Keep a paragraph's sentences the second time it is split: most paragraphs of a batch are met once, and
    their sentences kept would double what a lint keeps in memory (a reply is checked again as it is written,
    and greetings and sign-offs recur: those are kept). The first time, only the key's hash is noted."""
    seen, known = tools.paragraphs_seen, tools.paragraphs
    number = hash(key)
    if number not in seen:
        if len(seen) >= _MAX_NOTED_PARAGRAPHS:
            seen.clear()
        seen.add(number)
        return
    if len(known) >= _MAX_CACHED_PARAGRAPHS:
        known.clear()
    known[key] = found


def _as_one_paragraph(tools: LanguageTools, masked: str) -> list[Sentence]:
    """The text's sentences split as one paragraph, remembered nowhere: for a text in which a sentence runs
    on past a blank line (spaCy would have to split its spaces)."""
    found = _split_paragraph(tools, masked, 0, len(masked), _FRESH, True)
    return list(found[1]) if found else []


def _paragraphs(masked: str) -> list[tuple[int, int]]:
    """The (start, end) of each paragraph: up to the end of the spaces that hold a blank line."""
    bounds, at = [], 0
    for found in _PARAGRAPH_END.finditer(masked):
        if found.end() < len(masked):
            bounds.append((at, found.end()))
            at = found.end()
    bounds.append((at, len(masked)))
    return bounds


def _split_paragraph(
    tools: LanguageTools, masked: str, at: int, end: int, state: State, alone: bool
) -> tuple[int, tuple[Sentence, ...], State] | None:
    """masked[at:end]'s sentences, starting in `state` (what the paragraph before left pending), with the
    state it leaves: (at, sentences, state). The last paragraph's last sentence ends at the text's end, and
    an empty one stands in when the text has none (`alone`); None when another paragraph follows and a
    sentence runs on past this one's blank line."""
    text = masked[at:end]
    layout = _pieces(tools, text)
    pieces = _remembered(layout, _joining(tools).pairs) if all(layout[1]) else _with_new_pieces(tools, layout)
    if pieces is None:
        pieces = [(0, _tokenized(tools, text, layout))]
    if at:
        pieces = [(at + base, tokens) for base, tokens in pieces]
    sentences: list[Sentence] = []
    words: list[WordAnalysis] = []
    spans: list[tuple[int, int]] = []
    forms: list[str] = []
    start = at
    after_end, soft, letter = state
    # soft: the end seen is a unit's or a date's full stop: it holds only before a capital letter
    # letter: the end seen is a Latin capital's full stop: it holds only before a Cyrillic capital
    for base, tokens in pieces:
        for offset, (length, kind, word, form) in tokens:
            idx = base + offset
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
                    soft = bool(forms) and masked[idx : idx + length] == "." and _unit_or_number(forms[-1], tools.units)
                    letter = False
                after_end = True
            elif after_end and not kind & _PUNCT and not ((soft or letter) and kind & _SPACE):
                after_end = False
                opens = masked[idx : idx + length]
                held = (soft or letter) and not _capital(opens, tools.polite) or letter and not _cyrillic_capital(opens)
                if words and not held:
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
                letter = False
            elif kind & _LETTER:
                after_end = letter = True
                soft = False
    if words and end < len(masked):
        return None
    if words or (alone and not sentences):
        sentences.append(_sentence(start, end, words, spans, forms, tools))
    return at, tuple(sentences), (after_end, soft, letter)


def _moved(sentence: Sentence, by: int) -> Sentence:
    """The sentence of a paragraph remembered at another place in its text, `by` characters further on."""
    moved = object.__new__(Sentence)
    moved.__dict__.update({
        **sentence.__dict__, "start": sentence.start + by, "end": sentence.end + by,
        "spans": tuple([(first + by, last + by) for first, last in sentence.spans]),
    })
    return moved


# Where a text's pieces start, what is remembered of each (None when new) and their texts.
Layout = tuple[list[int], list[Any], list[Any]]


def _pieces(tools: LanguageTools, masked: str) -> Layout:
    """The text's pieces: spaCy's tokenizer works on each run of non-space characters alone (the
    first space after it is no token), then retokenizes the whole text by its special cases."""
    pieces = tools.pieces
    keys: list[Any] = []
    lead = 0
    if masked[:1].isspace():
        spaces = _LEADING_SPACE.match(masked).group()  # type: ignore[union-attr]
        keys.append(("", spaces))  # spaces at the start are a token
        lead = len(spaces)
    texts = _PIECE.findall(masked, lead)
    # the pieces lie side by side from the first non-space to the end: each starts where the one before ends
    starts = [0] if lead else []
    starts += accumulate(map(len, texts), initial=lead)
    starts.pop()  # where the text ends
    keys += texts
    return starts, [pieces.get(key) for key in keys], keys


def _remembered(layout: Layout, pairs: frozenset[tuple[str, str]]) -> list[tuple[int, Any]] | None:
    """The pieces of a text whose pieces are all remembered, as (start, its tokens by offset within
    it), or None when two pieces side by side may join into one of spaCy's special cases."""
    starts, known, _ = layout
    found: list[tuple[int, Any]] = []
    last = None
    for base, (own, first, end) in zip(starts, known, strict=True):
        if last is not None and first is not None and _may_join(last, first, pairs):  # most edges join nothing
            return None
        last = end
        found.append((base, own))
    return found


def _may_join(last: Any, first: Any, pairs: frozenset[tuple[str, str]]) -> bool:
    """Whether a piece ending in `last` and the next one starting with `first` may be joined by a
    special case (`_ANY`: a piece a special case retokenized, which may join any neighbour)."""
    return last is not None and first is not None and (last is _ANY or first is _ANY or (last, first) in pairs)


def _with_new_pieces(tools: LanguageTools, layout: Layout) -> list[tuple[int, Any]] | None:
    """The pieces of a text some of whose pieces are new, only the new ones tokenized (one call to spaCy
    for all of them, side by side), each new one remembered; None, remembering nothing, when two pieces
    side by side, in the text or in that call, may join into one of spaCy's special cases, or the new
    piece is the spaces that open the text."""
    starts, known, keys = layout
    new = [number for number, piece in enumerate(known) if piece is None]
    texts = [keys[number] for number in new]
    if not isinstance(texts[0], str):  # the spaces at the text's start: no piece of its own to spaCy
        return None
    joined = "".join(texts)
    bounds = [0, *accumulate(map(len, texts))]
    learned = _pieces_of(tools, joined, _tokens(tools, joined), list(zip(bounds, bounds[1:], strict=False)))
    pairs = _joining(tools).pairs
    if any(_may_join(last, first, pairs) for (_, _, last), (_, first, _) in zip(learned, learned[1:], strict=False)):
        return None
    every = list(known)
    for number, piece in zip(new, learned, strict=True):
        every[number] = piece
    found = _remembered((starts, every, keys), pairs)
    if found is not None:
        _remember_pieces(tools, list(zip(texts, learned, strict=True)))
    return found


def _tokenized(tools: LanguageTools, masked: str, layout: Layout) -> list[tuple[int, tuple[int, int, Any, Any]]]:
    """The text's tokens from spaCy's tokenizer; each new piece is remembered with its tokens, unless
    two pieces side by side may have been joined or split by one of spaCy's special cases. Every
    piece's edges are read from these tokens, known pieces' too: a special case that starts in a known
    piece («и » of «и под.») takes the next piece's tokens into its own."""
    tokens = _tokens(tools, masked)
    starts, known, keys = layout
    every = _pieces_of(tools, masked, tokens, list(zip(starts, [*starts[1:], len(masked)], strict=True)))
    pairs = _joining(tools).pairs
    if not any(_may_join(last, first, pairs) for (_, _, last), (_, first, _) in zip(every, every[1:], strict=False)):
        _remember_pieces(tools, [(key, piece) for key, old, piece in zip(keys, known, every, strict=True) if old is None])
    return tokens


def _tokens(tools: LanguageTools, text: str) -> list[tuple[int, tuple[int, int, Any, Any]]]:
    """spaCy's tokens of the text, each as (offset, what its token text is); new token texts are learned."""
    known = tools.analyses
    with tools.lock:
        doc = tools.nlp.tokenizer(text)
    columns = doc.to_array(_token_columns())
    tokens = []
    for orth, idx in zip(columns[:, 0].tolist(), columns[:, 1].tolist(), strict=True):
        token = known.get(orth)
        if token is None:
            token = _learn_token(tools, doc.vocab[orth])
        tokens.append((idx, token))
    return tokens


def _pieces_of(tools: LanguageTools, text: str, tokens: list[Any], bounds: list[tuple[int, int]]) -> list[Any]:
    """The pieces of the text within these (start, end) bounds: each one's tokens by their offsets within
    it, and whether a special case of several tokens may join its first or last token to a neighbour's
    (`_ANY` when one did: its tokens spell a special case, or it has none left)."""
    joining = _joining(tools)
    offsets = [idx for idx, _ in tokens]
    found = []
    for start, end in bounds:
        own = tokens[bisect_left(offsets, start):bisect_left(offsets, end)]
        texts = [text[idx:idx + token[0]] for idx, token in own]
        if not own or joining.retokenized(texts):  # no tokens: a special case took them into a neighbour's
            first = last = _ANY
        else:
            first = texts[0] if texts[0] in joining.seconds else None
            last = texts[-1] if texts[-1] in joining.firsts else None
        found.append((tuple((idx - start, token) for idx, token in own), first, last))
    return found


def _remember_pieces(tools: LanguageTools, new: list[tuple[Any, Any]]) -> None:
    """File each new piece under its own string."""
    pieces = tools.pieces
    if len(pieces) >= _MAX_CACHED_PIECES:
        pieces.clear()
    pieces.update(new)


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


def _cyrillic_capital(text: str) -> bool:
    return "\u0400" <= text[:1] <= "\u042f"


def _learn_token(tools: LanguageTools, lexeme: Any) -> tuple[int, int, Any, Any]:
    """(length, kind, its WordAnalysis and form if a word, else None) of a token text met for the first time."""
    known = tools.analyses
    if len(known) >= _MAX_CACHED_TOKENS:
        known.clear()
    text = lexeme.orth_
    kind = (_PUNCT if lexeme.is_punct else 0) | (_SPACE if lexeme.is_space else 0)
    kind |= _END if lexeme.orth in tools.sentence_ends else 0
    kind |= _UNIT if text[-1:] == "." and len(text) > 1 and text[:-1].lower() in tools.units else 0
    kind |= _LETTER if _LATIN_LETTER.fullmatch(text) else 0
    word = None if kind & (_PUNCT | _SPACE) else tools.morphology.analyze_token(text)
    token = known[lexeme.orth] = (len(text), kind, word, None if word is None else word.form)
    return token


# An edge of a piece whose tokens a special case may have joined or split: it may join any neighbour.
_ANY = object()


@dataclass(frozen=True)
class _Joining:
    """What may let spaCy's special cases join or split tokens across pieces: the pairs of tokens
    side by side in a special case of several tokens (as spaCy's tokenizer splits it without special
    cases), the first and second of such pairs, and every special case's text."""

    pairs: frozenset[tuple[str, str]]
    firsts: frozenset[str]
    seconds: frozenset[str]
    specials: frozenset[str]
    longest: int

    def retokenized(self, texts: list[str]) -> bool:
        """Whether tokens side by side in one piece spell a special case, which spaCy may have put
        in place of the tokens it split the piece into."""
        specials = self.specials
        if len(texts) == 1:  # most pieces: one token, which spells a special case or not
            return texts[0] in specials
        for begin in range(len(texts)):
            joined = ""
            for text in texts[begin:]:
                joined += text
                if len(joined) > self.longest:
                    break
                if joined in specials:
                    return True
        return False


def _joining(tools: LanguageTools) -> _Joining:
    if tools.joining is None:
        from spacy.attrs import ORTH

        tokenizer = tools.nlp.tokenizer
        plain = type(tokenizer)(  # the same tokenizer without special cases
            tokenizer.vocab,
            prefix_search=tokenizer.prefix_search,
            suffix_search=tokenizer.suffix_search,
            infix_finditer=tokenizer.infix_finditer,
            token_match=tokenizer.token_match,
            url_match=tokenizer.url_match,
        )
        split = {text: [t.text for t in plain(text)] for text in tokenizer.rules}
        pairs = {pair for tokens in split.values() for pair in zip(tokens, tokens[1:], strict=False)}
        # a special case spelled by the tokens spaCy splits it into without special cases changes nothing
        specials = {text for text, tokens in split.items() if tokens != [t[ORTH] for t in tokenizer.rules[text]]}
        tools.joining = _Joining(
            frozenset(pairs),
            frozenset(a for a, _ in pairs),
            frozenset(b for _, b in pairs),
            frozenset(specials),
            max(map(len, specials), default=0),
        )
    return tools.joining
