"""Read a draft from bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, cp1251 or koi8-r.

Valid UTF-8 is UTF-8. Bytes that are UTF-8 but for a few broken ones (a cut character, one stray
byte) stay UTF-8, the broken bytes read as U+FFFD and said in `Draft.damage`: read as a legacy
codepage, every letter of such a text would be mojibake. Only bytes that are not UTF-8 at all are
read as cp1251 or koi8-r, and a reading is taken only if it reads as words: most of its Cyrillic
letters stand in words the Russian or Bulgarian lexicon knows.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from itertools import islice
from typing import Literal, overload

from .errors import RewriterError
from .normalize import fold_case
from .translation import N_

_CONTROL_ALLOWED = {"\t", "\n", "\r", "\f", "\v"}
_MAX_CONTROL_SHARE = 0.01
_LEGACY = ("cp1251", "koi8-r")
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")  # what surrogateescape makes of a byte that is not UTF-8
# A damaged UTF-8 text has many times more good multi-byte characters than broken bytes; a cp1251
# or koi8-r text has a good one only by chance («Её» is 0xC5 0xB8, a valid pair) among hundreds of broken.
_MIN_GOOD_PER_BROKEN = 4
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_CYRILLIC_WORD = re.compile("[\u0400-\u04ff]+(?:-[\u0400-\u04ff]+)*")
_WORD_EDGES = ".,:;!?…—–-«»„“”‚‘’\"'()[]{}<>*/"
_SAMPLE_TOKENS = 200
_MIN_KNOWN_SHARE = 0.5


class InputError(RewriterError):
    """Input that is not a text draft we can read; the message says why."""


@dataclass(frozen=True)
class Draft:
    """A decoded draft and how to write it back the way it came. `damage` says what could not be read
    (those bytes are U+FFFD in `text`, so writing the text back would lose them); None when nothing."""

    text: str
    encoding: str
    damage: str | None = None

    def encode(self, text: str) -> bytes:
        try:
            return text.encode(self.encoding)
        except UnicodeEncodeError as error:
            raise InputError(f"the new text has «{error.object[error.start:error.end]}», which {self.encoding} cannot hold") from None


def decode_draft(data: bytes) -> Draft:
    """The text of a draft and its encoding; InputError for binary or undecodable input."""
    if b"\x00" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(N_("this looks like a binary file, not a text draft"))
    draft = _decode(data)
    controls = sum(ch < " " and ch not in _CONTROL_ALLOWED for ch in draft.text)
    if draft.text and controls / len(draft.text) > _MAX_CONTROL_SHARE:
        raise InputError(N_("this looks like a binary file, not a text draft"))
    return draft


def _decode(data: bytes) -> Draft:
    if data.startswith(codecs.BOM_UTF8):
        return _utf8(data[len(codecs.BOM_UTF8):], "utf-8-sig", damaged_ok=True)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Draft(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError:
            raise InputError(N_("cannot decode the text: broken UTF-16")) from None
    utf8 = _utf8(data, "utf-8", damaged_ok=False)
    if utf8 is not None:
        return utf8
    readings = [(share, draft) for draft in _legacy_readings(data) if (share := known_word_share(draft.text)) >= _MIN_KNOWN_SHARE]
    if not readings:
        raise InputError(N_("cannot decode the text: it is not UTF-8, and read as cp1251 or koi8-r it is not Russian or Bulgarian words"))
    return max(readings, key=lambda reading: reading[0])[1]


@overload
def _utf8(data: bytes, encoding: str, damaged_ok: Literal[True]) -> Draft: ...
@overload
def _utf8(data: bytes, encoding: str, damaged_ok: Literal[False]) -> Draft | None: ...
def _utf8(data: bytes, encoding: str, damaged_ok: bool) -> Draft | None:
    """UTF-8, whole or with a few broken bytes; None when the bytes are mostly something else.
    With a UTF-8 byte order mark (`damaged_ok`) the bytes are UTF-8 however broken."""
    try:
        return Draft(data.decode("utf-8"), encoding)
    except UnicodeDecodeError:
        pass
    escaped = data.decode("utf-8", "surrogateescape")
    broken = len(escaped) - len(_ESCAPED_BYTE.sub("", escaped))
    good = len(escaped) - len(escaped.encode("ascii", "ignore")) - broken
    if not damaged_ok and good < _MIN_GOOD_PER_BROKEN * broken:
        return None
    first_broken = next(_ESCAPED_BYTE.finditer(escaped)).start()  # strict decoding failed, so there is one
    first = len(escaped[:first_broken].encode("utf-8", "surrogateescape"))
    first += len(codecs.BOM_UTF8) if encoding == "utf-8-sig" else 0
    said = f"{broken} byte{'s are' if broken > 1 else ' is'} not UTF-8 (the first at byte {first}) and read{'' if broken > 1 else 's'} as �"
    return Draft(data.decode("utf-8", "replace"), encoding, said)


def _legacy_readings(data: bytes) -> list[Draft]:
    readings = []
    for encoding in _LEGACY:
        try:
            readings.append(Draft(data.decode(encoding), encoding))
        except UnicodeDecodeError:  # cp1251 leaves 0x98 undefined
            continue
    return readings


def known_word_share(text: str) -> float:
    """The share of Cyrillic letters that stand in words a lexicon knows, over the first tokens with
    Cyrillic in them. Mojibake scores near 0: «п╟п╡я│», «РџСЂРё» and «гДПЮБЯ» are no words."""
    from .nlp import language_profile
    from .rules import LANGUAGES

    lexicons = [language_profile(code).is_known for code in LANGUAGES]
    known = total = 0
    tokens = (m.group() for m in re.finditer(r"\S+", text))
    for token in islice((t for t in tokens if _CYRILLIC.search(t)), _SAMPLE_TOKENS):
        letters = len(_CYRILLIC.findall(token))
        total += letters
        word = token.strip(_WORD_EDGES)
        if _CYRILLIC_WORD.fullmatch(word) and any(is_known(fold_case(word)) for is_known in lexicons):
            known += letters
    return known / total if total else 0.0
