"""The words that give numbers their meaning, per language (`lint_rules/<lang>/facts.yaml`), and the
units that measure the same thing, so «72 часа» = «три дни» and «500 г» = «0,5 кг»."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

from .normalize import fold_case
from .rules import load_data_file, load_language_data


@dataclass(frozen=True)
class Phrases:
    """Phrases of one or more words and the name each gives, the longest first. Found by their first word: a
    number's next words are looked up in the units and currencies at every number of every text."""

    entries: tuple[tuple[tuple[str, ...], str], ...] = ()
    # the places in `entries` of the phrases each word opens
    opened_by: dict[str, tuple[int, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        opened_by: dict[str, list[int]] = {}
        for n, (phrase, _) in enumerate(self.entries):
            opened_by.setdefault(phrase[0], []).append(n)
        object.__setattr__(self, "opened_by", {word: tuple(places) for word, places in opened_by.items()})


# Units that measure the same quantity, as (the base unit, how many of it one makes). A workday or a
# month is no fixed number of days, so it stays a unit of its own; a year is twelve of them.
_IN_BASE = {
    "second": ("second", Decimal(1)),
    "minute": ("second", Decimal(60)),
    "hour": ("second", Decimal(3600)),
    "day": ("second", Decimal(86400)),
    "week": ("second", Decimal(604800)),
    "month": ("month", Decimal(1)),
    "year": ("month", Decimal(12)),
    "milligram": ("gram", Decimal("0.001")),
    "gram": ("gram", Decimal(1)),
    "kilogram": ("gram", Decimal(1000)),
    "tonne": ("gram", Decimal(1000000)),
    "millilitre": ("litre", Decimal("0.001")),
    "litre": ("litre", Decimal(1)),
    "millimetre": ("metre", Decimal("0.001")),
    "centimetre": ("metre", Decimal("0.01")),
    "metre": ("metre", Decimal(1)),
    "kilometre": ("metre", Decimal(1000)),
    "watt": ("watt", Decimal(1)),
    "kilowatt": ("watt", Decimal(1000)),
    "megawatt": ("watt", Decimal(1000000)),
    "kilowatt_peak": ("watt_peak", Decimal(1000)),
    "megawatt_peak": ("watt_peak", Decimal(1000000)),
}


def in_base_unit(number: Decimal, unit: str) -> tuple[Decimal, str]:
    """The quantity in the base unit of what it measures («48 hour» → «172800 second»); a unit with no
    base stays as it is."""
    base, factor = _IN_BASE.get(unit, (unit, Decimal(1)))
    return (number * factor).normalize(), base


@dataclass(frozen=True)
class FactWords:
    """One language's words that give numbers their meaning (`lint_rules/<lang>/facts.yaml`)."""

    currencies: Phrases
    # hundredths of a currency after its amount («50 коп.»), by the currency they belong to
    subunits: Phrases
    units: Phrases
    # adjectives made of a number and a unit, after a hyphen («10-дневен срок» = «срок от 10 дни»)
    unit_adjectives: dict[str, str]
    # a number's forms that open a word with a unit adjective («дву» of «двуседмичен»), beside the number words
    number_stems: dict[str, Decimal]
    months: dict[str, int]
    year_words: frozenset[str]
    numbers: dict[str, Decimal]
    # words that join the tens and the units of a number said in words («петдесет и девет»)
    number_joiners: frozenset[str]
    multipliers: Phrases
    clock_words: dict[str, tuple[int, int]]
    day_halves: dict[str, int]
    # a half hour said before the ordinal of the hour it leads to («в половине седьмого» = 6:30)
    half_before_hour: frozenset[str]
    # a word before the minutes short of the hour after them («без двадцати шесть» = 5:40)
    minutes_before_hour: frozenset[str]
    # a word joining an hour and the minutes after it («в 13 и 30» = 13:30), after a word of the moment («в», «към»)
    minutes_after_hour: frozenset[str]
    clock_prepositions: frozenset[str]
    # words of a thing a number right after them names («фактура 318»): a spaced dash after that number opens no range
    label_words: frozenset[str]
    # words after an hour that add half an hour to it («в шест и половина» = 6:30), or before a unit half of it («шест и
    # половина километра» = 6,5 km)
    half_after_hour: Phrases
    range_words: frozenset[str]
    # words that open a range whose end may drop the unit («с двух часов до одного»)
    range_from: frozenset[str]
    # words that join two numbers only in a range a `range_from` word opens («в ночь с 6 на 7 июня»)
    range_words_opened: frozenset[str]
    # words that list days before a date in digits, which shares its month with them («12 и 13.12.2026»)
    date_list_words: frozenset[str]
    dimension_words: frozenset[str]
    # words of «every» after a number («12 всеки работен ден»), which open a schedule: no modifier of the number's unit
    frequency_words: frozenset[str]
    contrast_words: frozenset[str]
    # words between a sum and the whole it is part of («6800 рублей из 15 800»): a bare whole takes the sum's currency
    whole_words: frozenset[str]
    ordinal_endings: frozenset[str]
    # endings of an adjective before a unit said alone («сегодняшний день»): the unit names a day, no amount
    adjective_endings: tuple[str, ...]
    ordinals: dict[str, int]
    # a share said as a word («половина» = 50 %), in percent
    shares: dict[str, Decimal]
    # how many times, said as one word («списали дважды» = «2 × 499 руб.»)
    times: dict[str, Decimal]
    # a half of a unit said as one word («полметра»), by the unit it halves
    half_units: dict[str, str]
    # a half said as a prefix joined to its unit by a hyphen («пол-литра»)
    half_prefixes: frozenset[str]
    # the next smaller unit of a span after a number of the unit it divides («58 мин 14 с» = «58:14»)
    span_parts: dict[str, Phrases]
    # units whose hundredths speech says in a number word right after the unit said alone («метр двадцать» = 1,2 м)
    spoken_hundredths: frozenset[str]
    # units of a quantity measured from zero, whose sign words say («минус 41 градус», «41 градус мороза»)
    signed_units: frozenset[str]
    # words before such a quantity and after it that give its sign, as -1 or 1
    sign_before: dict[str, int]
    sign_after: Phrases
    # words the language writes in Latin («email», «e-mail», «sms»): common words, no names
    common_latin: frozenset[str]


@cache
def fact_words(lang: str) -> FactWords:
    data = load_data_file(lang, "facts.yaml")

    def sequences(table: dict[str, list[str]]) -> Phrases:
        found = [(tuple(fold_case(w) for w in phrase.split()), name) for name, phrases in table.items() for phrase in phrases]
        return Phrases(tuple(sorted(found, key=lambda entry: -len(entry[0]))))  # the longest first

    return FactWords(
        currencies=sequences(data["currencies"]),
        subunits=sequences(data.get("subunits", {})),
        units=sequences(data["units"]),
        unit_adjectives={fold_case(w): unit for unit, forms in data.get("unit_adjectives", {}).items() for w in forms},
        number_stems={fold_case(k): Decimal(str(v)) for k, v in data.get("number_stems", {}).items()},
        months={fold_case(k): int(v) for k, v in data["months"].items()},
        year_words=frozenset(fold_case(w) for w in data["year_words"]),
        numbers={fold_case(k): Decimal(str(v)) for k, v in data["numbers"].items()},
        number_joiners=frozenset(fold_case(w) for w in data.get("number_joiners", [])),
        multipliers=sequences(data["multipliers"]),
        clock_words={fold_case(k): _hour_minute(v) for k, v in data["clock_words"].items()},
        day_halves={fold_case(k): int(v) for k, v in data["day_halves"].items()},
        half_before_hour=frozenset(fold_case(w) for w in data.get("half_before_hour", [])),
        minutes_before_hour=frozenset(fold_case(w) for w in data.get("minutes_before_hour", [])),
        minutes_after_hour=frozenset(fold_case(w) for w in data.get("minutes_after_hour", [])),
        clock_prepositions=frozenset(fold_case(w) for w in data.get("clock_prepositions", [])),
        label_words=frozenset(fold_case(w) for w in data.get("label_words", [])),
        half_after_hour=sequences({"half": data.get("half_after_hour", [])}),
        range_words=frozenset(fold_case(w) for w in data["range_words"]),
        range_from=frozenset(fold_case(w) for w in data.get("range_from", [])),
        range_words_opened=frozenset(fold_case(w) for w in data.get("range_words_opened", [])),
        date_list_words=frozenset(fold_case(w) for w in data.get("date_list_words", [])),
        dimension_words=frozenset(fold_case(w) for w in data.get("dimension_words", [])),
        frequency_words=frozenset(fold_case(w) for w in data.get("frequency_words", [])),
        contrast_words=frozenset(fold_case(w) for w in data["contrast_words"]),
        whole_words=frozenset(fold_case(w) for w in data.get("whole_words", [])),
        ordinal_endings=frozenset(fold_case(w) for w in data["ordinal_endings"]),
        adjective_endings=tuple(fold_case(w) for w in data.get("adjective_endings", [])),
        ordinals={fold_case(k): int(v) for k, v in data.get("ordinals", {}).items()},
        shares={fold_case(k): Decimal(str(v)) for k, v in data.get("shares", {}).items()},
        times={fold_case(k): Decimal(str(v)) for k, v in data.get("times", {}).items()},
        half_units={fold_case(k): str(v) for k, v in (data.get("half_units") or {}).items()},
        half_prefixes=frozenset(fold_case(w) for w in data.get("half_prefixes", [])),
        span_parts={unit: sequences({unit: parts}) for unit, parts in data.get("span_parts", {}).items()},
        spoken_hundredths=frozenset(data.get("spoken_hundredths", [])),
        signed_units=frozenset(data.get("signed_units", [])),
        sign_before={fold_case(k): int(v) for k, v in data.get("sign_before", {}).items()},
        sign_after=sequences({str(k): v for k, v in data.get("sign_after", {}).items()}),
        common_latin=frozenset(w.lower() for w in load_language_data(lang).get("latin_in_use", [])),
    )


def _hour_minute(clock: str) -> tuple[int, int]:
    hour, minute = clock.split(":")
    return int(hour), int(minute)
