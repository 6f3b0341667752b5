"""Text every match of a regex must hold, so a regex that cannot match a reply is not run.

A rule regex over a whole reply costs 20–40 µs, most of it spent trying every position (a
leading look-behind defeats the engine's own prefix search). Checking that the reply holds the
text every match needs — its literal runs, one of the words of a literal alternation, what a
look-ahead demands — is a few `in` tests on the case-folded reply, and most replies fail one.
"""
from __future__ import annotations

import re

try:
    from re import _parser as sre_parse  # Python 3.11+
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse  # type: ignore[no-redef]

# Each requirement is a tuple of case-folded strings, one of which every match holds.
Requirements = tuple[tuple[str, ...], ...]
_MIN_LENGTH = 2
# Common one-character pieces filter nothing; a rare sign («⟨», «№») alone filters nearly every reply.
_COMMON = set(".,;:!?-–—()[]\"'«»/")


def _telling(piece: str) -> bool:
    return len(piece) >= _MIN_LENGTH or (len(piece) == 1 and not piece.isalnum() and not piece.isspace() and piece not in _COMMON)


def required_text(regex: re.Pattern[str]) -> Requirements:
    """What every match of `regex` holds, as groups of alternatives; () when nothing is certain.
    Case-folded, so it holds whatever the regex's own case flags."""
    found: list[tuple[str, ...]] = []
    _required(sre_parse.parse(regex.pattern, regex.flags), found)
    return tuple(dict.fromkeys(found))


def holds(requirements: Requirements, folded_text: str) -> bool:
    """Whether the case-folded text holds one string of every requirement."""
    return all(any(piece in folded_text for piece in group) for group in requirements)


def _required(items, found: list[tuple[str, ...]]) -> None:
    runs = [""]
    _collect(items, runs)
    found += [(run.casefold(),) for run in runs if _telling(run)]
    for op, value in items:
        if op is sre_parse.SUBPATTERN:
            _required(value[-1], found)
        elif op is sre_parse.ASSERT:  # a positive look-ahead or look-behind must match too
            _required(value[1], found)
        elif op is sre_parse.BRANCH:
            words = [_plain(branch) for branch in value[1]]
            if all(word is not None and _telling(word) for word in words):
                found.append(tuple(word.casefold() for word in words))  # type: ignore[union-attr]


def _collect(items, runs: list[str]) -> None:
    """Extend the current run with literals in sequence, through plain groups; anything else (a
    class, a repeat, an alternation, a look-around) ends it."""
    for op, value in items:
        if op is sre_parse.LITERAL:
            runs[-1] += chr(value)
        elif op is sre_parse.SUBPATTERN:
            _collect(value[-1], runs)
        else:
            runs.append("")


def _plain(items) -> str | None:
    """A branch that is nothing but literal characters, as its string."""
    if all(op is sre_parse.LITERAL for op, _ in items):
        return "".join(chr(value) for _, value in items)
    return None
