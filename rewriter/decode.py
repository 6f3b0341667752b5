"""Read a draft from bytes: UTF-8 (with or without BOM), cp1251 or koi8-r, told apart by content."""
from __future__ import annotations

import codecs
import re

_CONTROL_ALLOWED = {"\t", "\n", "\r", "\f", "\v"}
_MAX_CONTROL_SHARE = 0.01


class InputError(ValueError):
    """Input that is not a text draft we can read; the message says why."""


def decode_draft(data: bytes) -> str:
    """The text of a draft; InputError for binary or undecodable input."""
    if b"\x00" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError("this looks like a binary file, not a text draft")
    text = _decode(data)
    controls = sum(ch < " " and ch not in _CONTROL_ALLOWED for ch in text)
    if text and controls / len(text) > _MAX_CONTROL_SHARE:
        raise InputError("this looks like a binary file, not a text draft")
    return text


def _decode(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("cannot decode the text: broken UTF-16") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    candidates = []
    for encoding in ("cp1251", "koi8-r"):
        try:
            candidates.append(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    readable = [c for c in candidates if _cyrillic_letters(c) and not _mostly_mixed_words(c)]
    if not readable:
        raise InputError("cannot decode the text: it is not UTF-8, cp1251 or koi8-r")
    # cp1251 and koi8-r swap the upper- and lowercase halves of the alphabet: the right one reads mostly lowercase.
    return max(readable, key=_lowercase_share)


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
