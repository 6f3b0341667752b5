"""Fixes: what a rule's `fix` does to the words it matched, planned as edits of the exact input.

A fix kind is a small grammatical operation; the words come from the rule pack. Russian fixes
agree with their context through pymorphy3 (`данного → этого`, `в связи с задержкой → из-за
задержки`); a fix whose agreement cannot be resolved is skipped with a reason, never guessed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping

from .matching import Match, Sentence
from .normalize import MatchView, fold_case
from .patterns import PatternError, TokenPattern, compile_pattern

CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})
_NUMBERS = frozenset({"sing", "plur"})
_GENDERS = frozenset({"masc", "femn", "neut"})
_NOMINAL = frozenset({"NOUN", "ADJF", "PRTF", "NPRO", "NUMR"})
_FIX_KEYS = {"replace", "inflect", "verb", "drop", "definite", "govern", "on", "absorb", "first_word"}
# A Bulgarian demonstrative's ending tells the article its noun takes: въпросната поръчка → поръчката.
_BG_ARTICLES = (("ият", "ът"), ("ия", "а"), ("ата", "та"), ("ята", "та"), ("ото", "то"), ("ето", "то"), ("ите", "те"))


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
    on: TokenPattern | None = None
    absorb: re.Pattern[str] | None = None
    first_word: bool = False


@dataclass(frozen=True)
class Edit:
    """Replace `text[start:end]` of the input with `new`."""

    start: int
    end: int
    new: str
    rule: str


@dataclass(frozen=True)
class Context:
    text: str
    view: MatchView
    sentences: tuple[Sentence, ...]
    morphology: Any
    euphony: tuple = ()


def parse_fix(data: Any, has_grammemes: bool) -> Fix:
    """Read a rule's `fix` mapping: exactly one of replace, inflect, verb, drop, definite."""
    if not isinstance(data, Mapping) or set(data) - _FIX_KEYS:
        raise FixError(f"`fix` is a mapping with keys among {', '.join(sorted(_FIX_KEYS))}")
    kinds = [k for k in ("replace", "inflect", "verb", "drop", "definite") if k in data]
    if len(kinds) != 1:
        raise FixError("`fix` needs exactly one of replace, inflect, verb, drop, definite")
    if not has_grammemes and ({"inflect", "verb", "govern"} & set(data)):
        raise FixError("inflect, verb and govern need a language with grammemes")
    if data.get("govern") not in (None, *CASES):
        raise FixError(f"govern must be a case: {', '.join(sorted(CASES))}")
    if "drop" in data and data["drop"] != "sentence":
        raise FixError("drop: sentence is the only kind of drop")
    try:
        on = compile_pattern(data["on"], has_grammemes) if "on" in data else None
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
        on=on,
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
    if fix.on is not None and fix.on.match_at(words, 0) != (0, len(words) - 1):
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
        new = _inflect_like(context.morphology, fix.inflect, words)
        if new is None:
            return f"cannot put «{fix.inflect}» in the form of the words it replaces"
        new = _spelled_like(context, new)
    else:
        new = fix.replace or ""
    edits = [_replacement(match.start, end, new, rule_id, context)]
    if fix.govern:
        governed = _govern(sentence, last + 1, fix.govern, rule_id, context)
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
        return [Edit(o_start, o_end, "", rule_id)]
    if text[line_start:o_start].strip():
        while o_start > line_start and text[o_start - 1] in " \t":
            o_start -= 1
        return [Edit(o_start, o_end, "", rule_id)]
    line_end = o_end + _line_break_length(text, o_end)
    if line_end >= len(text.rstrip()):
        # the last line goes: so do the line breaks before it
        line_start = len(text[:line_start].rstrip())
    elif text[:line_start].endswith(("\n\n", "\r\n\r\n", "\r\r")):
        # a paragraph between blank lines goes: one blank line closes up
        line_end += _line_break_length(text, line_end)
    return [Edit(line_start, line_end, "", rule_id)]


def _line_break_length(text: str, at: int) -> int:
    if text.startswith("\r\n", at):
        return 2
    return 1 if text[at:at + 1] in ("\n", "\r") else 0


def _inflect_like(morphology: Any, lemma: str, words: tuple) -> str | None:
    """`lemma` in the case and number (and gender, for adjectives) of the phrase's head word."""
    target = morphology.lexeme_parse(lemma, frozenset({"NOUN", "ADJF", "NPRO", "ADVB"}))
    if target is None:
        return None
    if target.tag.POS == "ADVB":
        return lemma
    wanted_pos = {"NOUN"} if target.tag.POS == "NOUN" else {"ADJF"}
    for word in reversed(words):
        for parse in morphology.parses(word.form):
            if parse.tag.POS in wanted_pos and parse.tag.case:
                inflected = _inflect_agreeing(target, parse.tag)
                if inflected is not None:
                    return inflected
    return None


def _inflect_agreeing(target: Any, like: Any) -> str | None:
    grammemes = {like.case}
    if like.number:
        grammemes.add(like.number)
    if target.tag.POS == "ADJF" and like.number == "sing" and like.gender:
        grammemes.add(like.gender)
    if target.tag.POS == "ADJF" and like.case == "accs" and like.animacy:
        grammemes.add(like.animacy)
    inflected = target.inflect(grammemes) or target.inflect({like.case})
    return inflected.word if inflected is not None else None


def _govern(sentence: Sentence, first: int, case: str, rule_id: str, context: Context) -> list[Edit] | str:
    """Put the noun phrase from word `first` into `case`: adjectives agree, the phrase ends at its noun.

    The phrase's own case is the one all its words share («технической ошибкой» → ablt).
    """
    morphology = context.morphology
    phrase: list[tuple[int, list]] = []
    for index in range(first, min(first + 4, len(sentence.words))):
        parses = [p for p in morphology.parses(sentence.words[index].form) if p.tag.POS in _NOMINAL and p.tag.case]
        if not parses:
            break
        phrase.append((index, parses))
        if any(p.tag.POS in {"NOUN", "NPRO"} for p in parses):
            break
    if not phrase or not any(p.tag.POS in {"NOUN", "NPRO"} for p in phrase[-1][1]):
        return "cannot find the noun the new preposition governs"
    shared = set.intersection(*({p.tag.case for p in parses} for _, parses in phrase))
    source = next((p.tag.case for p in phrase[-1][1] if p.tag.case in shared), None)
    if source is None:
        return "the words after the match do not agree in case"
    edits: list[Edit] = []
    for index, parses in phrase:
        parse = next(p for p in parses if p.tag.case == source)
        grammemes = {case} | ({parse.tag.number} if parse.tag.number else set())
        if case == "accs" and parse.tag.animacy:
            grammemes.add(parse.tag.animacy)
        inflected = parse.inflect(grammemes) or parse.inflect({case})
        if inflected is None:
            return f"cannot put «{parse.word}» into the new case"
        start, end = _original(context, *sentence.spans[index])
        word = context.text[start:end]
        new = _spelled_like(context, inflected.word)
        if word[:1].isupper():
            new = new[:1].upper() + new[1:]
        if new != word:
            edits.append(_with_preposition_agreeing(Edit(start, end, new, rule_id), context))
    return edits


def _verb(fix: Fix, sentence: Sentence, first: int, last: int, rule_id: str, context: Context) -> list[Edit] | str:
    """«осуществим доставку заказа» → «доставим заказ»: the noun's own verb, in the light verb's form."""
    if last == first:
        last = first + 1
    if last != first + 1 or last >= len(sentence.words):
        return "words between the verb and its noun would be lost"
    morphology = context.morphology
    verbs = dict(fix.verb)
    noun_lemmas = {p.lemma for p in sentence.words[last].parses}
    pairs = [verbs[lemma] for lemma in noun_lemmas if lemma in verbs]
    light = next((p for p in morphology.parses(sentence.words[first].form) if p.tag.POS in {"VERB", "INFN"}), None)
    if not pairs or light is None:
        return "no plain verb is listed for this noun, or the verb is not in an active form"
    lemma = pairs[0][0] if light.tag.aspect == "perf" else pairs[0][1]
    target = morphology.lexeme_parse(lemma, frozenset({"INFN"}))
    if target is None:
        return f"«{lemma}» is not a verb pymorphy3 knows"
    inflected = target if light.tag.POS == "INFN" else target.inflect(_verb_grammemes(light.tag))
    if inflected is None:
        return f"cannot put «{lemma}» in the form of «{light.word}»"
    new = _spelled_like(context, inflected.word)
    edits = [_replacement(sentence.spans[first][0], sentence.spans[last][1], new, rule_id, context)]
    if last + 1 < len(sentence.words) and any(
        p.tag.case == "gent" for p in morphology.parses(sentence.words[last + 1].form) if p.tag.POS in _NOMINAL
    ):
        governed = _govern(sentence, last + 1, "accs", rule_id, context)
        if isinstance(governed, str):
            return governed
        edits += governed
    return edits


def _verb_grammemes(tag: Any) -> set[str]:
    grammemes = {g for g in (tag.mood, tag.tense, tag.person, tag.number, tag.involvement) if g}
    if tag.tense == "past" and tag.number == "sing" and tag.gender:
        grammemes.add(tag.gender)
    return grammemes


def _definite(sentence: Sentence, first: int, rule_id: str, context: Context) -> list[Edit] | str:
    """Bulgarian: drop «въпросната» and give its article to the noun that follows (поръчка → поръчката)."""
    if first + 1 >= len(sentence.words):
        return "no noun follows the demonstrative"
    demonstrative = sentence.words[first].form
    ending = next((article for suffix, article in _BG_ARTICLES if demonstrative.endswith(suffix)), None)
    noun_start, noun_end = _original(context, *sentence.spans[first + 1])
    noun = context.text[noun_start:noun_end]
    if ending is None or not noun.isalpha():
        return "cannot tell which article the noun takes"
    stem = noun[:-1] if noun.endswith(("й", "Й")) else noun
    article = ("я" + ending[1:]) if noun.endswith(("й", "Й")) and ending in ("ът", "а") else ending
    new = stem + article
    if not context.morphology.is_known(fold_case(new)):
        return f"«{new}» is not a known word"
    start, _ = _original(context, *sentence.spans[first])
    old = context.text[start:noun_start]
    if old[:1].isupper():
        new = new[:1].upper() + new[1:]
    return [Edit(start, noun_end, new, rule_id)]
