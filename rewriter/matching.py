"""Run compiled rule and part patterns over a tokenised text.

Each new word form learns, once, the patterns that can start on it (from an index of the slots
a form can fill, see slot_index), so each word only tries the few patterns that can start on it.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import reduce
from operator import or_
from typing import Any, NamedTuple

from .morphology import WordAnalysis
from .patterns import Slot, TokenPattern
from .slot_index import SlotIndex


class SeenSentences:
    """What is known of sentences already seen in one language, by their words' forms: in one
    language a form has one analysis, so what matches in a sentence depends on its forms alone, and
    sentences recur («Здравствуйте!», a closing formula)."""

    _MAX_REMEMBERED = 50_000  # a few tens of megabytes at most

    def __init__(self) -> None:
        # whether any of some patterns (by their sources) matches in the sentence
        self.any_match: dict[tuple[tuple[str, ...], tuple[str, ...]], bool] = {}

    @staticmethod
    def remember(known: dict, key: Any, value: Any) -> None:
        if len(known) >= SeenSentences._MAX_REMEMBERED:
            known.clear()
        known[key] = value


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    words: tuple[WordAnalysis, ...]
    spans: tuple[tuple[int, int], ...]
    seen: SeenSentences | None = field(default=None, compare=False, repr=False)
    # the words' forms: what a sentence's matches are remembered by (set here, not a cached_property,
    # whose first look takes a lock, once per sentence)
    forms: tuple[str, ...] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "forms", tuple([word.form for word in self.words]))

    @property
    def keys(self) -> frozenset[str]:
        """Every key of every word; only `unless` patterns need it, so it is built on first use (by
        hand: a cached_property takes a lock on its first look, and most sentences are looked at once)."""
        found = self.__dict__.get("_keys")
        if found is None:
            found = frozenset().union(*(word.keys for word in self.words))
            object.__setattr__(self, "_keys", found)
        return found


class Match(NamedTuple):
    """A match of a rule's (or a part cue's) pattern: a named tuple, as a lint makes many and a tuple is
    built several times faster than a frozen dataclass."""

    owner: Any
    start: int
    end: int
    sentence: int
    # the part a finding reports, when the pattern marks one (`[` … `]`); the rest of the match is context
    shown: tuple[int, int] | None = None

    @property
    def reported(self) -> tuple[int, int]:
        return self.shown or (self.start, self.end)


# (owner, pattern, the words to look at before trying it: None when the word found is the whole match,
# else (word index from the match's start, bits one of which that word's form must carry))
Candidate = tuple[Any, TokenPattern, "tuple[tuple[int, int], ...] | None"]


class _Choices:
    """Patterns that can start on a word, and which of them each kind of sentence leaves viable (every
    word a pattern requires is in the sentence). Forms that can start the same patterns share one
    (many forms start only the patterns of their grammemes), so what one learned of a kind of sentence
    serves them all."""

    __slots__ = ("candidates", "relevant", "_tests", "_always", "_always_viable", "_pivots", "_by_pivot", "viable")
    _MAX_SENTENCE_KINDS = 1_000
    _FEW = 8

    def __init__(self, candidates: tuple, needs: tuple[tuple[int, ...], ...]) -> None:
        self.candidates = candidates
        self.relevant = 0  # the bits any candidate requires: the part of a sentence's mask that matters here
        # per candidate: the bits that must all be in the sentence (slots of one key), and the masks of
        # which one bit will do (slots of several keys)
        tests = []
        always: list[int] = []  # candidates that require nothing of their sentence
        # Each other candidate is filed under a pivot: one bit it cannot do without (or each bit of its
        # narrowest choice), so a sentence tests only the candidates filed under bits it holds, not all.
        # The pivot is its rarest required key (the highest bit: bits go to keys by how many candidates
        # require them), which fewer sentences hold than a common one: first sight tests a third fewer.
        by_pivot: dict[int, list[int]] = {}
        for number, need in enumerate(needs):
            single, several = 0, []
            for bits in need:
                self.relevant |= bits
                if bits and not bits & (bits - 1):
                    single |= bits
                else:
                    several.append(bits)
            tests.append((single, tuple(several)))
            pivots = 1 << (single.bit_length() - 1) if single else min(several, key=int.bit_count, default=0)
            if not pivots:
                always.append(number)
            while pivots:
                low = pivots & -pivots
                by_pivot.setdefault(low, []).append(number)
                pivots ^= low
        self._tests = tuple(tests)
        self._always = frozenset(always)
        # what a kind of sentence that holds none of the pivots leaves viable (most kinds a form meets)
        self._always_viable = tuple([candidates[number] for number in always])
        self._pivots = sum(by_pivot)
        # filed by the pivot's position, with each candidate's tests: a kind of sentence is thousands of bits
        # wide, and isolating, hashing and clearing each pivot held as an integer of that width cost more
        # than the tests it leads to
        self._by_pivot = {
            bit.bit_length() - 1: tuple([(number, *tests[number]) for number in numbers]) for bit, numbers in by_pivot.items()
        }
        self.viable: dict[int, tuple[Candidate, ...]] = {}

    def viable_in(self, kind: int) -> tuple[Candidate, ...]:
        """The candidates whose required words are all in a kind of sentence (its mask's `relevant` bits), worked
        out and remembered in `viable`: for a caller that found the kind not there (it computes the kind once)."""
        if len(self.candidates) <= self._FEW:
            # a few candidates (most forms): each tested in turn costs less than the pivots' bookkeeping
            kept = []
            for candidate, (single, several) in zip(self.candidates, self._tests, strict=True):
                if kind & single == single:
                    for bits in several:  # a loop, not all(): a generator per test cost a tenth of first sight
                        if not bits & kind:
                            break
                    else:
                        kept.append(candidate)
            found = tuple(kept)
        else:
            # the candidates that require nothing, and those filed under a pivot the sentence holds whose
            # every required word is there; no set is built or sorted when no pivot adds one (most kinds)
            added: set[int] | None = None
            by_pivot = self._by_pivot
            held = kind & self._pivots
            while held:
                top = held.bit_length() - 1
                for number, single, several in by_pivot[top]:
                    if kind & single != single:
                        continue
                    for bits in several:
                        if not bits & kind:
                            break
                    else:
                        if added is None:
                            added = {number}
                        else:
                            added.add(number)
                held ^= 1 << top
            if added is None:
                found = self._always_viable
            else:
                candidates = self.candidates
                found = tuple([candidates[number] for number in sorted(added.union(self._always))])
        self._remember(kind, found)
        return found

    def _remember(self, kind: int, found: tuple[Candidate, ...]) -> None:
        if len(self.viable) >= self._MAX_SENTENCE_KINDS:
            self.viable.clear()
        self.viable[kind] = found


class _Form:
    """What the index knows of one word form: the bits of the keys it carries, and the patterns that can start on it."""

    __slots__ = ("mask", "choices")

    def __init__(self, mask: int, choices: _Choices) -> None:
        self.mask = mask
        self.choices = choices

    @property
    def candidates(self) -> tuple:
        return self.choices.candidates


class PatternIndex:
    """Token patterns of many owners (rules or part cues), indexed by the slots a match can start on.

    A word form learns its candidates once and remembers them, since forms repeat from reply to
    reply. Each key a pattern requires of its sentence gets one bit, and so does each required
    slot known only by a regex (a form that fills it carries its bit): a sentence's words OR into
    one mask, and a word's viable candidates are looked up by that mask instead of testing each
    pattern.
    """

    _MAX_CACHED_FORMS = 200_000

    def __init__(self, entries: Iterable[tuple[Any, TokenPattern]]) -> None:
        self._entries = entries = tuple(entries)
        # one candidate per distinct (owner, pattern), in the order given
        unique = list({(id(owner), pattern.source): (owner, pattern) for owner, pattern in entries}.values())
        keyless = [
            [slot for slot in pattern.slots if slot.keys is None and not (slot.optional or slot.gap)] for _, pattern in unique
        ]
        wanted = Counter(  # how many candidates require each key or keyless slot, in order of first use
            key for (_, pattern), slots in zip(unique, keyless, strict=True)
            for key in (*(k for keys in pattern.required_keys for k in keys), *slots)
        )
        # What most candidates require gets the lowest bits: a form whose candidates require only such
        # keys tests and remembers short masks (a mask of thousands of bits costs several times more to
        # AND and to hash, and a new form's sentences are tested and remembered by them)
        bits = {key: 1 << number for number, key in enumerate(sorted(wanted, key=wanted.__getitem__, reverse=True))}
        self._needs = tuple(
            (*(sum(bits[k] for k in keys) for keys in pattern.required_keys), *(bits[slot] for slot in slots))
            for (_, pattern), slots in zip(unique, keyless, strict=True)
        )
        self._key_bits = {key: bit for key, bit in bits.items() if isinstance(key, str)}
        self._candidates = tuple(
            (owner, pattern, None if len(pattern.slots) == 1 else _fixed_words(pattern, bits)) for owner, pattern in unique
        )
        self._keys = frozenset(self._key_bits)
        # The slots a new form is looked up for: those a match can start on, and the keyless required ones.
        slots: dict[Slot, int] = {slot: 0 for slot in wanted if isinstance(slot, Slot)}
        starts: dict[Slot, list[int]] = {}
        for number, (_, pattern) in enumerate(unique):
            for index in pattern.start_slots:
                starts.setdefault(pattern.slots[index], []).append(number)
                slots.setdefault(pattern.slots[index], 0)
        self._slots = SlotIndex(list(slots))
        self._slot_bits = tuple(bits.get(slot, 0) for slot in slots)
        self._starts = tuple(tuple(starts.get(slot, ())) for slot in slots)
        self._forms: dict[str, _Form] = {}
        self._choices: dict[tuple[int, ...], _Choices] = {}  # by the numbers of their candidates
        self._by_filled: dict[frozenset[int], tuple[int, _Choices]] = {}  # (slot bits, choices) by the slots a form fills
        self._sequences: dict[tuple[str, ...], tuple[tuple[Any, int, int, tuple[int, int] | None], ...]] = {}

    @property
    def entries(self) -> tuple[tuple[Any, TokenPattern], ...]:
        """The (owner, pattern) pairs the index was built from."""
        return self._entries

    def __getstate__(self) -> dict[str, Any]:
        # a pickled pack keeps the index (cheaper to load than to build) but not what forms have learned
        return {**self.__dict__, "_forms": {}, "_choices": {}, "_by_filled": {}, "_sequences": {}}

    def _learn(self, word: WordAnalysis) -> _Form:
        """The patterns a match can start with on this word's form, each with whether this word alone
        is the match, and the bits of the form's keys and keyless slots; worked out once per form."""
        filled = frozenset(self._slots.filled_by(word))
        slot_mask, choices = self._by_filled.get(filled) or self._choose(filled)
        bits, mask = self._key_bits, slot_mask
        for key in word.keys & self._keys:
            mask |= bits[key]
        found = _Form(mask, choices)
        if len(self._forms) >= self._MAX_CACHED_FORMS:
            self._forms.clear()
        self._forms[word.form] = found
        return found

    def _choose(self, filled: frozenset[int]) -> tuple[int, _Choices]:
        """The bits of some filled slots and the patterns that can start on them: forms that fill the
        same slots (most of them fill none, or those of their grammemes) share one answer."""
        mask, chosen = 0, set[int]()
        for number in filled:
            mask |= self._slot_bits[number]
            chosen.update(self._starts[number])
        order = tuple(sorted(chosen))
        choices = self._choices.get(order)
        if choices is None:
            choices = _Choices(tuple(self._candidates[n] for n in order), tuple(self._needs[n] for n in order))
            SeenSentences.remember(self._choices, order, choices)
        SeenSentences.remember(self._by_filled, filled, (mask, choices))
        return mask, choices

    def matches(self, sentences: Sequence[Sentence]) -> list[Match]:
        """Every match in the sentences."""
        found: list[Match] = []
        remembered = self._sequences
        for number, sentence in enumerate(sentences):
            in_sentence = remembered.get(sentence.forms)
            if in_sentence is None:
                in_sentence = self.sentence_matches(sentence)
            spans = sentence.spans
            for owner, first, last, marked in in_sentence:
                shown = (spans[marked[0]][0], spans[marked[1]][1]) if marked else None
                found.append(Match(owner, spans[first][0], spans[last][1], number, shown))
        return found

    def sentence_matches(self, sentence: Sentence) -> tuple[tuple[Any, int, int, tuple[int, int] | None], ...]:
        """(owner, first word, last word, the marked words or None) of every match in the sentence; remembered per sequence of
        forms (see SeenSentences)."""
        found = self._sequences.get(sentence.forms)
        if found is None:
            found = self.find(sentence.words)
            SeenSentences.remember(self._sequences, sentence.forms, found)
        return found

    def find(self, words: Sequence[WordAnalysis]) -> tuple[tuple[Any, int, int, tuple[int, int] | None], ...]:
        """(owner, first word, last word, the marked words or None) of every match among the words, not
        remembered: for a caller that remembers what it makes of them (see sentence_verdicts)."""
        known, forms, sentence_mask = self._forms, [], 0
        for word in words:
            form = known.get(word.form) or self._learn(word)
            forms.append(form)
            sentence_mask |= form.mask
        count = len(words)
        found: list[tuple[Any, int, int, tuple[int, int] | None]] = []
        for position, form in enumerate(forms):
            choices = form.choices
            if not choices.candidates:  # a third of the forms start no pattern
                continue
            kind = sentence_mask & choices.relevant
            candidates = choices.viable.get(kind)
            if candidates is None:
                candidates = choices.viable_in(kind)
            for owner, pattern, fixed in candidates:
                if fixed is None:
                    found.append((owner, position, position, None))
                    continue
                start = position - pattern.anchor_offset
                if start < 0:
                    continue
                for offset, bits in fixed:  # a loop, not all(): a generator per try costs more than the try it spares
                    at = start + offset
                    if at >= count or not forms[at].mask & bits:
                        break
                else:
                    span = pattern.match_at(words, start)
                    if span:
                        first, last = span
                        marked = pattern.marked(words, first, last) if pattern.marker is not None else None
                        found.append((owner, first, last, marked))
        return tuple(found)


def _fixed_words(pattern: TokenPattern, bits: dict[Any, int]) -> tuple[tuple[int, int], ...]:
    """The words at a fixed distance from a match's start that a try would test, other than the one
    the index found, each with the bits one of which its form must carry: most tries fail on a
    neighbour these bits already refuse. They are the leading slots up to the first optional one or
    gap, and the word after them, which fills that optional slot or one after it up to the first slot
    that is not optional. A slot with a key no pattern requires of its sentence (so without a bit) is
    left to the try."""
    fixed = []
    slots = pattern.slots
    for index, slot in enumerate(slots):
        if slot.gap:
            break
        if slot.optional:
            rest = slots[index:]
            ends = next((number for number, after in enumerate(rest) if after.gap or not after.optional), None)
            if index != pattern.anchor_offset and ends is not None and not rest[ends].gap:
                wanted = [_slot_bits(after, bits) for after in rest[: ends + 1]]
                if all(wanted):
                    fixed.append((index, reduce(or_, wanted)))
            break
        if index != pattern.anchor_offset:
            wanted_here = _slot_bits(slot, bits)
            if wanted_here:
                fixed.append((index, wanted_here))
    return tuple(fixed)


def _slot_bits(slot: Slot, bits: dict[Any, int]) -> int:
    """The bits one of which a form that fills the slot carries, or 0 when some key of it has none."""
    keys = slot.keys
    if keys is None:
        return bits.get(slot, 0)
    return reduce(or_, [bits[key] for key in keys]) if all(key in bits for key in keys) else 0


def matches_anywhere(patterns: Sequence[TokenPattern], sentence: Sentence) -> bool:
    """Whether any of the patterns matches somewhere in the sentence; remembered per sequence of forms."""
    seen = sentence.seen
    if seen is None:
        return _matches_anywhere(patterns, sentence)
    key = (sentence.forms, _sources_of(patterns))
    found = seen.any_match.get(key)
    if found is None:
        found = _matches_anywhere(patterns, sentence)
        seen.remember(seen.any_match, key, found)
    return found


# the sources of each tuple of patterns asked about (a rule's `unless`), kept with the tuple so its id stays its own
_SOURCES: dict[int, tuple[Sequence[TokenPattern], tuple[str, ...]]] = {}


def _sources_of(patterns: Sequence[TokenPattern]) -> tuple[str, ...]:
    known = _SOURCES.get(id(patterns))
    if known is None or known[0] is not patterns:
        known = _SOURCES[id(patterns)] = (patterns, tuple([pattern.source for pattern in patterns]))
    return known[1]


def _matches_anywhere(patterns: Sequence[TokenPattern], sentence: Sentence) -> bool:
    if not patterns:
        return False
    words, keys = sentence.words, sentence.keys
    for pattern in patterns:
        if pattern.is_one_plain_word:
            if not pattern.anchors.isdisjoint(keys):  # type: ignore[union-attr]
                return True
            continue
        anchors, offset = pattern.anchors, pattern.anchor_offset
        if anchors is None and len(pattern.slots) == 1:  # a regex or grammemes alone: a word that fills the slot
            slot = pattern.slots[0]
            for word in words:
                if slot.matches(word):
                    return True
            continue
        # no word of the sentence carries an anchor (the anchor's keys are not among those required)
        if (anchors is not None and anchors.isdisjoint(keys)) or not pattern.may_match_in(keys):
            continue
        for i, word in enumerate(words):
            if anchors is not None and anchors.isdisjoint(word.keys):
                continue
            if i >= offset and pattern.match_at(words, i - offset):
                return True
    return False


def sentence_of(starts: Sequence[int], offset: int) -> int:
    """The index of the sentence holding `offset`, given the sentences' start offsets."""
    return max(0, bisect.bisect_right(starts, offset) - 1)


def words_between(sentence: Sentence, start: int, end: int) -> tuple[int, int] | None:
    """The first and last word indexes of the sentence that lie in text[start:end], or None."""
    starts = [span[0] for span in sentence.spans]
    first = bisect.bisect_left(starts, start)
    last = bisect.bisect_left(starts, end) - 1
    return (first, last) if first <= last else None


def part_of(sentence: Sentence, first: int, last: int) -> Sentence:
    """Words first..last of the sentence as a sentence of their own, for patterns to look in. It shares
    the sentence's memory of what matched where: an answer depends on the words' forms alone."""
    spans = sentence.spans[first:last + 1]
    part = object.__new__(Sentence)  # as sentences._sentence: the frozen __init__ costs more than the part's use
    part.__dict__.update({
        "start": spans[0][0], "end": spans[-1][1], "words": sentence.words[first:last + 1], "spans": spans,
        "seen": sentence.seen, "forms": sentence.forms[first:last + 1],
    })
    return part


# Signs between two words that always end a clause; a comma ends one only before a clause opener.
_CLAUSE_SIGNS = frozenset(";:—–()")


def clause_of(sentence: Sentence, text: str, first: int, last: int, openers: frozenset[str]) -> Sentence:
    """The clause holding words first..last: up to a `;`, `:`, dash or bracket between two words, or a
    comma before one of the language's clause openers («…, с которым у нас договор» opens one; the
    comma of an aside or a list does not)."""
    words, spans = sentence.words, sentence.spans

    def opens(i: int) -> bool:
        gap = text[spans[i - 1][1]:spans[i][0]]
        if not _CLAUSE_SIGNS.isdisjoint(gap):
            return True
        return "," in gap and any(not openers.isdisjoint(w.keys) for w in words[i:i + 2])

    while first > 0 and not opens(first):
        first -= 1
    while last + 1 < len(words) and not opens(last + 1):
        last += 1
    return part_of(sentence, first, last)


# Marks that open and close a quotation: «…», „…“ (the one mark a quotation opens with and another closes it with)
_QUOTE_OPENS, _QUOTE_CLOSES = "«„", "»“"


def quote_of(sentence: Sentence, text: str, first: int, last: int) -> Sentence | None:
    """The sentence's words inside the quotation that holds words first..last, or None when they stand in none:
    the nearest open mark before them on their line that no close mark answers, and the close mark after them
    that answers it (a quotation inside it, «Исполнитель … «Агростартап» … в срок до», is passed over)."""
    spans = sentence.spans
    line_start = text.rfind("\n", 0, spans[first][0]) + 1
    line_end = text.find("\n", spans[last][1])
    opened = _unanswered(reversed(range(line_start, spans[first][0])), text, _QUOTE_CLOSES, _QUOTE_OPENS)
    closed = _unanswered(range(spans[last][1], len(text) if line_end < 0 else line_end), text, _QUOTE_OPENS, _QUOTE_CLOSES)
    if opened is None or closed is None:
        return None
    inside = [i for i, (start, end) in enumerate(spans) if opened < start and end <= closed]
    return part_of(sentence, inside[0], inside[-1])


def _unanswered(positions: Iterable[int], text: str, nesting: str, wanted: str) -> int | None:
    """The first position, walking `positions`, of a `wanted` mark that no `nesting` mark met before it answers."""
    depth = 0
    for i in positions:
        if text[i] in nesting:
            depth += 1
        elif text[i] in wanted:
            if not depth:
                return i
            depth -= 1
    return None


def one_phrase(sentence: Sentence, text: str, first: int, last: int, polite: frozenset[str]) -> bool:
    """Whether words first..last run on as one phrase of common words: no mark but a hyphen between two of
    them («конца навигации — коды», «заказа: коробки», «репродукции «Мыши кота»» are two phrases), and no
    capital after the sentence's first word but a polite pronoun's (a name or a title: «храма Успения»)."""
    spans, words = sentence.spans, sentence.words
    for i in range(first, last + 1):
        if i > first and text[spans[i - 1][1]:spans[i][0]].strip() not in ("", "-"):
            return False
        if i and text[spans[i][0]].isupper() and polite.isdisjoint(words[i].keys):
            return False
    return True


# a blank line: whitespace (a `\r` of CRLF text too) between two line breaks
BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# a line that ends a sentence: a signature («Команда „Зерно“», «Поздрави,») ends none
_SENTENCE_AT_LINE_END = re.compile(r"[.!?…][\"'»“”)\]]*[^\S\n]*(?=\n|$)")


def last_paragraph_start(text: str) -> int:
    """Where the last paragraph that ends a sentence begins: what a reader takes for its closing lines."""
    ends = [found.start() for found in _SENTENCE_AT_LINE_END.finditer(text) if not _after_initial(text, found.start())]
    if not ends:
        return 0
    breaks = [found.end() for found in BLANK_LINE.finditer(text, 0, ends[-1])]
    if breaks:
        return breaks[-1]
    # A reply with no blank line is written a paragraph a line («Спасибо за фото. …» opening it closes
    # nothing): its closing lines are its last line that ends a sentence.
    return text.rfind("\n", 0, ends[-1]) + 1 if text.count("\n", 0, ends[-1]) > 1 else 0


def _after_initial(text: str, stop: int) -> bool:
    """The stop at `stop` follows a name's initial («Кузнецова Т. А.»): a signature line ends no sentence."""
    return stop > 0 and text[stop - 1].isupper() and (stop < 2 or not text[stop - 2].isalpha())
