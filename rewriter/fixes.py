"""Fixes: what a rule's `fix` does to the words it matched, planned as edits of the exact input.

A fix kind is a small grammatical operation; the words come from the rule pack. Russian fixes
agree with their context through pymorphy3 (`данного → этого`, `в связи с задержкой → из-за
задержки`); a fix whose agreement cannot be resolved is skipped with a reason, never guessed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping

from .inflection import (
    agrees_with, aspect_of, finite_form, govern_phrase, imperative_of, inflect_like, nominal_parses, passive_participle,
    verb_like,
)
from .matching import Match, Sentence
from .normalize import MatchView, fold_case
from .patterns import PatternError, TokenPattern, compile_pattern

CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})
_FIX_KEYS = {
    "replace", "inflect", "verb", "drop", "definite", "active", "active_forms", "imperative", "govern", "governed",
    "when", "absorb", "first_word",
}
_KINDS = ("replace", "inflect", "verb", "drop", "definite", "active", "active_forms", "imperative")


_NO_SHAPE = "this wording has no safe fix"


class FixError(ValueError):
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
    object_articles: tuple = ()


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
        return _active(fix, sentence, first, last, rule_id, context)
    if fix.imperative:
        return _imperative(sentence, first, last, rule_id, context)
    if fix.active_forms:
        return _active_forms(fix, sentence, first, last, rule_id, context)
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


def _active_forms(fix: Fix, sentence: Sentence, first: int, last: int, rule_id: str, context: Context) -> list[Edit] | str:
    """For a language without grammemes: the auxiliary and participle become the listed active form
    («ще бъде разгледана» → «ще разгледаме»); a subject before them moves after the verb as its object,
    with the object's article («Достъпът ще бъде възстановен» → «Ще възстановим достъпа»)."""
    forms = dict(fix.active_forms)
    found = [i for i in range(first + 1, last + 1) if {p.lemma for p in sentence.words[i].parses} & set(forms)]
    if len(found) != 1:
        return "no single participle with a listed active form"
    participle = found[0]
    form = next(forms[p.lemma] for p in sentence.words[participle].parses if p.lemma in forms)
    verb_start, verb_end = _original(context, sentence.spans[participle - 1][0], sentence.spans[participle][1])
    start = _clause_start(sentence, first, context)
    if start == first:
        return [Edit(verb_start, verb_end, form, rule_id)]
    if first - start > 8:
        return "the words before the verb are too many to be its subject"
    subject = _as_object(sentence, start, context)
    if subject is None:
        return "cannot tell that the words before the verb are its subject"
    subject_start, first_end = _original(context, *sentence.spans[start])
    _, subject_end = _original(context, *sentence.spans[first - 1])
    moved = subject + context.text[first_end:subject_end]
    opener_start, opener_end = _original(context, *sentence.spans[first])
    opener = context.text[opener_start:opener_end]
    if context.text[subject_start:subject_start + 1].isupper():
        opener = opener[:1].upper() + opener[1:]
    return [
        Edit(subject_start, opener_end, opener, rule_id),
        Edit(verb_start, verb_end, f"{form} {moved}", rule_id),
    ]


def _as_object(sentence: Sentence, at: int, context: Context) -> str | None:
    """The subject's first word with the object's article, lowercased, if it carries a subject article on its lemma."""
    start, end = _original(context, *sentence.spans[at])
    word = context.text[start:end]
    folded = fold_case(word)
    lemmas = {p.lemma for p in sentence.words[at].parses} - {folded}
    for article, as_object in context.object_articles:
        stem = folded[: len(folded) - len(article)]
        # a noun with its article: the lemma is the word less the article («сумата»), or less its plural too («парите»)
        if folded.endswith(article) and lemmas and (
            any(stem.startswith(lemma) for lemma in lemmas) or context.morphology.is_known(stem)
        ):
            new = stem + as_object
            if not word[1:].islower() or not context.morphology.is_known(new):
                return None
            return new
    return None


def _imperative(sentence: Sentence, first: int, last: int, rule_id: str, context: Context) -> list[Edit] | str:
    """«Просим вас связаться с нами» → «Свяжитесь с нами»: the request formula goes, its infinitive becomes
    the polite imperative. Only the addressee («вас») may stand between them."""
    morphology = context.morphology
    words = _surfaces(context, sentence, first, last)
    between = words[1:-1]
    if any(not all(p.tag.POS == "NPRO" and p.tag.person == "2per" for p in morphology.parses(w)) for w in between):
        return "words between the formula and its verb would be lost"
    new = imperative_of(morphology, words[-1])
    if new is None:
        return f"«{words[-1]}» is not a plain infinitive"
    start, end = sentence.spans[first][0], sentence.spans[last][1]
    return [_replacement(start, end, _spelled_like(context, new), rule_id, context)]


# A clause opens after a punctuation mark or a conjunction («…, что возврат будет осуществлён»).
_CLAUSE_OPENERS = frozenset({"CONJ"})
# Words that cannot stand between a subject and its passive verb in a clause the rebuild keeps in order.
_NOT_IN_SUBJECT = frozenset({"VERB", "INFN", "GRND", "PRTS", "ADVB", "CONJ", "PRCL", "INTJ", "PRED"})
_AGENT_CASE = "ablt"


def _active(fix: Fix, sentence: Sentence, first: int, last: int, rule_id: str, context: Context) -> list[Edit] | str:
    """An agentless passive turned active, with the rule's subject: «возврат денег будет осуществлён» →
    «мы вернём деньги» (a light verb's noun becomes its own verb, its genitive object accusative);
    «сумма будет возвращена» → «мы вернём сумму» (the subject becomes the object, after the verb).

    The clause must open with its subject and close with the match's [particle] [auxiliary] participle;
    the words between are the subject's own and keep their place. An agent, a modal, an adverb, a comma
    in the clause, or a subject that is not in the verb map: the fix steps aside."""
    morphology = context.morphology
    found = [(i, p) for i, w in enumerate(_surfaces(context, sentence, first, last), first)
             if (p := passive_participle(morphology, w)) is not None]
    if len(found) != 1 or found[0][1].tag.aspect != "perf":
        return "the match holds no single perfective short passive participle"
    last, participle = found[0]
    if _followed_by_agent(sentence, last, context):
        return "the passive names who acted, or goes on with a verb"
    first = _clause_start(sentence, first, context)
    words = _surfaces(context, sentence, first, last)
    tail, tense, particles = last, "past", []
    while tail > first:
        parses = morphology.parses(words[tail - 1 - first])
        if parses[0].tag.POS == "VERB":  # the auxiliary the rule's `when` allows: its tense is the clause's
            tense = "futr" if parses[0].tag.tense == "futr" else tense
        elif all(p.tag.POS == "PRCL" for p in parses):
            particles.insert(0, words[tail - 1 - first])
        else:
            break
        tail -= 1
    if tail == first or any(morphology.parses(w)[0].tag.POS in _NOT_IN_SUBJECT for w in words[:tail - first]):
        return "the clause does not open with its subject, or other words stand before the verb"
    verbs = dict(fix.verb)
    nouns = {fold_case(p.normal_form) for p in nominal_parses(morphology, words[0], "nomn")
             if p.tag.POS == "NOUN" and agrees_with(p, participle)}
    if len(nouns) == 1 and next(iter(nouns)) in verbs:
        pair, moved = verbs[nouns.pop()], False
    elif fold_case(participle.normal_form) in verbs:
        pair, moved = verbs[fold_case(participle.normal_form)], True
    else:
        return "no plain verb is listed for this subject or participle"
    verb = finite_form(morphology, pair[0], fix.active, tense)
    if verb is None:
        return f"cannot put «{pair[0]}» in the form «{fix.active}» needs"
    lead = " ".join([fix.active, *particles, _spelled_like(context, verb)])
    if moved:
        edits, governed = _moved_object(sentence, first, tail, lead, participle, rule_id, context)
    elif first + 1 < tail and nominal_parses(morphology, words[1], "gent"):
        edits = [_replacement(*sentence.spans[first], lead, rule_id, context)]
        governed = _govern(sentence, first + 1, "accs", "gent", rule_id, context)
    else:
        return "the noun has no object for its verb to take"
    if isinstance(governed, str):
        return governed
    tail_start = _original(context, *sentence.spans[tail - 1])[1]
    return edits + governed + [Edit(tail_start, _original(context, *sentence.spans[last])[1], "", rule_id)]


def _clause_start(sentence: Sentence, first: int, context: Context) -> int:
    """The first word of the clause word `first` is in: after a punctuation mark, or (told by grammemes) a conjunction."""
    while first > 0:
        if context.view.text[sentence.spans[first - 1][1]:sentence.spans[first][0]].strip(" .«»\"\u00a0"):
            return first
        if context.morphology.has_grammemes:
            parses = context.morphology.parses(_surfaces(context, sentence, first - 1, first - 1)[0])
            if parses and parses[0].tag.POS in _CLAUSE_OPENERS:
                return first
        first -= 1
    return first


def _moved_object(
    sentence: Sentence, first: int, tail: int, lead: str, participle: Any, rule_id: str, context: Context
) -> tuple[list[Edit], list[Edit] | str]:
    """«Сумма будет возвращена» → «Мы вернём сумму»: the subject, in the accusative, follows the new verb."""
    morphology = context.morphology
    phrase = govern_phrase(morphology, _clause_surfaces(context, sentence, first), "nomn", "accs")
    if isinstance(phrase, str):
        return [], phrase
    head = _surfaces(context, sentence, first + len(phrase) - 1, first + len(phrase) - 1)[0]
    if first + len(phrase) > tail or not any(agrees_with(p, participle) for p in nominal_parses(morphology, head, "nomn")):
        return [], "the subject does not agree with its participle"
    edits = []
    for offset, new in enumerate(phrase):
        start, end = _original(context, *sentence.spans[first + offset])
        old = context.text[start:end]
        new = _spelled_like(context, new)
        if offset == 0:
            if first == 0 and old[:1].isupper() and any("Apro" in p.tag.grammemes for p in morphology.parses(new)):
                return [], "cannot tell whether a possessive opening the sentence keeps its capital further in"
            if first == 0 and old[:1].isupper() and not morphology.is_known(new):
                return [], "cannot tell whether the word opening the sentence is a name"
            proper = old[:1].isupper() and (first > 0 or _is_proper(morphology, new))
            new = new[:1].upper() + new[1:] if proper else new
            lead = lead[:1].upper() + lead[1:] if old[:1].isupper() and first == 0 else lead
            edits.append(Edit(start, end, f"{lead} {new}", rule_id))
        elif new != old:
            edits.append(Edit(start, end, new[:1].upper() + new[1:] if old[:1].isupper() else new, rule_id))
    return edits, []


def _is_proper(morphology: Any, word: str) -> bool:
    return any({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"} & p.tag.grammemes for p in morphology.parses(word))


def _followed_by_agent(sentence: Sentence, last: int, context: Context) -> bool:
    """«произведено платёжной системой», «осуществлён быть не может»: an agent or a verb right after the participle."""
    if last + 1 >= len(sentence.words) or context.view.text[sentence.spans[last][1]:sentence.spans[last + 1][0]].strip():
        return False
    after = _surfaces(context, sentence, last + 1, last + 1)[0]
    parses = context.morphology.parses(after)
    return bool(nominal_parses(context.morphology, after, _AGENT_CASE)) or parses[0].tag.POS in {"VERB", "INFN"}


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
