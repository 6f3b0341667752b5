"""Tell Russian from Bulgarian on short texts, or say it is neither."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Mapping

from .normalize import fold_case

_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+(?:-[\u0400-\u04ff]+)*")
_FOREIGN_LETTER_SHARE = 0.02
_MIN_KNOWN_SHARE = 0.5


class LanguageError(ValueError):
    """The text is in neither supported language."""


@dataclass(frozen=True)
class LanguageProfile:
    code: str
    alphabet: frozenset[str]
    markers: frozenset[str]
    words: frozenset[str]
    is_known: Callable[[str], bool]


def detect_language(text: str, profiles: Mapping[str, LanguageProfile]) -> str:
    """The code of the language `text` is written in; LanguageError if it is none of them."""
    raw_words = _CYRILLIC_WORD.findall(text.lower())
    words = [fold_case(w) for w in raw_words]
    letters = [c for w in words for c in w if c != "-"]
    if len(letters) < 3:
        raise LanguageError("no Russian or Bulgarian text found (too few Cyrillic letters)")
    known_alphabet = set().union(*(p.alphabet for p in profiles.values()))
    foreign = sum(c not in known_alphabet for c in letters)
    if foreign / len(letters) > _FOREIGN_LETTER_SHARE:
        raise LanguageError("the text is in a Cyrillic language other than Russian or Bulgarian")
    known = {code: [w for w in words if p.is_known(w)] for code, p in profiles.items()}
    scores = {code: _score(raw_words, known, code, p) for code, p in profiles.items()}
    best = max(scores, key=scores.__getitem__)
    if len(known[best]) / len(words) < _MIN_KNOWN_SHARE:
        raise LanguageError("the text does not read as Russian or Bulgarian")
    return best


def _score(raw_words: list[str], known: Mapping[str, list[str]], code: str, profile: LanguageProfile) -> float:
    """Words only this language knows, its own letters and its frequent words, the last two doubled."""
    others = set().union(*(set(k) for c, k in known.items() if c != code))
    only_here = sum(w not in others for w in known[code])
    markers = sum(c in profile.markers for w in raw_words for c in w)
    frequent = sum(fold_case(w) in profile.words for w in raw_words)
    return only_here + 2 * markers + 2 * frequent
