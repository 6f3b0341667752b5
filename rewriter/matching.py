"""Run compiled rule and part patterns over a tokenised text.

Patterns are indexed by the lemma or form their first word must have, so each word only
tries the few patterns that can start on it.
"""
from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Sequence

from .morphology import WordAnalysis
from .patterns import TokenPattern


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    words: tuple[WordAnalysis, ...]
    spans: tuple[tuple[int, int], ...]
    keys: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Match:
    owner: Any
    start: int
    end: int
    sentence: int


class PatternIndex:
    """Token patterns of many owners (rules or part cues), indexed by what their first word must be.

    Patterns whose first word is known only by a regex are tried once per word form and
    remembered, since forms repeat from reply to reply.
    """

    _MAX_CACHED_FORMS = 200_000

    def __init__(self, entries: Iterable[tuple[Any, TokenPattern]]) -> None:
        self._anchored: dict[str, list[tuple[Any, TokenPattern]]] = defaultdict(list)
        self._unanchored: list[tuple[Any, TokenPattern]] = []
        for owner, pattern in entries:
            keys = pattern.anchors
            if keys is None:
                self._unanchored.append((owner, pattern))
            else:
                for key in keys:
                    self._anchored[key].append((owner, pattern))
        self._by_form: dict[str, tuple[tuple[Any, TokenPattern, bool], ...]] = {}

    def candidates(self, word: WordAnalysis) -> tuple[tuple[Any, TokenPattern, bool], ...]:
        """The patterns a match can start with on this word, each with whether this word alone is the match."""
        found = self._by_form.get(word.form)
        if found is None:
            anchored = [c for key in word.keys if key in self._anchored for c in self._anchored[key]]
            possible = dict.fromkeys(c for c in anchored + self._unanchored if c[1].can_anchor_on(word))
            found = tuple((owner, pattern, len(pattern.slots) == 1) for owner, pattern in possible)
            if len(self._by_form) >= self._MAX_CACHED_FORMS:
                self._by_form.clear()
            self._by_form[word.form] = found
        return found

    def matches(self, sentences: Sequence[Sentence], once: Callable[[Any], bool] = lambda owner: False) -> list[Match]:
        """Every match in the sentences; owners for which `once` is true stop after their first."""
        found: list[Match] = []
        done: set[int] = set()
        for number, sentence in enumerate(sentences):
            for match in self._sentence_matches(number, sentence, done):
                found.append(match)
                if once(match.owner):
                    done.add(id(match.owner))
        return found

    def _sentence_matches(self, number: int, sentence: Sentence, done: set[int]) -> Iterable[Match]:
        words, spans, sentence_keys = sentence.words, sentence.spans, sentence.keys
        viable: dict[int, bool] = {}
        by_form = self._by_form
        for position, word in enumerate(words):
            candidates = by_form.get(word.form)
            if candidates is None:
                candidates = self.candidates(word)
            for owner, pattern, whole in candidates:
                if done and id(owner) in done:
                    continue
                if whole:
                    yield Match(owner, spans[position][0], spans[position][1], number)
                    continue
                required = pattern.required_keys
                if required:
                    known = viable.get(id(pattern))
                    if known is None:
                        known = True
                        for keys in required:  # inlined `may_match_in`: this loop is the hot path
                            if keys.isdisjoint(sentence_keys):
                                known = False
                                break
                        viable[id(pattern)] = known
                    if not known:
                        continue
                start = position - pattern.anchor_offset
                found = pattern.match_at(words, start) if start >= 0 else None
                if found:
                    first, last = found
                    yield Match(owner, spans[first][0], spans[last][1], number)


def matches_anywhere(patterns: Sequence[TokenPattern], sentence: Sentence) -> bool:
    """Whether any of the patterns matches somewhere in the sentence."""
    words = sentence.words
    for pattern in patterns:
        if not pattern.may_match_in(sentence.keys):
            continue
        anchors, offset = pattern.anchors, pattern.anchor_offset
        for i, word in enumerate(words):
            if anchors is not None and anchors.isdisjoint(word.keys):
                continue
            if i >= offset and pattern.match_at(words, i - offset):
                return True
    return False


def sentence_of(starts: Sequence[int], offset: int) -> int:
    """The index of the sentence holding `offset`, given the sentences' start offsets."""
    return max(0, bisect.bisect_right(starts, offset) - 1)
