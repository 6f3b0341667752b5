"""A matching view of the input: look-alikes and invisible marks folded, offsets kept.

Rules match on the view; every finding is mapped back to the exact input string,
so `text[start:end]` is always what the user wrote.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

CYRILLIC_FOR_LATIN = str.maketrans("AaBCcEeHKkMOoPpTXxYy", "АаВСсЕеНКкМОоРрТХхУу")
DROPPED = {"\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u0301", "\u0300"}
SPACES = {"\u00a0", "\u202f", "\u2007", "\u2009", "\u200a", "\u3000"}
COMBINING_TO_PRECOMPOSED = {"\u0308", "\u0306"}


@dataclass(frozen=True)
class MatchView:
    """`text` is the folded view; `origin[i]` is the input offset of view character i."""

    text: str
    origin: Sequence[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a view span back to the input; marks folded into the last letter stay inside."""
        return self.origin[start], self.origin[end]


_SURROGATE = re.compile("[\ud800-\udfff]")
_ODD_SPACE = re.compile("[" + "".join(SPACES) + "]")
_NEEDS_REMAPPING = re.compile("[" + "".join(DROPPED | COMBINING_TO_PRECOMPOSED) + "]")
# a Latin letter beside a Cyrillic one; written to start with one class, which the engine scans for fast
_MIXED_PAIR = re.compile(r"[A-Za-z](?:(?<=[\u0400-\u04ff][A-Za-z])|(?=[\u0400-\u04ff]))")
# any character the three folds below act on: most texts hold none, and one search tells
_ANY_TO_FOLD = re.compile("[" + "".join(DROPPED | COMBINING_TO_PRECOMPOSED | SPACES) + "\ud800-\udfff]")
_MIXED_WORD = re.compile(r"\b\w*(?:[A-Za-z][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z])\w*")


def build_view(text: str) -> MatchView:
    """Fold the text for matching; emoji pass through unchanged, and the `\\r` of a `\\r\\n` reads as a space, so a
    rule's line end (`[ \\t]*$`) holds on CRLF text as on LF."""
    view = text
    origin: Sequence[int] = range(len(text) + 1)
    if _ANY_TO_FOLD.search(text):
        if _NEEDS_REMAPPING.search(text):
            view, origin = _drop_and_compose(text)
        if _SURROGATE.search(view):
            # a lone surrogate (a str that came from broken UTF-16 or surrogateescape) cannot be encoded,
            # and the tokenizer encodes: the view holds U+FFFD in its place, one for one
            view = _SURROGATE.sub("\ufffd", view)
        if _ODD_SPACE.search(view):
            view = _ODD_SPACE.sub(" ", view)
    if "\r\n" in view:
        view = view.replace("\r\n", " \n")
    if _MIXED_PAIR.search(view):
        view = _MIXED_WORD.sub(lambda m: m.group().translate(CYRILLIC_FOR_LATIN), view)
    return MatchView(view, origin)


def _drop_and_compose(text: str) -> tuple[str, tuple[int, ...]]:
    """Drop invisible marks and compose `е` + U+0308 into `ё`, remembering where each character came from."""
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        if ch in DROPPED:
            continue
        if ch in COMBINING_TO_PRECOMPOSED and chars:
            composed = unicodedata.normalize("NFC", chars[-1] + ch)
            if len(composed) == 1:
                chars[-1] = composed
                continue
        chars.append(ch)
        origin.append(i)
    origin.append(len(text))
    return "".join(chars), tuple(origin)


def fold_case(word: str) -> str:
    """The form words are compared in: lowercase, `ё` as `е`."""
    return word.lower().replace("ё", "е")
