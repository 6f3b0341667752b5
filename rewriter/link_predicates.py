"""The link verb dropped before an adjective predicate: «Этот случай не является гарантийным» → «Этот случай не
гарантийный», «Оплата является обязательной» → «Оплата обязательна»."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .edits import Context, Edit, replacement, spelled_like, surfaces
from .fix_kinds import FixError, FixKind, Target, fix_kind

_PREDICATES = frozenset({"ADJF", "PRTF"})


@fix_kind("predicate", "short", grammemes=True)
@dataclass(frozen=True)
class Predicate(FixKind):
    """`predicate: true`: a link verb and the adjective it governs in the instrumental (the match's last two
    words, or its last word and the one its `followed_by` takes) become the adjective alone in the nominative,
    with the subject's gender and number: short for a participle («гарантирована») and for the lemmas in `short`
    («обязательна»), full for the rest («не гарантийный»).
    The gender of «-ым» (masculine or neuter) is read from the noun right before the verb; with none there the
    fix steps aside."""

    short: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, data: Mapping[str, Any], has_grammemes: bool) -> FixKind:
        short = data.get("short", [])
        if data[cls.key] is not True or not isinstance(short, list) or not all(isinstance(w, str) for w in short):
            raise FixError("predicate: true, with `short` a list of the adjectives said in their short form")
        return cls(frozenset(short))

    def plan(self, target: Target, rule_id: str, context: Context) -> list[Edit] | str:
        spans = target.sentence.spans
        # the adjective ends the match, or follows it inside the text the fix takes with it (`followed_by`)
        at = next((i for i in range(target.last + 1, len(spans)) if spans[i][1] <= target.end), target.last)
        adjective = surfaces(context, target.sentence, at, at)[0]
        readings = [p for p in context.morphology.parses(adjective) if p.tag.POS in _PREDICATES and p.tag.case == "ablt"]
        # «гарантированной» is read both as the adjective and as the participle it was made of: the participle's
        # short form is what a person says («не гарантирована»)
        readings = [p for p in readings if p.tag.POS == "PRTF"] or readings
        if len({(p.normal_form, p.tag.number) for p in readings}) != 1:
            return "cannot read the predicate as one adjective in the instrumental"
        number = readings[0].tag.number
        genders = {p.tag.gender for p in readings}
        if number == "sing" and len(genders) != 1:
            genders = self._subject_gender(target, at - 1, context, genders)
            if len(genders) != 1:
                return "cannot tell the subject's gender"
        short = readings[0].tag.POS == "PRTF" or readings[0].normal_form in self.short
        grammemes = {"PRTS" if readings[0].tag.POS == "PRTF" else "ADJS"} if short else {"nomn"}
        grammemes |= {number} | ({genders.pop()} if number == "sing" else set())
        formed = readings[0].inflect(grammemes)
        if formed is None:
            return "cannot put the predicate into the nominative"
        return [replacement(spans[at - 1][0], target.end, spelled_like(context, formed.word), rule_id, context)]

    @staticmethod
    def _subject_gender(target: Target, verb: int, context: Context, genders: set[str | None]) -> set[str | None]:
        """The gender of the singular nominative noun right before the link verb (or a particle before it: «не»,
        «тоже»), among `genders`."""
        before = verb - 1
        if before >= 0 and any("PRCL" in p.tags for p in target.sentence.words[before].parses):
            before -= 1
        if before < 0:
            return set()
        text, spans, words = context.view.text, target.sentence.spans, target.sentence.words
        if text[spans[before][1]:spans[before + 1][0]].strip():
            return set()
        # a noun in the genitive right after another is its complement: the subject is the one before
        # («начисление неустойки является правомерным»)
        glued = before > 0 and not text[spans[before - 1][1]:spans[before][0]].strip()
        if glued and _nouns(context, target, before, "gent") and not _singular_subjects(context, target, before):
            before -= 1
        # a noun after a preposition is its object, not the subject («абонемент в бассейн»)
        if before > 0 and any("PREP" in p.tags for p in words[before - 1].parses):
            return set()
        return genders & {p.tag.gender for p in _singular_subjects(context, target, before)}


def _nouns(context: Context, target: Target, at: int, case: str) -> list[Any]:
    """The readings of word `at` as a noun in `case`."""
    word = surfaces(context, target.sentence, at, at)[0]
    return [p for p in context.morphology.parses(word) if p.tag.POS == "NOUN" and p.tag.case == case]


def _singular_subjects(context: Context, target: Target, at: int) -> list[Any]:
    """The readings of word `at` as a singular noun in the nominative: what an adjective in «-ым» agrees with."""
    return [p for p in _nouns(context, target, at, "nomn") if p.tag.number == "sing"]
