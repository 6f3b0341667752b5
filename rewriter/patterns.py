"""Token patterns: a small language for lemma sequences with grammeme constraints.

`в связь с` matches «в связи с» and «в связях с»; `быть? допустить{PRTS,pssv}` matches
«была допущена»; `*2` skips up to two words. See lint_rules/README.md for the syntax.
"""
from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import dataclass, field

from .errors import RewriterError
from .morphology import WordAnalysis
from .normalize import fold_case

_ATOM = re.compile(
    r"^(?P<word>=?[^\s{}/|=_*?]+|_)?(?:\{(?P<tags>[^}]*)\})?(?:/(?P<regex>[^/]+)/)?$"
)
_GAP = re.compile(r"^\*(\d+)$")


class PatternError(RewriterError):
    """A pattern that cannot be compiled; the message names the token."""


_MAX_REMEMBERED_FORMS = 50_000


@dataclass(frozen=True)
class Atom:
    lemma: str | None = None
    form: str | None = None
    tag_slots: tuple[frozenset[str], ...] = ()
    forbidden: frozenset[str] = frozenset()
    regex: re.Pattern[str] | None = None

    @property
    def is_plain(self) -> bool:
        """A bare lemma or form: a word matches exactly when it carries the atom's key."""
        return (self.lemma is not None or self.form is not None) and not (self.tag_slots or self.forbidden or self.regex)

    @property
    def keys(self) -> frozenset[str] | None:
        """Index keys one of which a word must carry for this atom to match; None if any word may."""
        if self.form is not None:
            return frozenset({"=" + self.form})
        if self.lemma is not None:
            return frozenset({self.lemma})
        if self.tag_slots:
            return frozenset("#" + tag for tag in self.tag_slots[0])
        return None

    def matches(self, word: WordAnalysis) -> bool:
        if self.regex is not None and self.regex.fullmatch(word.form) is None:
            return False
        if self.form is not None:
            if word.form != self.form:
                return False
        elif self.lemma is not None and self.lemma not in word.keys:
            return False
        if not self.tag_slots and not self.forbidden:
            return True
        for parse in word.parses:  # noqa: SIM110 -- a loop, not any(...): this runs for every new form and pattern slot
            if self._parse_fits(parse.lemma, parse.tags):
                return True
        return False

    def _parse_fits(self, lemma: str, tags: frozenset[str]) -> bool:
        if self.lemma is not None and self.form is None and lemma != self.lemma:
            return False
        for slot in self.tag_slots:
            if slot.isdisjoint(tags):
                return False
        return self.forbidden.isdisjoint(tags)


@dataclass(frozen=True)
class Slot:
    """One pattern position: alternatives, optional or not; or a gap of up to `gap` words."""

    atoms: tuple[Atom, ...] = ()
    optional: bool = False
    gap: int = 0
    _seen: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)

    def matches(self, word: WordAnalysis) -> bool:
        """Whether the word fills this slot; remembered per form, since a form's analysis never changes."""
        known = self._seen.get(word.form)
        if known is None:
            known = False
            for atom in self.atoms:
                if atom.matches(word):
                    known = True
                    break
            if len(self._seen) >= _MAX_REMEMBERED_FORMS:
                self._seen.clear()
            self._seen[word.form] = known
        return known

    @property
    def keys(self) -> frozenset[str] | None:
        """Keys one of which a word must carry to fill this slot; None if any word may."""
        atom_keys = [atom.keys for atom in self.atoms]
        known = [keys for keys in atom_keys if keys is not None]
        if self.gap or len(known) < len(atom_keys):
            return None
        return frozenset().union(*known)


@dataclass(frozen=True)
class TokenPattern:
    source: str
    slots: tuple[Slot, ...]
    anchors: frozenset[str] | None = field(default=None, compare=False)
    # how many one-word slots come before the slot the index anchors on
    anchor_offset: int = field(default=0, compare=False)
    required_keys: tuple[frozenset[str], ...] = field(default=(), compare=False)
    is_plain_sequence: bool = field(default=False, compare=False)
    # one bare word («мы|нами»): it matches in a sentence exactly when the sentence holds one of its keys
    is_one_plain_word: bool = field(default=False, compare=False)
    # `[` … `]` in the source: the slots (from, to) whose words are reported; the rest is context
    marker: tuple[int, int] | None = None

    @property
    def start_slots(self) -> tuple[int, ...]:
        """The slots the word the index finds may fill: the anchor slot, or else the leading slots up
        to the first that is not optional (`быть? допустить{PRTS}` starts on either word)."""
        if self.anchor_offset:
            return (self.anchor_offset,)
        found = []
        for index, slot in enumerate(self.slots):
            if slot.gap:
                break
            found.append(index)
            if not slot.optional:
                break
        return tuple(found)

    def can_anchor_on(self, word: WordAnalysis) -> bool:
        """True when `word` can fill a slot the index anchors this pattern on."""
        return any(self.slots[index].matches(word) for index in self.start_slots)

    def may_match_in(self, sentence_keys: Set[str]) -> bool:
        """False when a required word is missing from the sentence, so the pattern can't match there."""
        for keys in self.required_keys:  # noqa: SIM110 -- a loop, not all(): this runs for each `unless` of each new sentence
            if keys.isdisjoint(sentence_keys):
                return False
        return True

    def match_at(self, words: Sequence[WordAnalysis], start: int) -> tuple[int, int] | None:
        """The (first, last) word indexes of a match whose first slot is tried at `start`."""
        if self.is_plain_sequence:
            end = start + len(self.slots)
            if end > len(words):
                return None
            for slot, word in zip(self.slots, words[start:end], strict=True):
                if not slot.matches(word):
                    return None
            return start, end - 1
        return _match(self.slots, 0, words, start, None)

    def marked(self, words: Sequence[WordAnalysis], first: int, last: int) -> tuple[int, int]:
        """The word indexes the pattern's `[` … `]` reports within its match first..last (all of it without one)."""
        if self.marker is None:
            return first, last
        entered: list[int] = []
        _trace(self.slots, 0, words, first, last, entered)
        low, high = self.marker
        if len(entered) < len(self.slots) + 1 or entered[high] <= entered[low]:
            return first, last
        return entered[low], entered[high] - 1


def _trace(slots: Sequence[Slot], i: int, words: Sequence[WordAnalysis], pos: int, last: int, entered: list[int]) -> bool:
    """Fill `entered` with the word position at which each slot (and the end) is reached, for a match
    that ends on word `last`: the same search as `_match`, remembering where it went."""
    entered.append(pos)
    if i == len(slots):
        if pos - 1 == last:
            return True
        entered.pop()
        return False
    slot = slots[i]
    options = []
    if slot.gap:
        options = [pos + skip for skip in range(slot.gap + 1) if pos + skip <= len(words)]
    else:
        if pos < len(words) and slot.matches(words[pos]):
            options.append(pos + 1)
        if slot.optional:
            options.append(pos)
    for nxt in options:
        if _trace(slots, i + 1, words, nxt, last, entered):
            return True
    entered.pop()
    return False


def _match(slots: Sequence[Slot], i: int, words: Sequence[WordAnalysis], pos: int, first: int | None) -> tuple[int, int] | None:
    if i == len(slots):
        return (first, pos - 1) if first is not None else None
    slot = slots[i]
    if slot.gap:
        if first is None:
            return None
        for skip in range(slot.gap + 1):
            if pos + skip > len(words):
                break
            found = _match(slots, i + 1, words, pos + skip, first)
            if found:
                return found
        return None
    if pos < len(words) and slot.matches(words[pos]):
        found = _match(slots, i + 1, words, pos + 1, pos if first is None else first)
        if found:
            return found
    if slot.optional:
        return _match(slots, i + 1, words, pos, first)
    return None


def compile_pattern(source: str, has_grammemes: bool, shared: dict | None = None) -> TokenPattern:
    """Compile one pattern, or raise PatternError naming the token that cannot be read.

    Patterns compiled with the same `shared` mapping (one per language) share their equal slots and
    atoms: a pack repeats them thousands of times («в», `{NOUN}`), and one object each makes the pack
    smaller to load from disk and leaves fewer objects for the garbage collector."""
    tokens = source.split()
    marker = _marker(tokens, source)
    tokens = [t for t in tokens if t not in ("[", "]")]
    if not tokens:
        raise PatternError("empty pattern")
    slots = tuple(_compile_slot(token, has_grammemes) for token in tokens)
    if shared is not None:
        slots = tuple(_shared_slot(slot, shared) for slot in slots)
    if slots[0].gap or slots[-1].gap:
        raise PatternError(f"a gap cannot open or close a pattern: {source!r}")
    if all(slot.optional or slot.gap for slot in slots):
        raise PatternError(f"every token is optional: {source!r}")
    offset = _most_selective_fixed_slot(slots)
    anchors = slots[offset].keys if offset is not None else _anchor_keys(slots)
    offset = offset or 0
    # The slot that gave the anchor is filled by the word the index found: only the others need checking.
    required = tuple(
        slot.keys for slot in slots if not slot.optional and slot.keys is not None and slot.keys != anchors
    )
    plain = not any(slot.optional or slot.gap for slot in slots)
    one_word = plain and len(slots) == 1 and all(atom.is_plain for atom in slots[0].atoms)
    return TokenPattern(source, slots, anchors, offset, required, plain and marker is None, one_word and marker is None, marker)


def _shared_slot(slot: Slot, shared: dict) -> Slot:
    """The slot equal to `slot` compiled before with the same mapping; else one like it made of shared atoms.
    Sharing is safe: what a slot remembers of a form depends on its atoms and the language alone."""
    known = shared.get(slot)
    if known is None:
        atoms = tuple(shared.setdefault(atom, atom) for atom in slot.atoms)
        known = shared[slot] = Slot(atoms, slot.optional, slot.gap)
    return known


def _marker(tokens: list[str], source: str) -> tuple[int, int] | None:
    """Where `[` and `]` stand, as slot indexes: the words between them are the ones a finding reports."""
    if "[" not in tokens and "]" not in tokens:
        return None
    if tokens.count("[") != 1 or tokens.count("]") != 1 or tokens.index("[") > tokens.index("]"):
        raise PatternError(f"a marker is one `[` before one `]`: {source!r}")
    low = tokens.index("[")
    high = tokens.index("]") - 1
    if high == low:
        raise PatternError(f"a marker holds at least one token: {source!r}")
    return low, high


def _most_selective_fixed_slot(slots: tuple[Slot, ...]) -> int | None:
    """Among the slots at a fixed distance from the start, the one the index should look words up by:
    a lemma or form beats a grammeme («являться» rather than «{VERB}|{NOUN}» before it)."""
    candidates = []
    for index, slot in enumerate(slots):
        if slot.gap or slot.optional:
            break
        if slot.keys is not None:
            candidates.append((any(key.startswith("#") for key in slot.keys), len(slot.keys), index))
    return min(candidates)[2] if candidates else None


def _anchor_keys(slots: tuple[Slot, ...]) -> frozenset[str] | None:
    """Keys one of which the first matched word must carry; None when any word may start."""
    keys: set[str] = set()
    for slot in slots:
        slot_keys = slot.keys
        if slot_keys is None:
            return None
        keys.update(slot_keys)
        if not slot.optional:
            return frozenset(keys)
    return None


def _compile_slot(token: str, has_grammemes: bool) -> Slot:
    gap = _GAP.match(token)
    if gap:
        return Slot(gap=int(gap.group(1)))
    optional = token.endswith("?") and len(token) > 1
    body = token[:-1] if optional else token
    return Slot(tuple(_compile_atom(part, token, has_grammemes) for part in _split_alternatives(body)), optional)


def _split_alternatives(body: str) -> list[str]:
    """Split `a|b{X|Y}|/c|d/` on the bars that separate alternatives."""
    parts: list[str] = []
    current: list[str] = []
    in_tags = in_regex = False
    for ch in body:
        if ch == "{" and not in_regex:
            in_tags = True
        elif ch == "}" and not in_regex:
            in_tags = False
        elif ch == "/" and not in_tags:
            in_regex = not in_regex
        elif ch == "|" and not (in_tags or in_regex):
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return parts


def _compile_atom(text: str, token: str, has_grammemes: bool) -> Atom:
    found = _ATOM.match(text)
    if not text or not found:
        raise PatternError(f"cannot read token {token!r}")
    word, tags, regex = found.group("word"), found.group("tags"), found.group("regex")
    if tags is not None and not has_grammemes:
        raise PatternError(f"this language has no grammemes: {token!r}")
    slots, forbidden = _compile_tags(tags or "", token)
    compiled = re.compile(regex) if regex else None
    if word in (None, "_"):
        return Atom(tag_slots=slots, forbidden=forbidden, regex=compiled)
    if word.startswith("="):
        return Atom(form=fold_case(word[1:]), tag_slots=slots, forbidden=forbidden, regex=compiled)
    return Atom(lemma=fold_case(word), tag_slots=slots, forbidden=forbidden, regex=compiled)


_NOTHING_FORBIDDEN: frozenset[str] = frozenset()


def _compile_tags(tags: str, token: str) -> tuple[tuple[frozenset[str], ...], frozenset[str]]:
    slots, forbidden = [], set()
    for item in filter(None, (t.strip() for t in tags.split(","))):
        if item.startswith("!"):
            forbidden.add(item[1:])
        else:
            slots.append(frozenset(item.split("|")))
    return tuple(slots), frozenset(forbidden) if forbidden else _NOTHING_FORBIDDEN

