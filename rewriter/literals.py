"""The literal text every match of a regex holds, so a regex that cannot match is not run.

A rule regex over a whole reply costs ~30 µs, most of it spent trying every position (a
leading look-behind defeats the engine's own prefix search). Searching for the longest literal
every match must hold is several times cheaper, and most replies hold none.
"""
from __future__ import annotations

import re

try:
    from re import _parser as sre_parse  # Python 3.11+
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse  # type: ignore[no-redef]


def required_literal(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """The longest run of literal characters in every match, as a pattern with the regex's own
    flags (so case folding is the same); None if no run of two characters or more is certain."""
    runs = [""]
    _collect(sre_parse.parse(regex.pattern, regex.flags), runs)
    longest = max(runs, key=len)
    return re.compile(re.escape(longest), regex.flags) if len(longest) >= 2 else None


def _collect(items, runs: list[str]) -> None:
    """Extend the current run with literals in sequence; anything else (a class, a repeat, an
    alternation, a look-around, a group with flags of its own) ends it."""
    for op, value in items:
        if op is sre_parse.LITERAL:
            runs[-1] += chr(value)
        elif op is sre_parse.SUBPATTERN and not value[1] and not value[2]:
            _collect(value[3], runs)
        else:
            runs.append("")
