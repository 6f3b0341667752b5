"""A stock formula that is one of two clauses joined by «и» goes with its «и»; the other clause stays as the
sentence: «Приносим извинения за задержку и надеемся на дальнейшее сотрудничество.» → «Приносим извинения за
задержку.», «Надеемся на понимание и желаем хорошего начала зимы!» → «Желаем хорошего начала зимы!». A
sentence made only of formulas is left to the rules' whole-sentence fixes."""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .edits import Context, Edit, original
from .fix_kinds import FixError, FixKind, Target, fix_kind
from .matching import Sentence
from .normalize import fold_case
from .patterns import PatternError, TokenPattern, compile_pattern

# How many plain words of its own a formula may have between it and its «и» («Ценим доверието Ви и…»),
# or between its «и» and it («… и всегда рады помочь»).
_OWN_WORDS = 3
# What the dropped words may hold: letters, spaces and hyphens only, so no number, name in quotes, clause or
# aside goes with the formula.
_PLAIN_WORDS = re.compile(r"[^\W\d_]+(?:[\s-]+[^\W\d_]+)*")
# The plain words between a formula that opens the sentence and the clause it is joined to, a comma before its «и».
_PLAIN_TAIL = re.compile(r"(?:[\s-]+[^\W\d_]+)*(?:,?\s+[^\W\d_]+)?,?")
# Between the kept words and the «и»: a space, or a comma closing a clause of their own («…, что выбрали нас, и»).
_BEFORE_JOINER = re.compile(r",?\s+")
_SENTENCE_END = re.compile(r"[.!]")


@fix_kind("drop_conjunct", "rest")
@dataclass(frozen=True)
class DropConjunct(FixKind):
    """`drop_conjunct: true`: the formula closes its sentence after «и» (`and_words` in `language.yaml`) and goes
    with it. With `rest` (token patterns), it may also open the sentence (itself or with its `lead`): it goes with
    its «и» (or its comma), when the words after open with one of them, a clause of its own («желаем…», „се
    надяваме…“), which then opens the sentence (a Bulgarian clitic moves after its verb: „Надяваме се…“). Words that are not plain words
    (a number, a name in quotes, a clause), a word pointing back at the formula (`anaphors`: «надеемся на его
    продолжение»), or a clause of fewer than two words left: the fix steps aside."""

    rest: tuple[TokenPattern, ...] = ()

    @classmethod
    def parse(cls, data: Mapping[str, Any], has_grammemes: bool) -> FixKind:
        if data["drop_conjunct"] is not True:
            raise FixError("drop_conjunct: true is the only kind of drop_conjunct")
        sources = data.get("rest", [])
        sources = [sources] if isinstance(sources, str) else sources
        if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
            raise FixError("rest is a token pattern, or a list of them, that the clause left alone opens with")
        try:
            return cls(tuple(compile_pattern(s, has_grammemes) for s in sources))
        except PatternError as error:
            raise FixError(f"rest: {error}") from error

    def plan(self, target: Target, rule_id: str, context: Context) -> list[Edit] | str:
        # the formula opens the sentence with its first word, or with a `lead` that reaches the sentence's start
        # («Выражаем надежду на дальнейшее взаимодействие и…», the match being «дальнейшее взаимодействие»)
        if self.rest and target.start <= target.sentence.spans[0][0]:
            return _opening(self.rest, target, rule_id, context)
        return _closing(target, rule_id, context)


def _closing(target: Target, rule_id: str, context: Context) -> list[Edit] | str:
    """«A и FORMULA.» → «A.»"""
    sentence, joiners = target.sentence, context.grammar.and_words
    joiner = next((at for at in range(target.first - 1, max(target.first - 2 - _OWN_WORDS, -1), -1)
                   if fold_case(sentence.words[at].form) in joiners), None)
    if joiner is None or joiner < 2:
        return "the formula does not close a sentence of its own words after «и»"
    text, spans = context.text, sentence.spans
    kept_end = original(context, *spans[joiner - 1])[1]
    joiner_start = original(context, *spans[joiner])[0]
    last_end = original(context, *spans[-1])[1]
    if not _BEFORE_JOINER.fullmatch(text[kept_end:joiner_start]) or not _PLAIN_WORDS.fullmatch(text[joiner_start:last_end]):
        return "the words that would go with the formula hold more than plain words"
    if _formulas(rule_id, sentence, context, spans[0][0], spans[0][0] + 1, spans[joiner - 1][1]):
        return "the words before «и» are a formula too"
    if any(fold_case(w.form) in joiners for w in sentence.words[target.last + 1:]):
        return "another «и» follows the formula: what it joins may be the sentence's own"
    if not _SENTENCE_END.match(text, last_end) or text[last_end + 1:original(context, sentence.start, sentence.end)[1]].strip():
        return "the sentence does not end with a full stop or an exclamation mark after the formula"
    return [Edit(kept_end, last_end, "", rule_id, drops_sentence=True)]


def _opening(rest: tuple[TokenPattern, ...], target: Target, rule_id: str, context: Context) -> list[Edit] | str:
    """«FORMULA и B.» → «B.», B opening with a clause of its own."""
    sentence, text, grammar = target.sentence, context.text, context.grammar
    words = sentence.words
    start = original(context, *sentence.spans[0])[0]
    # a match may take in its own «и» («Благодарим за обращение и …»): the clause opens right after it
    opening = target.last if fold_case(words[target.last].form) in grammar.and_words else next(
        (at for at in range(target.last + 1, min(target.last + 2 + _OWN_WORDS, len(words) - 2))
         if fold_case(words[at].form) in grammar.and_words or _comma_before(sentence, at, context)), None)
    if opening is None:
        return "the formula joins no clause of its own by «и»"
    if fold_case(words[opening].form) in grammar.and_words:
        opening += 1
    dropped_end = original(context, *sentence.spans[opening - 1])[1]
    formula_end = original(context, *sentence.spans[target.last])[1]
    # the formula's own comma («Благодарим Ви, че се свързахте с нас, и…») is the rule's; the words past it are plain
    if not _PLAIN_WORDS.fullmatch(text[start:formula_end].replace(",", "")) or \
            not _PLAIN_TAIL.fullmatch(text[formula_end:dropped_end]) or \
            not any(p.match_at(words, opening) is not None for p in rest):
        return "the words after the formula are no clause of their own"
    if any(fold_case(w.form) in grammar.anaphors for w in words[opening:]):
        return "the words after the formula point back at it"
    if _formulas(rule_id, sentence, context, sentence.spans[opening][0], sentence.end):
        return "the clause after the formula is a formula too"
    head_start, head_end = original(context, *sentence.spans[opening])
    head = text[head_start:head_end]
    if fold_case(head) not in grammar.clitics:
        return [Edit(start, head_end, head[:1].upper() + head[1:], rule_id, drops_sentence=True)]
    verb_start, verb_end = original(context, *sentence.spans[opening + 1])
    verb = text[verb_start:verb_end]
    if fold_case(verb) in grammar.clitics or text[head_end:verb_start] != " ":
        return "a clitic would open the sentence"
    # „… и се надяваме да Ви видим“ → „Надяваме се да Ви видим“: a clitic does not open a sentence
    return [Edit(start, verb_end, f"{verb[:1].upper()}{verb[1:]} {head}", rule_id, drops_sentence=True)]


def _formulas(rule_id: str, sentence: Sentence, context: Context, start: int, before: int, reaching: int = 0) -> bool:
    """Whether a match of the rule's category starts in the sentence from `start` to before `before`, reaching
    `reaching`: «Благодарим за понимание и надеемся на сотрудничество.» is all formulas, and a formula that
    went would leave the other alone to meet its own fix, which may be a bare «Спасибо.»; the sentence stays."""
    category = rule_id.split(".")[1]
    return any(m.owner.category == category and start <= m.start < before and m.end >= reaching
               and sentence.start <= m.start < sentence.end for m in context.matches)


def _comma_before(sentence: Sentence, at: int, context: Context) -> bool:
    """Whether a bare comma stands between word `at` - 1 and word `at`."""
    return context.view.text[sentence.spans[at - 1][1]:sentence.spans[at][0]].strip() == ","
