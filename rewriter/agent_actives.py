"""A fix that makes a passive active with the doer it already names: the body in the instrumental that opens the
sentence becomes the subject, the participle its verb in the past, the passive's subject its object
(«Управлением рассмотрено Ваше обращение» → «Управление рассмотрело Ваше обращение»). Every word keeps its
place, so nothing but forms changes; any doubt about a form, and the fix steps aside."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .edits import Context, Edit, govern, replacement, surfaces
from .fix_kinds import FixError, FixKind, Target, fix_kind
from .inflection import agrees_with, govern_phrase, nominal_parses, passive_participle
from .matching import Sentence
from .normalize import fold_case

# Marks that part the doer from its passive: another clause, an aside or a list stands between them.
_PARTING_MARKS = frozenset(",;:–—()")
# Parts of speech that end a body's name: what stands there is a clause's word («будет», «уже», «и»).
_NOT_IN_NAME = frozenset({"VERB", "INFN", "PRTS", "PRTF", "GRND", "ADVB", "PRED", "CONJ", "PRCL", "INTJ"})


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
