"""Facts in a reply: what no rewrite may change (amounts, dates, ids, contacts, links, codes, names).

Facts are told by their shape (digits, Latin words, addresses), the same in both languages.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_SHAPES = {
    "url": r"(?:https?://|www\.)[^\s<>«»\"]+[^\s<>«»\".,;:!?)]",
    # from the start of a run of address characters: tried inside one, a long word costs its length squared
    "email": r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    "phone": r"(?<![\w+])(?:\+?\d[\d ()\-]{6,}\d)(?!\w)",
    "time": r"(?<!\d)\d{1,2}:\d{2}(?!\d)",
    "date": r"(?<!\d)\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?(?!\d)",
    "id": r"(?:№|#)\s?[\w-]*\d[\w-]*",
    "code": r"\b(?=[A-Z0-9-]*[A-Z])(?=[A-Z0-9-]*\d)[A-Z0-9-]{4,}\b",
    "number": r"(?<![\w.,])\d+(?:[ \u00a0]\d{3})*(?:[.,]\d+)?(?![\w])",
    "name": r"\b[A-Za-z][A-Za-z0-9&'.-]*[A-Za-z0-9]\b",
}
_FACT = re.compile("|".join(f"(?P<{kind}>{shape})" for kind, shape in _SHAPES.items()))


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
