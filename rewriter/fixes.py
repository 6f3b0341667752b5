"""Fixes: what a rule's `fix` does to the words it matched, planned as edits of the exact input.

A fix is one kind from the registry (`fix_kinds`), plus the keys every kind shares: `when` (the
shape of the match it applies to), `first_word` (only the first word is edited) and `absorb` (text
after the match that goes with it). Russian fixes agree with their context through pymorphy3
(`данного → этого`); a fix whose agreement cannot be resolved is skipped with a reason, never guessed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping

from . import clauses, word_fixes  # noqa: F401  (they register the fix kinds)
from .edits import Context, Edit, replacement
from .fix_kinds import FixError, FixKind, Target, kind_of
from .matching import Match, Sentence
from .patterns import PatternError, TokenPattern, compile_pattern

_SHARED = frozenset({"when", "absorb", "first_word"})
_NO_SHAPE = "this wording has no safe fix"

__all__ = ["Fix", "FixError", "parse_fixes", "plan_fixes", "plan_gap"]


@dataclass(frozen=True)
class Fix:
    """One entry of a rule's `fix`: its kind, and the shape of the match it applies to."""

    kind: FixKind
    when: tuple[TokenPattern, ...] = ()
    absorb: re.Pattern[str] | None = None
    first_word: bool = False


def parse_fixes(data: Any, has_grammemes: bool) -> tuple[Fix, ...]:
    """A rule's `fix`: one mapping, or a list of them for different shapes of the match (the first that applies wins)."""
    entries = data if isinstance(data, list) else [data]
    if not entries:
        raise FixError("`fix` is a mapping, or a non-empty list of them")
    return tuple(parse_fix(entry, has_grammemes) for entry in entries)


def parse_fix(data: Any, has_grammemes: bool) -> Fix:
    """Read one `fix` mapping: exactly one kind's key, that kind's own keys, and the shared ones."""
    if not isinstance(data, Mapping):
        raise FixError("`fix` is a mapping (or a list of them) naming one kind of fix")
    kind = kind_of(data, _SHARED, has_grammemes)
    whens = data.get("when", [])
    whens = [whens] if isinstance(whens, str) else whens
    try:
        when = tuple(compile_pattern(w, has_grammemes) for w in whens)
        absorb = re.compile(data["absorb"], re.IGNORECASE) if "absorb" in data else None
    except (PatternError, re.error, TypeError) as error:
        raise FixError(f"fix: {error}") from None
    return Fix(kind.parse(data, has_grammemes), when, absorb, bool(data.get("first_word")))


def plan_fixes(fixes: tuple[Fix, ...], rule_id: str, match: Match, context: Context) -> list[Edit] | str:
    """The edits of the first of a rule's fixes that applies to `match`, or why none does."""
    reasons = []
    for fix in fixes:
        planned = plan_fix(fix, rule_id, match, context)
        if not isinstance(planned, str):
            return planned
        reasons.append(planned)
    return next((r for r in reasons if r != _NO_SHAPE), _NO_SHAPE)


def plan_fix(fix: Fix, rule_id: str, match: Match, context: Context) -> list[Edit] | str:
    """The edits that apply `fix` to `match`, or the reason it cannot be applied here."""
    sentence = context.sentences[match.sentence]
    first, last = _word_range(sentence, match.start, match.end)
    if first is None:
        return "the match holds no whole word"
    words = sentence.words[first:last + 1]
    if fix.when and not any(w.match_at(words, 0) == (0, len(words) - 1) for w in fix.when):
        return _NO_SHAPE
    end = match.end
    if fix.first_word:
        last, end = first, sentence.spans[first][1]
    if fix.absorb is not None:
        absorbed = fix.absorb.match(context.view.text, end)
        end = absorbed.end() if absorbed else end
    return fix.kind.plan(Target(sentence, first, last, match.start, end), rule_id, context)


def plan_gap(gap: str, rule_id: str, match: Match, context: Context) -> list[Edit]:
    """The visible gap `--mark` leaves for the agent to fill, in place of the matched words."""
    return [replacement(match.start, match.end, gap, rule_id, context)]


def _word_range(sentence: Sentence, start: int, end: int) -> tuple[int | None, int | None]:
    inside = [i for i, (s, e) in enumerate(sentence.spans) if s >= start and e <= end]
    return (inside[0], inside[-1]) if inside else (None, None)
