"""Facts told in pairs. Shares bound to what they are shares of: «60% памук и 40% полиестер» turned into «40% памук и 60%
полиестер» keeps every value and every word, yet tells another composition, which the facts guard compares as a set.
A measure written in two units, the larger first («2 метра 80 сантиметров»), is one quantity («2,8 м»). Two values
set against each other, the second with a word of its role („3 л вместо заявените 5 л“), keep their roles: the word
told of the first keeps the value and turns the pair round („5 л, а заявеното количество е 3 л“)."""
from __future__ import annotations

import re
from decimal import Decimal

from .fact_value import FactValue, number_key
from .fact_words import fact_words, in_base_unit
from .facts import fact_spans, fact_values
from .normalize import fold_case

# The word right after a share, its first letters: what the share is of, in any inflected form («памук», «памука»).
_NEXT_WORD = re.compile(r"[\s\u00a0]*([^\W\d_]{3,})")
_STEM = 5
# Words of a clause between two values set against each other, and the signs that end the clause.
_WORD = re.compile(r"[^\W\d_]+")
_ROLE_GAP = 6
_CLAUSE_END = re.compile(r"(?<!^)[.!?;:\n]|^[!?;:\n]")  # an abbreviation's stop may stand first («12 шт. вместо 15»)
# What may stand between the two parts of a measure written in two units: spaces only («1 м 75 см»).
_BETWEEN_PARTS = re.compile(r"[\s\u00a0]*")
_DIGITS = re.compile(r"[\d\s\u00a0.,]+")


def shares_swapped(draft: str, reply: str, lang: str) -> list[str]:
    """The draft's shares the reply gives to another word of the draft's: a share the draft gives only to other words,
    told of a word the draft gives only other shares («40% памук» where the draft says «60% памук», «40% полиестер»)."""
    given = _shares(draft, lang)
    values = {value for value, _, _ in given}
    words = {word for _, word, _ in given}
    pairs = {(value, word) for value, word, _ in given}
    told = {(value, word) for value, word, _ in _shares(reply, lang)}
    swapped = {word for value, word in told - pairs if value in values and word in words}
    return list(dict.fromkeys(text for value, word, text in given if word in swapped and (value, word) not in told))


def _shares(text: str, lang: str) -> list[tuple[tuple, str, str]]:
    """Each percentage of the text with the first letters of the word right after it, and the two as written."""
    found = []
    for value, (start, end) in zip(fact_values(text, lang), fact_spans(text, lang), strict=True):
        after = _NEXT_WORD.match(text, end)
        if value.kind == "quantity" and value.key[1] == "percent" and after:
            found.append((value.key, fold_case(after[1])[:_STEM], text[start:after.end()]))
    return found


def roles_swapped(draft: str, reply: str, lang: str) -> list[str]:
    """The draft's values set against each other whose roles the reply turns round: where the draft puts a word of
    its role after a word of contrast, before the second value („3 450 кг вместо поръчаните 4 350 кг“), the reply
    puts it between the two, past the first's own word, before the first („4 350 кг, а поръчаните бяха 3 450 кг“); a
    pair the reply sets round a word of contrast is `swapped_values`'s."""
    contrast = fact_words(lang).contrast_words
    roles = [(a, b, _stems(words[n + 1:])) for a, b, words in _pairs(draft, lang) for n, word in enumerate(words) if word in contrast]
    return list(dict.fromkeys(
        a.text for a, b, role in roles for x, y, words in _pairs(reply, lang)
        if role & _stems(words[1:]) and not contrast & set(words) and x.same(b) and y.same(a) and not a.same(b)
    ))


def labels_swapped(draft: str, reply: str, lang: str) -> list[str]:
    """The draft's two values of one kind side by side, one written with a label the other lacks («маршрута № 21
    выводился номер «12»»), that the reply gives each other's labels («маршрута № 12 горит «21»»): the number the label
    names is swapped."""
    labelled = [(a, b) for a, b, _ in _pairs(draft, lang) if _label(a) != _label(b) and not a.same(b)]
    return list(dict.fromkeys(
        a.text for a, b in labelled for x, y, _ in _pairs(reply, lang)
        if x.same(b) and y.same(a) and _label(x) == _label(a) and _label(y) == _label(b)
    ))


def _label(value: FactValue) -> str:
    """What a value is written with besides its digits («№» of «№ 21»)."""
    return _DIGITS.sub("", value.text).strip()


def _pairs(text: str, lang: str) -> list[tuple[FactValue, FactValue, list[str]]]:
    """Each two values of one kind side by side in a clause, with the few words between them, in lowercase."""
    read = list(zip(fact_values(text, lang), fact_spans(text, lang), strict=True))
    pairs = []
    for (a, (_, a_end)), (b, (b_start, _)) in zip(read, read[1:], strict=False):
        gap = text[a_end:b_start]
        words = _WORD.findall(fold_case(gap))
        if a.kind == b.kind and len(words) <= _ROLE_GAP and not _CLAUSE_END.search(gap.strip()):
            pairs.append((a, b, words))
    return pairs


def _stems(words: list[str]) -> frozenset[str]:
    """The first letters of the words long enough to name a role, no preposition or pronoun."""
    return frozenset(word[:_STEM] for word in words if len(word) >= _STEM)


def measures_in_two_units(draft: str, reply: str, lang: str) -> tuple[set[str], set[str]]:
    """The facts of the draft and of the reply, as written, that one measure keeps when one side writes it in two units
    and the other in one («2 метра 80 сантиметров» for «2,8 м»); two parts that sum to another measure keep nothing."""
    draft_values, reply_values = fact_values(draft, lang), fact_values(reply, lang)
    kept_in_draft: set[str] = set()
    kept_in_reply: set[str] = set()
    for split, whole, split_kept, whole_kept in ((reply, draft_values, kept_in_reply, kept_in_draft),
                                                 (draft, reply_values, kept_in_draft, kept_in_reply)):
        for measure, parts in _two_unit_measures(split, lang):
            said = [value.text for value in whole if value.same(measure)]
            if said:
                split_kept.update(parts)
                whole_kept.update(said)
    return kept_in_draft, kept_in_reply


def _two_unit_measures(text: str, lang: str) -> list[tuple[FactValue, tuple[str, str]]]:
    """Each two quantities of one measure side by side, the second in a smaller unit and less than one of the first
    («2 метра 80 сантиметров»), as one quantity in the base unit, with the two as written."""
    read = list(zip(fact_values(text, lang), fact_spans(text, lang), strict=True))
    found = []
    for (first, (start, gap)), (second, (gap_end, end)) in zip(read, read[1:], strict=False):
        if first.kind == second.kind == "quantity" and _BETWEEN_PARTS.fullmatch(text, gap, gap_end):
            (larger, base), (smaller, base2) = _in_base(first), _in_base(second)
            one_larger, one_smaller = in_base_unit(Decimal(1), first.key[1])[0], in_base_unit(Decimal(1), second.key[1])[0]
            if base == base2 and one_smaller < one_larger and smaller < one_larger:
                measure = FactValue("quantity", (number_key(larger + smaller), base), text[start:end])
                found.append((measure, (first.text, second.text)))
    return found


def _in_base(quantity: FactValue) -> tuple[Decimal, str]:
    return in_base_unit(Decimal(quantity.key[0]), quantity.key[1])
