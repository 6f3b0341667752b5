"""Read a draft from bytes: UTF-8 (with or without BOM), cp1251 or koi8-r, told apart by content."""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from .errors import RewriterError

_CONTROL_ALLOWED = {"\t", "\n", "\r", "\f", "\v"}
_MAX_CONTROL_SHARE = 0.01


class InputError(RewriterError, ValueError):
    """Input that is not a text draft we can read; the message says why."""


@dataclass(frozen=True)
class Draft:
    """A decoded draft and how to write it back the way it came."""

    text: str
    encoding: str

    def encode(self, text: str) -> bytes:
        try:
            return text.encode(self.encoding)
        except UnicodeEncodeError as error:
            raise InputError(f"the new text has «{error.object[error.start:error.end]}», which {self.encoding} cannot hold") from None


def decode_draft(data: bytes) -> Draft:
    """The text of a draft and its encoding; InputError for binary or undecodable input."""
    if b"\x00" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError("this looks like a binary file, not a text draft")
    draft = _decode(data)
    controls = sum(ch < " " and ch not in _CONTROL_ALLOWED for ch in draft.text)
    if draft.text and controls / len(draft.text) > _MAX_CONTROL_SHARE:
        raise InputError("this looks like a binary file, not a text draft")
    return draft


def _decode(data: bytes) -> Draft:
    if data.startswith(codecs.BOM_UTF8):
        return Draft(data.decode("utf-8-sig"), "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Draft(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError:
            raise InputError("cannot decode the text: broken UTF-16") from None
    try:
        return Draft(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    candidates = []
    for encoding in ("cp1251", "koi8-r"):
        try:
            candidates.append(Draft(data.decode(encoding), encoding))
        except UnicodeDecodeError:
            continue
    readable = [c for c in candidates if _cyrillic_letters(c.text) and not _mostly_mixed_words(c.text)]
    if not readable:
        raise InputError("cannot decode the text: it is not UTF-8, cp1251 or koi8-r")
    # cp1251 and koi8-r swap the upper- and lowercase halves of the alphabet: the right one reads mostly lowercase.
    return max(readable, key=lambda c: _lowercase_share(c.text))


def _mostly_mixed_words(text: str) -> bool:
    """Latin-1 bytes read as cp1251 give words like «cafй»: Cyrillic letters inside Latin words."""
    words = [w for w in re.findall(r"\w+", text) if _cyrillic_letters(w)]
    mixed = sum(bool(re.search("[A-Za-z]", w)) for w in words)
    return mixed * 2 > len(words)


def _cyrillic_letters(text: str) -> list[str]:
    return [ch for ch in text if "\u0400" <= ch <= "\u04ff"]


def _lowercase_share(text: str) -> float:
    letters = _cyrillic_letters(text)
    return sum(ch.islower() for ch in letters) / len(letters)
