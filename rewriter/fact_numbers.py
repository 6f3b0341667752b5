"""Facts read from a number and the words around it: amounts with their currency, quantities with
their unit, dates with their month, times of day (`lint_rules/<lang>/facts.yaml`)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from .fact_shapes import Token
from .fact_value import FactValue, number_key, parse_number
from .fact_words import FactWords, Phrases, in_base_unit
from .fact_written import SHAPE_READERS
from .normalize import fold_case

# Units of time: a span, not a measure.
TIME_UNITS = frozenset({"minute", "hour", "day", "workday", "week", "month", "year"})
_UNIT_WORD_LETTERS = 3
# Letters a word between a number and its unit has at least: a modifier («3 неизползвани дни»), not a preposition.
_MODIFIER_LETTERS = 4
# A size shares its unit of length only («240 на 60 см»), while «бронь 4521 на 3 дня» is no size.
_LENGTH = "metre"
# The words of a unit an aside set off by dashes holds after its number («– 380 метра –»), each maybe with its full stop.
_ASIDE_WORDS = 2
# How many tokens back an ordinal day with no month looks for the date whose month it shares.
_MONTH_REACH = 6


def number_value(
    tokens: Sequence[Token], i: int, number: Decimal | None, words: FactWords, in_digits: bool
) -> tuple[FactValue | None, int]:
    token = tokens[i]
    if number is None:
        return FactValue("number", (token.text,), token.text), 1
    range_end = _digit_date_range_end(tokens, i, number, words) if in_digits else None
    if range_end:  # «15–18.09.2026», «12 и 13.12.2026»: the first days are in the month of the last
        return FactValue("date", (int(number), *range_end.key[1:]), token.text), 1
    if in_digits and _letter_after(tokens, i):  # «4В клас»: a letter, no unit
        return FactValue("number", (number_key(number),), token.text), 1
    # A word for one is no fact of its own: «в течение одного дня» says what «в течение дня» does.
    required = in_digits or number != 1
    taken = 1
    hyphened = i + 2 < len(tokens) and tokens[i + 1].text in "-–"
    adjective = tokens[i + 2].looked_up(words.unit_adjectives) if hyphened else None
    if adjective:  # «в 10-дневен срок» = «в срок от 10 дни»
        return FactValue("quantity", (number_key(number), adjective), token.text), 3
    ordinal = hyphened and bool(tokens[i + 2].keys & words.ordinal_endings)
    if ordinal:
        taken = 3  # «14-го марта», «14-ти март»
    if in_digits and _year_after(tokens, i, words, taken)[1] == 2:  # «2026 г.» = «2026 года» = «2026-й год», never grams
        return FactValue("number", (number_key(number),), token.text), taken + 1
    scale = match_phrase(tokens, i + taken, words.multipliers)
    taken += scale[1] if scale else 0
    if scale:  # «24 тысячи рублей», «2,5 тыс. руб.»
        number *= Decimal(scale[0])
        taken += i + taken < len(tokens) and tokens[i + taken].text == "."
    half_past = _half_hour_after(tokens, i, i + taken, number, words)
    if half_past:  # «в шест и половина вечерта» = 18:30, «в десет и половина» = 10:30 (the draft's only)
        return FactValue("time", (half_past[0], 30), token.text, required=half_past[2]), taken + half_past[1]
    halved = _half_before_unit(tokens, i + taken, words)
    if halved:  # «шест и половина километра» = «6,5 км»
        number, taken = number + Decimal("0.5"), taken + halved
    if in_digits and [t.text for t in tokens[i + taken:i + taken + 2]] in (list(",-"), list(",–")):
        taken += 2  # «59,- €»: no cents
    after, used = _meaning_after(tokens, i + taken, words)
    half_at = None
    range_last = _range_to(tokens, i, i + taken, number, words) if after is None else None
    if range_last is not None:
        range_last += _ordinal_ending(tokens, range_last + 1, words) if ordinal else 0  # «на 10-й и 14-й день»
        after, unit_used = _meaning_after(tokens, range_last + 1, words)  # «3–5 рабочих дней»: the unit of the second
        half_at, used = range_last + 1 + unit_used, 0  # «между 2 и 5 следобед»: and its half of the day
    if after is None:
        last = _listed_to(tokens, i + taken, number, words)
        after = _meaning_after(tokens, last + 1, words)[0] if last else None  # «11, 13 и 18 март»: the month of the last
        used = 0
    if after is None:
        after = _unit_further_on(tokens, i + taken, words)
        used = 0
    if after is None:
        subunit = match_phrase(tokens, i + taken, words.subunits)
        if subunit and not scale:  # «20 стотинки» = «0,20 лв.»: an amount in hundredths of its currency
            return FactValue("amount", (number_key(number / 100), subunit[0]), token.text, required), taken + subunit[1]
        alone = i + 3 >= len(tokens) or tokens[i + 3].kind != "word"  # «на 14-м этаже» is no day
        month = _month_before(tokens, i, words) if in_digits and taken == 3 and alone and 1 <= number <= 31 else None
        if month:  # «не 12 ноября, а 14-го»: an ordinal day alone after a date is a day of its month
            return FactValue("date", (int(number), month, None), token.text), taken
        return FactValue("number", (number_key(number),), token.text, required=in_digits, ordinal=ordinal), taken
    kind, what = after
    if kind == "month":
        if not (1 <= number <= 31) or scale:
            return FactValue("number", (number_key(number),), token.text, required=in_digits), taken
        year, year_used = _year_after(tokens, i + taken + used, words)
        return FactValue("date", (int(number), what, year), token.text), taken + used + year_used
    if kind == "amount" and in_digits and not scale:
        number = parse_number(token.text, thousands_dot=True)
    clock = re.fullmatch(r"(\d{1,2})[.,](\d{2})", token.text)
    if what == "hour" and clock and int(clock[1]) < 24 and int(clock[2]) < 60:  # «16,30 ч.» is half past four
        return FactValue("time", (int(clock[1]), int(clock[2])), token.text), taken + used
    span = _smaller_part(tokens, i + taken + used, str(what), words) if in_digits else None
    # «58 мин 14 с» = «58:14», «1 ч 05 мин» = «1:05»: a span written as the clock writes it
    if span and number is not None and number == int(number):
        return FactValue("time", (int(number), span[0]), token.text), taken + used + span[1]
    half = _day_half(tokens, half_at or i + taken + used, words) if what == "hour" or kind == "half" else None
    if half is not None and number is not None and number == int(number) and 0 < number <= 12:  # «в 7 вечера», «в 2 часа дня»
        hours = hour_of_half(int(number), half)
        return FactValue("time", (hours, 0), token.text), taken + used + (kind != "half" and half_at is None)
    if kind == "half":
        return FactValue("number", (number_key(number),), token.text, required=in_digits), taken
    if kind == "amount" and number is not None:
        cents, more = _cents_after(tokens, i + taken + used, str(what), words)
        number, used = number + cents, used + more
    return FactValue(kind, (number_key(number), what), token.text, required, ordinal), taken + used


def _unit_further_on(tokens: Sequence[Token], j: int, words: FactWords) -> tuple[str, object] | None:
    """The unit a number shares with what follows it: the last side of a size («300 × 80 см»: 300 cm)
    or the unit after one lowercase word between («3 неизползвани дни», «трёх полных дней»). The
    words between stay words of their own."""
    k = j
    while _side_after(tokens, k, words):
        k += 2
    if k == j and k < len(tokens) and _modifier(tokens[k], words):
        k += 1
    after, _ = _meaning_after(tokens, k, words) if k > j else (None, 0)
    if after is None or after[0] != "quantity":
        return None
    return after if not _side_after(tokens, j, words) or in_base_unit(Decimal(1), str(after[1]))[1] == _LENGTH else None


def _side_after(tokens: Sequence[Token], k: int, words: FactWords) -> bool:
    """A word of size at token k and the next side of the size after it, in digits or in a word («6 × 8 м»,
    «шесть на восемь метров»)."""
    if k + 1 >= len(tokens) or not tokens[k].keys & words.dimension_words:
        return False
    side = tokens[k + 1]
    return side.kind == "number" or (side.kind == "word" and side.looked_up(words.numbers) is not None)


def counted_after(tokens: Sequence[Token], j: int, words: FactWords) -> bool:
    """A word of its own after a number, longer than a preposition: what it counts («2400 порционни опаковки»)."""
    return j < len(tokens) and _modifier(tokens[j], words)


def _modifier(token: Token, words: FactWords) -> bool:
    """A lowercase word that may stand between a number and its unit («неизползвани», «полных»): no number, and
    longer than a preposition, which opens a phrase of its own («№ СН 04127 в гр. Елин Пелин»: a town, no grams);
    no word of «every» either, which opens a schedule («ул. „Шипка“ 12 всеки делничен ден»: a house, no days)."""
    letters = token.text.islower() and len(token.text) >= _MODIFIER_LETTERS
    return token.kind == "word" and letters and token.looked_up(words.numbers) is None and not token.keys & words.frequency_words


def _smaller_part(tokens: Sequence[Token], j: int, unit: str, words: FactWords) -> tuple[int, int] | None:
    """The minutes after a number of hours, or the seconds after a number of minutes («14 с» in «58 мин
    14 с»; `span_parts` in `facts.yaml`), and the tokens they take; a joiner may stand between («2 часа и 15 минути»)."""
    smaller = words.span_parts.get(unit)
    stop = int(j < len(tokens) and tokens[j].text == ".")  # «13 ч. 40 мин.»: the abbreviation's full stop
    stop += int(j + stop < len(tokens) and bool(tokens[j + stop].keys & words.number_joiners))
    j += stop
    if not smaller or j + 1 >= len(tokens) or tokens[j].kind != "number" or not tokens[j].text.isdigit():
        return None
    part = match_phrase(tokens, j + 1, smaller)
    if part is None or int(tokens[j].text) >= 60:
        return None
    return int(tokens[j].text), stop + 1 + part[1]


def half_with_hyphen(tokens: Sequence[Token], i: int, words: FactWords) -> tuple[FactValue | None, int]:
    """«пол-литра» = «500 мл»: the half of a unit written as a prefix joined to the unit by a hyphen
    (`half_prefixes`), as Russian writes it before a vowel or an «л»."""
    joined = i + 2 < len(tokens) and tokens[i + 1].text == "-" and tokens[i].end == tokens[i + 1].start == tokens[i + 2].start - 1
    unit = match_phrase(tokens, i + 2, words.units) if joined and tokens[i].keys & words.half_prefixes else None
    return (FactValue("quantity", ("0.5", unit[0]), tokens[i].text), 2 + unit[1]) if unit else (None, 1)


def _letter_after(tokens: Sequence[Token], i: int) -> bool:
    """A capital letter right after the number, the letter of a class or a flat («4В», «12А»)."""
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return after is not None and after.start == tokens[i].end and after.kind == "word" and len(after.text) == 1 and after.text.isupper()


def half_hour_before(tokens: Sequence[Token], i: int, words: FactWords) -> tuple[FactValue | None, int]:
    """«в половине седьмого вечера» = 18:30: a half hour before the ordinal of the hour it leads to.
    Without the half of the day the hour is either, so the words vouch for the draft's time only."""
    if i + 1 >= len(tokens) or not tokens[i].keys & words.half_before_hour:
        return None, 1
    hour = tokens[i + 1].looked_up(words.ordinals)
    if hour is None or not 1 <= hour <= 12:
        return None, 1
    half = _day_half(tokens, i + 2, words)
    hours = (hour - 1) % 12 if half is None else hour_of_half(hour - 1, half)
    return FactValue("time", (hours, 30), tokens[i].text, required=half is not None), 2 + (half is not None)


def minutes_before_hour(tokens: Sequence[Token], i: int, words: FactWords) -> tuple[FactValue | None, int]:
    """«без двадцати шесть вечера» = 17:40: the minutes short of the hour said after them (`minutes_before_hour`). Without
    the half of the day the hour is either, so the words vouch for the draft's time only, as a half hour before one does."""
    if i + 2 >= len(tokens) or not tokens[i].keys & words.minutes_before_hour:
        return None, 1
    minutes, hour = (tokens[k].looked_up(words.numbers) for k in (i + 1, i + 2))
    after = tokens[i + 3].looked_up(words.numbers) if i + 3 < len(tokens) else None
    hour_at = i + 2
    if minutes is not None and hour is not None and after is not None and 20 <= minutes < 60 and hour < 10:
        minutes, hour, hour_at = minutes + hour, after, i + 3  # «без двадцати пяти шесть»: the minutes in two words
    if minutes is None or hour is None or not 0 < minutes < 60 or hour != int(hour) or not 1 <= hour <= 12:
        return None, 1
    half = _day_half(tokens, hour_at + 1, words)
    hours = (int(hour) - 1) % 12 if half is None else hour_of_half(int(hour) - 1, half)
    return FactValue("time", (hours, 60 - int(minutes)), tokens[i].text, required=half is not None), hour_at - i + 1 + (half is not None)


def minutes_after_hour(tokens: Sequence[Token], i: int, words: FactWords) -> tuple[FactValue | None, int]:
    """„в 13 и 30“ = 13:30: an hour and the minutes after it joined by a word (`minutes_after_hour`), right after a word of
    the moment (`clock_prepositions`), with nothing counted after the minutes („в 12 и 15 стаи“ is no time). The minutes
    are those a clock is read in, by fives and in two digits («в 8 и 5» lists two numbers); an hour of the morning with no
    half of the day is either, so it vouches for the draft's time only."""
    if i < 1 or i + 2 >= len(tokens) or not tokens[i - 1].keys & words.clock_prepositions:
        return None, 1
    hour, minutes = _clock_number(tokens[i], words), _clock_number(tokens[i + 2], words)
    if hour is None or minutes is None or not tokens[i + 1].keys & words.minutes_after_hour:
        return None, 1
    if not 0 <= hour < 24 or not 0 < minutes < 60 or minutes % 5 or len(tokens[i + 2].text) < 2:
        return None, 1
    half = _day_half(tokens, i + 3, words)
    if half is None and (_meaning_after(tokens, i + 3, words)[0] or counted_after(tokens, i + 3, words)):
        return None, 1
    morning = 0 < hour < 12
    hours = hour_of_half(hour, half) if half is not None and morning else hour
    required = tokens[i].kind == "number" and (half is not None or not morning)
    return FactValue("time", (hours, minutes), tokens[i].text, required=required), 3 + (half is not None)


def _clock_number(token: Token, words: FactWords) -> int | None:
    """A whole number of one or two digits, or said in a word, at the token; None for anything else."""
    if token.kind == "number":
        return int(token.text) if token.text.isdigit() and len(token.text) <= 2 else None
    number = token.looked_up(words.numbers)
    return int(number) if number is not None and number == int(number) else None


def unit_before(tokens: Sequence[Token], i: int, words: FactWords) -> tuple[str, object] | None:
    """The unit said before a number in words, as a guess is said («метров четырнадцать» = «около 14 метров»): a word of a
    unit or a currency right before it, with no number of its own before that word and no half of the day («в 2 часа дня
    два мастера» counts no days)."""
    if i < 1 or tokens[i - 1].kind != "word" or len(tokens[i - 1].text) < _UNIT_WORD_LETTERS or _day_half(tokens, i - 1, words) is not None:
        return None
    if i >= 2 and (tokens[i - 2].kind == "number" or tokens[i - 2].looked_up(words.numbers) is not None):
        return None
    after, used = _meaning_after(tokens, i - 1, words)
    return after if after is not None and used == 1 and after[0] in ("amount", "quantity") else None


def _half_hour_after(tokens: Sequence[Token], i: int, j: int, number: Decimal, words: FactWords) -> tuple[int, int, bool] | None:
    """The hour of «шест и половина вечерта» (18), the tokens after the number it takes, and whether it is a fact of its
    own: with the half of the day, or right after a word of the moment with nothing measured or counted after it («в
    десет и половина»: either half of the day, so it vouches for the draft's time only); «два и половина» alone is no
    time."""
    words_after = match_phrase(tokens, j, words.half_after_hour)
    if not words_after or number != int(number) or not 0 < number <= 12:
        return None
    end = j + words_after[1]
    half = _day_half(tokens, end, words)
    if half is not None:
        return hour_of_half(int(number), half), words_after[1] + 1, True
    after_moment = i >= 1 and bool(tokens[i - 1].keys & words.clock_prepositions)
    if after_moment and _meaning_after(tokens, end, words)[0] is None and not counted_after(tokens, end, words):
        return int(number), words_after[1], False
    return None


def _half_before_unit(tokens: Sequence[Token], j: int, words: FactWords) -> int:
    """The tokens of a half said between a number and its unit («шест и половина километра», «два и половина часа»:
    6,5 km, 2,5 hours), or 0; a half before no unit is a clock's («в шест и половина вечерта»)."""
    words_after = match_phrase(tokens, j, words.half_after_hour)
    meaning = _meaning_after(tokens, j + words_after[1], words)[0] if words_after else None
    return words_after[1] if words_after and meaning and meaning[0] == "quantity" else 0


def _cents_after(tokens: Sequence[Token], j: int, currency: str, words: FactWords) -> tuple[Decimal, int]:
    """Hundredths of the currency said after its amount («1 153 руб. 50 коп.»), and the tokens they take."""
    k = j + (j < len(tokens) and tokens[j].text == ".")
    k += k < len(tokens) and bool(tokens[k].keys & words.number_joiners)  # «1 480 евро и 50 цента»
    if k + 1 < len(tokens) and tokens[k].kind == "number" and re.fullmatch(r"\d{1,2}", tokens[k].text):
        subunit = match_phrase(tokens, k + 1, words.subunits)
        if subunit and subunit[0] == currency:
            return Decimal(tokens[k].text) / 100, k + 1 + subunit[1] - j
    return Decimal(0), 0


def _digit_date_range_end(tokens: Sequence[Token], i: int, day: Decimal, words: FactWords) -> FactValue | None:
    """The date in digits that a day before a dash or a list word runs to («15–18.09.2026», «12 и 13.12.2026», «5, 6
    и 7.03»; `date_list_words`), or any range word after a word that opens a range («от 12 до 14.12»), if it is a
    later day, maybe after more days with commas between. An em dash with spaces about it sets off what follows
    («д. 14 — 29.04»): punctuation, no range."""
    listed = _comma_listed(tokens, i + 1, day)
    if listed is None:
        return None
    k, previous = listed
    if k + 1 >= len(tokens) or not tokens[k].keys & words.range_words or tokens[k + 1].kind != "date":
        return None
    opened = i > 0 and bool(tokens[i - 1].keys & words.range_from)
    if tokens[k].kind == "word" and not (opened or tokens[k].keys & words.date_list_words):
        return None
    if tokens[k].text == "—" and tokens[k - 1].end < tokens[k].start and tokens[k].end < tokens[k + 1].start:
        return None
    end = SHAPE_READERS["date"](tokens[k + 1].text)
    return end if end.kind == "date" and day == int(day) and day >= 1 and previous < end.key[0] else None


def _range_to(tokens: Sequence[Token], i: int, j: int, start: Decimal, words: FactWords) -> int | None:
    """Where the end of a range is when a range word at j and a greater number after it follow the number at i:
    «3–5 дней», «с 6 на 7 июня» (a night), «на 12 и на 26 септември» (its word before said again); None when in
    «ул. Садовая, 17 до 12 июня» the 17 is no day of June, nor is the 6 of «6 на 7 июня» without its «с»."""
    if j + 1 >= len(tokens) or _code_tail(tokens, i):
        return None
    opened = i > 0 and bool(tokens[i - 1].keys & words.range_from) and bool(tokens[j].keys & words.range_words_opened)
    if not (tokens[j].keys & words.range_words or opened):
        return None
    k = j + 1 + _word_repeated(tokens, i, j)
    end = tokens[k]
    if tokens[j].text in "-–—" and tokens[j - 1].kind != "number" and end.kind == "number":
        return None  # «на двоих — 89 400 ₽»: a dash from a number word to digits sets off, it spans no range
    if tokens[j].text in "-–—" and _aside(tokens, j):
        return None  # «Партида 1 – 380 метра – Ви чака»: the dashes set the second number off
    if tokens[j].text in "-–—" and _labelled(tokens, i, j, words):
        return None  # „фактура 318 – 960 евро“: the invoice's number, then what it was for
    if end.kind != "number":  # «3 или пять дней»; «ет. 2 — в работни дни» is no range
        return k if end.keys & words.numbers.keys() else None
    # a range a word opens and a word closes may fall: «сократили с 72 до 24 часов» is a change from one value to another
    falling = i > 0 and bool(tokens[i - 1].keys & words.range_from) and tokens[j].kind == "word"
    return k if (parse_number(end.text) or start) > start or falling else None


def _word_repeated(tokens: Sequence[Token], i: int, j: int) -> int:
    """1 when the list word at j is followed by the word before the number at i said again, then a number
    («на 12 и на 26 септември», «в 9 или в 11 часа»); else 0."""
    before, after = (tokens[i - 1] if i else None), (tokens[j + 1] if j + 2 < len(tokens) else None)
    if before is None or after is None or tokens[j].kind != "word" or before.kind != "word":
        return 0
    return int(fold_case(before.text) == fold_case(after.text) and tokens[j + 2].kind == "number")


def _labelled(tokens: Sequence[Token], i: int, j: int, words: FactWords) -> bool:
    """The number at i names the thing the word before it is (`label_words`: „фактура 318“), and the dash at j after it
    has spaces about it: it sets off what follows, as a colon would."""
    spaced = tokens[i].end < tokens[j].start and j + 1 < len(tokens) and tokens[j].end < tokens[j + 1].start
    return spaced and i > 0 and bool(tokens[i - 1].keys & words.label_words)


def _code_tail(tokens: Sequence[Token], i: int) -> bool:
    """The number at i closes a code a slash joins to what comes before («№ 112/26 — 18 600 руб.»): it opens no range."""
    slash = tokens[i - 1] if i > 1 else None
    return slash is not None and slash.text == "/" and tokens[i - 2].end == slash.start and slash.end == tokens[i].start


def _aside(tokens: Sequence[Token], j: int) -> bool:
    """The dash at j, with spaces about it, opens an aside that another closes right after the number and its unit,
    and the number before it is a label's, right after a capitalised word («Партида 1 – 380 метра –»); a range in
    such dashes («за 3 – 5 дни – зависи от куриера») starts after a preposition or a verb."""
    labelled = j > 1 and tokens[j - 2].kind == "word" and tokens[j - 2].text[:1].isupper()
    spaced = tokens[j - 1].end < tokens[j].start and tokens[j].end < tokens[j + 1].start
    after = tokens[j + 2:j + 2 + 2 * _ASIDE_WORDS + 1]
    closing = next((t for t in after if t.kind != "word" and t.text != "."), None)  # «– 18 кв. м –»
    return labelled and spaced and closing is not None and closing.text in "-–—"


def _listed_to(tokens: Sequence[Token], j: int, start: Decimal, words: FactWords) -> int | None:
    """The last token of a list the number before j opens, greater one by one, with commas between and
    a range word before the last («11, 13 и 18 март», «2, 3 или 4 дни», «на 5-й, 10-й и 14-й день»), which shares
    its unit; else None. Without the range word it is no list: in «ул. Садовая, 17, 20 июня» the 17 is no day of June."""
    ordinal = _ordinal_ending(tokens, j - 2, words) > 0
    listed = _comma_listed(tokens, j, start, words if ordinal else None)
    if listed is None:
        return None
    k, previous = listed
    if k == j or k + 1 >= len(tokens) or tokens[k].text in "-–—" or not tokens[k].keys & words.range_words:
        return None
    end = tokens[k + 1]
    last = k + 1 + (_ordinal_ending(tokens, k + 2, words) if ordinal else 0)
    return last if end.kind == "number" and (parse_number(end.text) or previous) > previous else None


def _comma_listed(
    tokens: Sequence[Token], j: int, start: Decimal, ordinals: FactWords | None = None
) -> tuple[int, Decimal] | None:
    """Where the numbers listed with commas from token j on end («11, 13» of «11, 13 и 18 март»), and the last of
    them (`start` when there are none); None when one is not greater than the one before. With `ordinals`, each
    listed number carries its ordinal ending («5-й, 10-й»)."""
    k, previous = j, start
    while k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].kind == "number":
        following = parse_number(tokens[k + 1].text)
        if following is None or following <= previous:
            return None
        k, previous = k + 2, following
        if ordinals is not None:
            k += _ordinal_ending(tokens, k, ordinals)
    return k, previous


def _ordinal_ending(tokens: Sequence[Token], k: int, words: FactWords) -> int:
    """2 when a hyphen and an ordinal ending stand at token k («-й» of «5-й»), else 0."""
    hyphened = k >= 0 and k + 1 < len(tokens) and tokens[k].text in "-–" and bool(tokens[k + 1].keys & words.ordinal_endings)
    return 2 if hyphened else 0


def unit_alone(tokens: Sequence[Token], i: int, words: FactWords) -> tuple[FactValue | None, int]:
    """«суток», «седмица», «за килограмм»: a unit said alone is one of it; a common word, so it vouches for
    the draft's «24 часа», «7 дни» or «за 1 кг» but is no fact of its own."""
    unit = match_phrase(tokens, i, words.units)
    if unit is None or len(tokens[i].text) < _UNIT_WORD_LETTERS or _modified(tokens, i, words):
        return None, 1
    part = _spoken_part(tokens, i + unit[1], unit[0], words)
    if part is not None:
        if unit[0] in words.spoken_hundredths:  # «метр двадцать» = 1,2 м
            return FactValue("quantity", (number_key(1 + Decimal(part) / 100), unit[0]), tokens[i].text), unit[1] + 1
        return FactValue("time", (1, part), tokens[i].text), unit[1] + 1
    half = _day_half(tokens, i + unit[1], words) if unit[0] == "hour" else None
    if half is not None:  # «в час дня» = 13:00, «в час ночи» = 1:00: the hour one said the twelve-hour way
        return FactValue("time", (hour_of_half(1, half), 0), tokens[i].text), unit[1] + 1
    return FactValue("quantity", ("1", unit[0]), tokens[i].text, required=False), unit[1]


def _spoken_part(tokens: Sequence[Token], j: int, unit: str, words: FactWords) -> int | None:
    """The minutes said in a word right after an hour said alone, or the seconds after a minute («час десять» =
    «1 ч 10 мин»), or the hundredths of a unit that speech divides so («метр двадцать»), with no unit nor word they count
    after them («час десять человек»): the part of a span as speech gives it."""
    divided = unit in words.span_parts or unit in words.spoken_hundredths
    if j >= len(tokens) or not divided or match_phrase(tokens, j + 1, words.units) or counted_after(tokens, j + 1, words):
        return None
    part = tokens[j].looked_up(words.numbers) if tokens[j].kind == "word" else None
    return int(part) if part is not None and part == int(part) and 0 < part < 60 else None


def _modified(tokens: Sequence[Token], i: int, words: FactWords) -> bool:
    """«на сегодняшний день», „за специалния ден“: a unit after an adjective names which day it is, not how long."""
    before = tokens[i - 1] if i else None
    return before is not None and before.kind == "word" and len(before.text) > _UNIT_WORD_LETTERS \
        and fold_case(before.text).endswith(words.adjective_endings)


def ordinal_date(tokens: Sequence[Token], i: int, words: FactWords, tens: int = 0) -> tuple[FactValue | None, int]:
    """«пятого марта», «пети март»: a day written as an ordinal word (after its `tens` said as a number:
    «двадцать пятого») is a date only before a month; elsewhere it vouches for the draft's number («в третьем
    павильоне» = «в павильоне 3») but, a common word, is no fact of its own."""
    units = tokens[i].looked_up(words.ordinals)
    if units is None:
        return None, 1
    day = tens + units
    after, used = _meaning_after(tokens, i + 1, words)
    if after is None or after[0] != "month":
        return FactValue("number", (str(day),), tokens[i].text, required=False), 1
    year, year_used = _year_after(tokens, i + 1 + used, words)
    return FactValue("date", (day, after[1], year), tokens[i].text), 1 + used + year_used


def clock_time(tokens: Sequence[Token], i: int, words: FactWords) -> tuple[FactValue, int]:
    """A time in digits, in the twelve-hour way when the half of the day follows it: «7:40 вечерта» = 19:40,
    while «7:40 сутринта» stays 7:40."""
    value = SHAPE_READERS["time"](tokens[i].text)
    hours, minutes = value.key
    half = _day_half(tokens, i + 1, words)
    if half is None or not 0 < hours <= 12:
        return value, 1
    return FactValue("time", (hour_of_half(hours, half), minutes), value.text), 2


def hour_of_half(hour: int, half: int) -> int:
    """The hour on the 24-hour clock of an hour said the twelve-hour way in the half of the day whose hours start at
    `half` (`day_halves`): «7 вечера» is 19:00, «12 дня» and «с 10 до 12 утра» noon, «12 ночи» midnight."""
    hour %= 12
    while hour < half:
        hour += 12
    return hour % 24


def _day_half(tokens: Sequence[Token], j: int, words: FactWords) -> int | None:
    if j < len(tokens):
        return tokens[j].looked_up(words.day_halves)
    return None


def _month_before(tokens: Sequence[Token], i: int, words: FactWords) -> int | None:
    """The month of a date a few words before token i in its sentence («12 ноября, а 14-го»), or None."""
    for k in range(i - 1, max(0, i - _MONTH_REACH) - 1, -1):
        if tokens[k].text in ".!?":
            return None
        month = tokens[k].looked_up(words.months)
        if month and k > 0 and tokens[k - 1].text.isdigit():
            return month
    return None


def _meaning_after(tokens: Sequence[Token], j: int, words: FactWords) -> tuple[tuple[str, object] | None, int]:
    """What the words at token j make of the number before them: a currency, a unit, a month."""
    currency = match_phrase(tokens, j, words.currencies)
    if currency:
        return ("amount", currency[0]), currency[1]
    unit = match_phrase(tokens, j, words.units)
    if unit:
        return ("quantity", unit[0]), unit[1]
    if j < len(tokens):
        month = tokens[j].looked_up(words.months)
        if month:
            return ("month", month), 1
        if _day_half(tokens, j, words) is not None:  # «в 10 утра»: read with the number
            return ("half", None), 0
    return None, 0


def match_phrase(tokens: Sequence[Token], j: int, table: Phrases) -> tuple[str, int] | None:
    """The first entry of `table` whose words are the tokens at j (an abbreviation's full stop skipped)."""
    if j >= len(tokens):
        return None
    for place in sorted({n for key in tokens[j].keys for n in table.opened_by.get(key, ())}):
        phrase, name = table.entries[place]
        k, ok = j, True
        for word in phrase:
            if k < len(tokens) and tokens[k].text == "." and k > j:
                k += 1
            if k >= len(tokens) or word not in tokens[k].keys:
                ok = False
                break
            k += 1
        if ok:
            return name, k - j
    return None


def _year_after(tokens: Sequence[Token], j: int, words: FactWords, taken: int = 1) -> tuple[int | None, int]:
    """The year at j and how many tokens it takes (2 with its word, «2026 г.»); `taken` tokens for its
    number, 3 with an ordinal ending («2026-й год»)."""
    if j < len(tokens) and tokens[j].kind == "number" and re.fullmatch(r"\d{4}", tokens[j].text):
        used = 1
        if j + taken < len(tokens) and tokens[j + taken].keys & words.year_words:
            used = 2
        return int(tokens[j].text), used
    return None, 0

