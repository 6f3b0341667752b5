"""Text every match of a regex must hold, so a regex that cannot match a reply is not run.

A rule regex over a whole reply costs 20–40 µs, most of it spent trying every position (a
leading look-behind defeats the engine's own prefix search). Checking that the reply holds the
text every match needs — its literal runs, one of the words of a literal alternation, what a
look-ahead demands — is a few `in` tests on the case-folded reply, and most replies fail one.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from typing import Any

if sys.version_info >= (3, 11):
    from re import _parser as sre_parse  # type: ignore[attr-defined]  # private, so typeshed has no stub
else:  # pragma: no cover - Python 3.10
    import sre_parse

# A parsed regex (sre_parse's SubPattern): (opcode, value) pairs.
Parsed = Iterable[tuple[Any, Any]]

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
    for group in requirements:  # loops, not all(any(...)): this runs for every regex on every reply
        for piece in group:
            if piece in folded_text:
                break
        else:
            return False
    return True


def _required(items: Parsed, found: list[tuple[str, ...]]) -> None:
    runs = [""]
    _collect(items, runs)
    found += [(run.casefold(),) for run in runs if _telling(run)]
    for op, value in items:
        if op is sre_parse.SUBPATTERN:
            _required(value[-1], found)
        elif op is sre_parse.ASSERT:  # a positive look-ahead or look-behind must match too
            _required(value[1], found)
        elif op is sre_parse.BRANCH:
            found += _either(value[1])


def _either(branches: list[Parsed]) -> list[tuple[str, ...]]:
    """What a match of an alternation holds: it goes through one branch, so it holds one string of that
    branch's first requirement (`(?:вх|изх|(?<=с )рег)\\.` holds «вх», «изх» or «рег»); nothing when a branch
    requires nothing."""
    pieces: list[str] = []
    for branch in branches:
        own: list[tuple[str, ...]] = []
        _required(branch, own)
        if not own:
            return []
        pieces += own[0]
    return [tuple(dict.fromkeys(pieces))]


def _collect(items: Parsed, runs: list[str]) -> None:
    """Extend the current run with literals in sequence, through plain groups; anything else (a
    class, a repeat, an alternation, a look-around) ends it."""
    for op, value in items:
        if op is sre_parse.LITERAL:
            runs[-1] += chr(value)
        elif op is sre_parse.SUBPATTERN:
            _collect(value[-1], runs)
        else:
            runs.append("")



def prefixes(regex: re.Pattern[str], length: int, limit: int = 2_000) -> frozenset[str] | None:
    """Every way a match of `regex` can begin, cut to `length` characters (a whole match, when it is
    shorter); None when a match may begin with almost anything (`.`, `\\d`, a negated set, a
    case-insensitive regex) or there are more than `limit` ways.

    `(горе)?упоменат` begins with «гор» or «упо», so a word that begins otherwise can't match it.
    """
    return _ways(regex, length, limit, backwards=False)


def endings(regex: re.Pattern[str], length: int, limit: int = 2_000) -> frozenset[str] | None:
    """Every way a match of `regex` can end, its last `length` characters (a whole match, when it is
    shorter); None as for `prefixes`. `.*(л|ла|ли)` ends in «л», «а» or «и»."""
    return _ways(regex, length, limit, backwards=True)


def _ways(regex: re.Pattern[str], length: int, limit: int, backwards: bool) -> frozenset[str] | None:
    if regex.flags & re.IGNORECASE:
        return None
    parsed: Parsed = sre_parse.parse(regex.pattern, regex.flags)
    try:
        found = _begin(_reversed(parsed) if backwards else parsed, length, limit)
    except _Unknown:
        return None
    return frozenset(way[::-1] for way in found) if backwards else frozenset(found)


def _reversed(items: Parsed) -> list[tuple[Any, Any]]:
    """A parsed regex read from its end: what its matches' reversed texts match (a look-around, which
    `_begin` skips, is left as it is)."""
    turned = []
    for op, value in items:
        if op is sre_parse.SUBPATTERN:
            value = (*value[:-1], _reversed(value[-1]))
        elif op is sre_parse.BRANCH:
            value = (value[0], [_reversed(branch) for branch in value[1]])
        elif op in _REPEATS:
            value = (value[0], value[1], _reversed(value[2]))
        turned.append((op, value))
    return turned[::-1]


class _Unknown(Exception):
    """Too many ways to begin, or a piece whose beginnings aren't worked out."""


_ZERO_WIDTH = {sre_parse.AT, sre_parse.ASSERT, sre_parse.ASSERT_NOT}
_REPEATS = {sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, getattr(sre_parse, "POSSESSIVE_REPEAT", sre_parse.MAX_REPEAT)}


def _begin(items: Parsed, length: int, limit: int) -> set[str]:
    """The beginnings of a sequence, cut to `length`; a shorter string is a whole match of it.
    A look-around is skipped: what follows it begins in every way it lets through, and more."""
    found = {""}
    for op, value in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre_parse.LITERAL:
            piece = {chr(value)}
        elif op is sre_parse.IN:
            piece = _set_members(value, limit)
        elif op is sre_parse.SUBPATTERN:
            if value[1] & re.IGNORECASE:
                raise _Unknown
            piece = _begin(value[-1], length, limit)
        elif op is sre_parse.BRANCH:
            piece = set().union(*(_begin(branch, length, limit) for branch in value[1]))
        elif op in _REPEATS:
            piece = _repeat(value, length, limit)
        else:
            raise _Unknown
        found = _then(found, piece, length, limit)
        if all(len(start) >= length for start in found):
            break
    return found


def _then(firsts: set[str], seconds: set[str], length: int, limit: int) -> set[str]:
    joined = {first if len(first) >= length else (first + second)[:length] for first in firsts for second in seconds}
    if len(joined) > limit:
        raise _Unknown
    return joined


def _repeat(value: tuple[int, int, Parsed], length: int, limit: int) -> set[str]:
    low, high, item = value
    once = _begin(item, length, limit)
    found, ways = {""}, {""}
    for count in range(1, min(high, length + 1) + 1):  # past `length` more repeats change no beginning
        ways = _then(ways, once, length, limit)
        found = ways if count <= low else found | ways
    return found


def _set_members(items: Parsed, limit: int) -> set[str]:
    chars: set[str] = set()
    for op, value in items:
        if op is sre_parse.LITERAL:
            chars.add(chr(value))
        elif op is sre_parse.RANGE and value[1] - value[0] < limit:
            chars.update(chr(code) for code in range(value[0], value[1] + 1))
        else:
            raise _Unknown  # a negated set, a category (`\\d`, `\\w`), a wide range
    return chars
