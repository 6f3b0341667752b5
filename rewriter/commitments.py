"""Promises in a reply (refunds, compensation, discounts, gifts, deadlines), as the model guards see them.

The kinds and their cues are language data (`lint_rules/<lang>/commitments.yaml`); a kind counts as
promised when any cue matches in the agent's text, in any inflected form.
"""
from __future__ import annotations

from functools import lru_cache

from .linter import sentences_of
from .matching import PatternIndex
from .nlp import language_tools
from .prompting import COMMITMENTS
from .regions import mask_foreign
from .rules import PartCues, load_cues


@lru_cache(maxsize=None)
def _commitment_index(lang: str) -> tuple[PatternIndex, tuple[PartCues, ...]]:
    cues = tuple(load_cues(lang, "commitments.yaml", COMMITMENTS, language_tools(lang).morphology.has_grammemes))
    return PatternIndex((cue, p) for cue in cues for p in cue.patterns), cues


def find_commitments(text: str, lang: str) -> frozenset[str]:
    """The kinds of promise the text makes."""
    index, cues = _commitment_index(lang)
    found = {m.owner.part for m in index.matches(sentences_of(text, lang), once=lambda owner: True)}
    found |= {cue.part for cue in cues if any(r.search(mask_foreign(text)) for r in cue.regexes)}
    return frozenset(found)
