"""Facts read from their written shape alone: ids, codes, links, e-mails, phones, names, dates and
times in digits («14.03», «18:30»), versions."""
from __future__ import annotations

import re
from decimal import Decimal

from .fact_value import PHONE_DIGITS, FactValue, digits_of, number_key

_ACRONYM_LETTERS = 4
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
# A domain as the name shape reads it: labels of any case, a top-level domain in lower case («Slovoliga.ru», not «J.Doe»).
_DOMAIN = re.compile(r"[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,3}\.[a-z]{2,12}")


def _date(text: str) -> FactValue:
    day, month, *rest = (int(p) for p in re.split(r"[./]", text))
    if not 1 <= month <= 12 and not rest and day < 24 and month < 60 and "." in text:
        return FactValue("time", (day, month), text)  # «в 14.30»: a time written with a dot
    year = rest[0] + 2000 if rest and rest[0] < 100 else (rest[0] if rest else None)
    return FactValue("date", (day, month, year), text)


def _time(text: str) -> FactValue:
    hours, minutes = (int(p) for p in text.split(":"))
    return FactValue("time", (hours, minutes), text)


def _id(text: str) -> FactValue:
    dotted = re.sub(r"^[№#]\s?", "", text)
    if re.fullmatch(r"\d+(?:\.\d+){2,}", dotted):  # «№ 62329.17.88» is what «62329.17.88» says
        return FactValue("version", (dotted,), text)
    value = re.sub(r"[\s№#-]", "", text).upper()
    return FactValue("number", (number_key(Decimal(value)),), text) if value.isdigit() else FactValue("id", (value,), text)


def _acronym(text: str) -> bool:
    """«PVC», «LED»: a short abbreviation in capitals says what a thing is made of or how it works,
    which a reply may leave out; a name it may not (a changed one is still no fact of the draft)."""
    return text.isalpha() and text.isupper() and len(text) <= _ACRONYM_LETTERS


def _roman(text: str) -> FactValue | None:
    """«III квартал» = «3-й квартал»: a Roman numeral is a number, too short to count as a fact alone."""
    if not _ROMAN.fullmatch(text):
        return None
    values = [_ROMAN_VALUES[c] for c in text]
    number = sum(-v if v < nxt else v for v, nxt in zip(values, [*values[1:], 0], strict=True))
    return FactValue("number", (str(number),), text, required=False)


def _url(text: str) -> FactValue:
    """A link by its host in lower case, as DNS reads it («Slovoliga.ru» is «slovoliga.ru»), and its path as written:
    a server may tell «/Reset» from «/reset»."""
    address = re.sub(r"^(?:https?://)?(?:www\.)?", "", text, flags=re.IGNORECASE).rstrip("/")
    host, *path = re.split(r"(?=[/?#])", address, maxsplit=1)
    return FactValue("url", (host.lower() + "".join(path),), text)


def _name(text: str) -> FactValue:
    """A Latin word or name; a capitalised domain («Chotki-Lavka.ru», which the link shape leaves to names) is a link."""
    if _DOMAIN.fullmatch(text):
        return _url(text)
    return _roman(text) or FactValue("name", (text.lower(),), text, required=not _acronym(text))


SHAPE_READERS = {
    "url": _url,
    "email": lambda text: FactValue("email", (text.lower(),), text),
    "phone": lambda text: FactValue("phone", (digits_of(text)[-PHONE_DIGITS:],), text),
    "time": _time,
    "date": _date,
    "id": _id,
    "code": lambda text: FactValue("id", (text.replace("-", "").upper(),), text),
    "version": lambda text: FactValue("version", (text.lstrip("vV"),), text),
    "name": _name,
}
