"""Fixes: what a rule's `fix` does to the words it matched, planned as edits of the exact input.

A fix is one kind from the registry (`fix_kinds`), plus the keys every kind shares, which say where
it works: `when` (the shape of the match), `unless` (context around the match in which it steps aside: in
its sentence, anywhere in the reply, or in no other sentence of the reply),
`first_word` / `keep_first` (only the first word is edited / it stays), `absorb` (text after the match
that goes with it), `lead` and `followed_by` (text before or after the match that must be there, and
goes with it) and `comma` (the main clause a comma must open).
A fix whose agreement cannot be resolved is skipped with a reason, never guessed.
"""
from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from . import active_forms, agent_actives, clauses, conjuncts, link_predicates, noun_passives, word_fixes  # noqa: F401  (they register the fix kinds)
from .edits import Context, Edit, capital_handed_on, original, prepositions_agreeing, replacement
from .fix_kinds import FixError, FixKind, Target, kind_of
from .matching import BLANK_LINE, Match, Sentence, matches_anywhere
from .normalize import fold_case
from .patterns import PatternError, TokenPattern, compile_pattern
from .translation import N_

_log = logging.getLogger(__name__)
_SHARED = frozenset({"when", "unless", "absorb", "first_word", "keep_first", "lead", "followed_by", "comma"})
_NO_SHAPE = N_("this wording has no safe fix")
# a short line ending in a comma: a greeting («Здравейте, г-жо Попова,»), not a hard-wrapped sentence
_GREETING_LINE = re.compile(r"[^\s,]+(?:[ \t,]+[^\s,]+){0,4}[ \t]*,[ \t]*\r?")

__all__ = ["Fix", "FixError", "parse_fixes", "plan_fallback", "plan_fixes", "plan_gap"]


@dataclass(frozen=True)
class Fix:
    """One entry of a rule's `fix`: its kind, and the shape of the match it applies to."""

    kind: FixKind
    when: tuple[TokenPattern, ...] = ()
    # context in which the fix steps aside: a match of one of them that takes in a matched word
    # (LanguageTool's antipattern, for the fix alone: the finding stays)
    unless: tuple[TokenPattern, ...] = ()
    # context anywhere in the reply: its register («Уважаемый …» opens a formal letter)
    unless_reply: tuple[TokenPattern, ...] = ()
    # context in no sentence of the reply but the match's: the reply's only sentence about the future
    unless_alone: tuple[TokenPattern, ...] = ()
    # context in the paragraph right before the match's: what a closing line is read after
    unless_before: tuple[TokenPattern, ...] = ()
    first_word: bool = False
    keep_first: bool = False
    absorb: re.Pattern[str] | None = None
    lead: re.Pattern[str] | None = None
    followed_by: re.Pattern[str] | None = None
    comma: tuple[TokenPattern, ...] = ()
    # the reply's register is formal: another of its sentences writes «Вам», «Ваш» with a capital
    unless_formal: bool = False


def parse_fixes(data: Any, has_grammemes: bool, expand: Callable[[str], str] = str) -> tuple[Fix, ...]:
    """A rule's `fix`: one mapping, or a list of them for different shapes of the match (the first that applies wins).
    `expand` writes out the language's word classes (`@third_party`) in its `when` and `unless` patterns."""
    entries = data if isinstance(data, list) else [data]
    if not entries:
        raise FixError("`fix` is a mapping, or a non-empty list of them")
    return tuple(parse_fix(entry, has_grammemes, expand) for entry in entries)


def parse_fix(data: Any, has_grammemes: bool, expand: Callable[[str], str] = str) -> Fix:
    """Read one `fix` mapping: exactly one kind's key, that kind's own keys, and the shared ones."""
    if not isinstance(data, Mapping):
        raise FixError("`fix` is a mapping (or a list of them) naming one kind of fix")
    kind = kind_of(data, _SHARED, has_grammemes)
    try:
        when = _patterns(data.get("when", []), has_grammemes, expand)
        unless, unless_reply, unless_alone, unless_before, unless_formal = _unless(
            data.get("unless", []), has_grammemes, expand)
        comma = _patterns(data.get("comma", []), has_grammemes)
        absorb = re.compile(data["absorb"], re.IGNORECASE) if "absorb" in data else None
        # the lead ends where the match starts; its spaces go with it
        lead = re.compile(rf"(?:{data['lead']})\s*\Z", re.IGNORECASE) if "lead" in data else None
        followed_by = re.compile(data["followed_by"], re.IGNORECASE) if "followed_by" in data else None
    except (PatternError, re.error, TypeError) as error:
        raise FixError(f"fix: {error}") from None
    return Fix(
        kind.parse(data, has_grammemes), when, unless, unless_reply, unless_alone, unless_before, bool(data.get("first_word")),
        bool(data.get("keep_first")), absorb, lead, followed_by, comma, unless_formal,
    )


_UNLESS_SCOPES = ("sentence", "reply", "alone", "before")
_FORMAL_REGISTER = {"register": "formal"}


def _unless(
    sources: Any, has_grammemes: bool, expand: Callable[[str], str],
) -> tuple[tuple[TokenPattern, ...], tuple[TokenPattern, ...], tuple[TokenPattern, ...], tuple[TokenPattern, ...], bool]:
    """A fix's `unless` by scope: a bare pattern is the sentence's; `{reply: …}` looks in the whole reply,
    `{alone: …}` steps aside where no other sentence of the reply matches it, `{before: …}` where a sentence of the
    paragraph right before the match's does; `{register: formal}` steps aside
    in a reply that writes the polite pronouns with a capital («Вам», «Ваш») inside another sentence."""
    sources = [sources] if isinstance(sources, (str, Mapping)) else sources
    if not isinstance(sources, list):
        raise FixError("`unless` in a fix is a token pattern or a list of them (each a pattern, `{reply: …}`, `{alone: …}`, `{before: …}` "
                       "or `{register: formal}`)")
    scoped: dict[str, list[Any]] = {scope: [] for scope in _UNLESS_SCOPES}
    formal = False
    for item in sources:
        if item == _FORMAL_REGISTER:
            formal = True
            continue
        if isinstance(item, Mapping):
            if len(item) != 1 or next(iter(item)) not in _UNLESS_SCOPES[1:]:
                raise FixError("an `unless` entry of a fix is a token pattern, `{reply: pattern}`, `{alone: pattern}`, `{before: pattern}` "
                               "or `{register: formal}`")
            scope, item = next(iter(item.items()))
        else:
            scope = "sentence"
        scoped[scope].append(item)
    sentence, reply, alone, before = (_patterns(scoped[scope], has_grammemes, expand) for scope in _UNLESS_SCOPES)
    return sentence, reply, alone, before, formal


def _patterns(sources: Any, has_grammemes: bool, expand: Callable[[str], str] = str) -> tuple[TokenPattern, ...]:
    """One token pattern or a list of them; anything else is a FixError."""
    sources = [sources] if isinstance(sources, str) else sources
    if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
        raise FixError("`when`, `unless` and `comma` in a fix are a token pattern or a list of them")
    return tuple(compile_pattern(expand(s), has_grammemes) for s in sources)


def plan_fixes(fixes: tuple[Fix, ...], rule_id: str, match: Match, context: Context) -> list[Edit] | str:
    """The edits of the first of a rule's fixes that applies to `match`, or why none does."""
    reasons = []
    for fix in fixes:
        planned = plan_fix(fix, rule_id, match, context)
        if not isinstance(planned, str):
            return planned
        reasons.append(planned)
    return next((r for r in reasons if r != _NO_SHAPE), _NO_SHAPE)


def plan_fallback(fixes: tuple[Fix, ...], rule_id: str, match: Match, context: Context) -> list[Edit] | None:
    """Where a rule's fix drops its sentence: the first of its later fixes that applies and keeps a sentence in
    its place, for when the drop would take the reply's only closing («Оставаме на разположение.» → a plain
    closing). None when there is no such fix, or the rule's fix drops no sentence."""
    dropped = False
    for fix in fixes:
        planned = plan_fix(fix, rule_id, match, context)
        if isinstance(planned, str):
            continue
        if not any(e.drops_sentence for e in planned):
            return planned if dropped else None
        dropped = True
    return None


def plan_fix(fix: Fix, rule_id: str, match: Match, context: Context) -> list[Edit] | str:
    """The edits that apply `fix` to `match`, or the reason it cannot be applied here: a failure on unforeseen
    text, in the fix's conditions as in its kind, is such a reason (that fix steps aside, the draft goes on)."""
    try:
        return _plan(fix, rule_id, match, context)
    except Exception as error:  # noqa: BLE001 - a fix's bug on unforeseen text: this fix steps aside, the draft goes on
        _log.debug("%s: fix failed at %d:%d", rule_id, match.start, match.end, exc_info=True)
        return N_("the fix failed on this text ({error}); please report it").format(error=type(error).__name__)


def _plan(fix: Fix, rule_id: str, match: Match, context: Context) -> list[Edit] | str:
    sentence = context.sentences[match.sentence]
    word_range = _word_range(sentence, match.start, match.end)
    if word_range is None:
        return "the match holds no whole word"
    first, last = word_range
    words = sentence.words[first:last + 1]
    if fix.when and not any(w.match_at(words, 0) == (0, len(words) - 1) for w in fix.when):
        return _NO_SHAPE
    if fix.unless and _in_context(fix.unless, sentence, first, last):
        return _NO_SHAPE
    if fix.unless_reply and any(matches_anywhere(fix.unless_reply, other) for other in context.sentences):
        return _NO_SHAPE
    if fix.unless_formal and context.polite_capital_outside(sentence.start, sentence.end):
        return _NO_SHAPE
    if fix.unless_alone and not any(
        matches_anywhere(fix.unless_alone, other) for n, other in enumerate(context.sentences) if n != match.sentence
    ):
        return _NO_SHAPE
    if fix.unless_before and any(matches_anywhere(fix.unless_before, s) for s in _paragraph_before(context, match.sentence)):
        return _NO_SHAPE
    start, end, text = match.start, match.end, context.view.text
    if fix.keep_first:
        if first == last:
            return _NO_SHAPE
        first, start = first + 1, sentence.spans[first + 1][0]
    if fix.lead is not None:
        opening = _lead_window(context, match.sentence, start)
        lead = fix.lead.search(text[opening:start])
        if lead is None:
            return _NO_SHAPE
        # the edit starts at the lead's empty group, where it has one and that group took part
        start = opening + lead.start(1 if fix.lead.groups and lead.start(1) >= 0 else 0)
    if fix.followed_by is not None:
        followed = fix.followed_by.match(text, end)
        if followed is None:
            return _NO_SHAPE
        end = followed.end()
    whole_last = last
    if fix.first_word:
        last, end = first, sentence.spans[first][1]
    if fix.absorb is not None:
        absorbed = fix.absorb.match(text, end)
        end = absorbed.end() if absorbed else end
    planned = fix.kind.plan(Target(sentence, first, last, start, end), rule_id, context)
    if isinstance(planned, str):
        return planned
    planned = prepositions_agreeing(capital_handed_on(planned), context)
    if fix.comma:
        return _with_commas(planned, fix.comma, sentence, first, whole_last, context)
    return planned


def _paragraph_before(context: Context, number: int) -> tuple[Sentence, ...]:
    """The sentences of the paragraph before sentence `number`'s (a blank line parts paragraphs); none in the first."""
    sentences, text = context.sentences, context.view.text
    breaks = [n for n in range(1, number + 1) if BLANK_LINE.search(text, sentences[n - 1].end, sentences[n].start)]
    return tuple(sentences[breaks[-2] if len(breaks) > 1 else 0:breaks[-1]]) if breaks else ()


def _lead_window(context: Context, number: int, start: int) -> int:
    """Where a lead is looked for: from the match's sentence's start, or the one before's where a comma
    stands before it on its line or a phrase in front ended on a date's dot (in «…, 1898 г. р., сообщаем, что…»
    an abbreviation's dot ended no sentence; a greeting line «Здравейте,» is a sentence of its own); from the
    next line where the sentence opens with a short line that ends in a comma (the greeting «Здравейте,» with no
    blank line after it)."""
    opening = at = context.sentences[number].start
    text = context.view.text
    greeting_end = text.find("\n", opening, start)
    if greeting_end > opening and _GREETING_LINE.fullmatch(text, opening, greeting_end):
        return greeting_end + 1
    while at and text[at - 1] in " \t":
        at -= 1
    joined = number and at and (text[at - 1] in ",;" or _after_a_fronted_phrase(context, number))
    return context.sentences[number - 1].start if joined else opening


def _after_a_fronted_phrase(context: Context, number: int) -> bool:
    """Whether the sentence before, on the same line, opens with a preposition and ends on a date's or a unit's
    dot: a phrase with no clause of its own, which that dot did not end («По Вашето заявление № 5/27.11.2026 г.
    Община Шумен Ви уведомява, че…»), so the sentence does not open where the splitter began it."""
    before = context.sentences[number - 1]
    forms = before.forms
    return (
        len(forms) > 1 and forms[-1].endswith(".") and forms[-2][:1].isdigit() and forms[0] in context.grammar.prepositions
        and "\n" not in context.view.text[before.spans[-1][1]:context.sentences[number].start]
    )


def _in_context(patterns: tuple[TokenPattern, ...], sentence: Sentence, first: int, last: int) -> bool:
    """Whether one of `patterns` matches in the sentence taking in one of the words `first`..`last`:
    «в размере двух процентов» is a context the bare amount cannot stand in."""
    for at in range(last + 1):
        for pattern in patterns:
            found = pattern.match_at(sentence.words, at)
            if found is not None and found[1] >= first:
                return True
    return False


def _with_commas(edits: list[Edit], main: tuple[TokenPattern, ...], sentence: Sentence, first: int, last: int,
                 context: Context) -> list[Edit] | str:
    """The fix made a subordinate clause («Ако имате въпроси»): a comma parts it from the words before it,
    and from the main clause after it, which `main` must tell begins there (or a punctuation mark ends it)."""
    view = context.view.text
    opening = min(edits, key=lambda e: e.start)
    # the clause opens at the first matched word, or at a word of the lead that goes with it («при предоставлении»)
    at = next((n for n in range(first, -1, -1) if original(context, *sentence.spans[n])[0] == opening.start), None)
    if at is not None and at > 0 and not view[sentence.spans[at - 1][1]:sentence.spans[at][0]].strip():
        start = original(context, *sentence.spans[at - 1])[1]
        edits = [e if e is not opening else Edit(start, e.end, ", " + e.new, e.rule) for e in edits]
    if last + 1 >= len(sentence.words) or view[sentence.spans[last][1]:sentence.spans[last + 1][0]].strip():
        return edits
    if not any(p.match_at(sentence.words, last + 1) is not None for p in main):
        return "cannot tell where the new clause ends"
    start, end = original(context, *sentence.spans[last])
    closing = next((e for e in edits if e.end == end), None)
    if closing is not None:
        return [e if e is not closing else replace(e, new=e.new + ",") for e in edits]
    if any(e.start < end and start < e.end for e in edits):
        return edits
    return [*edits, Edit(start, end, context.text[start:end] + ",", edits[0].rule)]


def plan_gap(gap: str, rule_id: str, match: Match, context: Context) -> list[Edit]:
    """The visible gap `--mark` leaves for the agent to fill, in place of the whole vague phrase: the
    matched words and the words of it that stand before them («в самое ближайшее время», `gap_leads`)."""
    sentence = context.sentences[match.sentence]
    word_range = _word_range(sentence, match.start, match.end)
    if word_range is None:  # no whole word inside: the gap takes the matched characters alone
        return [replacement(match.start, match.end, gap, rule_id, context)]
    first = word_range[0]
    while first:
        lead = next((len(words) for words in context.grammar.gap_leads if _stand_before(words, sentence, first, context)), 0)
        if not lead:
            break
        first -= lead
    return [replacement(min(match.start, sentence.spans[first][0]), match.end, gap, rule_id, context)]


def _stand_before(words: tuple[str, ...], sentence: Sentence, first: int, context: Context) -> bool:
    """Whether `words` are the words right before word `first`, with only spaces between them."""
    at = first - len(words)
    if at < 0 or tuple(fold_case(w.form) for w in sentence.words[at:first]) != words:
        return False
    text = context.view.text
    return all(not text[sentence.spans[i][1]:sentence.spans[i + 1][0]].strip() for i in range(at, first))


def _word_range(sentence: Sentence, start: int, end: int) -> tuple[int, int] | None:
    """The first and last word wholly inside start..end (found by bisection: a sentence can be long)."""
    spans = sentence.spans
    first = bisect.bisect_left(spans, (start, -1))
    inside = [i for i in range(first, bisect.bisect_right(spans, (end, end))) if spans[i][1] <= end]
    return (inside[0], inside[-1]) if inside else None
