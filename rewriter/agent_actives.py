"""Fixes that make a bare perfective passive active where the sentence shows the whole clause: with the doer it
already names («Управлением рассмотрено Ваше обращение» → «Управление рассмотрело Ваше обращение»), or with a
new subject put in front, where the passive closes a sentence that opens with its subject («Ваше обращение от
12.05 № 7, поступившее…, рассмотрено.» → «Мы рассмотрели Ваше обращение от 12.05 № 7, поступившее….»). The
words between keep their place; any doubt about a form, and the fix steps aside."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .edits import Context, Edit, clause_surfaces, govern, original, replacement, surfaces
from .fix_kinds import FixError, FixKind, Target, fix_kind
from .inflection import agrees_with, finite_form, govern_phrase, nominal_parses, passive_participle
from .matching import Sentence
from .normalize import fold_case

# Marks that part the doer from its passive: another clause, an aside or a list stands between them.
_PARTING_MARKS = frozenset(",;:–—()")
# Marks that close what stands before a deleted passive («(вх. № 5), рассмотрено»): they stay.
_CLOSING_MARKS = frozenset(')»"”')
# Parts of speech that end a body's name: what stands there is a clause's word («будет», «уже», «и»).
_NOT_IN_NAME = frozenset({"VERB", "INFN", "PRTS", "PRTF", "GRND", "ADVB", "PRED", "CONJ", "PRCL", "INTJ"})
# Words of another clause: a sentence with one is no plain passive clause to turn round.
_CLAUSE_WORDS = frozenset({"VERB", "INFN", "PRTS", "GRND", "PRED"})


@fix_kind("agent_active", grammemes=True)
@dataclass(frozen=True)
class AgentActive(FixKind):
    """`agent_active: [LEMMA, …]`: the nouns of a body that may be the doer («управление», «комиссия»). The
    sentence opens with one in the instrumental (with its modifiers and the words of its name after it), and the
    match is a bare perfective short passive right after, followed by its subject in the nominative."""

    agents: frozenset[str]

    @classmethod
    def parse(cls, data: Mapping[str, Any], has_grammemes: bool) -> AgentActive:
        agents = data["agent_active"]
        if not (isinstance(agents, list) and agents and all(isinstance(a, str) and a for a in agents)):
            raise FixError("agent_active lists the nouns of the bodies that may be the doer («управление»)")
        return cls(frozenset(fold_case(a) for a in agents))

    def plan(self, target: Target, rule_id: str, context: Context) -> list[Edit] | str:
        sentence, at = target.sentence, target.first
        morphology = context.morphology
        participle = passive_participle(morphology, surfaces(context, sentence, at, at)[0])
        if target.first != target.last or participle is None or participle.tag.aspect != "perf" or at < 1:
            return "the match is no single perfective short passive"
        if _parted(sentence, 0, at + 1, context):
            return "a mark parts the doer from the passive, or the passive from its subject"
        doer = govern_phrase(morphology, surfaces(context, sentence, 0, at - 1), "ablt", "nomn")
        if isinstance(doer, str):
            return doer
        if any(_not_of_a_name(morphology, w) for w in surfaces(context, sentence, len(doer), at - 1) if len(doer) < at):
            return "a verb or an adverb stands between the doer and the passive"
        head = [p for p in nominal_parses(morphology, surfaces(context, sentence, len(doer) - 1, len(doer) - 1)[0], "ablt")
                if p.tag.POS == "NOUN"]
        if not head or any(fold_case(p.normal_form) not in self.agents for p in head):
            return "the sentence does not open with a listed doer in the instrumental"
        subject = nominal_parses(morphology, surfaces(context, sentence, at + 1, at + 1)[0], "nomn")
        if at + 1 >= len(sentence.words) or not any(agrees_with(p, participle) for p in subject):
            return "no subject in the nominative follows the passive"
        verb = _past_for(morphology, participle, head[0])
        if verb is None:
            return "the verb's past cannot be told for its new subject"
        doer_edits = govern(sentence, 0, "nomn", "ablt", rule_id, context)
        object_edits = govern(sentence, at + 1, "accs", "nomn", rule_id, context)
        if isinstance(doer_edits, str) or isinstance(object_edits, str):
            return doer_edits if isinstance(doer_edits, str) else str(object_edits)
        return [*doer_edits, replacement(target.start, target.end, verb, rule_id, context), *object_edits]


@fix_kind("front_active", grammemes=True)
@dataclass(frozen=True)
class FrontActive(FixKind):
    """`front_active: PRONOUN`: the match is a bare perfective short passive that ends its sentence, which opens with
    its subject, a polite pronoun first («Ваша претензия … рассмотрена.»); the pronoun and the verb in the past go in
    front, the subject becomes the object («Вашу претензию»; not where a word further on agrees with it: «Ваша
    жалоба, поступившая…»), and the passive goes with the comma before it. A verb of another clause
    in the sentence, or a reply that writes the polite pronouns small, and the fix steps aside."""

    subject: str

    @classmethod
    def parse(cls, data: Mapping[str, Any], has_grammemes: bool) -> FrontActive:
        if not (isinstance(data["front_active"], str) and data["front_active"].strip()):
            raise FixError("front_active is the new subject («мы»)")
        return cls(data["front_active"].strip())

    def plan(self, target: Target, rule_id: str, context: Context) -> list[Edit] | str:
        sentence, at = target.sentence, target.first
        morphology = context.morphology
        words = surfaces(context, sentence, 0, len(sentence.words) - 1)
        participle = passive_participle(morphology, words[at])
        if target.first != target.last or participle is None or participle.tag.aspect != "perf" or at < 2:
            return "the match is no single perfective short passive"
        if at != len(sentence.words) - 1 or context.view.text[sentence.spans[at][1]:sentence.end].strip() not in (".", ""):
            return "the passive does not close its sentence"
        if not context.is_polite_pronoun(words[0]) or context.polite_capital is False:
            return "the sentence does not open with the polite pronoun of its subject"
        if any(morphology.parses(w)[0].tag.POS in _CLAUSE_WORDS for w in words[1:at]):
            return "another clause's verb stands in the sentence"
        subject = govern_phrase(morphology, clause_surfaces(context, sentence, 0)[:at], "nomn", "accs")
        if isinstance(subject, str):
            return subject
        head = nominal_parses(morphology, words[len(subject) - 1], "nomn")
        if subject != words[:len(subject)] and _agreeing_further(morphology, words[len(subject):at], head):
            # «Ваша жалоба, поступившая…» → «Вашу жалобу, поступившую…»: what agrees with it further on would change too
            return "a word further on agrees with the subject, whose object form differs"
        verb = finite_form(morphology, participle.normal_form, self.subject, "past")
        if verb is None or not any(agrees_with(p, participle) for p in head):
            return "the subject does not agree with the passive, or the verb's past cannot be told"
        opening = original(context, *sentence.spans[0])
        first = context.text[opening[0]:opening[1]]
        first = first if subject[0] == words[0] else first[:1] + subject[0][1:]
        front = Edit(*opening, f"{self.subject[:1].upper()}{self.subject[1:]} {verb} {first}", rule_id)
        objects = [replacement(*sentence.spans[i], subject[i], rule_id, context)
                   for i in range(1, len(subject)) if subject[i] != words[i]]
        before = original(context, *sentence.spans[at - 1])[1]
        while context.text[before:before + 1] in _CLOSING_MARKS:
            before += 1
        return [front, *objects, Edit(before, original(context, *sentence.spans[at])[1], "", rule_id)]

    def new_subject(self) -> str | None:
        return self.subject


def _agreeing_further(morphology: Any, words: list[str], head: list) -> bool:
    """Whether a modifier after the subject's noun agrees with it in the nominative («жалоба …, поступившая»)."""
    return any(p.tag.POS in ("ADJF", "PRTF") and any(agrees_with(p, h) for h in head)
               for w in words for p in nominal_parses(morphology, w, "nomn"))


def _not_of_a_name(morphology: Any, word: str) -> bool:
    """Whether the word cannot be one of the words of a body's name after its noun («по качеству», «МЧС России»):
    a verb, an auxiliary, an adverb, a particle or a conjunction first of all."""
    parses = morphology.parses(word)
    return bool(parses) and parses[0].tag.POS in _NOT_IN_NAME


def _parted(sentence: Sentence, first: int, last: int, context: Context) -> bool:
    """Whether a parting mark stands between any two words from `first` to `last`."""
    text, spans = context.view.text, sentence.spans
    return any(set(text[spans[i][1]:spans[i + 1][0]]) & _PARTING_MARKS for i in range(first, min(last, len(spans) - 1)))


def _past_for(morphology: Any, participle: Any, head: Any) -> str | None:
    """The participle's verb in the past, agreeing with the doer's head noun («рассмотрено», «комиссия» →
    «рассмотрела»); None where the noun's gender or number is not told."""
    verb = morphology.lexeme_parse(participle.normal_form, frozenset({"INFN"}))
    if verb is None or head.tag.number not in ("sing", "plur"):
        return None
    if head.tag.number == "sing" and head.tag.gender not in ("masc", "femn", "neut"):
        return None
    grammemes = {"past", "sing", head.tag.gender} if head.tag.number == "sing" else {"past", "plur"}
    inflected = verb.inflect(grammemes)
    return inflected.word if inflected is not None else None
