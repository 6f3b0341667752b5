"""A fact as a value: its kind and key, compared the way a reader compares them.

«в 10:00» = «в 10 часов», «72 часа» = «три дни» (units of one measure compare in their base unit:
`fact_words.py`), «14.03» = «14.03.2026»; a changed unit, currency or value differs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from .fact_shapes import DOTTED_TIME
from .fact_words import in_base_unit

# Phones are compared by their last digits: «+359 2 981 44 20» is «02 981 44 20».
PHONE_DIGITS = 8
# «6.5», «12.5»: a date with no year and a month of one digit, which is read as a decimal as well.
_ONE_DIGIT_MONTH = re.compile(r"[1-9]\d?\.[1-9]")
# A number as written with no unit or a unit of one letter («11», «14 г»): a gram's symbol that is also a year's
# abbreviation («възрастова група 11–14 г.»).
_ONE_LETTER_UNIT = re.compile(r"[\d\s.,]+\w?")
# The hours of a half of the day: a time said with no half of it («в половине второго») is either.
_NOON = 12


@dataclass(frozen=True)
class FactValue:
    """A fact as a reader understands it: its kind and value, however it is written.

    `required` is false for a number written in words with nothing after it («один», «оба»): such a
    word may stand for a number of the draft, but is too common to count as a fact of its own. `ordinal`
    marks a number written with an ordinal's ending before its unit («60-ия рожден ден»)."""

    kind: str
    key: tuple
    text: str
    required: bool = True
    ordinal: bool = field(default=False, compare=False)

    def _equal(self, other: FactValue) -> bool:
        if self.kind != other.kind:
            return False
        if self.kind == "date":  # a year on one side only is no change: «14.03» = «14.03.2026»
            (day, month, year), (day2, month2, year2) = self.key, other.key
            return (day, month) == (day2, month2) and (year is None or year2 is None or year == year2)
        if self.kind == "quantity":  # «72 часа» = «три дни», «500 г» = «0,5 кг»
            return _in_base(self.key) == _in_base(other.key)
        return self.key == other.key

    def same(self, other: FactValue) -> bool:
        return self._equal(other) or self._alike(other) or other._alike(self)

    def _alike(self, other: FactValue) -> bool:
        if (self.kind, other.kind) == ("time", "quantity"):  # «в 10:00» = «в 10 часов»
            return other.key == (number_key(Decimal(self.key[0])), "hour") and self.key[1] == 0
        if self.kind == other.kind == "time" and not self.required:  # «к половине второго» may be 13:30: no half of the day said
            return 0 < self.key[0] < _NOON and (self.key[0] + _NOON, self.key[1]) == other.key
        if (self.kind, other.kind) == ("time", "number"):  # «с 12:00 до 16:00» = «с 12 до 16»
            return other.key == (number_key(Decimal(self.key[0])),) and self.key[1] == 0
        # a count in pieces: «3 шт.» = «три билета», «4 бр.» = «четирите»; an ordinal is the number it counts to, whatever
        # it names: «60-ия рожден ден» = «60-годишнината»
        if (self.kind, other.kind) == ("quantity", "number"):
            return (self.key[1] == "item" or self.ordinal) and other.key == self.key[:1]
        if (self.kind, other.kind) == ("phone", "number"):  # a phone written as one run of digits
            return (len(other.key[0]) >= PHONE_DIGITS and other.key[0][-PHONE_DIGITS:] == self.key[0]) or _zero_led(self.text, other)
        if (self.kind, other.kind) == ("date", "time"):  # «с 14.20 до 17.05»: a time written with a dot
            return DOTTED_TIME.fullmatch(self.text) is not None and self.key[:2] == other.key
        if (self.kind, other.kind) == ("date", "number"):  # «балл 6.5» = «6,5»: a day and a month of one digit may be a decimal
            return _ONE_DIGIT_MONTH.fullmatch(self.text) is not None and other.key == (number_key(parse_number(self.text)),)
        if (self.kind, other.kind) == ("quantity", "quantity"):  # «деца на 7–9 г.» = «деца на 7–9 години»
            return self.key[1] == "gram" and other.key == (self.key[0], "year") and _ONE_LETTER_UNIT.fullmatch(self.text) is not None
        if (self.kind, other.kind) == ("version", "date"):  # «v3.1.14» is what «3.1.14» says
            return other.text == self.key[0]
        return False


def clock_hours(value: FactValue) -> tuple[int, ...]:
    """The hours a time of day may be: both halves of the day when it names neither («в половине пятого» is 4:30 or
    16:30)."""
    hour = value.key[0]
    return (hour, hour + _NOON) if not value.required and 0 < hour < _NOON else (hour,)


def _zero_led(written: str, number: FactValue) -> bool:
    """«фактура 0000318842» is «№ 0000318842»: a run of digits with leading zeros, which the phone shape
    takes, is the id whose number it is, digit for digit."""
    return written.isdigit() and written.startswith("0") and written.lstrip("0") == number.key[0]


def _in_base(key: tuple) -> tuple[Decimal, str]:
    return in_base_unit(Decimal(key[0]), key[1])



def digits_of(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def parse_number(text: str, thousands_dot: bool = False) -> Decimal | None:
    """«1 500» → 1500, «1 500,50» → 1500.50, «1.480,50» → 1480.50; with a currency, «1.500» → 1500."""
    plain = re.sub(r"[ \u00a0]", "", text).replace("\u2212", "-")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+" + (r"(?:,\d+)?" if thousands_dot else r",\d+"), plain):
        plain = plain.replace(".", "")
    try:
        return Decimal(plain.replace(",", "."))
    except InvalidOperation:
        return None


def number_key(number: Decimal | None) -> str:
    return format(number.normalize(), "f") if number is not None else ""

