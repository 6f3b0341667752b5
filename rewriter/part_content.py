"""Parts by content: a reply keeps a part of its draft when it keeps what that part says.

The cues of `lint_rules/<lang>/parts.yaml` tell which sentences of the draft carry a part; the part's
content is the lemmas of those sentences' content words (spaCy's stop words left out). An apology or
a closing is kept when the reply has one of its own; an explanation or a remedy when the reply keeps
enough of its content («мы отправили курьера по старому адресу» keeps «курьер был направлен по
старому адресу» without a connector), and a reply's own cue counts only with some of it (the failure
alone, «посылка не пришла», is no cause).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .linter import sentences_of
from .matching import PatternIndex
from .morphology import WordAnalysis
from .nlp import language_tools
from .rules import load_part_cues

# Parts whose words are their own: any apology is an apology, any warm closing a closing.
_SAID_ANY_WAY = frozenset({"apology", "closing"})
# Share of a part's content words a reply must keep: alone, or with a cue of that part of its own.
_KEPT_SHARE, _KEPT_SHARE_WITH_CUE = 0.5, 0.25


@dataclass(frozen=True)
class PartContent:
    part: str
    words: tuple[frozenset[str], ...]  # each content word as the set of its lemmas


@lru_cache(maxsize=None)
def _part_index(lang: str) -> PatternIndex:
    cues = load_part_cues(lang, language_tools(lang).morphology.has_grammemes)
    return PatternIndex((cue.part, p) for cue in cues for p in cue.patterns)


@lru_cache(maxsize=None)
def _stop_words(lang: str) -> frozenset[str]:
    from spacy.util import get_lang_class

    return frozenset(get_lang_class(lang).Defaults.stop_words)


def part_contents(text: str, lang: str) -> dict[str, PartContent]:
    """For each part the text's cues find, the content words of the sentences that carry it."""
    sentences = sentences_of(text, lang)
    carrying: dict[str, set[int]] = {}
    for match in _part_index(lang).matches(sentences):
        carrying.setdefault(match.owner, set()).add(match.sentence)
    stop = _stop_words(lang)
    contents = {}
    for part, numbers in carrying.items():
        words = {_lemmas(w) for n in sorted(numbers) for w in sentences[n].words if _is_content(w, stop)}
        contents[part] = PartContent(part, tuple(words))
    return contents


def part_kept(content: PartContent, reply_has_cue: bool, reply_lemmas: frozenset[str]) -> bool:
    if content.part in _SAID_ANY_WAY or not content.words:
        return reply_has_cue
    share = sum(bool(w & reply_lemmas) for w in content.words) / len(content.words)
    return share >= _KEPT_SHARE or (reply_has_cue and share >= _KEPT_SHARE_WITH_CUE)


def _lemmas(word: WordAnalysis) -> frozenset[str]:
    return frozenset(p.lemma for p in word.parses) or frozenset({word.form})


def _is_content(word: WordAnalysis, stop: frozenset[str]) -> bool:
    return word.form.isalpha() and len(word.form) > 2 and word.form not in stop and not _lemmas(word) & stop
