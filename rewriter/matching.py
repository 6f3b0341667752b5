"""Run compiled rule and part patterns over a tokenised text.

Patterns are indexed by the lemma or form their first word must have, so each word only
tries the few patterns that can start on it.
"""
from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from .morphology import WordAnalysis
from .patterns import TokenPattern


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    words: tuple[WordAnalysis, ...]
    spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Match:
    owner: Any
    start: int
    end: int
    sentence: int


class PatternIndex:
    """Token patterns of many owners (rules or part cues), indexed by their first word."""

    def __init__(self, entries: Iterable[tuple[Any, TokenPattern]]) -> None:
        self._anchored: dict[str, list[tuple[Any, TokenPattern]]] = defaultdict(list)
        self._unanchored: list[tuple[Any, TokenPattern]] = []
        for owner, pattern in entries:
            keys = pattern.anchor_keys()
            if keys is None:
                self._unanchored.append((owner, pattern))
            else:
                for key in keys:
                    self._anchored[key].append((owner, pattern))

    def matches(self, sentences: Sequence[Sentence]) -> list[Match]:
        found: list[Match] = []
        for number, sentence in enumerate(sentences):
            found.extend(self._sentence_matches(number, sentence))
        return found

    def _sentence_matches(self, number: int, sentence: Sentence) -> Iterable[Match]:
        words, spans = sentence.words, sentence.spans
        for position, word in enumerate(words):
            candidates = [c for key in word.keys if key in self._anchored for c in self._anchored[key]]
            for owner, pattern in candidates + self._unanchored if candidates else self._unanchored:
                found = pattern.match_at(words, position)
                if found:
                    first, last = found
                    yield Match(owner, spans[first][0], spans[last][1], number)


def matches_anywhere(patterns: Sequence[TokenPattern], sentence: Sentence) -> bool:
    return any(pattern.match_at(sentence.words, i) for pattern in patterns for i in range(len(sentence.words)))


def sentence_of(starts: Sequence[int], offset: int) -> int:
    """The index of the sentence holding `offset`, given the sentences' start offsets."""
    return max(0, bisect.bisect_right(starts, offset) - 1)
