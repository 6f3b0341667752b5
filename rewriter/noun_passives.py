"""A fix that rebuilds a clause whose subject is a verbal noun and whose verb is an empty passive: the noun
becomes the verb itself, with the company as its subject («Възстановяването на сумата ще бъде извършено в
срок» → «Ще възстановим сумата в срок»). For a language without grammemes: the words are the rule's data."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .edits import Context, Edit, original, replacement
from .fix_kinds import FixError, FixKind, Target, fix_kind
from .matching import Sentence
from .normalize import fold_case

# Marks that end a clause before the verbal noun; a full stop is not one («1 799 лв.» sits inside an object).
_CLAUSE_MARKS = frozenset(",;:–—(")


@fix_kind("noun_active", "auxiliary", "linker")
@dataclass(frozen=True)
class NounActive(FixKind):
    """`noun_active: {NOUN: VERB}` with `auxiliary` (the words before the participle) and `linker` (the word
    between the noun and its object): «NOUN LINKER OBJECT AUXILIARY PARTICIPLE» → «AUXILIARY[0] VERB OBJECT».
    The object after the linker already has the object's form; the noun must open its clause."""

    verbs: tuple[tuple[str, str], ...]
    auxiliary: tuple[str, ...]
    linker: str

    @classmethod
    def parse(cls, data: Mapping[str, Any], has_grammemes: bool) -> NounActive:
        verbs, auxiliary, linker = data["noun_active"], data.get("auxiliary"), data.get("linker")
        if not (isinstance(verbs, Mapping) and verbs and all(isinstance(v, str) and v for v in verbs.values())):
            raise FixError("noun_active maps a verbal noun (as written, with its article) to the verb that replaces it")
        if not (isinstance(auxiliary, list) and auxiliary and all(isinstance(w, str) for w in auxiliary)):
            raise FixError("noun_active needs `auxiliary`, the words before the participle («[ще, бъде]»)")
        if not (isinstance(linker, str) and linker):
            raise FixError("noun_active needs `linker`, the word between the noun and its object («на»)")
        return cls(tuple((fold_case(str(k)), v) for k, v in verbs.items()), tuple(map(fold_case, auxiliary)), fold_case(linker))

    def plan(self, target: Target, rule_id: str, context: Context) -> list[Edit] | str:
        sentence, participle = target.sentence, target.first
        words = [fold_case(w.form) for w in sentence.words]
        helper = participle - len(self.auxiliary)
        if helper < 3 or tuple(words[helper:participle]) != self.auxiliary or _parted(sentence, helper, participle, context):
            return "the passive is not the future the fix rebuilds"
        noun = _clause_start(sentence, helper - 1, context)
        verb = dict(self.verbs).get(words[noun])
        if verb is None or noun + 2 >= helper or words[noun + 1] != self.linker or _parted(sentence, noun, helper - 1, context):
            return "the clause does not open with a listed verbal noun and its object"
        lead = replacement(sentence.spans[noun][0], sentence.spans[noun + 1][1], f"{self.auxiliary[0]} {verb}", rule_id, context)
        tail_start = original(context, *sentence.spans[helper - 1])[1]
        return [lead, Edit(tail_start, original(context, *sentence.spans[participle])[1], "", rule_id)]


def _parted(sentence: Sentence, first: int, last: int, context: Context) -> bool:
    """Whether a clause mark stands between words `first` and `last`."""
    text = context.view.text
    return any(set(text[sentence.spans[i][1]:sentence.spans[i + 1][0]]) & _CLAUSE_MARKS for i in range(first, last))


def _clause_start(sentence: Sentence, at: int, context: Context) -> int:
    while at > 0 and not _parted(sentence, at - 1, at, context):
        at -= 1
    return at
