"""Word analyses: lemmas and grammemes per language, cached per word form.

Russian uses pymorphy3 (every parse, so `данной` is both a participle of «дать» and the
pronoun-adjective «данный»); Bulgarian uses simplemma, which gives lemmas but no grammemes.
"""
from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .normalize import fold_case

_REFLEXIVE_MARK = re.compile(r"-\((?:се|си)\)$")
# pymorphy3 asks each letter's Unicode name to tell Latin words; letters that have none (Tangut,
# unassigned code points) make it raise, so such a word is an unknown word, never an error.
_UNREADABLE = "\ufffd"


def _readable(word: str) -> bool:
    return all(unicodedata.name(ch, "") for ch in word if ch.isalpha())


@dataclass(frozen=True)
class Parse:
    lemma: str
    tags: frozenset[str]


@dataclass(frozen=True)
class WordAnalysis:
    form: str
    parses: tuple[Parse, ...]
    keys: frozenset[str] = frozenset()


def analysis(form: str, parses: tuple[Parse, ...]) -> WordAnalysis:
    """An analysis with its index keys: every lemma, the form as `=form`, every grammeme as `#tag`."""
    keys = {"=" + form, *(p.lemma for p in parses), *("#" + tag for p in parses for tag in p.tags)}
    return WordAnalysis(form, parses, frozenset(keys))


class _Morphology:
    """Analyses are cached by folded form, and by the token as written, which skips the folding; a word is known
    when the dictionary has it or the language data adds it (`known_words`)."""

    analyze: Callable[[str], WordAnalysis]

    def __init__(self, known_words: frozenset[str]) -> None:
        self._known_words = known_words

    def _analyze_token(self, token: str) -> WordAnalysis:
        return self.analyze(fold_case(token))

    def is_known(self, word: str) -> bool:
        return word in self._known_words or self._in_dictionary(word)

    def _in_dictionary(self, word: str) -> bool:
        raise NotImplementedError


class RussianMorphology(_Morphology):
    has_grammemes = True

    def __init__(self, known_words: frozenset[str] = frozenset()) -> None:
        import pymorphy3
        import pymorphy3_dicts_ru

        super().__init__(known_words)
        # the dictionary named outright, as pymorphy3 would choose it: looking it up by its entry point reads every
        # installed package's metadata (~0.015 s of each start); PYMORPHY2_DICT_PATH still names another
        path = os.environ.get(pymorphy3.MorphAnalyzer.DICT_PATH_ENV_VARIABLE) or pymorphy3_dicts_ru.get_path()
        self._morph = pymorphy3.MorphAnalyzer(path=path, lang="ru")
        # one set per distinct set of grammemes: pymorphy3 makes a new one for each word it guesses, and
        # the analyses learned live long (ten thousand sets of a thousand kinds for the collector to walk)
        self._grammemes: dict[frozenset[str], frozenset[str]] = {}
        self.analyze = lru_cache(maxsize=200_000)(self._analyze)
        self.analyze_token = lru_cache(maxsize=200_000)(self._analyze_token)
        # fixes parse the same few forms again and again, in every pass and every repeated paragraph
        self.parses = lru_cache(maxsize=50_000)(self._parses)

    def _analyze(self, form: str) -> WordAnalysis:
        if not _readable(form):
            return analysis(form, (Parse(form, frozenset({"UNKN"})),))
        parses = tuple(
            dict.fromkeys(Parse(fold_case(p.normal_form), self._shared(p.tag.grammemes)) for p in self._morph.parse(form))
        )
        return analysis(form, parses)

    def _shared(self, grammemes: frozenset[str]) -> frozenset[str]:
        tags = frozenset(grammemes)
        return self._grammemes.setdefault(tags, tags)

    def _parses(self, form: str) -> tuple:
        """pymorphy3's own parses, for inflecting: `parse.inflect({"gent"})`; a word it cannot read is
        parsed as one it does not know (no inflection, so a fix on it steps aside)."""
        return tuple(self._morph.parse(form if _readable(form) else _UNREADABLE))

    def _in_dictionary(self, word: str) -> bool:
        return _readable(word) and self._morph.word_is_known(word)

    def lexeme_parse(self, lemma: str, pos: frozenset[str]) -> Any:
        """A parse of the word `lemma` as written, with one of these parts of speech, or None.

        «деньги» is its own headword in a fix even though pymorphy3 files it under «деньга».
        """
        for parse in self.parses(lemma):
            if parse.tag.POS in pos and lemma in (parse.normal_form, parse.word):
                return parse
        return None


# one empty set for every parse without grammemes: each frozenset() is a new object since Python 3.10
_NO_TAGS: frozenset[str] = frozenset()


class BulgarianMorphology(_Morphology):
    has_grammemes = False

    def __init__(self, known_words: frozenset[str] = frozenset()) -> None:
        import simplemma

        super().__init__(known_words)
        self._simplemma = simplemma
        self.analyze = lru_cache(maxsize=200_000)(self._analyze)
        self.analyze_token = lru_cache(maxsize=200_000)(self._analyze_token)

    def _analyze(self, form: str) -> WordAnalysis:
        # simplemma marks reflexive verbs in the lemma: «моля-(се)», «тръгна-(си)»; rules write the verb alone.
        lemma = _REFLEXIVE_MARK.sub("", fold_case(self._simplemma.lemmatize(form, lang="bg")))
        parses = (Parse(lemma, _NO_TAGS),) if lemma == form else (Parse(lemma, _NO_TAGS), Parse(form, _NO_TAGS))
        return analysis(form, parses)

    def _in_dictionary(self, word: str) -> bool:
        return bool(word) and self._simplemma.is_known(word, lang="bg")


MORPHOLOGIES: dict[str, type[RussianMorphology | BulgarianMorphology]] = {"ru": RussianMorphology, "bg": BulgarianMorphology}
