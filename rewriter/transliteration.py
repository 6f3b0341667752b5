"""Names in the other script: a Bulgarian firm's own Latin brand («Еконт» is «Econt», «Спиди» is «Speedy»),
which a reader takes for the same name. Both are brought to one Latin spelling (`latin_letters` and
`latin_spellings` in `language.yaml`) and compared."""
from __future__ import annotations

import re
from functools import cache

from .rules import load_language_data

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")
# A sound key this short may be two different names by chance.
_LEAST_SOUNDS = 3


@cache
def latin_letters(lang: str) -> dict[str, str]:
    """Each Cyrillic letter of the language as it is written in Latin letters."""
    return {str(k): str(v) for k, v in load_language_data(lang).get("latin_letters", {}).items()}


def in_latin(word: str, lang: str) -> str:
    """The word in lowercase Latin letters, letter for letter («София» → «sofiya»)."""
    letters = latin_letters(lang)
    return "".join(letters.get(c, c) for c in word.lower())


@cache
def _spellings(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(k), str(v)) for k, v in load_language_data(lang).get("latin_spellings", []))


def _sounds(word: str, lang: str) -> str:
    """The word as the language would spell its sounds in Latin letters: «Speedy» and «Спиди» are «spidi»."""
    written = in_latin(word, lang)
    for pattern, sound in _spellings(lang):
        written = pattern.sub(sound, written)
    return written


def same_name_across_scripts(one: str, other: str, lang: str) -> bool:
    """One is in Cyrillic and the other in Latin letters, and they spell the same sounds."""
    scripts = {bool(_CYRILLIC.search(w)) and not _LATIN.search(w) for w in (one, other)}
    key = _sounds(one, lang)
    return bool(_spellings(lang)) and scripts == {True, False} and len(key) >= _LEAST_SOUNDS and key == _sounds(other, lang)
