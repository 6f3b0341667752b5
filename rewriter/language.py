"""Tell Russian from Bulgarian on short texts, or say it is neither."""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from itertools import islice

from .errors import RewriterError
from .normalize import fold_case
from .translation import N_

_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+(?:-[\u0400-\u04ff]+)*")
# Letters of neither Cyrillic nor Latin script («数据中心»): in a Russian or Bulgarian reply, another language.
_OTHER_SCRIPT = re.compile(r"[^\W\d_\u0000-\u024f\u0400-\u04ff\u1e00-\u1eff]+")
# A title or a name in quotes («Смачна випічка», „Добра хата“, "…"), which a reply may cite in any language.
_QUOTED = re.compile(r"«[^»\n]*»|„[^“”\n]*[“”]|\"[^\"\n]*\"")
_SAMPLE_WORDS = 80
_FOREIGN_LETTER_SHARE = 0.02
_MIN_KNOWN_SHARE = 0.5
# Evidence from one language only, this strong, settles it without the other's dictionary.
_CLEAR_EVIDENCE = 6


class LanguageError(RewriterError):
    """The text is in neither supported language."""


@dataclass(frozen=True)
class LanguageProfile:
    code: str
    alphabet: frozenset[str]
    markers: frozenset[str]
    words: frozenset[str]
    is_known: Callable[[str], bool]
    # words of other languages that this one never uses, and whether its dictionary is full enough
    # that a word it lacks and another language's has is that language's
    foreign: frozenset[str] = frozenset()
    unknown_is_foreign: bool = False
    lemmas: Callable[[str], frozenset[str]] = lambda word: frozenset()
    # endings a word of this language may carry on a foreign stem («грузовик-ът»)
    article_endings: tuple[str, ...] = ()
    # spellings this language never has and another does: «ъ» before a consonant («търпение») in Russian
    foreign_spelling: tuple[re.Pattern[str], ...] = ()
    # articles a neighbouring language puts on a word this one knows and never does itself: Macedonian's
    # «-от» («проблемот», Bulgarian «проблемът»); a word this dictionary lacks that is one on a known stem is foreign
    foreign_article_endings: tuple[str, ...] = ()
    # letters of other Cyrillic languages neither supported one has («і», «ї», «є», «ґ» of Ukrainian): a
    # word with one is foreign, however few there are for the detection to refuse the whole text
    other_letters: frozenset[str] = frozenset()
    # a sentence with this many words only another language's dictionary knows, half its words or more,
    # and none only this one's knows, is in that language (0: never); for a dictionary too small to say
    # a single unknown word is foreign
    foreign_sentence_words: int = 0
    # a sentence with this many lowercase words outside quotes that no supported dictionary knows, a third
    # of its words or more, is in a neighbouring language («Ми заново пофарбуємо двері власним коштом.» in a
    # Russian reply); 0: never, for a dictionary too small to tell a rare word from a foreign one
    unknown_sentence_words: int = 0


def detect_language(text: str, profiles: Mapping[str, LanguageProfile]) -> str:
    """The code of the language `text` is written in; LanguageError if it is none of them."""
    words, letters = _sample(text)
    if len(letters) < 3:
        raise LanguageError(N_("no Russian or Bulgarian text found (too few Cyrillic letters)"))
    outside = set(letters).difference(*(p.alphabet for p in profiles.values()))
    if outside and sum(map(letters.count, outside)) / len(letters) > _FOREIGN_LETTER_SHARE:
        raise LanguageError(N_("the text is in a Cyrillic language other than Russian or Bulgarian"))
    evidence = {code: _evidence(words, letters, p) for code, p in profiles.items()}
    distinct = set(words)
    clear = _clear(evidence)
    if clear:
        best = clear[0]
        known = {best: set(filter(profiles[best].is_known, distinct))}
    else:
        known = {code: set(filter(p.is_known, distinct)) for code, p in profiles.items()}
        scores = {code: _score(words, known, code) + evidence[code] for code in profiles}
        best = max(scores, key=scores.__getitem__)
    if sum(map(known[best].__contains__, words)) / len(words) < _MIN_KNOWN_SHARE:
        raise LanguageError(N_("the text does not read as Russian or Bulgarian"))
    return best


def _sample(text: str) -> tuple[list[str], str]:
    """The first Cyrillic words of `text` in their compared form, and their letters lowercased (`ё` kept).
    Lowercased and split once as one string: a word's letters lowercase alike alone or among others."""
    lowered = " ".join(islice(_CYRILLIC_WORD.findall(text), _SAMPLE_WORDS)).lower()
    return fold_case(lowered).split(" ") if lowered else [], lowered.replace(" ", "").replace("-", "")


def clear_language(text: str, profiles: Mapping[str, LanguageProfile]) -> str | None:
    """The language `text` is plainly in, told by letters and frequent words only it has (no dictionary
    asked); None when that evidence does not settle it. For telling a user their `--lang` is wrong."""
    words, letters = _sample(text)
    clear = _clear({code: _evidence(words, letters, p) for code, p in profiles.items()})
    return clear[0] if clear else None


def _clear(evidence: Mapping[str, int]) -> list[str]:
    """The language with strong evidence when no other has any."""
    return [code for code, points in evidence.items() if points >= _CLEAR_EVIDENCE and sum(evidence.values()) == points]


def _evidence(words: list[str], letters: str, profile: LanguageProfile) -> int:
    """Letters and frequent words only this language has, each worth two points."""
    markers = sum(map(letters.count, profile.markers))
    frequent = sum(map(profile.words.__contains__, words))
    return 2 * markers + 2 * frequent


def _score(words: list[str], known: Mapping[str, set[str]], code: str) -> int:
    """Words that this language's dictionary knows and no other's does."""
    others = set().union(*(k for c, k in known.items() if c != code))
    only = known[code] - others
    return sum(map(only.__contains__, words))


def foreign_words(text: str, code: str, profiles: Mapping[str, LanguageProfile]) -> list[str]:
    """Words of `text`, said to be in language `code`, that only another language has: «вече» in a
    Russian reply, «уже» or a letter like «ы» in a Bulgarian one, a spelling it never has («търпение» in
    a Russian one), and words in a script of neither («数据中心»). Letters joined to a number by a hyphen
    are part of it («2-ю смену», «заказ Ю-5519»)."""
    own = profiles[code]
    others = [p for c, p in profiles.items() if c != code]
    foreign_letters = set().union(*(p.alphabet for p in others), own.other_letters) - own.alphabet
    found = [m.group() for m in _OTHER_SCRIPT.finditer(text) if not _symbol_of_a_quantity(text, m.start(), m.end())]
    for m in _CYRILLIC_WORD.finditer(text):
        if _joined_to_number(text, m.start(), m.end()):
            continue
        word = fold_case(m.group().lower())
        stems = {word, *(word[: -len(e)] for e in own.article_endings if word.endswith(e) and len(word) > len(e) + 2)}
        named = stems | {lemma for stem in stems for lemma in own.lemmas(stem)}
        if (
            (named & own.foreign and not _abbreviation(m.group()))
            or foreign_letters & set(m.group().lower())
            or any(p.search(word) for p in own.foreign_spelling)
            or _foreign_article(word, own)
            or (own.unknown_is_foreign and not own.is_known(word) and any(p.is_known(word) for p in others))
        ):
            found.append(m.group())
    if own.foreign_sentence_words:
        found += _foreign_sentence_words(text, own, others)
    if own.unknown_sentence_words:
        found += _unknown_sentence_words(text, own, [own, *others])
    return list(dict.fromkeys(found))


def _abbreviation(word: str) -> bool:
    """«СУ», «ЕС»: a word in capitals, two letters or more, is an abbreviation, no word of a language."""
    return len(word) > 1 and word.isupper()


# A stem this short may be a whole word of its own («пилот», «капот» are no «пил» with an article).
_MIN_ARTICLE_STEM = 4


def _foreign_article(word: str, own: LanguageProfile) -> bool:
    """«проблемот»: a known word with another language's article, which this dictionary does not know as a whole."""
    return any(
        word.endswith(e) and len(word) - len(e) >= _MIN_ARTICLE_STEM
        and own.is_known(word[: -len(e)]) and not own.is_known(word)
        for e in own.foreign_article_endings
    )


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n")


def _foreign_sentence_words(text: str, own: LanguageProfile, others: list[LanguageProfile]) -> list[str]:
    """Words of the sentences written in another language as a whole («Примите наши искренние
    соболезнования.» in a Bulgarian reply): words only another's dictionary knows, enough of them and
    half the sentence or more, and no word only this language's dictionary knows."""
    found: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        words = _CYRILLIC_WORD.findall(sentence)
        if len(words) < own.foreign_sentence_words:
            continue
        known = [(w, own.is_known(f), any(p.is_known(f) for p in others)) for w in words for f in [fold_case(w)]]
        theirs = [w for w, ours_knows, theirs_knows in known if theirs_knows and not ours_knows]
        ours = [w for w, ours_knows, theirs_knows in known if ours_knows and not theirs_knows]
        if len(theirs) >= own.foreign_sentence_words and 2 * len(theirs) >= len(words) and not ours:
            found += theirs
    return found


def _unknown_sentence_words(text: str, own: LanguageProfile, profiles: list[LanguageProfile]) -> list[str]:
    """Words of the sentences in a language neither dictionary knows (Ukrainian in a Russian reply):
    enough lowercase words that none knows, a third of the sentence or more. A name, a quoted title and
    a word joined by a hyphen («машино-мест») count for none."""
    found: list[str] = []
    for sentence in _SENTENCE_END.split(_QUOTED.sub(" ", text)):
        words = _CYRILLIC_WORD.findall(sentence)
        unknown = [
            w for w in words
            if w.islower() and "-" not in w and not any(p.is_known(fold_case(w)) for p in profiles)
        ]
        if len(unknown) >= own.unknown_sentence_words and 3 * len(unknown) >= len(words):
            found += unknown
    return found


def _symbol_of_a_quantity(text: str, start: int, end: int) -> bool:
    """«ΔE 4,2», «Δp», «5 μm», «10 Ω», «β-каротин»: one letter of another script beside a Latin letter, a digit or a
    hyphen is the symbol of a quantity, a unit or a compound, no word of a language."""
    before, after = text[:start].rstrip()[-1:], text[end:].lstrip()[:1]
    return end - start == 1 and any(c.isdigit() or c == "-" or ("a" <= c.lower() <= "z") for c in before + after)


def _joined_to_number(text: str, start: int, end: int) -> bool:
    """«2-ю», «Ю-5519»: letters a hyphen ties to digits belong to the number or the code."""
    return (start >= 2 and text[start - 1] == "-" and text[start - 2].isdigit()) or (
        end + 1 < len(text) and text[end] == "-" and text[end + 1].isdigit()
    )
