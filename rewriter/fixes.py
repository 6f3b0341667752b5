"""Fixes: what a rule's `fix` does to the words it matched, planned as edits of the exact input.

A fix kind is a small grammatical operation; the words come from the rule pack. Russian fixes
agree with their context through pymorphy3 (`данного → этого`, `в связи с задержкой → из-за
задержки`); a fix whose agreement cannot be resolved is skipped with a reason, never guessed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping

from .inflection import aspect_of, govern_phrase, inflect_like, verb_like
from .matching import Match, Sentence
from .normalize import MatchView, fold_case
from .patterns import PatternError, TokenPattern, compile_pattern

CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})
_FIX_KEYS = {"replace", "inflect", "verb", "drop", "definite", "govern", "governed", "when", "absorb", "first_word"}


class FixError(ValueError):
    """A `fix` entry that cannot be used; the message says which key."""


@dataclass(frozen=True)
class Fix:
    replace: str | None = None
    inflect: str | None = None
    verb: tuple[tuple[str, tuple[str, str]], ...] = ()
    drop_sentence: bool = False
    definite: bool = False
    govern: str | None = None
    governed: str | None = None
    when: TokenPattern | None = None
    absorb: re.Pattern[str] | None = None
    first_word: bool = False


@dataclass(frozen=True)
class Edit:
    """Replace `text[start:end]` of the input with `new`; `drops_sentence` when a whole sentence goes."""

    start: int
    end: int
    new: str
    rule: str
    drops_sentence: bool = False


@dataclass(frozen=True)
class Context:
    text: str
    view: MatchView
    sentences: tuple[Sentence, ...]
    morphology: Any
    euphony: tuple = ()
    articles: tuple = ()


def parse_fix(data: Any, has_grammemes: bool) -> Fix:
    """Read a rule's `fix` mapping: exactly one of replace, inflect, verb, drop, definite."""
    if not isinstance(data, Mapping) or set(data) - _FIX_KEYS:
        raise FixError(f"`fix` is a mapping with keys among {', '.join(sorted(_FIX_KEYS))}")
    kinds = [k for k in ("replace", "inflect", "verb", "drop", "definite") if k in data]
    if len(kinds) != 1:
        raise FixError("`fix` needs exactly one of replace, inflect, verb, drop, definite")
    if not has_grammemes and ({"inflect", "verb", "govern"} & set(data)):
        raise FixError("inflect, verb and govern need a language with grammemes")
    if data.get("govern") not in (None, *CASES) or data.get("governed") not in (None, *CASES):
        raise FixError(f"govern and governed must be cases: {', '.join(sorted(CASES))}")
    if "governed" in data and "govern" not in data:
        raise FixError("governed (the old case) goes with govern (the new one)")
    if "drop" in data and data["drop"] != "sentence":
        raise FixError("drop: sentence is the only kind of drop")
    try:
        when = compile_pattern(data["when"], has_grammemes) if "when" in data else None
        absorb = re.compile(data["absorb"], re.IGNORECASE) if "absorb" in data else None
    except (PatternError, re.error) as error:
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
        govern=data.get("govern"),
        governed=data.get("governed"),
        when=when,
        absorb=absorb,
        first_word=bool(data.get("first_word")),
    )


def plan_fix(fix: Fix, rule_id: str, match: Match, context: Context) -> list[Edit] | str:
    """The edits that apply `fix` to `match`, or the reason it cannot be applied here."""
    sentence = context.sentences[match.sentence]
    first, last = _word_range(sentence, match.start, match.end)
    if first is None:
        return "the match holds no whole word"
    words = sentence.words[first:last + 1]
    if fix.when is not None and fix.when.match_at(words, 0) != (0, len(words) - 1):
        return "this wording has no safe fix"
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
    if fix.verb:
        return _verb(fix, sentence, first, last, rule_id, context)
    if fix.inflect is not None:
        new = inflect_like(context.morphology, fix.inflect, _surfaces(context, sentence, first, last))
        if new is None:
            return f"cannot tell the form «{fix.inflect}» must take here"
        new = _spelled_like(context, new)
    else:
        new = fix.replace or ""
    edits = [_replacement(match.start, end, new, rule_id, context)]
    if fix.govern:
        governed = _govern(sentence, last + 1, fix.govern, fix.governed, rule_id, context)
        if isinstance(governed, str):
            return governed
        edits += governed
    return edits


def plan_gap(gap: str, rule_id: str, match: Match, context: Context) -> list[Edit]:
    """The visible gap `--mark` leaves for the agent to fill, in place of the matched words."""
    return [_replacement(match.start, match.end, gap, rule_id, context)]


def _spelled_like(context: Context, word: str) -> str:
    """pymorphy3 writes «ё»; a draft that never does gets «е», as its author writes."""
    return word if "ё" in context.text or "Ё" in context.text else word.replace("ё", "е")


def _word_range(sentence: Sentence, start: int, end: int) -> tuple[int | None, int | None]:
    inside = [i for i, (s, e) in enumerate(sentence.spans) if s >= start and e <= end]
    return (inside[0], inside[-1]) if inside else (None, None)


def _original(context: Context, start: int, end: int) -> tuple[int, int]:
    return context.view.span(start, end)


def _replacement(start: int, end: int, new: str, rule_id: str, context: Context) -> Edit:
    """An edit of a view span that keeps a capital where the old words had one.

    A deleted span takes the spaces after it, and hands its capital to the word that follows.
    """
    o_start, o_end = _original(context, start, end)
    text = context.text
    capital = text[o_start:o_start + 1].isupper()
    if new:
        new = new[:1].upper() + new[1:] if capital else new
        return _with_preposition_agreeing(Edit(o_start, o_end, new, rule_id), context)
    while text[o_end:o_end + 1] in (" ", "\t"):
        o_end += 1
    if capital and text[o_end:o_end + 1].isalpha():
        return Edit(o_start, o_end + 1, text[o_end].upper(), rule_id)
    return Edit(o_start, o_end, "", rule_id)


def _with_preposition_agreeing(edit: Edit, context: Context) -> Edit:
    """Extend the edit over the preposition before it when the new word changes its form (о → об)."""
    before = re.search(r"(\w+)(\s+)$", context.text[max(0, edit.start - 8):edit.start])
    if not before:
        return edit
    word, space = before.group(1), before.group(2)
    for rule in context.euphony:
        if word.lower() == rule.word and rule.before.search(edit.new):
            becomes = rule.becomes.capitalize() if word[:1].isupper() else rule.becomes
            start = edit.start - len(space) - len(word)
            return Edit(start, edit.end, becomes + space + edit.new, edit.rule)
    return edit


def _drop_sentence(sentence: Sentence, start: int, end: int, rule_id: str, context: Context) -> list[Edit] | str:
    """The whole sentence goes, when the match is the whole sentence; a line left empty goes too."""
    if not sentence.spans or sentence.spans[0][0] < start or sentence.spans[-1][1] > end:
        return "the formula shares its sentence with other words"
    o_start, o_end = _original(context, sentence.start, sentence.end)
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


def _surfaces(context: Context, sentence: Sentence, first: int, last: int) -> list[str]:
    """The words as written (lowercased, «ё» kept: «счёта» is not «счета»), for pymorphy3 to parse."""
    return [context.view.text[s:e].lower() for s, e in sentence.spans[first:last + 1]]


def _clause_surfaces(context: Context, sentence: Sentence, first: int) -> list[str]:
    """The words from `first` up to the next punctuation mark: a noun phrase never crosses one."""
    words = _surfaces(context, sentence, first, first)
    for index in range(first + 1, len(sentence.words)):
        if context.view.text[sentence.spans[index - 1][1]:sentence.spans[index][0]].strip():
            break
        words += _surfaces(context, sentence, index, index)
    return words


def _govern(
    sentence: Sentence, first: int, case: str, source: str | None, rule_id: str, context: Context
) -> list[Edit] | str:
    """Put the noun phrase from word `first` into `case`: modifiers agree, the phrase ends at its noun."""
    words = govern_phrase(context.morphology, _clause_surfaces(context, sentence, first), source, case)
    if isinstance(words, str):
        return words
    edits = []
    for offset, new in enumerate(words):
        start, end = _original(context, *sentence.spans[first + offset])
        old = context.text[start:end]
        new = _spelled_like(context, new)
        new = new[:1].upper() + new[1:] if old[:1].isupper() else new
        if new != old:
            edits.append(_with_preposition_agreeing(Edit(start, end, new, rule_id), context))
    return edits


def _verb(fix: Fix, sentence: Sentence, first: int, last: int, rule_id: str, context: Context) -> list[Edit] | str:
    """«осуществим доставку заказа» → «доставим заказ»: the noun's own verb, in the light verb's form."""
    if last == first:
        last = first + 1
    if last != first + 1 or last >= len(sentence.words):
        return "words between the verb and its noun would be lost"
    morphology = context.morphology
    light, noun = _surfaces(context, sentence, first, last)
    verbs = dict(fix.verb)
    pairs = {verbs[p.lemma] for p in sentence.words[last].parses if p.lemma in verbs}
    aspect = aspect_of(morphology, light)
    if len(pairs) != 1 or aspect is None:
        return "no single plain verb is listed for this noun, or the light verb's aspect is unclear"
    perfective, imperfective = pairs.pop()
    new = verb_like(morphology, perfective if aspect == "perf" else imperfective, light)
    if new is None:
        return f"the form of «{light}» is ambiguous or not a plain active verb"
    edits = [_replacement(sentence.spans[first][0], sentence.spans[last][1], _spelled_like(context, new), rule_id, context)]
    if last + 1 < len(sentence.words):
        following = morphology.parses(_surfaces(context, sentence, last + 1, last + 1)[0])
        if following and following[0].tag.case == "gent" and following[0].tag.POS in {"NOUN", "ADJF", "PRTF", "NPRO"}:
            governed = _govern(sentence, last + 1, "accs", "gent", rule_id, context)
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
    noun_start, noun_end = _original(context, *sentence.spans[first + 1])
    noun = context.text[noun_start:noun_end]
    if article is None or not noun.isalpha():
        return "cannot tell which article the noun takes"
    new = article.on(noun)
    if not context.morphology.is_known(fold_case(new)):
        return f"«{new}» is not a known word"
    start, _ = _original(context, *sentence.spans[first])
    old = context.text[start:noun_start]
    if old[:1].isupper():
        new = new[:1].upper() + new[1:]
    return [Edit(start, noun_end, new, rule_id)]
