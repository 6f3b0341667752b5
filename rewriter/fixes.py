"""Fixes: what a rule's `fix` does to the words it matched, planned as edits of the exact input.

A fix kind is a small grammatical operation; the words come from the rule pack. Russian fixes
agree with their context through pymorphy3 (`данного → этого`, `в связи с задержкой → из-за
задержки`); a fix whose agreement cannot be resolved is skipped with a reason, never guessed.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any, Mapping

from .clauses import active, active_forms, imperative
from .errors import RewriterError
from .edits import Context, Edit, govern, original, replacement, spelled_like, surfaces
from .inflection import aspect_of, inflect_like, verb_like
from .matching import Match, Sentence
from .normalize import fold_case
from .patterns import PatternError, TokenPattern, compile_pattern

CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})
_FIX_KEYS = {
    "replace", "inflect", "verb", "drop", "definite", "active", "active_forms", "imperative", "govern", "governed",
    "when", "absorb", "first_word",
}
_KINDS = ("replace", "inflect", "verb", "drop", "definite", "active", "active_forms", "imperative")


_NO_SHAPE = "this wording has no safe fix"


class FixError(RewriterError):
    """A `fix` entry that cannot be used; the message says which key."""


@dataclass(frozen=True)
class Fix:
    replace: str | None = None
    inflect: str | None = None
    verb: tuple[tuple[str, tuple[str, str]], ...] = ()
    drop_sentence: bool = False
    definite: bool = False
    active: str | None = None
    active_forms: tuple[tuple[str, str], ...] = ()
    imperative: bool = False
    govern: str | None = None
    governed: str | None = None
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
    """Read one `fix` mapping: exactly one of replace, inflect, verb, drop, definite, active (which may take a verb map)."""
    if not isinstance(data, Mapping) or set(data) - _FIX_KEYS:
        raise FixError(f"`fix` is a mapping with keys among {', '.join(sorted(_FIX_KEYS))}")
    kinds = [k for k in _KINDS if k in data and not (k == "verb" and "active" in data)]
    if len(kinds) != 1:
        raise FixError(f"`fix` needs exactly one of {', '.join(_KINDS)}")
    if not has_grammemes and ({"inflect", "verb", "govern", "active", "imperative"} & set(data)):
        raise FixError("inflect, verb, active, imperative and govern need a language with grammemes")
    if "active_forms" in data and not (
        isinstance(data["active_forms"], Mapping) and data["active_forms"]
        and all(isinstance(v, str) and v for v in data["active_forms"].values())
    ):
        raise FixError("active_forms maps a participle's verb to the active form that replaces it")
    if "imperative" in data and data["imperative"] is not True:
        raise FixError("imperative: true is the only kind of imperative")
    if "active" in data and not (isinstance(data["active"], str) and data["active"] and data.get("verb")):
        raise FixError("active is the new subject («мы»), and needs a verb map")
    if data.get("govern") not in (None, *CASES) or data.get("governed") not in (None, *CASES):
        raise FixError(f"govern and governed must be cases: {', '.join(sorted(CASES))}")
    if "governed" in data and "govern" not in data:
        raise FixError("governed (the old case) goes with govern (the new one)")
    if "drop" in data and data["drop"] != "sentence":
        raise FixError("drop: sentence is the only kind of drop")
    whens = data.get("when", [])
    whens = [whens] if isinstance(whens, str) else whens
    try:
        when = tuple(compile_pattern(w, has_grammemes) for w in whens)
        absorb = re.compile(data["absorb"], re.IGNORECASE) if "absorb" in data else None
    except (PatternError, re.error, TypeError) as error:
        raise FixError(f"fix: {error}") from None
    verbs = tuple((fold_case(noun), tuple(pair)) for noun, pair in dict(data.get("verb", {})).items())
    if any(len(pair) != 2 for _, pair in verbs):
        raise FixError("verb maps a noun to [perfective verb, imperfective verb]")
    return Fix(
        replace=data.get("replace"),
        inflect=data.get("inflect"),
        verb=verbs,
        drop_sentence="drop" in data,
        definite=bool(data.get("definite")),
        active=data.get("active"),
        active_forms=tuple((fold_case(k), v) for k, v in dict(data.get("active_forms", {})).items()),
        imperative="imperative" in data,
        govern=data.get("govern"),
        governed=data.get("governed"),
        when=when,
        absorb=absorb,
        first_word=bool(data.get("first_word")),
    )


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
        last, words, end = first, words[:1], sentence.spans[first][1]
    if fix.absorb is not None:
        absorbed = fix.absorb.match(context.view.text, end)
        end = absorbed.end() if absorbed else end
    if fix.drop_sentence:
        return _drop_sentence(sentence, match.start, end, rule_id, context)
    if fix.definite:
        return _definite(sentence, first, rule_id, context)
    if fix.active:
        return active(fix, sentence, first, last, rule_id, context)
    if fix.imperative:
        return imperative(sentence, first, last, rule_id, context)
    if fix.active_forms:
        return active_forms(fix, sentence, first, last, rule_id, context)
    if fix.verb:
        return _verb(fix, sentence, first, last, rule_id, context)
    if fix.inflect is not None:
        new = inflect_like(context.morphology, fix.inflect, surfaces(context, sentence, first, last))
        if new is None:
            return f"cannot tell the form «{fix.inflect}» must take here"
        new = spelled_like(context, new)
    else:
        new = fix.replace or ""
    edits = [replacement(match.start, end, new, rule_id, context)]
    if fix.govern:
        governed = govern(sentence, last + 1, fix.govern, fix.governed, rule_id, context)
        if isinstance(governed, str):
            return governed
        edits += governed
    return edits


def plan_gap(gap: str, rule_id: str, match: Match, context: Context) -> list[Edit]:
    """The visible gap `--mark` leaves for the agent to fill, in place of the matched words."""
    return [replacement(match.start, match.end, gap, rule_id, context)]


def _word_range(sentence: Sentence, start: int, end: int) -> tuple[int | None, int | None]:
    """The first and last word wholly inside start..end (found by bisection: a sentence can be long)."""
    spans = sentence.spans
    first = bisect.bisect_left(spans, (start, -1))
    inside = [i for i in range(first, bisect.bisect_right(spans, (end, end))) if spans[i][1] <= end]
    return (inside[0], inside[-1]) if inside else (None, None)


def _drop_sentence(sentence: Sentence, start: int, end: int, rule_id: str, context: Context) -> list[Edit] | str:
    """The whole sentence goes, when the match is the whole sentence; a line left empty goes too."""
    if not sentence.spans or sentence.spans[0][0] < start or sentence.spans[-1][1] > end:
        return "the formula shares its sentence with other words"
    o_start, o_end = original(context, sentence.start, sentence.end)
    text = context.text
    line_start = max(text.rfind("\n", 0, o_start), text.rfind("\r", 0, o_start)) + 1
    while o_end < len(text) and text[o_end] in " \t":
        o_end += 1
    if text[o_end:o_end + 1] not in ("", "\n", "\r"):
        return [Edit(o_start, o_end, "", rule_id, drops_sentence=True)]
    if text[line_start:o_start].strip():
        while o_start > line_start and text[o_start - 1] in " \t":
            o_start -= 1
        return [Edit(o_start, o_end, "", rule_id, drops_sentence=True)]
    line_end = o_end + _line_break_length(text, o_end)
    if line_end >= len(text.rstrip()):
        # the last line goes: so do the line breaks before it
        line_start = len(text[:line_start].rstrip())
    elif text[:line_start].endswith(("\n\n", "\r\n\r\n", "\r\r")):
        # a paragraph between blank lines goes: one blank line closes up
        line_end += _line_break_length(text, line_end)
    return [Edit(line_start, line_end, "", rule_id, drops_sentence=True)]


def _line_break_length(text: str, at: int) -> int:
    if text.startswith("\r\n", at):
        return 2
    return 1 if text[at:at + 1] in ("\n", "\r") else 0


def _verb(fix: Fix, sentence: Sentence, first: int, last: int, rule_id: str, context: Context) -> list[Edit] | str:
    """«осуществим доставку заказа» → «доставим заказ»: the noun's own verb, in the light verb's form."""
    if last == first:
        last = first + 1
    if last != first + 1 or last >= len(sentence.words):
        return "words between the verb and its noun would be lost"
    morphology = context.morphology
    light, noun = surfaces(context, sentence, first, last)
    verbs = dict(fix.verb)
    pairs = {verbs[p.lemma] for p in sentence.words[last].parses if p.lemma in verbs}
    aspect = aspect_of(morphology, light)
    if len(pairs) != 1 or aspect is None:
        return "no single plain verb is listed for this noun, or the light verb's aspect is unclear"
    perfective, imperfective = pairs.pop()
    new = verb_like(morphology, perfective if aspect == "perf" else imperfective, light)
    if new is None:
        return f"the form of «{light}» is ambiguous or not a plain active verb"
    edits = [replacement(sentence.spans[first][0], sentence.spans[last][1], spelled_like(context, new), rule_id, context)]
    if last + 1 < len(sentence.words):
        following = morphology.parses(surfaces(context, sentence, last + 1, last + 1)[0])
        if following and following[0].tag.case == "gent" and following[0].tag.POS in {"NOUN", "ADJF", "PRTF", "NPRO"}:
            governed = govern(sentence, last + 1, "accs", "gent", rule_id, context)
            if isinstance(governed, str):
                return governed
            edits += governed
    return edits


def _definite(sentence: Sentence, first: int, rule_id: str, context: Context) -> list[Edit] | str:
    """Drop a demonstrative and give its article to the noun that follows (въпросната поръчка → поръчката).

    The endings and articles are the language's data (`articles` in `language.yaml`)."""
    if first + 1 >= len(sentence.words):
        return "no noun follows the demonstrative"
    demonstrative = sentence.words[first].form
    article = next((a for a in context.articles if demonstrative.endswith(a.demonstrative)), None)
    noun_start, noun_end = original(context, *sentence.spans[first + 1])
    noun = context.text[noun_start:noun_end]
    if article is None or not noun.isalpha():
        return "cannot tell which article the noun takes"
    new = article.on(noun)
    if not context.morphology.is_known(fold_case(new)):
        return f"«{new}» is not a known word"
    start, _ = original(context, *sentence.spans[first])
    old = context.text[start:noun_start]
    if old[:1].isupper():
        new = new[:1].upper() + new[1:]
    return [Edit(start, noun_end, new, rule_id)]
