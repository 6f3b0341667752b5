"""Facts by their shape: digits, Latin words, addresses, the same in both languages.

The offline rewrite keeps these byte for byte (`facts_kept`); the typed readings of `facts.py` start
from the same tokens. Every pattern here runs in linear time: a match may start only where the one
before it could not go on (a look-behind), and runs of digits are bounded.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TypeVar

from .nlp import morphology
from .normalize import fold_case

# A slash that goes on an id's or a code's parts, though not to a date or a year («№ 1120/18.07.2026», «№ 48/2026»: a
# number and its date)
_PART_SLASH = r"/(?!\d{1,2}\.\d|(?:19|20)\d\d(?![\w-]))"
_SHAPES = {
    # a link with its scheme, or a bare domain with a path («shop.ru/reset» is «https://shop.ru/reset») or without one
    # («shop.ru» is «www.shop.ru»): in lower case, before no address sign
    "url": r"(?<![\w.])(?:https?://|www\.)[^\s<>«»\"]+[^\s<>«»\".,;:!?)]"
    r"|(?<![\w.@/-])[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,3}\.[a-z]{2,12}/[^\s<>«»\"]*[^\s<>«»\".,;:!?)]"
    r"|(?<![\w.@/-])[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,3}\.[a-z]{2,12}(?![\w@/-]|\.\w)",
    # from the start of a run of address characters, and bounded: a long word costs its length, not its square
    "email": r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+",
    # «02/981 22 33», «0301/62245» (a small town's five digits): an area code may end with a slash; «+7 (495) 210-44-87»:
    # or stand in brackets, both of them («(бронирование 30417) 12 июня» holds no phone); a group that a dot and digits
    # go on is the next fact («8-800-700-54-52 08.09.2026»: a phone and a date)
    "phone": r"(?<![\w+/])(?:\+?\d[\d \-]{6,20}\d|(?:\+?\d[\d \-]{0,4})?\(\d{1,5}\)[\d \-]{1,16}\d"
    r"|0\d{1,3}/\d[\d \-]{3,16}\d)(?![\w/]|[.:]\d)",
    # «1:10 000»: a group of thousands after the minutes makes a scale's ratio, its second term a number (set 75, guardsru-92)
    "time": r"(?<!\d)\d{1,2}:\d{2}(?!\d|[ \u00a0]\d{3}(?!\d))",
    # «14/26-К»: digits that a hyphen and a capital go on are an id's, not a date
    "date": r"(?<![\d.])\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?(?![\d/]|\.\d|-[A-ZА-ЯЁ])",
    # «№ 7700 4512 3398»: an id's digits may come in groups, the last before a comma or a full stop too
    # («№ 6104 2287 5530, приложена…»), though not before a decimal's («№ 12 300,50» holds no group)
    # A waybill's last group may be shorter («№ 1054 8832 19»), after a whole group only: «№ 4410 19 мая» is
    # an id and a date
    # «№ 62329.17.88»: or come in three groups or more after dots, every one of them part of the id; «№ 14/26-К»: its
    # parts may stand between slashes
    "id": r"(?:№|#)\s?[\w-]*\d[\w-]*(?:(?:\.\d+){2,}(?!\w|\.\d))?(?:" + _PART_SLASH + r"[\w-]+)*"
    r"(?:(?:[ \u00a0]\d{3,6}(?!\w|[.,]\d))+(?:[ \u00a0]\d{2}(?!\w|[.,]\d|[ \u00a0]\d))?)?",
    # «5.2.1», «v5.2.1», «62329.17.88»: a version or a dotted id (a cadastral one), with three parts or more (a date
    # has a year of two or four digits), every part counted; «1.480.500,50» is a number with its thousands; with its «v»,
    # two parts are a version too («v3.4», no date)
    "version": r"(?<![\w.])(?:[vV]\d{1,6}(?:\.\d{1,6}){1,5}|\d{1,6}(?:\.\d{1,6}){2,5})(?![\w]|[.,]\d)",
    # «ЗЭ-118/24», «14/26-К»: a code's parts may stand between slashes (a unit's letter before one is none: «В/2 А»)
    "code": r"\b(?=[A-ZА-ЯЁ0-9/-]*[A-ZА-ЯЁ])(?=[A-ZА-ЯЁ0-9/-]*\d)(?:[A-ZА-ЯЁ0-9-]{4,}(?:" + _PART_SLASH
    + r"[A-ZА-ЯЁ0-9-]+)*|\d+(?:" + _PART_SLASH + r"[A-ZА-ЯЁ0-9-]+)+)\b",
    # «4В клас», «кв. 12А»: a number with one capital letter after it is the number of a class or a flat
    # «1.480,50»: thousands after dots are part of the number when a decimal comma follows
    # «26x12 mm»: the sides of a size may stand on either side of a small x (Latin or Cyrillic) with no space; «2,5x»: a
    # small x that ends the word is a multiple's sign, after the whole number
    "number": r"(?:(?<![\w.,-])[-\u2212](?=\d))?(?:(?<![\w.,])|(?<=\d[xх]))\d+(?:[ \u00a0]\d{3}){0,4}(?:(?:\.\d{3})+(?=,\d))?"
    r"(?:[.,]\d+)?(?!(?![xх](?:\d|(?!\w)))\w)"
    r"|(?<![\w.,])\d{1,4}(?=[A-ZА-ЯЁ](?!\w))",
    "name": r"\b[A-Za-z][A-Za-z0-9&'.-]*[A-Za-z0-9]\b",
}
_FACT = re.compile("|".join(f"(?P<{kind}>{shape})" for kind, shape in _SHAPES.items()))
# Facts, then words and single signs: what the values are read from, left to right.
_TOKEN = re.compile(f"{_FACT.pattern}|(?P<word>[^\\W\\d_]+)|(?P<sign>[^\\w\\s])")
# At most this many tokens between two facts set against each other.
# «1 250 000»: a number in groups of three, which never starts with a zero («056 842 317» is a phone)
THOUSANDS = re.compile(r"(?!0)\d{1,3}(?:[ \u00a0]\d{3})+")
# «17.05» may be a time written with a dot as well as a date.
DOTTED_TIME = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
# The most a day and a month of a date may be.
_DAYS, _MONTHS = 31, 12


@dataclass(frozen=True)
class Fact:
    kind: str
    text: str
    start: int
    end: int


def find_facts(text: str) -> list[Fact]:
    """Every fact in the text, left to right; a longer shape wins over the pieces inside it."""
    return [Fact(m.lastgroup or "", m.group(), m.start(), m.end()) for m in _FACT.finditer(text)]


def facts_kept(before: str, after: str) -> bool:
    """True when `after` holds exactly the facts of `before`, byte for byte."""
    return Counter(f.text for f in find_facts(before)) == Counter(f.text for f in find_facts(after))


V = TypeVar("V")


@dataclass(frozen=True)
class Token:
    kind: str  # a fact's kind, or "word" or "sign"
    text: str
    keys: frozenset[str]
    start: int
    end: int

    def looked_up(self, table: Mapping[str, V]) -> V | None:
        """What `table` says of the token: the entry of one of its keys (a form or a lemma), or None."""
        return next((table[k] for k in self.keys if k in table), None)


def tokenize(text: str, lang: str) -> Iterator[Token]:
    analyze = morphology(lang).analyze
    for m in _TOKEN.finditer(text):
        kind, written = m.lastgroup or "", m.group()
        if kind == "phone" and THOUSANDS.fullmatch(written):
            kind = "number"  # «1 250 000 руб.»: a number in groups of three, not a phone
        if kind in ("word", "sign", "name"):  # a Latin word is read as itself: «59 EUR» is «59 евро»
            folded = fold_case(written)
            keys = frozenset({folded, *(p.lemma for p in analyze(folded).parses)}) if kind == "word" else frozenset({folded})
        elif kind == "date" and _no_calendar_date(written):
            yield from _slashed_numbers(written, m.start())
            continue
        else:
            keys = frozenset()
        yield Token(kind, written, keys, m.start(), m.end())


def _no_calendar_date(written: str) -> bool:
    """Numbers between slashes that no calendar has for a day and a month («88/66/94 см»: three sizes)."""
    day, month = (int(part) for part in written.split("/")[:2]) if "/" in written else (1, 1)
    return not (1 <= day <= _DAYS and 1 <= month <= _MONTHS)


def _slashed_numbers(written: str, start: int) -> Iterator[Token]:
    """The numbers and the slashes between them, each a token of its own, at their offsets."""
    for part in re.finditer(r"\d+|/", written):
        kind = "number" if part.group().isdigit() else "sign"
        keys = frozenset() if kind == "number" else frozenset({part.group()})
        yield Token(kind, part.group(), keys, start + part.start(), start + part.end())

