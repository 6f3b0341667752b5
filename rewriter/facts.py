"""Facts in a reply: what no rewrite may change (amounts, dates, ids, contacts, links, codes, names).

Facts are found by their shape (digits, Latin words, addresses), the same in both languages; the
offline rewrite keeps them byte for byte. The model guards compare their values instead: the words
after a number (a currency, a unit, a month: `lint_rules/<lang>/facts.yaml`) are part of the fact, so
«1 500 руб.» = «1500 рублей», «№ 61502» = «заказ 61502», «14.03» = «14 марта», «5 рабочих дней» =
«пять рабочих дней», «72 часа» = «три дни» (units of one measure compare in its base unit:
`fact_words.py`), while «10 дней» ≠ «10 рабочих дней» and «руб.» ≠ «евро».

By type: `fact_shapes.py` finds them, `fact_written.py` reads those written by shape alone,
`fact_numbers.py` those a number and its words make, `fact_value.py` compares them.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import TypeGuard

from .fact_numbers import (
    TIME_UNITS,
    clock_time,
    counted_after,
    half_hour_before,
    half_with_hyphen,
    hour_of_half,
    match_phrase,
    minutes_after_hour,
    minutes_before_hour,
    number_value,
    ordinal_date,
    unit_alone,
    unit_before,
)
from .fact_shapes import DOTTED_TIME, Fact, Token, facts_kept, find_facts, tokenize
from .fact_value import FactValue, number_key, parse_number
from .fact_words import FactWords, fact_words, in_base_unit
from .fact_written import SHAPE_READERS
from .normalize import fold_case

__all__ = ["DOTTED_TIME", "Fact", "FactValue", "fact_changes", "fact_values", "fact_spans", "facts_kept", "find_facts", "swapped_values"]

# A value read, with the first and last token it takes.
_Read = tuple[FactValue, int, int]
# At most this many tokens between two facts set against each other.
_CONTRAST_GAP = 4
# «59.00»: a number with cents, which the date shape also takes, read as an amount before a currency.
_AMOUNT_WITH_CENTS = re.compile(r"\d{1,2}\.\d{2}")
# «3.6 метра»: a number with one decimal after a dot, which the date shape also takes, read as a measure before a unit
# that is no unit of time («в 14.5 ч.» may be a time).
_DECIMAL_WITH_A_DOT = re.compile(r"\d{1,2}\.\d")
# A day of the month as an ordinal, its ending after a hyphen: «23-е», «5-го», «12-ти».
_ORDINAL_DAY = re.compile(r"(\d{1,2})-[^\W\d_]{1,3}")
# How many tokens away from a bare number a unit word with no number of its own tells what the number measures.
_IMPLIED_UNIT_REACH = 3
# The year of two dates that name none, to count the days between them (any year but a leap one).
_ANY_YEAR = 2001


def _reads_as_number(token: Token) -> bool:
    return token.kind == "number" or (token.kind == "date" and _AMOUNT_WITH_CENTS.fullmatch(token.text) is not None)


def fact_values(text: str, lang: str) -> list[FactValue]:
    """Every fact of the text as a value, left to right."""
    return [value for value, _, _ in _read_values(text, lang)[0]]


def fact_spans(text: str, lang: str, kinds: frozenset[str] | None = None) -> list[tuple[int, int]]:
    """Where each fact of the text is (of `kinds` only, when given), its words included («16 Вт»: the unit is no name)."""
    read, tokens = _read_values(text, lang)
    return [(tokens[first].start, tokens[last].end) for value, first, last in read if kinds is None or value.kind in kinds]


def is_amount(phrase: str, lang: str) -> bool:
    """Whether `phrase` is one amount with its currency and nothing else («3 600 ₽», «1 200 руб.», the
    abbreviation's full stop included)."""
    read, tokens = _read_values(phrase, lang)
    if len(read) != 1 or read[0][0].kind != "amount" or tokens[read[0][1]].start:
        return False
    return phrase[tokens[read[0][2]].end:] in ("", ".")


def fact_changes(draft: str, draft_values: Sequence[FactValue], reply: str, lang: str) -> tuple[list[str], list[str]]:
    """The draft's facts the reply lacks or changes, and the reply's facts the draft lacks, as written.
    An id written with a hyphen keeps it with or without its «№» («№ 7-3150» ↔ «договор 7-3150»),
    though its pieces read as two numbers and, bare, the whole may read as a phone («58-30417»)."""
    found = fact_values(reply, lang)
    implied = _implied_measures(draft, lang)
    kept = {core for core in map(id_core, draft_values) if core and _holds(reply, core)}
    given = {core for core in map(id_core, found) if core and _holds(draft, core)}  # «12-345» → «№ 12-345»
    pieces = {piece for core in kept | given for piece in (core, *re.split(r"[-/]", core))}
    pieces |= _codes_spaced_otherwise(draft_values, reply) | _codes_spaced_otherwise(found, draft)
    missing = [
        d.text for d in draft_values
        if d.required and id_core(d) not in kept and d.text not in pieces and not any(d.same(r) for r in found)
        and not _term_between_kept_dates(d, draft_values, found) and not any(_measured_as_implied(r, d, implied) for r in found)
    ]
    new = [
        r.text
        for r in found
        if r.required and r.text not in pieces and id_core(r) not in given and not any(r.same(d) for d in draft_values)
        and not _day_of_a_date(r, draft_values) and not _term_between_kept_dates(r, draft_values, found)
        and not any(_measured_as_implied(r, d, implied) for d in draft_values)
    ]
    return missing + swapped_values(draft, reply, lang) + _recounted(draft, reply, lang), new


def _implied_measures(text: str, lang: str) -> dict[tuple, frozenset[str]]:
    """For each bare number of the text, by value, what the unit words near it that measure no number of their own
    measure (in base units): «на км 14+300 трассы» says 14 and 300 are lengths, as «14 км 300 м» writes them."""
    read, tokens = _read_values(text, lang)
    units = fact_words(lang).units
    taken = {i for _, first, last in read for i in range(first, last + 1)}
    measures: dict[tuple, set[str]] = {}
    for value, first, last in read:
        if value.kind != "number":
            continue
        near = range(max(first - _IMPLIED_UNIT_REACH, 0), min(last + _IMPLIED_UNIT_REACH + 1, len(tokens)))
        for i in near:
            unit = match_phrase(tokens, i, units) if i not in taken and tokens[i].kind == "word" else None
            if unit:
                measures.setdefault(value.key, set()).add(in_base_unit(Decimal(1), unit[0])[1])
    return {key: frozenset(found) for key, found in measures.items()}


def _measured_as_implied(quantity: FactValue, number: FactValue, implied: dict[tuple, frozenset[str]]) -> bool:
    """A quantity of the reply that is a bare number of the draft with the unit the draft implies near it («14 км» for
    «км 14»): the same fact; another number, or a unit of another measure («14 кг»), is not."""
    return (
        quantity.kind == "quantity" and number.kind == "number" and quantity.key[:1] == number.key
        and in_base_unit(Decimal(1), quantity.key[1])[1] in implied.get(number.key, frozenset())
    )


def _term_between_kept_dates(value: FactValue, draft_values: Sequence[FactValue], found: Sequence[FactValue]) -> bool:
    """A term in days given with both its ends («заявление от 02.06 … 30-дневният срок изтече на 02.07»), or the
    days of a period counted with both its ends («от 14 до 16 март» is three days): the two dates say it, so a reply
    that keeps them keeps the term, or may name it as its own («ремонтът е от 14 до 16 март; през тези три дни…»)."""
    if value.kind != "quantity" or value.key[1] != "day":
        return False
    ends = [d for d in draft_values if d.kind == "date" and any(d.same(r) for r in found)]
    days = Decimal(value.key[0])
    return any(_days_between(start, end) in (days, days - 1) for start in ends for end in ends if start != end)


def _days_between(start: FactValue, end: FactValue) -> int | None:
    """Days from one date to another, a year said on one side only taken for both; None when a date is no day."""
    year = start.key[2] or end.key[2] or _ANY_YEAR
    try:
        return (date(end.key[2] or year, end.key[1], end.key[0]) - date(start.key[2] or year, start.key[1], start.key[0])).days
    except ValueError:
        return None


def _day_of_a_date(value: FactValue, draft_values: Sequence[FactValue]) -> bool:
    """An ordinal day with its ending alone («если 23-е вам не подходит», «до 5-го», „до 12-и“), the day of a date the
    draft names («23 августа»): that date said again, not a number of the reply's own."""
    day = _ORDINAL_DAY.fullmatch(value.text) if value.kind == "number" else None
    ordinal = value.kind == "number" and value.ordinal and value.key[0].isdigit()
    number = int(day[1]) if day else int(value.key[0]) if ordinal else None
    return number is not None and any(d.kind == "date" and d.key[0] == number for d in draft_values)


def _codes_spaced_otherwise(values: Sequence[FactValue], other: str) -> set[str]:
    """A code of letters and digits the other text writes with spaces or hyphens between its groups, or without
    them («А482МК116» ↔ «А 482 МК 116», «ЕК 4512 50» ↔ «ЕК451250», a container's check digit: «MSKU 481277-3» ↔
    «MSKU4812773»): the code and the groups either text writes, each held by the other."""
    held: set[str] = set()
    for value in values:
        groups = re.findall(r"\d+|[^\W\d_]+", value.text.replace(" ", "")) if value.kind in ("id", "code") else []
        if len(groups) < 2 or not any(g.isdigit() for g in groups) or not any(g.isalpha() for g in groups):
            continue
        spaced = r"[\s-]?".join(map(re.escape, "".join(groups)))
        match = re.search(rf"(?<![\w-]){spaced}(?![\w-])", other)
        if match:
            held |= {value.text, *groups, *match.group().split()}
    return held


def id_core(value: FactValue) -> str:
    """«№ 7-3150» → «7-3150»: an id's own characters, when they hold a hyphen or a slash."""
    core = re.sub(r"^[№#]\s*", "", value.text)
    return core if core != value.text and re.search(r"\w[-/]\w", core) else ""


def _holds(text: str, core: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(core)}(?![\w-])", text) is not None


def swapped_values(draft: str, reply: str, lang: str) -> list[str]:
    """Pairs the draft sets against each other («-2,5 вместо -2,0») that the reply turns round."""
    ours = _contrasts(draft, lang)
    return [
        f"{a.text} … {b.text}" for a, b in _contrasts(reply, lang)
        if any(a.same(y) and b.same(x) for x, y in ours) and not any(a.same(x) and b.same(y) for x, y in ours)
    ]


def _recounted(draft: str, reply: str, lang: str) -> list[str]:
    """Counts of the draft the reply changes where it counts the same thing («изместени с две страници» → «с три
    страници»): a number in words is no fact of its own, but before a word it counts, the draft's only count of that
    word (by form or lemma), it is held to its value where the reply counts that word by a number the draft never
    names and says the draft's number nowhere, as a count or a fact. One is no count («един от тях»)."""
    ours, theirs = _counts(draft, lang), _counts(reply, lang)
    draft_values = fact_values(draft, lang)
    said = [c for c, _ in theirs] + [v for v in fact_values(reply, lang) if v.required]  # an ordinal word is no count
    return [
        count.text for count, thing in ours
        if all(count.same(c) for c, other in ours if thing & other) and not any(count.same(v) for v in said)
        and any(thing & other and not any(c.same(v) for v in draft_values) for c, other in theirs)
    ]


def _counts(text: str, lang: str) -> list[tuple[FactValue, frozenset[str]]]:
    """Each number said in digits or in words (no ordinal) with the word it counts right after it, by that word's keys."""
    read, tokens = _read_values(text, lang)
    words = fact_words(lang)
    return [
        (value, tokens[last + 1].keys) for value, first, last in read
        if value.kind == "number" and value.key[0] != "1" and counted_after(tokens, last + 1, words)
        and (tokens[first].kind == "number" or tokens[first].looked_up(words.numbers) is not None)
    ]


def _contrasts(text: str, lang: str) -> list[tuple[FactValue, FactValue]]:
    """Two facts with a word of contrast between them and little else («-2,0 вместо назначенных -2,5»)."""
    read, tokens = _read_values(text, lang)
    contrast = fact_words(lang).contrast_words
    return [
        (a, b) for (a, _, a_end), (b, b_start, _) in zip(read, read[1:], strict=False)
        if b_start - a_end <= _CONTRAST_GAP and any(t.keys & contrast for t in tokens[a_end + 1:b_start])
    ]


@lru_cache(maxsize=4096)
def _read_values(text: str, lang: str) -> tuple[tuple[tuple[FactValue, int, int], ...], tuple[Token, ...]]:
    """The values with the first and last token each takes, and the tokens. Remembered for the last texts read:
    the guards read the facts of a draft's and a reply's sentences again for each guard that weighs them."""
    words = fact_words(lang)
    tokens = tuple(tokenize(text, lang))
    values: list[tuple[FactValue, int, int]] = []
    i = 0
    while i < len(tokens):
        if _list_marker(text, tokens, i):
            i += 1
            continue
        value, used = _signed_value_at(tokens, i, words)
        if value and not (value.kind == "name" and value.key[0].replace("-", "") in words.common_latin):
            values.append((replace(value, text=text[tokens[i].start:tokens[i + used - 1].end]), i, i + used - 1))
        i += used
    return tuple(_units_shared_back(values, tokens, words)), tokens


def _signed_value_at(tokens: Sequence[Token], i: int, words: FactWords) -> tuple[FactValue | None, int]:
    """The value at token i, with the sign words give a quantity measured from zero: «минус 41 градус» and
    «41 градус мороза» are «−41 °C»; a sign written with the digits wins over a word after them."""
    sign = tokens[i].looked_up(words.sign_before) if tokens[i].kind == "word" and i + 1 < len(tokens) else None
    if sign:
        value, used = _value_at(tokens, i + 1, words)
        if not _signed(value, words):
            return _value_at(tokens, i, words)
        used += 1
    else:
        value, used = _value_at(tokens, i, words)
        after = match_phrase(tokens, i + used, words.sign_after) if _signed(value, words) else None
        if not after or value is None or value.key[0].startswith("-"):
            return value, used
        sign, used = int(after[0]), used + after[1]
    return replace(value, key=(number_key(Decimal(value.key[0]).copy_abs() * sign), value.key[1])), used


def _signed(value: FactValue | None, words: FactWords) -> TypeGuard[FactValue]:
    return value is not None and value.kind == "quantity" and value.key[1] in words.signed_units


def _list_marker(text: str, tokens: Sequence[Token], i: int) -> bool:
    """The number of a numbered list's item («2. Получить обратно…», „3) Връщаме…“): digits opening their
    line, a stop or a bracket right after them and a space, no fact of the letter."""
    token = tokens[i]
    line_start = text.rfind("\n", 0, token.start) + 1
    return (
        token.kind == "number" and token.text.isdigit() and len(token.text) <= 2 and not text[line_start:token.start].strip()
        and text[token.end:token.end + 2] in (". ", ") ")
    )


def _units_shared_back(values: list[_Read], tokens: Sequence[Token], words: FactWords) -> list[_Read]:
    """A bare number takes the unit of the one it is paired with, which the writer does not say twice: at
    the end of a range in words («с двух часов до одного» is one hour, as «с 2 часов до 1 часа» says; «5 дней
    и одну ночь» is no range), and on either side of a word of contrast («640 рублей вместо 1600» is 1 600 roubles,
    «2,2 вместо 2,5 мм» is 2,2 mm), and after a word of the whole a sum is part of («6800 рублей из 15 800» is 15 800 roubles)."""
    shared = list(values)
    for n in range(1, len(shared)):
        (before, before_start, before_end), (value, start, end) = shared[n - 1], shared[n]
        gap = tokens[before_end + 1:start]
        # «12 шт. вместо 15»: the abbreviation's full stop may stand before the word of contrast, never a capital after it
        contrast = gap[1:] if gap and gap[0].text == "." else gap
        spoken = value.kind == "number" and not any(c.isdigit() for c in value.text)
        opened = before_start > 0 and tokens[before_start - 1].keys & words.range_from
        ranged = spoken and opened and before.kind == "quantity" and len(gap) == 1 \
            and gap[0].keys & (words.range_words | words.range_words_opened)  # «от 15 километра на нула»: a change
        # a whole shares a currency only: «на 96-м часу из 240 предусмотренных» counts no hours in its whole
        joined = words.contrast_words | (words.whole_words if before.kind == "amount" else frozenset())
        contrasted = value.kind == "number" and before.kind in ("amount", "quantity") and len(contrast) == 1 \
            and contrast[0].text.islower() and contrast[0].keys & joined and not counted_after(tokens, end + 1, words)
        if ranged or contrasted or _contrast_led(tokens, before, before_start, value, gap, end, words):
            shared[n] = (replace(value, kind=before.kind, key=(value.key[0], before.key[1]), required=True), start, end)
        elif before.kind == "time" and opened and _range_gap(gap, words):
            shared[n] = (_time_of_day(value, tokens[end], words), start, end)
        elif before.kind == "number" and before.text[:1].isdigit() and value.kind in ("amount", "quantity") and len(gap) == 1 \
                and gap[0].text.islower() and gap[0].keys & words.contrast_words:  # a bare number, not «№ 44817»
            shared[n - 1] = (replace(before, kind=value.kind, key=(before.key[0], value.key[1]), required=True), before_start, before_end)
    return shared


def _contrast_led(tokens: Sequence[Token], before: FactValue, before_start: int, value: FactValue, gap: Sequence[Token], end: int,
                  words: FactWords) -> bool:
    """A bare number after an amount or a quantity that a word of contrast leads, with a dash or a word between them:
    «вместо 5 дней — всего 3» is 3 days, as «3 дня вместо 5» says."""
    led = before_start > 0 and bool(tokens[before_start - 1].keys & words.contrast_words)
    between = 0 < len(gap) <= 2 and all(t.text in "-–—" or (t.kind == "word" and t.text.islower()) for t in gap)
    bare = value.kind == "number" and before.kind in ("amount", "quantity")
    return led and between and bare and not counted_after(tokens, end + 1, words)


def _range_gap(gap: Sequence[Token], words: FactWords) -> bool:
    """A word of range between two times, maybe after the half of the day of the first («с девяти утра до …»)."""
    halves = all(t.looked_up(words.day_halves) is not None for t in gap[:-1])
    return bool(gap) and halves and bool(gap[-1].keys & words.range_words)


def _time_of_day(value: FactValue, last: Token, words: FactWords) -> FactValue:
    """The end of a range opened at a time of day, when its unit is a half of the day too: «с девяти утра до четырёх
    дня» ends at 16:00, no four days («в четыре дня» alone may be either)."""
    half = last.looked_up(words.day_halves)
    number = Decimal(value.key[0]) if value.kind == "quantity" else None
    if half is None or number is None or number != int(number) or not 0 < number <= 12:
        return value
    return FactValue("time", (hour_of_half(int(number), half), 0), value.text)


def _number_word(tokens: Sequence[Token], j: int, words: FactWords) -> Decimal | None:
    if j < len(tokens) and tokens[j].kind == "word":
        return tokens[j].looked_up(words.numbers)
    return None


def _compound_number(tokens: Sequence[Token], i: int, number: Decimal, words: FactWords) -> tuple[Decimal, int]:
    """A number said in several words, tens before units and hundreds before the rest, maybe joined by
    a word («петдесет и девет» = 59, «сто двадцать пять» = 125), and the index of its last word."""
    last, part = i, number
    while True:
        j = last + 1
        if j < len(tokens) and tokens[j].keys & words.number_joiners:
            j += 1
        following = _number_word(tokens, j, words)
        if following is None or following != int(following) or following < 1:
            return number, last
        tens = 20 <= part < 100 and part % 10 == 0 and following < 10
        hundreds = 100 <= part < 1000 and part % 100 == 0 and following < 100
        if not (tens or hundreds):
            return number, last
        number, last, part = number + following, j, following


def _ordinal_after_tens(tokens: Sequence[Token], i: int, number: Decimal, words: FactWords) -> int | None:
    """Where the ordinal of the units stands after a number of tens, maybe joined by a word («двадцать седьмого»,
    «двадесет и седми»), so the day is read whole, not as its units alone."""
    j = i + 1
    if j < len(tokens) and tokens[j].keys & words.number_joiners:
        j += 1
    units = tokens[j].looked_up(words.ordinals) if j < len(tokens) and tokens[j].kind == "word" else None
    tens = 20 <= number < 100 and number % 10 == 0
    return j if tens and units is not None and units < 10 else None


def _number_with_unit(token: Token, words: FactWords) -> FactValue | None:
    """A number and a unit written as one word («тридневен срок» = «3-дневен срок», «двуседмичен» = 2 weeks)."""
    folded = fold_case(token.text)
    for form, unit in words.unit_adjectives.items():
        prefix = folded[:-len(form)] if folded.endswith(form) else ""
        number = words.number_stems.get(prefix, words.numbers.get(prefix)) if prefix else None
        if number is not None:
            return FactValue("quantity", (number_key(number), unit), token.text, required=number != 1)
    return None


def _measure_unit_at(tokens: Sequence[Token], j: int, words: FactWords) -> bool:
    """A unit of measure opens at token j, no unit of time nor a year's word («на 3.6 г.» may be a date)."""
    unit = match_phrase(tokens, j, words.units)
    return unit is not None and unit[0] not in TIME_UNITS and not tokens[j].keys & words.year_words


def _value_at(tokens: Sequence[Token], i: int, words: FactWords) -> tuple[FactValue | None, int]:
    """The value starting at token i, and how many tokens it takes."""
    token = tokens[i]
    if token.kind == "word":
        clock = token.looked_up(words.clock_words)
        if clock:  # «до обяд» says «до 12:00»; a common word, so it vouches for a time but is none of its own
            return FactValue("time", clock, token.text, required=False), 1
        half_past = half_hour_before(tokens, i, words)
        if half_past[0]:
            return half_past
        short_of = minutes_before_hour(tokens, i, words)
        if short_of[0]:
            return short_of
        hour_and_minutes = minutes_after_hour(tokens, i, words)
        if hour_and_minutes[0]:  # «в осем и петнайсет»
            return hour_and_minutes
        share = token.looked_up(words.shares)
        if share is not None:  # «на четверть» says «на 25%»; a common word, so it vouches for the draft's share only
            return FactValue("quantity", (number_key(share), "percent"), token.text, required=False), 1
        times = token.looked_up(words.times)
        if times is not None:  # «дважды» says «2 ×»; a common word, so it vouches for the draft's number only
            return FactValue("number", (number_key(times),), token.text, required=False), 1
        halved = token.looked_up(words.half_units)
        if halved:  # «полметра» = «500 мм»
            return FactValue("quantity", ("0.5", halved), token.text), 1
        hyphened = half_with_hyphen(tokens, i, words)
        if hyphened[0]:
            return hyphened
        number = token.looked_up(words.numbers)
        joined = _number_with_unit(token, words) if number is None else None
        if joined:
            return joined, 1
        if number is None:
            dated = ordinal_date(tokens, i, words)
            return dated if dated[0] else unit_alone(tokens, i, words)
        units = _ordinal_after_tens(tokens, i, number, words)
        if units is not None:  # «двадцать седьмого мая» = «27 мая»: the tens said as a number, the units as an ordinal
            day, used = ordinal_date(tokens, units, words, tens=int(number))
            return day, used + units - i
        number, last = _compound_number(tokens, i, number, words)
        value, used = number_value(tokens, last, number, words, in_digits=False)
        alone = value is not None and value.kind == "number" and not counted_after(tokens, last + 1, words)
        unit = unit_before(tokens, i, words) if alone else None
        if value is not None and unit is not None:  # «метров четырнадцать»: the unit said first
            value = FactValue(unit[0], (value.key[0], unit[1]), value.text)
        return value, used + last - i
    if token.kind == "number":
        hour_and_minutes = minutes_after_hour(tokens, i, words)
        return hour_and_minutes if hour_and_minutes[0] else number_value(tokens, i, parse_number(token.text), words, in_digits=True)
    if token.kind in ("sign", "name") and i + 1 < len(tokens) and _reads_as_number(tokens[i + 1]):
        currency = match_phrase(tokens, i, words.currencies)
        if currency:  # «€15», «$ 10», «EUR 59,00»
            amount = parse_number(tokens[i + 1].text, thousands_dot=True)
            return FactValue("amount", (number_key(amount), currency[0]), token.text + tokens[i + 1].text), 2
    if token.kind == "date" and _AMOUNT_WITH_CENTS.fullmatch(token.text) and match_phrase(tokens, i + 1, words.currencies):
        return number_value(tokens, i, parse_number(token.text), words, in_digits=True)  # «59.00 €» is no date
    if token.kind == "date" and _DECIMAL_WITH_A_DOT.fullmatch(token.text) and _measure_unit_at(tokens, i + 1, words):
        return number_value(tokens, i, parse_number(token.text), words, in_digits=True)  # «3.6 метра» is no date
    if token.kind == "time":
        return clock_time(tokens, i, words)
    if token.kind in SHAPE_READERS:
        return SHAPE_READERS[token.kind](token.text), 1
    return None, 1

