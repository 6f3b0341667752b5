"""Shares bound to what they are shares of: «60% памук и 40% полиестер» turned into «40% памук и 60% полиестер» keeps
every value and every word, yet tells another composition, which the facts guard compares as a set."""
from __future__ import annotations

import re

from .facts import fact_spans, fact_values
from .normalize import fold_case

# The word right after a share, its first letters: what the share is of, in any inflected form («памук», «памука»).
_NEXT_WORD = re.compile(r"[\s\u00a0]*([^\W\d_]{3,})")
_STEM = 5


def shares_swapped(draft: str, reply: str, lang: str) -> list[str]:
    """The draft's shares the reply gives to another word of the draft's: a share the draft gives only to other words,
    told of a word the draft gives only other shares («40% памук» where the draft says «60% памук», «40% полиестер»)."""
    given = _shares(draft, lang)
    values = {value for value, _, _ in given}
    words = {word for _, word, _ in given}
    pairs = {(value, word) for value, word, _ in given}
    told = {(value, word) for value, word, _ in _shares(reply, lang)}
    swapped = {word for value, word in told - pairs if value in values and word in words}
    return list(dict.fromkeys(text for value, word, text in given if word in swapped and (value, word) not in told))


def _shares(text: str, lang: str) -> list[tuple[tuple, str, str]]:
    """Each percentage of the text with the first letters of the word right after it, and the two as written."""
    found = []
    for value, (start, end) in zip(fact_values(text, lang), fact_spans(text, lang), strict=True):
        after = _NEXT_WORD.match(text, end)
        if value.kind == "quantity" and value.key[1] == "percent" and after:
            found.append((value.key, fold_case(after[1])[:_STEM], text[start:after.end()]))
    return found
