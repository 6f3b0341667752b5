"""What a sentence's words decide about its matches, worked out once per sequence of forms.

A rule's `unless` and `unless_match` look only at the words of the match's sentence, and a reply
part is present when one of its cues matches: in one language a form has one analysis, so all of
this depends on the sentence's forms alone (as its matches do, see matching.SeenSentences). A
sentence seen before costs one lookup: its rule matches come with the excuses of its own words
already applied, and its part cues with where they match. What depends on more than the words (the
text between them for `unless_clause`, the next sentence for `unless_next`, the paragraph for
`unless_paragraph`, the whole reply for
`unless_reply`, a refusal or a final cue of a reply part) is left to each lint.
"""
from __future__ import annotations

from functools import cached_property
from typing import Any, NamedTuple

from .matching import (
    BLANK_LINE,
    Match,
    PatternIndex,
    SeenSentences,
    Sentence,
    clause_of,
    matches_anywhere,
    part_of,
    quote_of,
    words_between,
)
from .rules import PartCues, Rule


class RuleMatch(NamedTuple):
    """A rule's match in a sentence, by word indexes, that the sentence's own words do not excuse."""

    rule: Rule
    first: int
    last: int
    marked: tuple[int, int] | None
    # whether the rule's `unless_clause` patterns are in the sentence: then the match's clause is looked at
    clause_check: bool


class SentenceVerdict(NamedTuple):
    rule_matches: tuple[RuleMatch, ...]
    # (cue, the first word of its last match) of each part cue that matches: what they say together
    # (a refusal, a final cue outside the last paragraph) is decided per reply, see linter._reply_parts
    cues: tuple[tuple[PartCues, int], ...]


class SentenceVerdicts:
    """The verdicts of one pack's patterns on sentences, remembered per sequence of forms."""

    def __init__(self, index: PatternIndex, conditional: frozenset[int]) -> None:
        self._index = index
        self._conditional = conditional
        self._known: dict[tuple[str, ...], SentenceVerdict] = {}

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_known": {}}

    def of(self, sentence: Sentence) -> SentenceVerdict:
        found = self._known.get(sentence.forms)
        if found is None:
            found = self._verdict(sentence)
            SeenSentences.remember(self._known, sentence.forms, found)
        return found

    def _verdict(self, sentence: Sentence) -> SentenceVerdict:
        rule_matches: list[RuleMatch] = []
        cues: dict[int, tuple[PartCues, int]] = {}  # by id() of the cue
        for owner, first, last, marked in self._index.find(sentence.words):  # remembered once, as the verdict
            if not isinstance(owner, Rule):
                seen = cues.get(id(owner))
                if seen is None or first > seen[1]:
                    cues[id(owner)] = (owner, first)
                continue
            clause_check = False
            if id(owner) in self._conditional:
                if excused_by_words(owner, sentence, first, last):
                    continue
                clause_check = bool(owner.unless_clause) and matches_anywhere(owner.unless_clause, sentence)
            rule_matches.append(RuleMatch(owner, first, last, marked, clause_check))
        if not rule_matches and not cues:
            return _NOTHING
        return SentenceVerdict(tuple(rule_matches), tuple(cues.values()))


# the verdict of most sentences, one object for all: what is learned at first sight lives long, and the
# collector walks each object of it
_NOTHING = SentenceVerdict((), ())


def excused_by_words(rule: Rule, sentence: Sentence, first: int, last: int) -> bool:
    """Whether the sentence (`unless`) or the matched words first..last (`unless_match`) excuse the match."""
    if rule.unless and matches_anywhere(rule.unless, sentence):
        return True
    return bool(rule.unless_match) and (
        matches_anywhere(rule.unless_match, sentence)
        and matches_anywhere(rule.unless_match, part_of(sentence, first, last))
    )


class MatchContext:
    """What a match's `unless` and `messages` look at: its clause, its sentence, the whole reply."""

    def __init__(self, sentences: list[Sentence], masked: str, openers: frozenset[str]) -> None:
        self.sentences, self.masked, self.openers = sentences, masked, openers
        self._in_reply: dict[int, bool] = {}

    def excused(self, rule: Rule, match: Match) -> bool:
        """True when context the rule names cancels a match found by a regex: in its words, clause,
        sentence, or the reply."""
        sentence = self.sentences[match.sentence]
        words = words_between(sentence, match.start, match.end)
        if words is None:
            if rule.unless and matches_anywhere(rule.unless, sentence):
                return True
        elif excused_by_words(rule, sentence, *words):
            return True
        clause_check = bool(rule.unless_clause) and matches_anywhere(rule.unless_clause, sentence)
        return self.excused_beyond_words(rule, match, clause_check)

    def excused_beyond_words(self, rule: Rule, match: Match, clause_check: bool) -> bool:
        """True when the match's clause (if `clause_check`), the quotation it stands in, the sentence after it, its
        paragraph or the reply cancels it."""
        if clause_check or rule.unless_quote:
            sentence = self.sentences[match.sentence]
            words = words_between(sentence, match.start, match.end)
            if words is not None and clause_check and matches_anywhere(
                rule.unless_clause, clause_of(sentence, self.masked, *words, self.openers)
            ):
                return True
            quoted = quote_of(sentence, self.masked, *words) if words is not None and rule.unless_quote else None
            if quoted is not None and matches_anywhere(rule.unless_quote, quoted):
                return True
        following = match.sentence + 1
        if rule.unless_next and following < len(self.sentences) and matches_anywhere(rule.unless_next, self.sentences[following]):
            return True
        if rule.unless_paragraph:
            paragraph = self._paragraphs[match.sentence]
            same = (s for s, p in zip(self.sentences, self._paragraphs, strict=True) if p == paragraph)
            if any(matches_anywhere(rule.unless_paragraph, s) for s in same):
                return True
        if rule.unless_reply:
            found = self._in_reply.get(id(rule))
            if found is None:
                found = self._in_reply[id(rule)] = any(matches_anywhere(rule.unless_reply, s) for s in self.sentences)
            return found
        return False

    @cached_property
    def _paragraphs(self) -> tuple[int, ...]:
        """Each sentence's paragraph, by number: a blank line between two sentences starts the next one."""
        numbers, paragraph = [], 0
        for number, sentence in enumerate(self.sentences):
            if number and BLANK_LINE.search(self.masked, self.sentences[number - 1].end, sentence.start):
                paragraph += 1
            numbers.append(paragraph)
        return tuple(numbers)

    def message(self, match: Match) -> str | None:
        """The message of the first `messages` entry whose pattern matches inside the match, if any."""
        rule = match.owner
        if not rule.messages:
            return None
        sentence = self.sentences[match.sentence]
        words = words_between(sentence, match.start, match.end)
        if words is None:
            return None
        matched = part_of(sentence, *words)
        return next((text for when, text in rule.messages if matches_anywhere(when, matched)), None)
