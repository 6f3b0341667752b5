"""Facts in a reply: what no rewrite may change (amounts, dates, ids, contacts, links, codes, names).

Facts are found by their shape (digits, Latin words, addresses), the same in both languages; the
offline rewrite keeps them byte for byte. The model guards compare their values instead: the words
after a number (a currency, a unit, a month: `lint_rules/<lang>/facts.yaml`) are part of the fact, so
«1 500 руб.» = «1500 рублей», «№ 61502» = «заказ 61502», «14.03» = «14 марта», «5 рабочих дней» =
«пять рабочих дней», «72 часа» = «три дни» (units of one measure compare in its base unit:
`fact_words.py`), while «10 дней» ≠ «10 рабочих дней» and «руб.» ≠ «евро».

Every pattern here runs in linear time: a match may start only where the one before it could not
go on (a look-behind), and runs of digits are bounded.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from .fact_words import FactWords, fact_words, in_base_unit
from .nlp import morphology
from .normalize import fold_case

_SHAPES = {
    # a link with its scheme, or a bare domain with a path («shop.ru/reset» is «https://shop.ru/reset»)
    "url": r"(?<![\w.])(?:https?://|www\.)[^\s<>«»\"]+[^\s<>«»\".,;:!?)]"
    r"|(?<![\w.@/-])[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,3}\.[a-z]{2,12}/[^\s<>«»\"]*[^\s<>«»\".,;:!?)]",
    # from the start of a run of address characters, and bounded: a long word costs its length, not its square
    "email": r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+",
    # «02/981 22 33»: an area code may end with a slash
    "phone": r"(?<![\w+/])(?:\+?\d[\d ()\-]{6,20}\d|0\d{1,3}/\d[\d \-]{4,16}\d)(?![\w/])",
    "time": r"(?<!\d)\d{1,2}:\d{2}(?!\d)",
    "date": r"(?<![\d.])\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?(?![\d/]|\.\d)",
    # «№ 7700 4512 3398»: an id's digits may come in groups
    "id": r"(?:№|#)\s?[\w-]*\d[\w-]*(?:[ \u00a0]\d{3,6}(?![\w.,]))*",
    # «5.2.1», «v5.2.1»: a version, with three parts or more (a date has a year of two or four digits)
    "version": r"(?<![\w.])[vV]?\d{1,4}(?:\.\d{1,4}){2,3}(?![\w]|\.\d)",
    "code": r"\b(?=[A-ZА-ЯЁ0-9-]*[A-ZА-ЯЁ])(?=[A-ZА-ЯЁ0-9-]*\d)[A-ZА-ЯЁ0-9-]{4,}\b",
    "number": r"(?:(?<![\w.,-])[-\u2212](?=\d))?(?<![\w.,])\d+(?:[ \u00a0]\d{3}){0,4}(?:[.,]\d+)?(?![\w])",
    "name": r"\b[A-Za-z][A-Za-z0-9&'.-]*[A-Za-z0-9]\b",
}
_FACT = re.compile("|".join(f"(?P<{kind}>{shape})" for kind, shape in _SHAPES.items()))
# Facts, then words and single signs: what the values are read from, left to right.
_TOKEN = re.compile(f"{_FACT.pattern}|(?P<word>[^\\W\\d_]+)|(?P<sign>[^\\w\\s])")
# At most this many tokens between two facts set against each other.
_CONTRAST_GAP = 4
_THOUSANDS = re.compile(r"\d{1,3}(?:[ \u00a0]\d{3})+")
# Phones are compared by their last digits: «+359 2 981 44 20» is «02 981 44 20».
_PHONE_DIGITS = 8
_ACRONYM_LETTERS = 4
# «17.05» may be a time written with a dot as well as a date.
DOTTED_TIME = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
# Units a word says alone, as one of them («в течение суток» = «в течение 24 часов»).
_TIME_UNITS = frozenset({"minute", "hour", "day", "workday", "week", "month", "year"})
_UNIT_WORD_LETTERS = 3


@dataclass(frozen=True)
class Fact:
    kind: str
    text: str
    start: int
    end: int


def find_facts(text: str) -> list[Fact]:
    """Every fact in the text, left to right; a longer shape wins over the pieces inside it."""
    return [Fact(m.lastgroup or "", m.group(), m.start(), m.end()) for m in _FACT.finditer(text)]


def facts_kept(before: str, after: str) -> bool:
    """True when `after` holds exactly the facts of `before`, byte for byte."""
    return Counter(f.text for f in find_facts(before)) == Counter(f.text for f in find_facts(after))


@dataclass(frozen=True)
class FactValue:
    """A fact as a reader understands it: its kind and value, however it is written.

    `required` is false for a number written in words with nothing after it («один», «оба»): such a
    word may stand for a number of the draft, but is too common to count as a fact of its own."""

    kind: str
    key: tuple
    text: str
    required: bool = True

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
            return other.key == (_key(Decimal(self.key[0])), "hour") and self.key[1] == 0
        if (self.kind, other.kind) == ("time", "number"):  # «с 12:00 до 16:00» = «с 12 до 16»
            return other.key == (_key(Decimal(self.key[0])),) and self.key[1] == 0
        if (self.kind, other.kind) == ("quantity", "number"):  # a count in pieces: «3 шт.» = «три билета», «4 бр.» = «четирите»
            return self.key[1] == "item" and other.key == self.key[:1]
        if (self.kind, other.kind) == ("phone", "number"):  # a phone written as one run of digits
            return len(other.key[0]) >= _PHONE_DIGITS and other.key[0][-_PHONE_DIGITS:] == self.key[0]
        if (self.kind, other.kind) == ("date", "time"):  # «с 14.20 до 17.05»: a time written with a dot
            return DOTTED_TIME.fullmatch(self.text) is not None and self.key[:2] == other.key
        if (self.kind, other.kind) == ("version", "date"):  # «v3.1.14» is what «3.1.14» says
            return other.text == self.key[0]
        return False


def _in_base(key: tuple) -> tuple[Decimal, str]:
    return in_base_unit(Decimal(key[0]), key[1])


@dataclass(frozen=True)
class _Token:
    kind: str  # a fact's kind, or "word" or "sign"
    text: str
    keys: frozenset[str]
    start: int
    end: int


def fact_values(text: str, lang: str) -> list[FactValue]:
    """Every fact of the text as a value, left to right."""
    return [value for value, _, _ in _read_values(text, lang)[0]]


def fact_changes(draft: str, draft_values: Sequence[FactValue], reply: str, lang: str) -> tuple[list[str], list[str]]:
    """The draft's facts the reply lacks or changes, and the reply's facts the draft lacks, as written.
    An id written with a hyphen keeps it with or without its «№» («№ 7-3150» ↔ «договор 7-3150»),
    though its pieces read as two numbers."""
    found = fact_values(reply, lang)
    kept = {core for core in map(_id_core, draft_values) if core and _holds(reply, core)}
    given = {core for core in map(_id_core, found) if core and _holds(draft, core)}  # «12-345» → «№ 12-345»
    pieces = {piece for core in kept | given for piece in re.split(r"[-/]", core)}
    missing = [
        d.text for d in draft_values
        if d.required and _id_core(d) not in kept and d.text not in pieces and not any(d.same(r) for r in found)
    ]
    new = [
        r.text
        for r in found
        if r.required and r.text not in pieces and _id_core(r) not in given and not any(r.same(d) for d in draft_values)
    ]
    return missing + swapped_values(draft, reply, lang), new


def _id_core(value: FactValue) -> str:
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


def _contrasts(text: str, lang: str) -> list[tuple[FactValue, FactValue]]:
    """Two facts with a word of contrast between them and little else («-2,0 вместо назначенных -2,5»)."""
    read, tokens = _read_values(text, lang)
    contrast = fact_words(lang).contrast_words
    return [
        (a, b) for (a, _, a_end), (b, b_start, _) in zip(read, read[1:], strict=False)
        if b_start - a_end <= _CONTRAST_GAP and any(t.keys & contrast for t in tokens[a_end + 1:b_start])
    ]


def _read_values(text: str, lang: str) -> tuple[list[tuple[FactValue, int, int]], list[_Token]]:
    """The values with the first and last token each takes, and the tokens."""
    words = fact_words(lang)
    tokens = list(_tokens(text, lang))
    values: list[tuple[FactValue, int, int]] = []
    i = 0
    while i < len(tokens):
        value, used = _value_at(tokens, i, words)
        if value and not (value.kind == "name" and value.key[0].replace("-", "") in words.common_latin):
            values.append((replace(value, text=text[tokens[i].start:tokens[i + used - 1].end]), i, i + used - 1))
        i += used
    return values, tokens


def _tokens(text: str, lang: str) -> Iterator[_Token]:
    analyze = morphology(lang).analyze
    for m in _TOKEN.finditer(text):
        kind, written = m.lastgroup or "", m.group()
        if kind == "phone" and _THOUSANDS.fullmatch(written):
            kind = "number"  # «1 250 000 руб.»: a number in groups of three, not a phone
        if kind in ("word", "sign"):
            folded = fold_case(written)
            keys = frozenset({folded, *(p.lemma for p in analyze(folded).parses)}) if kind == "word" else frozenset({folded})
        else:
            keys = frozenset()
        yield _Token(kind, written, keys, m.start(), m.end())


def _value_at(tokens: Sequence[_Token], i: int, words: FactWords) -> tuple[FactValue | None, int]:
    """The value starting at token i, and how many tokens it takes."""
    token = tokens[i]
    if token.kind == "word":
        clock = next((words.clock_words[k] for k in token.keys if k in words.clock_words), None)
        if clock:  # «до обяд» says «до 12:00»; a common word, so it vouches for a time but is none of its own
            return FactValue("time", clock, token.text, required=False), 1
        share = next((words.shares[k] for k in token.keys if k in words.shares), None)
        if share is not None:  # «на четверть» says «на 25%»; a common word, so it vouches for the draft's share only
            return FactValue("quantity", (_key(share), "percent"), token.text, required=False), 1
        number = next((words.numbers[k] for k in token.keys if k in words.numbers), None)
        if number is None:
            dated = _ordinal_date(tokens, i, words)
            return dated if dated[0] else _unit_alone(tokens, i, words)
        return _number_value(tokens, i, number, words, in_digits=False)
    if token.kind == "number":
        return _number_value(tokens, i, _number(token.text), words, in_digits=True)
    if token.kind == "sign" and i + 1 < len(tokens) and tokens[i + 1].kind == "number":
        currency = _match(tokens, i, words.currencies)
        if currency:  # «€15», «$ 10»
            amount = _number(tokens[i + 1].text, thousands_dot=True)
            return FactValue("amount", (_key(amount), currency[0]), token.text + tokens[i + 1].text), 2
    if token.kind in _READERS:
        return _READERS[token.kind](token.text), 1
    return None, 1


def _number_value(
    tokens: Sequence[_Token], i: int, number: Decimal | None, words: FactWords, in_digits: bool
) -> tuple[FactValue | None, int]:
    token = tokens[i]
    if number is None:
        return FactValue("number", (token.text,), token.text), 1
    # A word for one is no fact of its own: «в течение одного дня» says what «в течение дня» does.
    required = in_digits or number != 1
    taken = 1
    hyphened = i + 2 < len(tokens) and tokens[i + 1].text in "-–"
    adjective = next((words.unit_adjectives[k] for k in tokens[i + 2].keys if k in words.unit_adjectives), None) if hyphened else None
    if adjective:  # «в 10-дневен срок» = «в срок от 10 дни»
        return FactValue("quantity", (_key(number), adjective), token.text), 3
    if hyphened and tokens[i + 2].keys & words.ordinal_endings:
        taken = 3  # «14-го марта», «14-ти март»
    if in_digits and taken == 1 and _year_after(tokens, i, words)[1] == 2:
        return FactValue("number", (_key(number),), token.text), 2  # «2026 г.» = «2026 года», never grams
    scale = _match(tokens, i + taken, words.multipliers)
    taken += scale[1] if scale else 0
    if scale:  # «24 тысячи рублей», «2,5 тыс. руб.»
        number *= Decimal(scale[0])
        taken += i + taken < len(tokens) and tokens[i + taken].text == "."
    after, used = _meaning_after(tokens, i + taken, words)
    if after is None and _range_to(tokens, i + taken, number, words):
        after, _ = _meaning_after(tokens, i + taken + 2, words)  # «3–5 рабочих дней»: the unit of the second
        used = 0
    if after is None:
        return FactValue("number", (_key(number),), token.text, required=in_digits), taken
    kind, what = after
    if kind == "month":
        if not (1 <= number <= 31) or scale:
            return FactValue("number", (_key(number),), token.text, required=in_digits), taken
        year, year_used = _year_after(tokens, i + taken + used, words)
        return FactValue("date", (int(number), what, year), token.text), taken + used + year_used
    if kind == "amount" and in_digits and not scale:
        number = _number(token.text, thousands_dot=True)
    clock = re.fullmatch(r"(\d{1,2})[.,](\d{2})", token.text)
    if what == "hour" and clock and int(clock[1]) < 24 and int(clock[2]) < 60:  # «16,30 ч.» is half past four
        return FactValue("time", (int(clock[1]), int(clock[2])), token.text), taken + used
    half = _day_half(tokens, i + taken + used, words) if what == "hour" or kind == "half" else None
    if half is not None and number is not None and number == int(number) and 0 < number <= 12:  # «в 7 вечера», «в 2 часа дня»
        hours = int(number) % 12 + half
        return FactValue("time", (hours, 0), token.text), taken + used + (kind != "half")
    if kind == "half":
        return FactValue("number", (_key(number),), token.text, required=in_digits), taken
    if kind == "amount" and number is not None:
        cents, more = _cents_after(tokens, i + taken + used, str(what), words)
        number, used = number + cents, used + more
    return FactValue(kind, (_key(number), what), token.text, required), taken + used


def _cents_after(tokens: Sequence[_Token], j: int, currency: str, words: FactWords) -> tuple[Decimal, int]:
    """Hundredths of the currency said after its amount («1 153 руб. 50 коп.»), and the tokens they take."""
    k = j + (j < len(tokens) and tokens[j].text == ".")
    if k + 1 < len(tokens) and tokens[k].kind == "number" and re.fullmatch(r"\d{1,2}", tokens[k].text):
        subunit = _match(tokens, k + 1, words.subunits)
        if subunit and subunit[0] == currency:
            return Decimal(tokens[k].text) / 100, k + 1 + subunit[1] - j
    return Decimal(0), 0


def _range_to(tokens: Sequence[_Token], j: int, start: Decimal, words: FactWords) -> bool:
    """A range word at j and a greater number after it: «3–5 дней», while in «ул. Садовая, 17 до 12
    июня» the 17 is no day of June."""
    if j + 1 >= len(tokens) or not tokens[j].keys & words.range_words:
        return False
    end = tokens[j + 1]
    return end.kind != "number" or (_number(end.text) or start) > start


def _unit_alone(tokens: Sequence[_Token], i: int, words: FactWords) -> tuple[FactValue | None, int]:
    """«суток», «седмица»: a unit of time said alone is one of it; a common word, so it vouches for
    the draft's «24 часа» or «7 дни» but is no fact of its own."""
    unit = _match(tokens, i, words.units)
    if unit is None or unit[0] not in _TIME_UNITS or len(tokens[i].text) < _UNIT_WORD_LETTERS:
        return None, 1
    return FactValue("quantity", ("1", unit[0]), tokens[i].text, required=False), unit[1]


def _ordinal_date(tokens: Sequence[_Token], i: int, words: FactWords) -> tuple[FactValue | None, int]:
    """«пятого марта», «пети март»: a day written as an ordinal word is a date only before a month."""
    day = next((words.ordinals[k] for k in tokens[i].keys if k in words.ordinals), None)
    after, used = _meaning_after(tokens, i + 1, words) if day else (None, 0)
    if day is None or after is None or after[0] != "month":
        return None, 1
    year, year_used = _year_after(tokens, i + 1 + used, words)
    return FactValue("date", (day, after[1], year), tokens[i].text), 1 + used + year_used


def _day_half(tokens: Sequence[_Token], j: int, words: FactWords) -> int | None:
    if j < len(tokens):
        return next((words.day_halves[k] for k in tokens[j].keys if k in words.day_halves), None)
    return None


def _meaning_after(tokens: Sequence[_Token], j: int, words: FactWords) -> tuple[tuple[str, object] | None, int]:
    """What the words at token j make of the number before them: a currency, a unit, a month."""
    currency = _match(tokens, j, words.currencies)
    if currency:
        return ("amount", currency[0]), currency[1]
    unit = _match(tokens, j, words.units)
    if unit:
        return ("quantity", unit[0]), unit[1]
    if j < len(tokens):
        month = next((words.months[k] for k in tokens[j].keys if k in words.months), None)
        if month:
            return ("month", month), 1
        if _day_half(tokens, j, words) is not None:  # «в 10 утра»: read with the number
            return ("half", None), 0
    return None, 0


def _match(tokens: Sequence[_Token], j: int, table: tuple[tuple[tuple[str, ...], str], ...]) -> tuple[str, int] | None:
    """The first entry of `table` whose words are the tokens at j (an abbreviation's full stop skipped)."""
    for phrase, name in table:
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


def _year_after(tokens: Sequence[_Token], j: int, words: FactWords) -> tuple[int | None, int]:
    if j < len(tokens) and tokens[j].kind == "number" and re.fullmatch(r"\d{4}", tokens[j].text):
        used = 1
        if j + 1 < len(tokens) and tokens[j + 1].keys & words.year_words:
            used = 2
        return int(tokens[j].text), used
    return None, 0


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def _number(text: str, thousands_dot: bool = False) -> Decimal | None:
    """«1 500» → 1500, «1 500,50» → 1500.50; with a currency, «1.500» → 1500."""
    plain = re.sub(r"[ \u00a0]", "", text).replace("\u2212", "-")
    if thousands_dot and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", plain):
        plain = plain.replace(".", "")
    try:
        return Decimal(plain.replace(",", "."))
    except InvalidOperation:
        return None


def _key(number: Decimal | None) -> str:
    return format(number.normalize(), "f") if number is not None else ""


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
    value = re.sub(r"[\s№#-]", "", text).upper()
    return FactValue("number", (_key(Decimal(value)),), text) if value.isdigit() else FactValue("id", (value,), text)


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
    return FactValue("url", (re.sub(r"^(?:https?://)?(?:www\.)?", "", text.lower()).rstrip("/"),), text)


_READERS = {
    "url": _url,
    "email": lambda text: FactValue("email", (text.lower(),), text),
    "phone": lambda text: FactValue("phone", (_digits(text)[-_PHONE_DIGITS:],), text),
    "time": _time,
    "date": _date,
    "id": _id,
    "code": lambda text: FactValue("id", (text.replace("-", "").upper(),), text),
    "version": lambda text: FactValue("version", (text.lstrip("vV"),), text),
    "name": lambda text: _roman(text) or FactValue("name", (text.lower(),), text, required=not _acronym(text)),
}
