"""Promises in a text, as frames: what kind, on what condition, by when.

A promise is a mention of a kind (refund, compensation, discount, gift, free service, contact,
guarantee; a contact by a visit apart from one by a call or a letter, and a worker's job a visit unless the
text says the customer comes to us; a free service beside a delivery, which only a draft that delivers
covers; a thing given on a next purchase, which only a draft's gift for next time covers) in a sentence that
does not refuse it («вернуть деньги мы не можем»), not said by a verb in the past («мы вернули деньги» reports
what was done), nor under a duty we had («трябваше да Ви върнем парите» tells what we failed to do); a deadline
is a time expression (today, a weekday, «до конца дня», an amount of time, a date) in a sentence about the future.
A promise made under a condition («если… то до пятницы») or offered («можем вернуть») is a conditional frame,
which an unconditional one does not match; a sentence that says it holds in any case («в любой момент») has none. The draft and the reply
are read by the same recogniser; the words are language data (`lint_rules/<lang>/commitments.yaml`),
matched in every inflected form.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

from .fact_value import clock_hours
from .fact_words import in_base_unit
from .facts import DOTTED_TIME, FactValue, fact_spans, fact_values, id_core
from .linter import sentences_of
from .matching import Match, PatternIndex, Sentence
from .nlp import language_tools, morphology
from .normalize import fold_case
from .part_content import content_stems
from .prompting import COMMITMENTS
from .rules import RulePackError, builtin_pack_dir, compile_patterns, language_words, load_data_file

DEADLINE = "deadline"
GIFT = "gift"
FREE = "free"
CONTACT = "contact"
COMPENSATION = "compensation"
# The role of a contact made by a visit (`visit` in commitments.yaml): a draft's worker coming to do the
# job covers a reply's «мастер приедет», not a call the draft never promised.
_VISIT = "visit"
# A worker's own job («мастер переделает»), a visit unless the text says the customer comes to us (`at_ours`).
_JOB = "job"
_AT_OURS = "at_ours"
# Money said to reach the customer (`arrival` in commitments.yaml: «деньги поступят на счёт»), a refund that a draft's
# transfer also covers: what arrives may be money back or money owed, and a draft that pays covers it either way.
_ARRIVAL = "arrival"
_REFUND = "refund"
# A thing replaced with a new one (`replacement` in commitments.yaml: „столът ще бъде заменен с нов“), a guarantee of
# the remedy that a reply may not make outright where the draft makes it only under a condition.
_REPLACEMENT = "replacement"
_GUARANTEE = "guarantee"
_TRANSFER = "transfer"
# A moment of the draft only (`draft_moments`: «накануне»), which a reply may say by value but sets no deadline of its own.
_DRAFT_MOMENT = "draft_moment"
_SIGNALS = (
    "future", "past", "refusal", "negation", "not_negation", "condition", "answer", "alternative", "not_promise", "moved",
    "as_apology", "any_case", "delivery", "requirement", "for_that", "next_time", "schedule", "not_future", "aside",
    "not_refusal", "reference", "charge", "instruction", "whole", "other_way", "on_top", "described", "addition",
)
_DISCOUNT = "discount"
# What a compensation may give: money back, a discount, a gift, a service free.
_GIVEN = frozenset({_REFUND, _TRANSFER, _DISCOUNT, GIFT, FREE})
# Money given back or off, whose sum a draft's compensation may name: how it reaches the customer (a transfer to a card)
# is a promise of its own.
_SUMS_BACK = frozenset({_REFUND, _DISCOUNT})
_SUMS_GIVEN = _SUMS_BACK | {COMPENSATION}
# Money that reaches the customer: back, paid over, or as a compensation.
_MONEY_PAID = frozenset({_REFUND, _TRANSFER, COMPENSATION})
# What is given as a thing, whose count a reply may not change: a service free, a gift.
_THINGS_GIVEN = frozenset({FREE, GIFT})
# The facts a contact goes by: where we write or call.
_CHANNELS = frozenset({"email", "phone", "url"})
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_TIME_UNITS = frozenset({"minute", "hour", "day", "workday", "week", "month"})
# What ends a clause for a negation: «Мы вернём деньги, не волнуйтесь» promises the refund.
_CLAUSE_END = re.compile(r"[,;:()\u2013\u2014]|\s-\s")
# What ends a relative clause: as a clause ends, but a colon only outside a time («с 18:00 до 22:00»).
_RELATIVE_END = re.compile(r"[,;()\u2013\u2014]|\s-\s|:(?!\d)")
# A word of regret set aside (`aside` in commitments.yaml), with the commas around it, blanked by `_negated`.
# What closes the part of a sentence a compensation is said in: a dash with spaces around it (no range, «3–5 дни»), a
# semicolon.
_PART_END = re.compile(r"\s[\u2013\u2014-]\s|;")
_ASIDE = re.compile(r"[,\s]*\0+[,\s]*")
_DATE_REACH = 40
# After a moment, what opens the date that tells it: «уже на этой неделе: 05.12».
_COLON = re.compile(r"[ \u00a0]*:[ \u00a0]*")
# Between a date and its weekday after it: a comma, a bracket, a preposition («16 ноября, в понедельник»).
_GAP_BEFORE_WEEKDAY = re.compile(r"[\s,(\u00a0]*(?:(?<!\w)\w{1,3}[\s\u00a0]+)?$")


@dataclass(frozen=True)
class Promise:
    """One promise: its kind, whether a condition holds it, and for a deadline the moments it names."""

    kind: str
    conditional: bool
    # each moment as the names it may go by («16:00» is also «16 часов»)
    moments: frozenset[frozenset[str]] = frozenset()
    # a contact by a visit («мастер приедет»), not by a call or a letter
    by_visit: bool = False
    # a refund said only as money reaching the customer («деньги поступят на счёт»), which a draft's transfer covers
    arriving: bool = False
    # a gift that is only a service done free as an apology, which a draft's free service given as
    # compensation covers («като компенсация надписът е без доплащане»)
    free_as_apology: bool = False
    # a free service beside something brought to the customer («пришлём курьером за наш счёт»), which a draft's
    # free service covers only when the draft delivers too
    delivered: bool = False
    # for a compensation, the kinds of what it gives said beside it («за да компенсираме, удължаваме наема без
    # доплащане»): the compensation is what the draft gives, if the draft gives that
    giving: frozenset[str] = frozenset()
    # for a compensation or a thing given, the stems of the content words of the part of its sentence it is said in,
    # beside the words of any kind («в качестве компенсации бесплатно обрежем остальные деревья»: обрезать, дерево): a
    # compensation is what the draft gives only where it names some of it, or the same sum
    words: frozenset[str] = frozenset()
    # for a compensation, the measures of what it gives said beside it («като компенсация удължаваме абонамента с
    # 2 дни»): the compensation is what the draft does by those measures, if the draft promises them
    measures: frozenset[frozenset[str]] = frozenset()
    # a thing given on a next purchase («скидка 20% на следующий заказ»), which a lower price of this one does not cover
    next_time: bool = False
    # a compensation paid on top of the sum owed for the time it was late (`on_top`: „заедно със законната лихва“), which
    # the sum owed, paid as a compensation („обезщетение от 2 184 €“), does not cover
    on_top: bool = False
    # the sums its sentence names, by value: for money given (a compensation, a refund, a discount) the object of
    # the promise, which a reply may give back in its own way («18 700 руб. будут компенсированы» → «вернём 18 700 руб.»)
    amounts: frozenset[tuple] = frozenset()
    # of those, the sums named only as the whole a part of which is given (`whole`: «ще възстановим 30 € от платените
    # 95 €»): what was paid, no money given
    wholes: frozenset[tuple] = frozenset()
    # for a draft's discount, the sums said beside a discount word anywhere in the draft, promised or not: the value
    # of the thing given, which a reply may name where the draft says it in another sentence («ваучерът за 30 лв.
    # не беше зареден. … Ваучерът вече е зареден» → «ваучерът за 30 лв. вече е зареден»)
    valued: frozenset[tuple] = frozenset()
    # for a free service or a gift, the counts its sentence names («оставим безплатно 20 резервни колички»), and for a
    # draft's, every fact of the draft, which vouches for a count of the same value («14» for «14:00»): a count the
    # draft never names is another thing given
    counts: frozenset[FactValue] = frozenset()
    # for a draft's free service, the sums the draft names as the customer's to pay (`charge`: «стоимость замены
    # составит 2 850 руб.») in a sentence that gives nothing free and denies nothing: a reply's free thing by that sum
    # is a thing the draft sells
    charged: frozenset[tuple] = frozenset()
    # for a contact, the addresses its sentence names (an e-mail, a phone, a site), by value: a draft's contact by an
    # address only under a condition («копия может быть направлена на … при поступлении заявки») covers no outright one
    # of a reply's by that address, whatever other contact the draft makes outright
    channels: frozenset[tuple] = frozenset()
    # a guarantee that is only a thing replaced with a new one (`replacement`), which counts only against the draft's
    # own replacements: a reply may replace what the draft gives anew in other words («ще Ви предоставим нова гума»)
    replacing: bool = False
    # a free service said as done besides («заодно», `addition`: «заодно бесплатно заменим и фильтр»), which only a draft's
    # free service naming some of its words covers
    added: bool = False


@dataclass(frozen=True)
class _Cue:
    role: str   # "kind", "moment", or one of _SIGNALS
    name: str


@cache
def _index(lang: str) -> PatternIndex:
    path = builtin_pack_dir(lang) / "commitments.yaml"
    data = load_data_file(lang, "commitments.yaml")
    kinds = set(COMMITMENTS) - {DEADLINE}
    if not isinstance(data, dict) or set(data.get("kinds", {})) != kinds:
        raise RulePackError(f"{path}: expected `kinds` with exactly these: {', '.join(sorted(kinds))}")
    grammemes = language_tools(lang).morphology.has_grammemes
    cues = [("kind", k, sources) for k, sources in data["kinds"].items()]
    cues += [("moment", m, sources) for m, sources in data["moments"].items()]
    cues += [(_DRAFT_MOMENT, m, sources) for m, sources in data.get("draft_moments", {}).items()]
    cues += [(_ARRIVAL, _REFUND, data.get(_ARRIVAL, [])), (_REPLACEMENT, _GUARANTEE, data.get(_REPLACEMENT, []))]
    cues += [(_VISIT, CONTACT, data.get(_VISIT, [])), (_JOB, CONTACT, data.get(_JOB, [])), (_AT_OURS, _AT_OURS, data.get(_AT_OURS, []))]
    cues += [(s, s, data.get(s, [])) for s in _SIGNALS]
    return PatternIndex(
        (_Cue(role, name), p) for role, name, sources in cues for p in compile_patterns(sources, path, name, grammemes, lang)
    )


def find_promises(text: str, lang: str, all_moments: bool = False) -> list[Promise]:
    """The promises of the agent's text, in order. With `all_moments`, a deadline is any time
    expression in a sentence that refuses nothing, whatever its tense: what the draft says happened
    «15.03» a reply may say will happen then, and a free service is a delivered one when the text delivers
    anywhere."""
    sentences = sentences_of(text, lang)
    by_sentence: dict[int, list[Match]] = {}
    matches = _index(lang).matches(sentences)
    # a worker's job where the customer comes to us («забрать шляпу можно в ателье») brings no one to them
    at_ours = any(m.owner.role == _AT_OURS for m in matches)
    for match in matches:
        if match.owner.role == _JOB and not at_ours:
            match = match._replace(owner=_Cue(_VISIT, CONTACT))
        if match.owner.role != _JOB:
            by_sentence.setdefault(match.sentence, []).append(match)
    promises: list[Promise] = []
    for number, sentence in enumerate(sentences):
        found = _sentence_promises(text, lang, sentence, by_sentence.get(number, []), all_moments)
        # a reply may keep a draft's condition as the step it asks by a date; a draft's request after a promise («Моля,
        # уведомете ни за решението си») leaves that promise as it stands, for a reply to restate
        asked = not all_moments and any(_asks_by_a_moment(text, lang, sentences, by_sentence, n) for n in (number, number + 1))
        if asked or _opens_with(text, sentences, by_sentence, number + 1, ("for_that",)):
            found = [replace(p, conditional=True) for p in found]
        promises += found
    if all_moments and any(m.owner.role == "delivery" for m in matches):
        # a draft that delivers anywhere covers a free service said beside the delivery in the reply
        promises = [replace(p, delivered=True) if p.kind == FREE else p for p in promises]
    if all_moments:
        facts = frozenset(fact_values(text, lang))
        promises = [replace(p, counts=facts) if p.kind in _THINGS_GIVEN else p for p in promises]
        valued = _sums_beside(text, lang, sentences, {m.sentence for m in matches if m.owner.name == _DISCOUNT})
        promises = [replace(p, valued=valued) if p.kind == _DISCOUNT else p for p in promises]
        charges = {m.sentence for m in matches if m.owner.role == "charge"} - {
            m.sentence for m in matches if m.owner.name == FREE or m.owner.role == "negation"
        }
        charged = _sums_beside(text, lang, sentences, charges)
        promises = [replace(p, charged=charged) if p.kind == FREE else p for p in promises]
    return promises


def dated_payments(text: str, lang: str) -> list[tuple[int, int]]:
    """Where each sentence is that pays the customer a sum by a date, outright («пособие 9 480 руб. будет перечислено
    не позднее 13.11»): the remedy told, however passive its words."""
    spans = []
    for sentence in sentences_of(text, lang):
        said = text[sentence.start:sentence.end]
        if not any(_is_sum(v) for v in fact_values(said, lang)):
            continue
        promises = [p for p in find_promises(said, lang) if not p.conditional]
        if any(p.kind in _MONEY_PAID and p.amounts for p in promises) and any(p.kind == DEADLINE and p.moments for p in promises):
            spans.append((sentence.start, sentence.end))
    return spans


def _wholes(text: str, lang: str, sentence: Sentence, wholes: list[Match]) -> frozenset[tuple]:
    """The sums the sentence names only as the whole a part of which is given (`wholes`, the whole's number marked,
    the part beside it in the match): a whole exceeds its part, so „от 16 € на човек, общо 128 €“ (a part and the
    total of such parts) and „сумата от 15 € от цената от 65 €“ name no whole in 16 € or 15 €."""
    said = text[sentence.start:sentence.end]
    sums = [
        (v, sentence.start + start)
        for v, (start, _) in zip(fact_values(said, lang), fact_spans(said, lang), strict=True) if _is_sum(v)
    ]
    whole = {
        value.key for value, start in sums
        for match in wholes if _is_whole_of(value, start, match, sums)
    }
    return frozenset(whole - {value.key for value, start in sums if not any(_marks(m, start) for m in wholes)})


def _marks(match: Match, start: int) -> bool:
    low, high = match.reported
    return low <= start < high


def _is_whole_of(value: FactValue, start: int, match: Match, sums: list[tuple[FactValue, int]]) -> bool:
    """The sum at `start` is the whole the match marks: a part in the rest of the match is less than it."""
    return _marks(match, start) and any(
        part.key[1:] == value.key[1:] and Decimal(part.key[0]) < Decimal(value.key[0])
        for part, at in sums if match.start <= at < match.end and not _marks(match, at)
    )


def _sums_beside(text: str, lang: str, sentences: list[Sentence], numbers: set[int]) -> frozenset[tuple]:
    """The sums the numbered sentences name, by value."""
    return frozenset(
        v.key for n in numbers for v in fact_values(text[sentences[n].start:sentences[n].end], lang) if _is_sum(v)
    )


def _sentence_promises(text: str, lang: str, sentence: Sentence, matches: list[Match], all_moments: bool) -> list[Promise]:
    split = _conditional_alternative(text, sentence, matches)
    split = _requirement_bound(text, sentence, matches) if split is None else split
    if split is not None:
        # «ще Ви върнем сумата до 15.12 или, ако предпочитате, ще я приспаднем»: the condition holds the
        # other way only, and what comes before the «или» is promised outright; a cue across the split is the other
        # way's, told by its verb there („депозитът се прехвърля, а при невъзможност за пътуване той може да бъде върнат“)
        before, after = replace(sentence, end=split), replace(sentence, start=split)
        return _sentence_promises(text, lang, before, [m for m in matches if m.end <= split], all_moments) + (
            _sentence_promises(text, lang, after, [m for m in matches if m.end > split], all_moments)
        )
    # a verb of what we feel, know or tell now («понимаем, что вы потеряли полдня») says nothing of the future, nor
    # does a duty we had: «трябваше да докараме профилите на 30.11» tells what we failed to do
    feeling = [m for m in matches if m.owner.role == "not_future"]
    # in a reply, a relative clause told in the past names what was booked, no term («который вы заказали на 14.02»)
    described = [] if all_moments else _described(text, sentence, matches)
    told = _blanked(text, [m for m in matches if m.owner.role == "reference"] + described)
    matches = [m for m in matches if m.owner.role != "future" or not any(f.start <= m.start < f.end for f in feeling)]
    roles = {m.owner.role for m in matches}
    conditions = [m for m in matches if m.owner.role in ("condition", "requirement")]
    # «в любой момент», «в любом случае» lift the condition the sentence names beside them: «если не захотите
    # ждать, в любой момент можете вернуть деньги» offers the refund whatever happens
    conditional = (bool(conditions) or _answers_a_question(text, sentence, matches)) and "any_case" not in roles
    not_refusals = [m for m in matches if m.owner.role == "not_refusal"]
    if any(
        m.owner.role == "refusal" and not _in_condition(text, m, conditions) and not any(n.start <= m.start < n.end for n in not_refusals)
        for m in matches
    ):
        # a refusal promises nothing, but the moments it names are the draft's own, as said under a
        # doubt: a reply may mention «заявка от 3 января» again, not promise «готов 17 апреля» outright
        moments = _measured_moments(told[sentence.start:sentence.end], lang, all_moments) if all_moments else set()
        return [Promise(DEADLINE, True, frozenset(moments))] if moments else []
    # a negation in the clause a condition opens is the customer's case («при условие че игрището не е
    # посещавано»), as a refusal there is
    negations = [m for m in matches if m.owner.role == "negation" and not _in_condition(text, m, conditions)
                 and not any(n.start <= m.start < n.end for n in matches if n.owner.role == "not_negation")]
    asides = [m for m in matches if m.owner.role == "aside"]
    promises = []
    idioms = [m for m in matches if m.owner.role == "not_promise"]
    past = [m for m in matches if m.owner.role == "past"]
    cues = [
        m for m in matches if m.owner.role in ("kind", _VISIT, _ARRIVAL, _REPLACEMENT)
        and not any(i.start <= m.start < i.end for i in idioms)
        and not any(p.start == m.start or p.end == m.end for p in past)  # its own verb in the past: «мы вернули деньги»
        and not any(f.start <= m.start < f.end for f in feeling)  # a duty we had: «трябваше да Ви върнем парите»
    ]
    for kind, role in dict.fromkeys((m.owner.name, m.owner.role) for m in cues):
        spans = [m for m in cues if (m.owner.name, m.owner.role) == (kind, role)]
        if any(not _negated(text, cue, negations, asides) for cue in spans):
            promises.append(Promise(
                kind, conditional, by_visit=role == _VISIT, arriving=role == _ARRIVAL, delivered=kind == FREE and "delivery" in roles,
                next_time=kind in _GIVEN and _given_next_time(spans, matches), replacing=role == _REPLACEMENT,
                on_top=kind == COMPENSATION and "on_top" in roles, added=kind == FREE and "addition" in roles,
            ))
    given = frozenset(p.kind for p in promises) & _GIVEN
    if "as_apology" in roles:
        # what a compensation gives with a verb of giving is a gift, whatever else the sentence does free: „ще
        # поправим часовника безплатно, а като компенсация ще Ви подарим каишка“ gives more than the free repair
        given |= {GIFT}
    own = _blanked(told, [m for m in matches if m.owner.role in ("kind", "as_apology")])
    if any(p.kind == COMPENSATION for p in promises):
        start, end = _cue_part(told, sentence, [m for m in cues if m.owner.name == COMPENSATION])
        first = min(m.start for m in cues if m.owner.name == COMPENSATION)
        # the measures it gives by are said in the clause a joining word opens for it: «наемът за седмицата ще извадим от
        # фактурата, а като компенсация декември ще ви дадем без наем» gives no week
        joined = max((j.end() for j in _joined_clauses(lang).finditer(told, start, first)), default=None)
        if joined is not None:  # … and so is what it gives: the clause before gives its own
            start, given = joined, given & ({m.owner.name for m in cues if m.start >= joined} | {GIFT})
        measures = frozenset(_measured_moments(told[start:end], lang, all_moments=True))
        # what it gives is said from the clause of its cue on: «заменим ремень за наш счёт, а в качестве компенсации
        # бесплатно помоем машину» gives a wash
        start = max((b.end() for b in _CLAUSE_END.finditer(told, start, first)), default=start)
        words = content_stems(own[start:end], lang)
        promises = [replace(p, giving=given, measures=measures, words=words) if p.kind == COMPENSATION else p for p in promises]
    additions = [m for m in matches if m.owner.role == "addition"]
    promises = [
        replace(p, words=content_stems(
            own[slice(*_given_part(own, sentence, [m for m in cues if m.owner.name == p.kind], p, additions))], lang,
        ))
        if p.kind in _GIVEN else p for p in promises
    ]
    values = fact_values(text[sentence.start:sentence.end], lang)
    sums = frozenset(v.key for v in values if _is_sum(v))
    wholes = _wholes(text, lang, sentence, [m for m in matches if m.owner.role == "whole"])
    counts = frozenset(v for v in values if _is_count(v))
    channels = frozenset(v.key for v in values if v.kind in _CHANNELS)
    promises = [
        replace(
            p, amounts=sums, wholes=wholes, counts=counts if p.kind in _THINGS_GIVEN else frozenset(),
            channels=channels if p.kind == CONTACT else frozenset(),
        )
        for p in promises
    ]
    done = "future" not in roles and any(
        m.owner.role == "kind" and any(p.start == m.start or p.end == m.end for p in past) for m in matches
    )
    if "as_apology" in roles and all(p.kind == FREE for p in promises) and not done:
        # what is given «в знак извинения» is a gift, unless the sentence names what it is («в знак
        # извинения дарим скидку» is a discount), or names it done, with nothing to come («в качестве извинения мы снизили цену»); a service
        # done free as an apology («в знак извинения съёмку сделаем бесплатно») is a gift too, which a draft's «без
        # доплаты» elsewhere does not cover
        promises.append(Promise(GIFT, conditional, free_as_apology=True))
    if all_moments or "future" in roles:
        moments = {
            _moment_names(m.owner.name) for m in matches
            if (m.owner.role == "moment" or (all_moments and m.owner.role == _DRAFT_MOMENT))
            and not _negated(text, m, negations, asides) and not _names_a_date(text, m, lang)
        }
        moments |= _measured_moments(told[sentence.start:sentence.end], lang, all_moments)
        # in a reply, a date of a plan moved («назначенный на 21 января, переносится») is the plan told, no
        # promise of it, and so are the hours of a service («ответим ежедневно с 7:00 до 21:00»); in the draft
        # they are the draft's own, which a reply may promise («перенесена на 15.03»)
        moved = bool(roles & {"moved", "schedule"}) and not all_moments
        if moments:
            promises.append(Promise(DEADLINE, conditional or moved, frozenset(moments)))
    return promises


def _given_next_time(cues: list[Match], matches: list[Match]) -> bool:
    """A next purchase or stay named in the way the thing is given by, not in another way the sentence offers
    («вернём деньги на карту или запишем вас на следующий сеанс» gives the money back now)."""
    ways = [m.start for m in matches if m.owner.role == "other_way"]
    return any(
        not any(min(cue.start, n.start) < way < max(cue.start, n.start) for way in ways)
        for cue in cues for n in matches if n.owner.role == "next_time"
    )


@cache
def _joined_clauses(lang: str) -> re.Pattern[str]:
    """A comma and a word joining a clause of its own (`joining_words` in `language.yaml`: «…, а като компенсация…»)."""
    words = "|".join(sorted(map(re.escape, language_words(lang, "joining_words"))))
    return re.compile(rf",\s+(?:{words})(?!\w)", re.IGNORECASE)


def _described(text: str, sentence: Sentence, matches: list[Match]) -> list[Match]:
    """Each relative clause told in the past (`described`), up to the clause's end: «привезём другой аттракцион вместо
    того, который вы забронировали с 18:00 до 22:00» names the booking's hours, no term of the reply's."""
    spans = []
    for match in matches:
        if match.owner.role == "described":
            end = _RELATIVE_END.search(text, match.end, sentence.end)
            spans.append(match._replace(end=end.start() if end else sentence.end))
    return spans


def _blanked(text: str, spans: list[Match]) -> str:
    """The text with each span's characters made spaces, its offsets kept: a clause's number («п. 6.2») read as no date."""
    for span in spans:
        text = text[:span.start] + " " * (span.end - span.start) + text[span.end:]
    return text


def _conditional_alternative(text: str, sentence: Sentence, matches: list[Match]) -> int | None:
    """Where another way, held by a condition right after its conjunction, starts («…, или, ако
    предпочитате, …», «…, либо, если удобнее, …»); None when the sentence has none."""
    starts = {m.start for m in matches if m.owner.role == "condition"}
    for m in matches:
        if m.owner.role == "alternative" and m.start > sentence.start:
            next_word = len(text) - len(text[m.end:].lstrip(" ,\u00a0"))
            if next_word in starts:
                return m.start
    return None


def _requirement_bound(text: str, sentence: Sentence, matches: list[Match]) -> int | None:
    """A semicolon that bounds the clause of a step needed first or of a refusal, before it or after it: in «для замены
    необходимо вернуть товар; курьер приедет в течение 3 дней» the courier's term holds whatever the customer
    does, and so does the free car of «подменную машину дадим бесплатно; для этого нужно позвонить», and the term of
    «восстановить записи невозможно; копии будут внесены до 05.06» (set 75, guardsru-92)."""
    for m in matches:
        if m.owner.role in ("requirement", "refusal"):
            before = text.rfind(";", sentence.start, m.start)
            after = text.find(";", m.end, sentence.end)
            if before > sentence.start or after != -1:
                return before if before > sentence.start else after
    return None


def _opens_with(text: str, sentences: list[Sentence], by_sentence: dict[int, list[Match]], number: int, roles: tuple[str, ...]) -> bool:
    """The numbered sentence opens with a cue of one of `roles`. A sentence opened by a step needed for what the sentence
    before promises (`for_that`) holds that promise: „Ще Ви заредим безплатно два литра. За целта само кажете номера на
    касата.“ is given on that step, as in one sentence."""
    if number >= len(sentences):
        return False
    start = sentences[number].start
    return any(m.owner.role in roles and not text[start:m.start].strip() for m in by_sentence.get(number, []))


def _asks_by_a_moment(text: str, lang: str, sentences: list[Sentence], by_sentence: dict[int, list[Match]], number: int) -> bool:
    """The numbered sentence opens with what the customer is asked to do (`instruction`) and names a moment: a step by a
    date, which holds the promise of the sentence before and its own („Ще ги поправим безплатно. Донесете ги до 20.11 и
    до 4 дни ще са готови.“)."""
    if number >= len(sentences) or not _opens_with(text, sentences, by_sentence, number, ("instruction",)):
        return False
    sentence = sentences[number]
    return any(m.owner.role == "moment" for m in by_sentence.get(number, [])) or bool(
        _measured_moments(text[sentence.start:sentence.end], lang, all_moments=False)
    )


def _answers_a_question(text: str, sentence: Sentence, matches: list[Match]) -> bool:
    """A sentence opened by «тогава» / «тогда» right after a question answers the case the question asks
    about: «Не искате да чакате? Тогава ще Ви върнем сумата.» is said under that condition."""
    if not text[:sentence.start].rstrip().endswith("?"):
        return False
    return any(m.owner.role == "answer" and not text[sentence.start:m.start].strip() for m in matches)


def _names_a_date(text: str, cue: Match, lang: str) -> bool:
    """A weekday said with the date it falls on is that date, before it or after it («в пятницу,
    2 октября», «2 октября (пятница)», «2 октября, в пятницу»), no moment of its own; one in the plural recurs
    («с 1 декабря по вторникам») and falls on no date. Any moment told by a date after a colon is that date
    («закончим уже на этой неделе: 05.12 до 10:00»; set 71)."""
    after = text[cue.end:cue.end + _DATE_REACH]
    colon = _COLON.match(after)
    if colon and _opens_with_a_date(after[colon.end():], lang):
        return True
    if cue.owner.name not in _WEEKDAYS or _plural(text[cue.start:cue.end], lang):
        return False
    gap = len(after) - len(after.lstrip(" ,\u00a0"))
    if _opens_with_a_date(after[gap:], lang):
        return True
    before = text[max(0, cue.start - _DATE_REACH):cue.start]
    before = _GAP_BEFORE_WEEKDAY.sub("", before, count=1)
    return any(v.kind == "date" and before.endswith(v.text) for v in fact_values(before, lang))


def _opens_with_a_date(text: str, lang: str) -> bool:
    return any(v.kind == "date" and text.startswith(v.text) for v in fact_values(text, lang))


def _plural(words: str, lang: str) -> bool:
    """Whether every reading of the words is plural («по вторникам»)."""
    parses = morphology(lang).analyze(fold_case(words)).parses
    return bool(parses) and all("plur" in p.tags for p in parses)


def _in_condition(text: str, cue: Match, conditions: list[Match]) -> bool:
    """A refusal in the clause a condition opens is the customer's case, not ours: «Если что-то не
    получится, …», «При отказ от пътуване…»."""
    return any(c.start <= cue.start and not _CLAUSE_END.search(text, c.end, cue.start) for c in conditions)


def _is_sum(value: FactValue) -> bool:
    """Money, or a share of it («10% от стойността»): what a refund or a discount gives."""
    return value.kind == "amount" or (value.kind == "quantity" and value.key[1] == "percent")


def _is_count(value: FactValue) -> bool:
    """A number of things the facts guard holds a reply to («20 резервни колички», not «двата»), not of money, of a share
    or of time."""
    return value.required and (value.kind == "number" or (value.kind == "quantity" and value.key[1] not in _TIME_UNITS | {"percent"}))


def _moment_names(name: str) -> frozenset[str]:
    """A named moment, and for an amount of time («1 day») the same amount in its base unit."""
    amount = re.fullmatch(r"(\d+) (\w+)", name)
    if amount and amount[2] in _TIME_UNITS:
        return frozenset({name, _in_base_name(Decimal(amount[1]), amount[2])})
    return frozenset({name})


def _in_base_name(number: Decimal, unit: str) -> str:
    amount, base = in_base_unit(number, unit)
    return f"{format(amount, 'f')} {base}"


def _negated(text: str, cue: Match, negations: list[Match], asides: list[Match]) -> bool:
    """A negation in the cue's clause, outside the cue's own words («больше не повторится» is a promise), or inside
    them in the clause the cue opens when its words run on past that clause's end («сертификат возвращать не нужно, а
    цена прежняя» gives no money back); a word of regret set aside by commas ends no clause («перерасчёта, к сожалению,
    не будет» refuses it). A cue that marks its words (`[` … `]`) is those words: «штраф мы не выплатим» refuses the
    penalty its object fronted."""
    start, end = cue.reported
    for negation in negations:
        if start <= negation.start < end:
            if _CLAUSE_END.search(text, negation.end, end) and not _CLAUSE_END.search(text, start, negation.start):
                return True
            continue
        low, high = sorted((negation.end, start)) if negation.start < start else (end, negation.start)
        between = "".join("\0" if any(a.start <= i < a.end for a in asides) else text[i] for i in range(low, high))
        if not _CLAUSE_END.search(_ASIDE.sub(" ", between)):
            return True
    return False


def _given_part(text: str, sentence: Sentence, cues: list[Match], promise: Promise, additions: list[Match]) -> tuple[int, int]:
    """Where what the promise gives is said: the part of its cues (`_cue_part`), and a free service done besides from its
    word of addition on: «повторно денег не возьмём, а в придачу бесплатно отбалансируем колёса» adds the balancing, not
    the work done again (set 77, guardsru-94)."""
    start, end = _cue_part(text, sentence, cues)
    if promise.added and additions:
        start = max(start, min(a.start for a in additions))
    return start, end


def _cue_part(text: str, sentence: Sentence, cues: list[Match]) -> tuple[int, int]:
    """Where the part of the sentence a promise's cues are said in starts and ends: a spaced dash or a semicolon closes
    it («комисията ще реши на 16.12 – щетите ще Ви бъдат изплатени» pays the loss by no date of the decision's)."""
    first, last = min(m.start for m in cues), max(m.end for m in cues)
    start = max((b.end() for b in _PART_END.finditer(text, sentence.start, first)), default=sentence.start)
    end = next((b.start() for b in _PART_END.finditer(text, last, sentence.end)), sentence.end)
    return start, end


def _measured_moments(sentence: str, lang: str, all_moments: bool) -> set[frozenset[str]]:
    """Amounts of time, dates and times of day in the sentence, as comparable moments; a whole hour
    may be said either way («с 12:00 до 16:00» = «с 12 до 16 часов»), an amount in any unit of time
    («72 часа» = «три дни»), a time with no half of the day said in either («в половине пятого» = 16:30). A unit said
    alone («в течение суток») is a moment of the draft, so a reply may name it in hours, but no deadline of a reply's
    own: «Хорошего дня!» sets none; nor is one a word after a sum (`_rates`: «35 евро на месец» is the sum's rate, «35 €
    месечно»)."""
    found = set()
    values = fact_values(sentence, lang)
    rates = _rates(sentence, lang, values)
    for n, value in enumerate(values):
        if n in rates:
            continue
        if value.kind == "quantity" and value.key[1] in _TIME_UNITS and (value.required or all_moments):
            names = {f"{value.key[0]} {value.key[1]}", _in_base_name(Decimal(value.key[0]), value.key[1])}
            if value.key[1] == "hour" and value.key[0].isdigit() and int(value.key[0]) <= 24:
                names.add(f"time {int(value.key[0])}:00")
            found.add(frozenset(names))
        elif value.kind == "date":
            names = {f"date {value.key[0]}.{value.key[1]}"}
            if DOTTED_TIME.fullmatch(value.text):  # «до 17.05» may be a time
                names.add(f"time {value.key[0]}:{value.key[1]:02d}")
            found.add(frozenset(names))
        elif value.kind == "time":
            names = {f"time {hour}:{value.key[1]:02d}" for hour in clock_hours(value)}
            names |= {f"{value.key[0]} hour"} if value.key[1] == 0 else set()
            found.add(frozenset(names))
    return found


def _rates(sentence: str, lang: str, values: list[FactValue]) -> set[int]:
    """Which of the sentence's facts are a unit said alone one word at most after a sum: the period the sum is paid
    by («12 € на час», «35 евро на месец»), no amount of time."""
    spans = fact_spans(sentence, lang)
    return {
        n for n in range(1, len(values))
        if values[n].kind == "quantity" and not values[n].required and values[n - 1].kind == "amount"
        and len(sentence[spans[n - 1][1]:spans[n][0]].split()) <= 1
    }


def new_promises(draft: list[Promise], reply: list[Promise]) -> list[str]:
    """The kinds the reply promises that the draft does not: a kind the draft never promises, a
    condition dropped, or a deadline whose moments the draft never names."""
    new = []
    promised_sums = {amount for d in draft for amount in d.amounts | d.valued}
    held = _held_channels(draft)
    for promise in reply:
        if promise.replacing:
            if _replaced_outright(promise, draft):
                new.append(promise.kind)
            continue
        covering = [
            d for d in draft
            if not d.replacing and (d.kind == promise.kind or (promise.arriving and d.kind == _TRANSFER)) and d.by_visit == promise.by_visit
            and (promise.conditional or not d.conditional)
            and (d.delivered or not promise.delivered) and (d.next_time or not promise.next_time) and (d.on_top or not promise.on_top)
        ]
        if not promise.conditional and promise.channels & held:
            # a contact made outright by an address the draft contacts by only under a condition: «электронную копию
            # сразу пришлём на …» for «копия может быть направлена на … при поступлении заявки»
            covering = []
        if not all(any(count.same(fact) for d in covering for fact in d.counts) or _piece_of_an_id(count, promise.counts, covering)
                   for count in promise.counts):
            # a free thing or a gift by a count the draft never names is another thing given: „ще Ви оставим безплатно
            # 20 резервни колички“ beside the draft's free visit
            covering = []
        if promise.kind == _DISCOUNT and not promise.amounts <= promised_sums:
            # money off by a sum or a share no sentence of the draft's promises names is another object given:
            # „15% отстъпка за пролетта“ beside the draft's „10% от фактурата“ (the value of the draft's own voucher,
            # said in a sentence that promises nothing, is no other object)
            covering = []
        if promise.kind in _SUMS_BACK | {_TRANSFER} and (promise.amounts - promise.wholes) & _paid_only(draft):
            # money back by the whole sum the draft gives a part of is more money given: „и цялата сума от 95 €“
            # beside the draft's „30 € от заплатената сума от 95 €“
            covering = []
        if promise.kind == _REFUND and _another_thing_paid_back(promise, draft, reply):
            covering = []
        if promise.added:
            # a free service done besides, naming nothing of what the draft does free, is another service given: «заодно
            # бесплатно почистим и второй фильтр» beside the draft's free repair of the pump
            covering = [d for d in covering if d.words & promise.words]
        if promise.kind == FREE and promise.amounts & {amount for d in draft for amount in d.charged}:
            # a thing given free by a sum the draft charges for it is another thing given: «заменим листы за свой счёт —
            # обычно лист стоит 2 850 руб.» beside the draft's free work and «стоимость листа составит 2 850 руб.»
            covering = []
        if promise.kind == DEADLINE:
            named = {name for d in covering for moment in d.moments for name in moment}
            if any(not moment & named for moment in promise.moments):
                new.append(DEADLINE)
        elif not covering and not (promise.free_as_apology and _free_as_compensation(draft)) and not _gives_as_the_draft(promise, draft) \
                and not _sum_the_draft_compensates(promise, draft):
            new.append(promise.kind)
    return sorted(set(new))


def _piece_of_an_id(count: FactValue, counts: frozenset[FactValue], covering: list[Promise]) -> bool:
    """A number that, with the other numbers beside it, spells an id the draft writes with a hyphen or a slash: „по
    поръчка 26-1147“ (read as 26 and 1147) is the draft's „№ 26-1147“, no count of things given."""
    written = {c.text for c in counts}
    cores = {id_core(fact) for d in covering for fact in d.counts} - {""}
    return any(count.text in pieces and set(pieces) <= written for pieces in (re.split(r"[-/]", core) for core in cores))


def _paid_only(draft: list[Promise]) -> set[tuple]:
    """The sums the draft names only as the whole a part of which it gives."""
    return {w for d in draft for w in d.wholes} - {a for d in draft for a in d.amounts - d.wholes}


def _another_thing_paid_back(promise: Promise, draft: list[Promise], reply: list[Promise]) -> bool:
    """Money back by no sum, naming none of the words of the draft's money back, each by its sum, beside a refund of the
    reply's that pays every sum the draft pays back («стоимость испорченного товара тоже возместим» beside «плату за май,
    900 руб., вернём»): another thing paid back, not the draft's refund said again."""
    refunds = [d for d in draft if d.kind == _REFUND]
    sums = {amount for d in refunds for amount in d.amounts}
    words = {word for d in refunds for word in d.words}
    other = not promise.amounts and not promise.arriving and not promise.words & words
    return other and all(d.amounts for d in refunds) and bool(sums) and any(p.kind == _REFUND and sums <= p.amounts for p in reply)


def _replaced_outright(promise: Promise, draft: list[Promise]) -> bool:
    """The reply replaces outright what the draft replaces only under a condition: „за всеки случай ще заменим стола с
    нов“ for „в случай че новият амортисьор не помогне, столът ще бъде заменен с нов“. A draft that replaces nothing
    leaves a reply's replacement to its other promises."""
    held = [d for d in draft if d.replacing]
    return bool(held) and not promise.conditional and all(d.conditional for d in held)


def _held_channels(draft: list[Promise]) -> set[tuple]:
    """The addresses the draft contacts by only under a condition, in no contact it makes outright."""
    contacts = [d for d in draft if d.kind == CONTACT]
    outright = {c for d in contacts if not d.conditional for c in d.channels}
    return {c for d in contacts if d.conditional for c in d.channels} - outright


def _gives_as_the_draft(promise: Promise, draft: list[Promise]) -> bool:
    """A compensation said as the purpose of what the draft gives, outright where the reply gives it so («за да
    компенсираме, удължаваме наема без доплащане» for the draft's «срокът се удължава без допълнително заплащане»), or
    by the measures the draft promises it by («като компенсация удължаваме абонамента с 2 дни» for «абонаментът ще
    бъде удължен с 2 дни»); not when the draft names a compensation of its own, whose condition the reply keeps or
    drops («ако не успеем, ще Ви изплатим обезщетение» is no purpose of the free service beside it), nor when it names a
    sum no promise of the draft names («ще преведем сумата до 16.10 и ще добавим 50 лв. обезщетение»: money of its own)."""
    outright = [d for d in draft if promise.conditional or not d.conditional]
    named = {name for d in outright if d.kind == DEADLINE for moment in d.moments for name in moment}
    sums = {amount for d in draft for amount in d.amounts}
    return bool(promise.giving or promise.measures) and promise.amounts <= sums and not any(d.kind == promise.kind for d in draft) and all(
        any(d.kind == kind and (d.words & promise.words or d.amounts & promise.amounts) for d in outright) for kind in promise.giving
    ) and all(moment & named for moment in promise.measures)


def _sum_the_draft_compensates(promise: Promise, draft: list[Promise]) -> bool:
    """Money back or off whose every sum a compensation of the draft names, on no condition the reply drops («расходы в
    сумме 18 700 руб. будут компенсированы» for «18 700 руб. вернём вам»): the same object given, in the reply's words;
    and money back whose every sum the draft takes off this bill («будет произведён перерасчёт … в сумме 1 850 руб.» for
    «вернём 1 850 руб.»), not a next one."""
    givers = {COMPENSATION} | ({_DISCOUNT} if promise.kind == _REFUND else set())
    return promise.kind in _SUMS_BACK and bool(promise.amounts) and not promise.next_time and any(
        d.kind in givers and not d.next_time and promise.amounts <= d.amounts and (promise.conditional or not d.conditional)
        for d in draft
    )


def _free_as_compensation(draft: list[Promise]) -> bool:
    """The draft gives a free service as its compensation, which covers the same service given as an apology."""
    kinds = {p.kind for p in draft}
    return COMPENSATION in kinds and FREE in kinds


def find_commitments(text: str, lang: str) -> frozenset[str]:
    """The kinds of promise the text makes."""
    return frozenset(p.kind for p in find_promises(text, lang))
