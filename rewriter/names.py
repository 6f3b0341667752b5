"""Names written in Cyrillic (people, carriers, shops), which a model must keep as the draft has them.

A name is told by its shape: a capitalised word inside a sentence, not the first on its line (where
a sign-off starts) and not a pronoun capitalised out of politeness («Вы», «Ви»). Inflection is no
change («Анна» → «Анне»): names are compared by lemma.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .linter import sentences_of
from .rules import load_language_data


@dataclass(frozen=True)
class Name:
    text: str
    lemmas: frozenset[str]


@lru_cache(maxsize=None)
def _polite(lang: str) -> frozenset[str]:
    return frozenset(load_language_data(lang).get("polite_pronouns", []))


def find_names(text: str, lang: str) -> list[Name]:
    """The names in the agent's text, in order."""
    names = []
    for sentence in sentences_of(text, lang):
        for word, (start, end) in zip(sentence.words[1:], sentence.spans[1:]):
            written = text[start:end]
            lemmas = frozenset(p.lemma for p in word.parses) or frozenset({word.form})
            if written[:1].isupper() and _is_cyrillic(written) and not _starts_line(text, start) and not lemmas & _polite(lang):
                names.append(Name(written, lemmas))
    return names


def word_lemmas(text: str, lang: str) -> frozenset[str]:
    """Every lemma of every word in the agent's text (a word's own form when it has no analysis)."""
    found: set[str] = set()
    for sentence in sentences_of(text, lang):
        for word in sentence.words:
            found |= {p.lemma for p in word.parses} or {word.form}
    return frozenset(found)


def _is_cyrillic(word: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in word)


def _starts_line(text: str, start: int) -> bool:
    return not text[text.rfind("\n", 0, start) + 1:start].strip()
