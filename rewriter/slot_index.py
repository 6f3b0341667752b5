"""Which pattern slots a word form can fill, found from what the form carries instead of by trying
every slot: a new form costs a few dictionary lookups and the few atoms filed under them.

A slot is filled when one of its atoms matches. Each atom is filed under the keys a word must
carry for it to match (its lemma, `=form`, or `#grammeme` of its first grammeme group); an atom
known only by a regex is filed under the ways its matches can begin or else end (their first or last
five letters, or fewer, down to one: `.*(л|ла|ли)` under «л», «а», «и» at the end). A word looks up its
keys, its own beginning and ending and tests only the atoms found there. An atom none of these describe
(`{!PRCL}`, `/.*ой/`), or an atom or slot with a field this index does not read, is tested on
every new form: the answer never depends on the index knowing every kind of atom. Atoms of grammemes
alone (`{NOUN,gent}`, `{!PRCL}`) answer the same for every form whose parses carry the same
grammemes, so their slots are found once per such set (a few hundred serve thousands of forms).
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import MISSING, fields
from typing import Any

from .literals import Requirements, endings, holds, prefixes, required_text
from .morphology import WordAnalysis
from .patterns import Atom, Slot

# The fields whose meaning the filing above relies on; any other field set marks a kind it doesn't know.
_ATOM_FIELDS = frozenset({"lemma", "form", "tag_slots", "forbidden", "regex"})
_SLOT_FIELDS = frozenset({"atoms", "optional", "gap", "_seen"})

# (atom, how it is tested, the slots it fills): how is _TEST (the atom's own test), _CERTAIN (holding the
# key it is filed under is the whole test) or _REGEX (a regex alone: its full match of the form is the test)
_Entry = tuple[Atom, int, tuple[int, ...]]
_TEST, _CERTAIN, _REGEX = 0, 1, 2
# a regex atom is filed by the longest beginning (else ending) its matches have in few enough ways: «пре»
# alone files dozens of Bulgarian verb patterns, five letters tell them apart
_START_LENGTHS = (5, 4, 3, 2, 1)


class SlotIndex:
    """The slots of a list (numbered by position) that a word form fills."""

    def __init__(self, slots: Sequence[Slot]) -> None:
        self._by_key: dict[str, list[_Entry]] = defaultdict(list)
        # atoms of grammemes alone, by their keys and tried on every form: whether they match depends on
        # the form's grammemes alone, so their slots are found once per set of parses' grammemes
        by_tag: dict[str, list[_Entry]] = defaultdict(list)
        tried_by_tags: list[_Entry] = []
        self._by_grammemes: dict[frozenset[frozenset[str]], frozenset[int]] = {}
        # regex atoms by how their matches begin: the first five letters, else four, and so down to one
        self._by_start: tuple[dict[str, list[_Entry]], ...] = tuple(defaultdict(list) for _ in _START_LENGTHS)
        # and those that may begin with almost anything by how they end (Bulgarian verb endings: `.*(л|ла|ли)`)
        self._by_end: tuple[dict[str, list[_Entry]], ...] = tuple(defaultdict(list) for _ in _START_LENGTHS)
        # atoms tried on every form; one with a regex only when the form holds the text its matches need
        self._tried: list[tuple[Requirements, _Entry]] = []
        self._unknown: list[tuple[Slot, int]] = []  # slots of a kind not filed: tried whole on every form
        filling: dict[Atom, list[int]] = {}
        for number, slot in enumerate(slots):
            if _reads_every_field(slot, _SLOT_FIELDS) and all(_reads_every_field(a, _ATOM_FIELDS) for a in slot.atoms):
                for atom in slot.atoms:
                    filling.setdefault(atom, []).append(number)
            else:
                self._unknown.append((slot, number))
        for atom, numbers in filling.items():
            keys = atom.keys
            # A bare lemma matches exactly the words that carry it; a bare form is compared anyway (cheap).
            how = _CERTAIN if atom.is_plain and atom.form is None else _TEST
            if atom.regex is not None and atom.lemma is None and atom.form is None and not (atom.tag_slots or atom.forbidden):
                how = _REGEX
            entry = (atom, how, tuple(numbers))
            grammemes_only = atom.lemma is None and atom.form is None and atom.regex is None
            if keys is not None:
                for key in keys:
                    (by_tag if grammemes_only else self._by_key)[key].append(entry)
            elif grammemes_only:
                tried_by_tags.append(entry)
            elif not (atom.regex is not None and self._file_by_edge(atom.regex, entry)):
                self._tried.append((required_text(atom.regex) if atom.regex is not None else (), entry))
        self._by_key = dict(self._by_key)
        self._keys = frozenset(self._by_key)
        self._by_tag = dict(by_tag)
        self._tag_keys = frozenset(by_tag)
        self._tried_by_tags = tuple(tried_by_tags)
        self._by_start = tuple(dict(starts) for starts in self._by_start)
        self._by_end = tuple(dict(ends) for ends in self._by_end)

    def __getstate__(self) -> dict[str, Any]:
        # a pickled pack keeps the index, not what it learned of the forms seen so far
        return {**self.__dict__, "_by_grammemes": {}}

    def _file_by_edge(self, regex: re.Pattern[str], entry: _Entry) -> bool:
        """File a regex atom under the longest beginnings, else endings, its matches can have."""
        for length, starts, ends in zip(_START_LENGTHS, self._by_start, self._by_end, strict=True):
            for ways, filed in ((prefixes, starts), (endings, ends)):
                found = ways(regex, length)
                if found is not None:
                    for way in found:
                        filed[way].append(entry)
                    return True
        return False

    def filled_by(self, word: WordAnalysis) -> set[int]:
        """The numbers of the slots `word` fills."""
        grammemes = frozenset([parse.tags for parse in word.parses])
        by_tags = self._by_grammemes.get(grammemes)
        if by_tags is None:
            by_tags = self._filled_by_grammemes(word, grammemes)
        found = set(by_tags)
        by_key = self._by_key
        for key in word.keys & self._keys:
            _add_matching(by_key[key], word, found)
        form = word.form
        for length, starts in zip(_START_LENGTHS, self._by_start, strict=True):
            if starts:
                entries = starts.get(form[:length])
                if entries is not None:
                    _add_matching(entries, word, found)
        for length, ends in zip(_START_LENGTHS, self._by_end, strict=True):
            if ends:
                entries = ends.get(form[-length:])
                if entries is not None:
                    _add_matching(entries, word, found)
        if self._tried:
            folded = form.casefold()
            for needs, (atom, how, numbers) in self._tried:
                if (not needs or holds(needs, folded)) and (
                    how == _CERTAIN
                    or (atom.regex.fullmatch(form) is not None if how == _REGEX else atom.matches(word))  # type: ignore[union-attr]
                ):
                    found.update(numbers)
        for slot, number in self._unknown:
            if slot.matches(word):
                found.add(number)
        return found


    def _filled_by_grammemes(self, word: WordAnalysis, grammemes: frozenset[frozenset[str]]) -> frozenset[int]:
        """The slots filled by atoms of grammemes alone, for every form whose parses carry these grammemes."""
        found: set[int] = set()
        by_tag = self._by_tag
        for key in word.keys & self._tag_keys:
            _add_matching(by_tag[key], word, found)
        _add_matching(self._tried_by_tags, word, found)
        if len(self._by_grammemes) >= _MAX_GRAMMEME_SETS:
            self._by_grammemes.clear()
        known = self._by_grammemes[grammemes] = frozenset(found)
        return known


_MAX_GRAMMEME_SETS = 20_000


def _add_matching(entries: Iterable[_Entry], word: WordAnalysis, found: set[int]) -> None:
    form = word.form
    for atom, how, numbers in entries:
        if how == _CERTAIN or (atom.regex.fullmatch(form) is not None if how == _REGEX else atom.matches(word)):  # type: ignore[union-attr]
            found.update(numbers)


def _reads_every_field(item: Any, known: frozenset[str]) -> bool:
    """Whether every field of `item` that this index doesn't read is left at its default."""
    for field in fields(item):
        if field.name in known:
            continue
        if field.default is not MISSING:
            default = field.default
        elif field.default_factory is not MISSING:
            default = field.default_factory()
        else:
            return False
        if getattr(item, field.name) != default:
            return False
    return True
