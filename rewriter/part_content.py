"""Parts by content: a reply keeps a part of its draft when it keeps what that part says.

The cues of `lint_rules/<lang>/parts.yaml` tell which sentences of the draft carry a part; the part's
content is the lemmas of those sentences' content words (spaCy's stop words left out); `part_kept` judges a
reply by it. An apology or a closing is kept when the reply has one of its own; an explanation or a remedy when the reply keeps
enough of its content («мы отправили курьера по старому адресу» keeps «курьер был направлен по
старому адресу» without a connector), and a reply's own cue counts only with some of it (the failure
alone, «посылка не пришла», is no cause); a cause put first ends where its sentence's subject or verb
begins («Ввиду неисправности вагона пассажиры были пересажены»). Words of the same meaning count as one («при
транспортировке» → «при перевозке»; `same_meaning` in `language.yaml`).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from .fact_numbers import TIME_UNITS
from .facts import fact_values
from .linter import sentences_of
from .matching import Match, PatternIndex, Sentence
from .morphology import WordAnalysis
from .nlp import language_tools
from .normalize import fold_case
from .rules import language_words, load_language_data, load_part_cues

# Parts told by the clause their cue opens, not the whole sentence («Заказ задержался из-за сбоя»).
BY_CLAUSE = frozenset({"explanation"})
# A colon or a dash after a sorry goes on to tell what happened («Простите: сломался облучатель»).
_GOES_ON = re.compile(r"[:\u2013\u2014]|\s-\s")
# A colon goes on with the cause («из-за ошибки при комплектации: книги не было на складе»).
_CLAUSE_END = re.compile(r"[,;()\u2013\u2014]|\s-\s")
# Parts whose words are their own: any apology is an apology, any warm closing a closing.
SAID_ANY_WAY = frozenset({"apology", "closing"})
# At most this many words between an apology and what it is for («Извиняваме се за …»).
_APOLOGY_GAP = 2
# A clause of fewer content words names the failure, not its cause.
SAYS_SOMETHING = 2
# The grammemes of a sentence's own verb (a finite verb, a short participle) and of a noun's case.
_MAIN_VERB = frozenset({"indc", "PRTS"})
_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2"})
# Words are compared by the first letters of their forms and lemmas, so a noun kept as its verb or
# adjective counts («изменение графика» → «график изменился», «промяна» → «промени»).
_STEM = 5
# A root this short is a word of its own, no root («чл» of «член»).
_ROOT_LEAST = 3
# The word a shortened compound ends on has this many letters or more («пуск» of «автопуск»; not «бус» of «автобус»).
_COMPOUND_TAIL = 4
# The reading of a verb in the imperative said to the reader («пришлите»), not one that asks us along («давайте»).
_IMPERATIVE = frozenset({"VERB", "impr", "excl"})
# Parts a sentence that asks a step may tell beside it, a cause among them («Пришлите чек: прежний не читается»).
_TOLD_BESIDE_A_STEP = frozenset({"apology", "explanation"})
# What a stem of a group of words of the same meaning starts with («~19» for «несвоевременный», «вовремя»).
_MEANING = "~"


# What a clause says: its content words, each as the stems of its form and lemmas.
Clause = tuple[frozenset[str], ...]
# A fact by its value, whatever kind its writing makes it: ("99305861",) for «0899 305 861» and «0899/30 58 61».
Fact = tuple[object, ...]
# The facts that say what a cause says («упала до −41 °C», «прибыл в 17:10»), not what it befell («вагон № 9»);
# a span of time (`TIME_UNITS`) is how long the failure lasted («через 40 минут после начала»).
_MEASURES = frozenset({"quantity", "time"})
# A short gloss in brackets goes on with its clause («резервна част (карбуратор) от вносителя»); a figure
# in brackets («капацитет (5 куб. м)») is a fact, no word of the clause.
_GLOSS = re.compile(r"\(([^()\n,;\d]{1,40})\)")
_FIGURES_AFTER = re.compile(r"\s*\([^()\n]*\d[^()\n]*\)")


@dataclass(frozen=True)
class PartContent:
    part: str
    clauses: tuple[Clause, ...]  # what each cue of the part says
    # the clauses that open with their cue's own word, the failure («задержался из-за поломки машины»)
    opened_by_cue: frozenset[Clause] = frozenset()
    # for a cause, what the whole sentence it stands in says
    sentence_of: tuple[tuple[Clause, Clause], ...] = ()
    # every cue of the part says what an apology is for («Извиняваме се за прекъсването») or what the letter
    # answers («Във връзка с Ваше писмо от 2 юни Ви уведомяваме»): the draft explains nothing a reply must keep
    explains_nothing: bool = False
    # for a step of the remedy with no fact in it, its words no other sentence of the draft says
    # («повторно поданы в приоритетном порядке»): a reply that keeps only the words the step shares
    # with the rest of the letter («документы», «нотариус») drops the step
    own_words: tuple[tuple[Clause, Clause], ...] = ()
    # … and for a step with a fact in it («техник ще подмени датчика на стойност 640 € безплатно по гаранция»), the same
    own_fact_words: tuple[tuple[Clause, Clause], ...] = ()
    # for a cause, the words of its sentence outside its clause: the failure it explains, as a rule
    told_beside: tuple[tuple[Clause, Clause], ...] = ()
    # for a cause, the words of its whole sentence that no other sentence of the draft says
    sentence_own: tuple[tuple[Clause, Clause], ...] = ()
    # for a cause, the clauses that only say there were reasons («по не зависящим от нас причинам»)
    excuses: frozenset[Clause] = frozenset()
    # … of those, the ones whose reasons a preposition names in passing, the clause running on to the failure they excuse
    # («…, че по независещи от изпълнителя причини е допуснато превишаване на срока»)
    in_passing: frozenset[Clause] = frozenset()
    # the facts of each step whose sentence holds some («напишите на help@shop.ru до 14.08»), and of each cause
    # that names a measure («температура упала до −41 °C»): a step or a cause said in other words around the same facts is kept
    facts_of: tuple[tuple[Clause, frozenset[Fact]], ...] = ()
    # for the remedy, the bare numbers the rest of the draft tells («базова точка при ос 7»): in a reply they tell that
    # account, not a step's hour («7:00»)
    numbers_told: frozenset[Fact] = frozenset()
    # for a cause, the names in it («в графика на ковача Петър Донев»)
    names_of: tuple[tuple[Clause, Clause], ...] = ()
    # the causes put first and cut where their sentence's subject or verb begins («Ввиду болезни
    # преподавателя урок перенесён»): the rest of their sentence is what they explain
    fronted: frozenset[Clause] = frozenset()
    # for a cause, the facts of the sentences it stands in, and those only the sentences after them tell (what was done since)
    facts_beside: frozenset[Fact] = frozenset()
    facts_after: frozenset[Fact] = frozenset()


def _facts_only_after(facts: dict[int, frozenset[Fact]], last: int) -> frozenset[Fact]:
    """The facts of the sentences after sentence `last` that none up to it tells: what was done since, not the matter
    the letter names again in its sign-off («6 «В» класса» of the failure's sentence, again under the closing)."""
    before = frozenset().union(*(f for n, f in facts.items() if n <= last))
    return frozenset().union(*(f for n, f in facts.items() if n > last)) - before


@cache
def _part_index(lang: str, refusals: bool = False) -> PatternIndex:
    """The part cues, or with `refusals` the cues that cancel their part's cues in a sentence."""
    cues = load_part_cues(lang, language_tools(lang).morphology.has_grammemes)
    return PatternIndex((cue.part, p) for cue in cues if cue.refusal == refusals for p in cue.patterns)


@cache
def _apology_index(lang: str, admission: bool = False) -> PatternIndex:
    """The apology cues that say sorry or regret, or with `admission` those that only own the fault."""
    cues = load_part_cues(lang, language_tools(lang).morphology.has_grammemes)
    return PatternIndex(
        (cue.part, p) for cue in cues if cue.part == "apology" and not cue.refusal and cue.admission == admission for p in cue.patterns
    )


def apologises(text: str, lang: str, besides: Sequence[tuple[int, int]] = ()) -> bool:
    """The text says sorry or regrets («Извиняваме се», «Нам жаль»), beyond owning the fault («Объркахме графика»),
    in a sentence apart from the spans `besides` (a non-apology, «за возможные неудобства», which owns less than an admission)."""
    return _apology_cued(text, lang, admission=False, besides=besides)


def admits_fault(text: str, lang: str) -> bool:
    """The text owns the fault («Грешката е наша», «Мы ошиблись») in a sentence that does not deny it."""
    return _apology_cued(text, lang, admission=True)


def _apology_cued(text: str, lang: str, admission: bool, besides: Sequence[tuple[int, int]] = ()) -> bool:
    """An apology cue of the kind (`admission` or sorry) in a sentence no refusal cue denies, apart from `besides`."""
    sentences = sentences_of(text, lang)
    refused = {m.sentence for m in _part_index(lang, refusals=True).matches(sentences) if m.owner == "apology"}
    refused |= {n for n, s in enumerate(sentences) if any(start < s.end and s.start < end for start, end in besides)}
    return any(m.sentence not in refused for m in _apology_index(lang, admission).matches(sentences))


def says_sorry_for(text: str, lang: str, spans: Sequence[tuple[int, int]]) -> bool:
    """One of the spans stands after a sorry or a regret in its own sentence («Съжаляваме, че отговорът се забави»):
    the text apologises for the very thing the span tells, and so owns it."""
    sentences = sentences_of(text, lang)
    refused = {m.sentence for m in _part_index(lang, refusals=True).matches(sentences) if m.owner == "apology"}
    return any(
        m.sentence not in refused and sentences[m.sentence].start <= m.start and m.end <= start < end <= sentences[m.sentence].end
        for m in _apology_index(lang).matches(sentences) for start, end in spans
    )


@cache
def _stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words, the words that only say there is a cause (`cause_words` in `language.yaml`), those
    that only point back at the letter above (`summary_references`: «Предвид гореизложеното е взето решение…» says
    "so", which a step of the remedy told anew leaves out), and those of an official frame that say something was
    decided or done, not what (`frame_words`: «отправка указанного товара», «допущена на этапе вёрстки»)."""
    from spacy.util import get_lang_class

    data = load_language_data(lang)
    said = (fold_case(w) for key in ("cause_words", "summary_references", "frame_words") for w in data.get(key, []))
    return frozenset(get_lang_class(lang).Defaults.stop_words) | frozenset(said)


def part_contents(text: str, lang: str, supposed: bool = True) -> dict[str, PartContent]:
    """For each part the text's cues find, the content words that part says: for an explanation, the
    clause its cue opens («в связи с изменением графика» says «изменение, график»), for the others
    the sentences that carry it. `supposed`: a cue of a cause in a condition counts, as the lint reads it; the guards,
    which weigh what a letter tells, pass False («ако цистерната не дойде навреме, звъннете» tells no cause)."""
    sentences = sentences_of(text, lang)
    stop = _stop_words(lang)
    # a cue counts unless a `refused` cue of its part stands in its sentence, as the lint reads them
    refusals = _part_index(lang, refusals=True).matches(sentences)
    refused = {(m.owner, m.sentence) for m in refusals}
    matches = [m for m in _part_index(lang).matches(sentences) if (m.owner, m.sentence) not in refused]
    found: dict[str, dict[int, dict[Clause, bool]]] = {}
    apologies = [m for m in matches if m.owner == "apology"]
    no_cause = set()  # parts whose cues say what an apology is for, or the letter's topic
    beside: dict[Clause, Clause] = {}
    names: dict[Clause, Clause] = {}
    cut: set[Clause] = set()  # the causes put first, cut before their sentence's subject or verb
    passing: set[Clause] = set()  # the clauses opened by reasons a preposition names in passing
    pointed_to: dict[Clause, int] = {}  # a cause told in the sentence before its cue, by that sentence
    cause_facts: dict[Clause, frozenset[Fact]] = {}  # the measures a cause names («до −41 °C», «прибыл в 17:10»)
    topics: set[frozenset[str]] = set()  # the words naming what the letter answers, which say no cause beside it
    breaks = _GLOSS.sub(lambda m: f" {m.group(1)} ", text)  # the same offsets, a gloss's brackets blanked
    for match in matches:
        if match.owner in BY_CLAUSE and any(_apologised_for(text, a, match, sentences[match.sentence]) for a in apologies):
            no_cause.add(match.owner)
            continue
        sentence = sentences[match.sentence]
        by_clause = match.owner in BY_CLAUSE
        if by_clause and not supposed and _in_condition(breaks, sentence, match.start, lang):
            continue  # «ако цистерната не дойде навреме, звъннете»: a case supposed, no cause told
        if by_clause and not supposed and _denied(sentence, match.start, lang):
            continue  # «ситуация не зависит от действий лаборатории»: what did not cause it, no cause told
        if by_clause and not supposed and _cites_a_rule(match, matches, sentence, lang):
            continue  # «Съгласно условията на договора огледът се извършва…, а яхтата беше на вода, поради което…»: a rule, no cause
        if by_clause and not supposed and _in_condition(breaks, sentence, match.end, lang, "guess_words") and _countered(
            sentence, match.end, lang
        ):
            continue  # „вероятно е резултат от натоварване при експлоатация, но ще бъде подменена“: a guess set aside
        if by_clause and _points_back(sentence, match.end, lang, "summary_references"):
            continue  # «С оглед на горното Ви възстановяваме…»: "so", after the causes the letter gave
        words, opened = _clause_words(breaks, sentence, match.start, match.end, stop, lang) if by_clause else (list(sentence.words), False)
        if by_clause and _before_an_effect_cue(sentence, match, matches, lang):
            continue  # «вместо M Ви е доставен XL, което се дължи на …»: the failure, which the effect cue's clause explains
        # «по причине поломки замка, в связи с чем по рекомендации ветеринара…»: after a cause its own cue told, some words
        # pointing back (`chained_references` in `language.yaml`) leave the clause after them to say one more
        # (a rule or a source cited before, «Согласно информации от администратора, …, в связи с чем…», told none)
        told_before = _points_back(sentence, match.end, lang, "chained_references") and any(
            m.owner == match.owner and m.sentence == match.sentence and m.end <= match.start
            and (supposed or not _cites_a_rule(m, matches, sentence, lang)) for m in matches
        )
        if told_before and _refused_in_clause(text, match, refusals):
            continue  # «…28 суток, в связи с чем сокращение сроков не представляется возможным»: the effect, a refusal
        pointing_back = by_clause and _points_back(sentence, match.end, lang) and not told_before
        if pointing_back:
            before = _words_before(breaks, sentence, match.start, stop, lang)
            if before:  # «…напукване на два елемента, поради което панелът…»: the clause before, in its sentence
                words, opened = before, False
            elif match.sentence:
                words, opened = _last_clause(breaks, sentences[match.sentence - 1], stop, lang), False
                pointed_to[_clause_of(words, lang, stop)] = match.sentence - 1
        topic = _topic_named(text, sentence, match.start, words, lang) if by_clause else []
        if topic:
            no_cause.add(match.owner)
            topics.update(_stems(w, lang) for w in topic if _is_content(w, stop, lang))
            continue
        if by_clause and not pointing_back and _fronted(sentence, match.start, lang):
            cause = _fronted_cause(words, stop, lang)
            # an excuse put first («поради технически причини») is cut from nothing: the draft's cause is elsewhere
            if sum(_is_content(w, stop, lang) and not _stems(w, lang) & _excuse_stems(lang) for w in cause) < SAYS_SOMETHING:
                cause = words
            if len(cause) < len(words):
                cut.add(_clause_of(cause, lang, stop))
            words = cause
        clause = _clause_of(words, lang, stop)
        if by_clause and _named_in_passing(breaks, sentence, match.start, lang):
            passing.add(clause)
        if by_clause:
            names[clause] = _names_in(breaks, words, sentence, lang)
            outside = (w for w in sentence.words if not any(w is x for x in words) and _is_content(w, stop, lang))
            beside[clause] = tuple(dict.fromkeys(_stems(w, lang) for w in outside))
            cause_facts[clause] = _measures_in(text, sentences[pointed_to.get(clause, match.sentence)], words, lang)
        found.setdefault(match.owner, {}).setdefault(match.sentence, {})[clause] = opened
    with_remedy = {m.sentence for m in matches if m.owner == "remedy"}
    apology_words = tuple(_stems(w, lang) for m in apologies for w in _words_in(sentences[m.sentence], m.start, m.end))
    said = {n: _content_stems(s, lang, stop) for n, s in enumerate(sentences)}
    contents = {part: _content(part, by_sentence, with_remedy, said) for part, by_sentence in found.items()}
    facts = {n: _facts_in(text[s.start:s.end], lang) for n, s in enumerate(sentences)}
    if "remedy" in contents:
        # a step with a fact in it («до 28.03», «на help@shop.ru») is held by the facts guard, however its words are said
        # … but not by a count the account tells too («7 от тях не са били бременни» … «таксата за тези 7 животни»),
        # which a reply keeps with the account when it drops the step
        told = frozenset().union(*(f for n, f in facts.items() if n not in found["remedy"]))
        own_facts = {n: facts[n] - {f for f in told if len(f) == 1} for n in found["remedy"]}
        facts_of = tuple((c, own_facts[n]) for n, clauses in found["remedy"].items() if own_facts[n] for c in clauses)
        plain = {n: c for n, c in found["remedy"].items() if not own_facts[n]}
        with_facts = {n: c for n, c in found["remedy"].items() if own_facts[n]}
        contents["remedy"] = replace(
            contents["remedy"], own_words=_own_words(plain, said), own_fact_words=_own_words(with_facts, said), facts_of=facts_of,
            numbers_told=frozenset(f for f in told if len(f) == 1),
        )
    for part in BY_CLAUSE & set(contents):
        told_beside = tuple((c, beside[c]) for c in contents[part].clauses if c in beside)
        names_of = tuple((c, names[c]) for c in contents[part].clauses if names.get(c))
        excuses = frozenset(c for c in contents[part].clauses if any(w & _excuse_stems(lang) for w in c))
        sentence_of = tuple((c, said[pointed_to[c]] if c in pointed_to else s) for c, s in contents[part].sentence_of)
        # a cause's words no other sentence says («техническа грешка в системата» beside a failure, «кодът не
        # е изпратен», that the remedy says again)
        # the topic's words («Във връзка с подаденото от Вас заявление … Ви уведомяваме») are the reader's matter,
        # which any reply names: in a cause's sentence they are no words of the cause's own
        own_words = _own_words(found[part], said, tuple(topics))
        # nor are the words of an apology said in the cause's sentence («…, за което поднасяме извинения»), which a
        # reply says in its own way
        sentence_own = tuple((c, _said_nowhere_else(sentence, said, (*topics, *apology_words))) for c, sentence in sentence_of)
        facts_of = tuple((c, cause_facts[c]) for c in contents[part].clauses if cause_facts.get(c))
        homes = {pointed_to.get(c, n) for n, clauses in found[part].items() for c in clauses if c in contents[part].clauses}
        contents[part] = replace(
            contents[part], told_beside=told_beside, excuses=excuses, in_passing=excuses & frozenset(passing),
            sentence_of=sentence_of, own_words=own_words, sentence_own=sentence_own, names_of=names_of,
            fronted=frozenset(cut) & set(contents[part].clauses),
            facts_of=facts_of, facts_beside=frozenset().union(*(facts[n] for n in homes)),
            facts_after=_facts_only_after(facts, max(homes, default=len(facts))),
        )
    # a cause cue said only for an apology or the topic: the draft explains nothing a reply must keep
    return {**{part: PartContent(part, (), explains_nothing=True) for part in no_cause - set(found)}, **contents}


def _before_an_effect_cue(sentence: Sentence, match: Match, matches: Sequence[Match], lang: str) -> bool:
    """Another cue of its part later in the sentence tells that what comes before it is the effect (`effect_cues`, a
    word or a run of words of the cue: „установи се, че забавянето се дължи на повреда в помпата“, „вместо 18 мм са
    доставени 15 мм, които са в резултат на …“): the cue's clause is the failure, which a reply may tell in its own
    words; the effect cue's own clause is the cause, which a reply that keeps only the failure has dropped."""
    cues = language_words(lang, "effect_cues")
    return any(
        other.owner == match.owner and other.sentence == match.sentence and other.start > match.end
        and any(f" {cue} " in f" {' '.join(fold_case(w.form) for w in _words_in(sentence, other.start, other.end))} " for cue in cues)
        for other in matches
    )


def _words_in(sentence: Sentence, start: int, end: int) -> list[WordAnalysis]:
    """The sentence's words within the span from `start` to `end` (a cue's words)."""
    return [w for w, (a, b) in zip(sentence.words, sentence.spans, strict=True) if a >= start and b <= end]


def _fronted(sentence: Sentence, cue_start: int, lang: str) -> bool:
    """The cue is a preposition, or a noun right after one, standing before its sentence's own subject and verb
    («Ввиду …», «По причине сбоя …»); a cue that is a noun alone («Причина задержки — …») is no cause put first."""
    first = next((w for w, (start, _) in zip(sentence.words, sentence.spans, strict=True) if start >= cue_start), None)
    before = [w for w, (start, _) in zip(sentence.words, sentence.spans, strict=True) if start < cue_start]
    governed = first is not None and (_a_preposition(first, lang) or bool(before) and _a_preposition(before[-1], lang))
    return governed and not any(_ends_a_cause(before, i, lang) for i in range(len(before)))


def _named_in_passing(text: str, sentence: Sentence, cue_start: int, lang: str) -> bool:
    """The cue's word hangs on a preposition earlier in its clause, no subject or verb between («…, че по независещи от
    изпълнителя причини е допуснато…», «по не зависящим от нас причинам»): a phrase said in passing, whose clause goes
    on to the sentence's own verb; not a cue that is the subject («при проверката причината се оказа…»)."""
    n = sum(1 for _, end in sentence.spans if end <= cue_start)
    start = max((i for i in range(1, n + 1) if _CLAUSE_END.search(text, sentence.spans[i - 1][1], sentence.spans[i][0])), default=0)
    words = list(sentence.words[start:n + 1])
    return any(
        _a_preposition(words[p], lang) and not any(_ends_a_cause(words, i, lang) for i in range(p + 1, len(words)))
        for p in range(len(words) - 1)
    )


def _a_preposition(word: WordAnalysis, lang: str) -> bool:
    """By grammemes where the morphology has them, else by `prepositions` in `language.yaml`."""
    if language_tools(lang).morphology.has_grammemes:
        return any("PREP" in p.tags for p in word.parses)
    return fold_case(word.form) in language_words(lang, "prepositions")


def _fronted_cause(words: list[WordAnalysis], stop: frozenset[str], lang: str) -> list[WordAnalysis]:
    """A cause put first with no comma after it ends where its sentence's own subject or verb begins:
    «Ввиду неисправности вагона № 9 пассажиры были пересажены» says «неисправности вагона», and a reply
    that tells only who was moved where keeps no cause. The cause is its noun and the words that hang on
    it, up to the first word `_ends_a_cause`."""
    end = next((i for i in range(1, len(words)) if _ends_a_cause(words, i, lang)), None)
    if end is None:
        return words
    cause = words[:end]
    return cause if sum(_is_content(w, stop, lang) for w in cause) >= SAYS_SOMETHING else words


def _ends_a_cause(words: list[WordAnalysis], i: int, lang: str) -> bool:
    """A word that opens a sentence's own subject or verb. By grammemes where the morphology has them: a
    finite verb or a short participle, or a word read only as a nominative or an accusative («урок»,
    «пассажиры»; «неисправности вагона», «через Волгу» are cases a cause's noun governs). Without them
    (Bulgarian): an auxiliary (`auxiliaries` in `language.yaml`: «бяха», «се», «ще»), or a noun with its
    article not right after a word that `_governs` it («гостите», not «от покрива»)."""
    word = words[i]
    if language_tools(lang).morphology.has_grammemes:
        return _only_a_subject(word) or any(p.tags & _MAIN_VERB for p in word.parses)
    form = fold_case(word.form)
    if form in language_words(lang, "auxiliaries"):
        return True
    endings = language_words(lang, "article_endings")
    return not (i and _governs(words[i - 1], lang)) and any(form.endswith(e) and len(form) > len(e) + 2 for e in endings)


def _governs(word: WordAnalysis, lang: str) -> bool:
    """A preposition, or a present active participle (`participle_endings` in `language.yaml`): the noun after it is
    its object, no subject of the sentence («от покрива», «касаещо забавата»)."""
    form = fold_case(word.form)
    participle = any(form.endswith(e) and len(form) > len(e) + 3 for e in language_words(lang, "participle_endings"))
    return participle or form in language_words(lang, "prepositions")


def _only_a_subject(word: WordAnalysis) -> bool:
    """The word's likeliest lemma is read only as a nominative or an accusative."""
    lemma = word.parses[0].lemma if word.parses else ""
    cases = {tag for p in word.parses if p.lemma == lemma for tag in p.tags if tag in _CASES}
    return "nomn" in cases and cases <= {"nomn", "accs"}


def _names_in(text: str, words: list[WordAnalysis], sentence: Sentence, lang: str) -> Clause:
    """The stems of the names among a clause's words: a word written with a capital inside its sentence."""
    capital = {id(w) for w, (start, _) in list(zip(sentence.words, sentence.spans, strict=True))[1:] if text[start:start + 1].isupper()}
    return tuple(_stems(w, lang) for w in words if id(w) in capital)


def _refused_in_clause(text: str, cue: Match, refusals: Sequence[Match]) -> bool:
    """A refusal of a step (a `refused` cue of the remedy: «не представляется возможным») in the clause the cue opens."""
    return any(
        r.owner == "remedy" and r.sentence == cue.sentence and r.start >= cue.end and not _CLAUSE_END.search(text, cue.end, r.start)
        for r in refusals
    )


def _points_back(sentence: Sentence, cue_end: int, lang: str, words: str = "back_references") -> bool:
    """The cue's clause opens with a word pointing back (`back_references` in `language.yaml`): «В связи
    с этим в возврате отказано» says its cause in the sentence before; with `summary_references`, at the
    whole letter above («Ввиду вышеизложенного…»). Not when the word after it opens a clause that says the cause
    (`forward_openers`: „поради това, че …“ = «из-за того, что …»)."""
    following = [w for w, (start, _) in zip(sentence.words, sentence.spans, strict=True) if start >= cue_end][:2]
    if not following or fold_case(following[0].form) not in language_words(lang, words):
        return False
    return len(following) < 2 or fold_case(following[1].form) not in language_words(lang, "forward_openers")


def _cites_a_rule(match: Match, matches: Sequence[Match], sentence: Sentence, lang: str) -> bool:
    """The cue cites a rule or a source (`rule_citations`) beside a cue of its part later in its sentence, or against the
    sentence's turn (`_countered`): the cause is told there, not by the citation."""
    return _points_back(sentence, match.end, lang, "rule_citations") and (any(
        m.owner == match.owner and m.sentence == match.sentence and m.start >= match.end for m in matches
    ) or _countered(sentence, match.end, lang))


def _countered(sentence: Sentence, cue_end: int, lang: str) -> bool:
    """A word after the cue turns the sentence against the rule it cites (`rule_counters` in `language.yaml`: „монтирани
    съгласно стандартната практика, но при висока скорост…“): the rule says how we did it, a defence, no cause."""
    counters = language_words(lang, "rule_counters")
    return any(start >= cue_end and fold_case(w.form) in counters for w, (start, _) in zip(sentence.words, sentence.spans, strict=True))


def _denied(sentence: Sentence, cue_start: int, lang: str) -> bool:
    """The cue's first word and the word before it deny a cause (`cause_denials` in `language.yaml`, by lemma: «не
    зависит от действий лаборатории»)."""
    before = [i for i, (start, _) in enumerate(sentence.spans) if start < cue_start]
    if not before or before[-1] + 1 >= len(sentence.words):
        return False
    first = sentence.words[before[-1] + 1]
    said = {f"{fold_case(sentence.words[before[-1]].form)} {p.lemma}" for p in first.parses}
    return bool(said & language_words(lang, "cause_denials"))


def _in_condition(text: str, sentence: Sentence, cue_start: int, lang: str, words: str = "condition_words") -> bool:
    """The cue stands in a clause a condition opens (`condition_words` in `language.yaml`: «ако», «в случай че»); with
    `guess_words` and the cue's end, a clause that guesses at its cause, the cue's own words too („вероятно е резултат от…“)."""
    conditions = language_words(lang, words)
    before = [i for i, (start, _) in enumerate(sentence.spans) if start < cue_start]
    for i in reversed(before):
        if fold_case(sentence.words[i].form) in conditions:
            return True
        if i and _CLAUSE_END.search(text, sentence.spans[i - 1][1], sentence.spans[i][0]):
            return False
    return False


def _last_clause(text: str, sentence: Sentence, stop: frozenset[str], lang: str, upto: int | None = None) -> list[WordAnalysis]:
    """The sentence's last clause that says something (before its word `upto`): what a word pointing back
    refers to («…имеет повреждение, которое не является гарантийным случаем» → «не является гарантийным случаем»)."""
    words: list[WordAnalysis] = []
    for i in range(len(sentence.words) - 1 if upto is None else upto - 1, -1, -1):
        words.insert(0, sentence.words[i])
        at_break = i and _CLAUSE_END.search(text, sentence.spans[i - 1][1], sentence.spans[i][0])
        if at_break and sum(_is_content(w, stop, lang) for w in words) >= SAYS_SOMETHING:
            break
    return words


def _words_before(text: str, sentence: Sentence, cue_start: int, stop: frozenset[str], lang: str) -> list[WordAnalysis]:
    """The last clause before the cue in its own sentence, when one that says something is there: «поради
    което», «вследствие чего» after a comma point to it, not to the sentence before."""
    n = sum(1 for _, end in sentence.spans if end <= cue_start)
    if not n or not _CLAUSE_END.search(text, sentence.spans[n - 1][1], cue_start):
        return []
    words = _last_clause(text, sentence, stop, lang, n)
    return words if sum(_is_content(w, stop, lang) for w in words) >= SAYS_SOMETHING else []


def _topic_named(text: str, sentence: Sentence, cue_start: int, words: list[WordAnalysis], lang: str) -> list[WordAnalysis]:
    """The words of a connector that opens the letter on what it answers, not on a cause; none when it names a
    cause. Its clause reaches our word of telling (`informing_words` in `language.yaml`), or runs on to it past
    commas with no subject or verb of its own («Във връзка с Вашето заявление № 12, подадено на 3 юни, Ви
    уведомяваме»), and names the reader's own matter, by a number or a date or a polite pronoun («Във връзка с
    Ваша поръчка № 7731 Ви уведомяваме», «В связи с обращением от 12.03 сообщаем»). «В связи с аварией сообщаем»
    names a cause, and keeps it."""
    if not words:
        return []
    first = next((i for i, (start, _) in enumerate(sentence.spans) if start >= cue_start and sentence.words[i] is words[0]), None)
    if first is None:
        return []
    informing = language_words(lang, "informing_words")
    at = next((i for i, w in enumerate(words) if _said_as(w) & informing), None)
    if at is None:
        run = list(sentence.words[first:])
        at = next((i for i, w in enumerate(run) if _said_as(w) & informing), None)
        if at is None or any(_ends_a_cause(run, i, lang) for i in range(1, at)):
            return []
        words = run
    if not at:
        return []
    polite = language_words(lang, "polite_pronouns")
    # the reader told («Ви уведомяваме», «Вам сообщаем») is no matter of theirs
    head = words[:at - 1] if _said_as(words[at - 1]) & polite else words[:at]
    if not head:
        return []
    before = text[sentence.spans[first][0]:sentence.spans[first + len(head) - 1][1]]
    named = any(v.required for v in fact_values(before, lang)) or any(_said_as(w) & polite for w in head)
    return head if named else []


def _said_as(word: WordAnalysis) -> frozenset[str]:
    return frozenset(fold_case(x) for x in (word.form, *_lemmas(word)))


def _clause_of(words: list[WordAnalysis], lang: str, stop: frozenset[str]) -> Clause:
    return tuple(dict.fromkeys(_stems(w, lang) for w in words if _is_content(w, stop, lang)))


def _content_stems(sentence: Sentence, lang: str, stop: frozenset[str]) -> Clause:
    return tuple(dict.fromkeys(_stems(w, lang) for w in sentence.words if _is_content(w, stop, lang)))


def _facts_in(sentence: str, lang: str) -> frozenset[Fact]:
    return frozenset(v.key for v in fact_values(sentence, lang) if v.required)


def _measures_in(text: str, sentence: Sentence, words: list[WordAnalysis], lang: str) -> frozenset[Fact]:
    """The measures and times the run of `words` in `sentence` names («до −41 °C», «прибыл в 17:10»): what a
    cause says, where an id or a bare number («вагона № 9», «размер 56») names the thing it befell and a span
    of time how long it lasted."""
    n = len(words)
    runs = range(len(sentence.words) - n + 1)
    start = next((k for k in runs if all(a is b for a, b in zip(sentence.words[k:k + n], words, strict=True))), None)
    if not n or start is None:
        return frozenset()
    end = sentence.spans[start + n - 1][1]
    # the figures in brackets right after the run are its own: «поради бързото охлаждане в пещта (80 минути вместо 6 часа)»
    figures = _FIGURES_AFTER.match(text, end)
    said = text[sentence.spans[start][0]:figures.end() if figures else end]
    return frozenset(
        v.key for v in fact_values(said, lang) if v.required and v.kind in _MEASURES and v.key[-1] not in TIME_UNITS
    )


def parts_by_sentence(text: str, lang: str) -> tuple[frozenset[str], ...]:
    """The parts whose cues each sentence of the text holds, a cue its part's `refused` cancels left out."""
    sentences = sentences_of(text, lang)
    refused = {(m.owner, m.sentence) for m in _part_index(lang, refusals=True).matches(sentences)}
    found: dict[int, set[str]] = {}
    for m in _part_index(lang).matches(sentences):
        if (m.owner, m.sentence) not in refused:
            found.setdefault(m.sentence, set()).add(m.owner)
    return tuple(frozenset(found.get(n, ())) for n in range(len(sentences)))


def facts_by_sentence(text: str, lang: str) -> tuple[frozenset[Fact], ...]:
    """The facts of each sentence of the text, by value, for `part_kept` to find a step's facts together."""
    return tuple(_facts_in(text[s.start:s.end], lang) for s in sentences_of(text, lang))


def _own_words(
    by_sentence: dict[int, dict[Clause, bool]], said: dict[int, Clause], besides: Clause = ()
) -> tuple[tuple[Clause, Clause], ...]:
    """Each clause with the words of it that no other sentence of the text has, nor `besides`."""
    own = []
    for n, clauses in by_sentence.items():
        elsewhere = frozenset().union(*(w for m, words in said.items() if m != n for w in words), *besides)
        own += [(clause, tuple(w for w in clause if not w & elsewhere)) for clause in clauses]
    return tuple(own)


def _said_nowhere_else(sentence: Clause, said: dict[int, Clause], besides: Clause = ()) -> Clause:
    """The words of a sentence that no other sentence of the text says, nor `besides`."""
    others = [words for words in said.values() if words != sentence] + [besides]
    return tuple(w for w in sentence if not any(w & x for words in others for x in words))


def _apologised_for(text: str, apology: Match, cue: Match, sentence: Sentence) -> bool:
    """A cause cue right after an apology says what the apology is for, not why it happened
    («выражает сожаление в связи с изменением Ваших планов», «Извиняваме се за прекъсването»), as does
    one that holds the apology («просим принять извинения за опоздание») or follows the participle that describes what
    it is for («извинения за неудобства, возникшие в связи с переносом работ»)."""
    if apology.sentence != cue.sentence:
        return False
    if cue.start <= apology.start and apology.end <= cue.end:
        return True
    if not apology.end <= cue.start:
        return False
    between = text[apology.end:cue.start]
    comma = between.rfind(",")
    if comma != -1 and _only_a_participle(sentence, apology.end + comma, cue.start):
        between = between[:comma]
    return len(between.split()) <= _APOLOGY_GAP and not _CLAUSE_END.search(between)


def _only_a_participle(sentence: Sentence, start: int, end: int) -> bool:
    """The sentence's words between the offsets are one participle («возникшие», «вызванные»)."""
    words = [w for w, (s, _) in zip(sentence.words, sentence.spans, strict=True) if start <= s < end]
    return len(words) == 1 and "#PRTF" in words[0].keys


def _content(part: str, by_sentence: dict[int, dict[Clause, bool]], with_remedy: set[int], said: dict[int, Clause]) -> PartContent:
    """A cause is told where the draft says what it does about none: «будет возвращена баллами» or
    «согласно рекомендации шеф-повара» in a step of the remedy says how, not why, unless the draft
    gives no other cause."""
    if part in BY_CLAUSE and set(by_sentence) - with_remedy:
        by_sentence = {n: clauses for n, clauses in by_sentence.items() if n not in with_remedy}
    clauses = {clause: opened for found in by_sentence.values() for clause, opened in found.items()}
    sentence_of = tuple((clause, said[n]) for n, found in by_sentence.items() for clause in found) if part in BY_CLAUSE else ()
    return PartContent(part, tuple(clauses), frozenset(c for c, opened in clauses.items() if opened), sentence_of)


def _clause_words(
    text: str, sentence: Sentence, start: int, end: int, stop: frozenset[str], lang: str,
) -> tuple[list[WordAnalysis], bool]:
    """The cue's words when it is one word («сбой»), then the words after it up to the clause's end;
    past it when the clause names only the failure («в связи с задержкой, вызванной ситуацией на
    дороге» says what caused the delay after the comma), or is an excuse a participle after the comma tells
    (`excuse_specifiers` in `language.yaml`: „поради независещи от нас обстоятелства, свързани с доставчика на
    редуктори“). And whether it opens with the cue's word."""
    inside = [i for i, (a, b) in enumerate(sentence.spans) if a >= start and b <= end]
    if not inside:
        return [], False
    words = [sentence.words[inside[0]]] if len(inside) == 1 else []
    ends = 0
    for i in range(inside[-1] + 1, len(sentence.words)):
        if _CLAUSE_END.search(text, sentence.spans[i - 1][1], sentence.spans[i][0]):
            ends += 1
            excuse = any(_stems(w, lang) & _excuse_stems(lang) for w in words)
            told = excuse and fold_case(sentence.words[i].form) in language_words(lang, "excuse_specifiers")
            if ends > 1 or (sum(_is_content(w, stop, lang) for w in words) >= SAYS_SOMETHING and not told):
                break
        words.append(sentence.words[i])
    return words, len(inside) == 1


def word_stems(text: str, lang: str) -> frozenset[str]:
    """The stems of every word of the agent's text, to tell what of a part a reply keeps."""
    return frozenset().union(*(_stems(w, lang) for s in sentences_of(text, lang) for w in s.words))


def stems_where_it_belongs(text: str, lang: str, cause: PartContent, tells_a_cause: bool = True) -> frozenset[str]:
    """The stems of the text's words that may tell the cause: all but the cause's own words (no other sentence of the
    draft says them) in a sentence that retells what the draft says happened after the cause, by its facts and none
    of the cause's, with no cause of its own («Акт обследования пришёл 24.09.2025» for the draft's later «акт получен
    24.09.2025», after its cause «несвоевременное поступление акта обследования»). A sentence with the facts of the
    failure before the cause may tell the cause with it. A text that `tells_a_cause` nowhere says in a sentence that
    says sorry what it is sorry for, the failure, and owns the fault in words of fault: when that sentence keeps none
    of the cause's own words by their letters, its words say the cause's by their letters only, not by their meaning
    («Простите, что выплата пришла не вовремя» for «несвоевременным поступлением акта»; «Это наша ошибка» for «ошибочно
    расценена как лежащая за границами»); nor does it tell the cause's own words in a step it asks of the reader
    («принесите подлинник справки к знаку „Отличник“» for «отсутствует подлинник справки к знаку „Отличник“»)."""
    own = frozenset().union(*(w for _, words in cause.own_words for w in words))
    told = frozenset().union(*(w for c, words in cause.own_words if c in cause.clauses for w in words))
    sentences = sentences_of(text, lang)
    by_letters: dict[int, list[tuple[int, int]]] = {}
    if not tells_a_cause:
        for m in _apology_index(lang).matches(sentences):
            sorry = sentences[m.sentence]
            if _says_what_for(text, sorry, m.end, lang):
                by_letters.setdefault(m.sentence, []).append((sorry.start, _what_for_end(text, sorry, m.end)))
        for m in _apology_index(lang, admission=True).matches(sentences):
            by_letters.setdefault(m.sentence, []).append((m.start, m.end))
    asked = set() if tells_a_cause else {
        n for n, parts in enumerate(parts_by_sentence(text, lang)) if _asks_a_step(sentences[n], parts)
    }
    found: frozenset[str] = frozenset()
    for n, sentence in enumerate(sentences):
        stems = frozenset().union(*(_stems(w, lang) for w in sentence.words))
        if n in asked:
            found |= stems - own
            continue
        if n in by_letters and not any(s in stems and not s.startswith(_MEANING) for s in told):
            stems = frozenset().union(*(
                {s for s in _stems(w, lang) if not (s.startswith(_MEANING) and any(a <= at < b for a, b in by_letters[n]))}
                for w, (at, _) in zip(sentence.words, sentence.spans, strict=True)
            ))
        said = text[sentence.start:sentence.end]
        facts = _facts_in(said, lang)
        since = bool(facts & cause.facts_after) and not facts & cause.facts_beside
        found |= stems - own if since and "explanation" not in part_contents(said, lang) else stems
    return found


def _asks_a_step(sentence: Sentence, parts: frozenset[str]) -> bool:
    """A step of the remedy asked of the reader by a verb in the imperative, with no cause or apology beside it
    («Пришлите, пожалуйста, чек об оплате заказа»): it names what the reader brings, not why it is needed."""
    return "remedy" in parts and not parts & _TOLD_BESIDE_A_STEP and any(map(_imperative, sentence.words))


def _imperative(word: WordAnalysis) -> bool:
    """A verb read only as the imperative («пришлите», «принесите»): not a word of another kind or tense that shares its
    letters («день», «при», «пришли» in the past), nor the future said to the reader («вы получите»)."""
    return bool(word.parses) and all(p.tags >= _IMPERATIVE for p in word.parses)


def _says_what_for(text: str, sentence: Sentence, sorry_end: int, lang: str) -> bool:
    """One of the two words after a sorry opens what it is sorry for (`sorry_for` in `language.yaml`: «Простите,
    что …», «Извините нас за …»), with no colon or dash before it to go on to what happened."""
    after = [i for i, (a, _) in enumerate(sentence.spans) if a >= sorry_end][:_APOLOGY_GAP]
    return any(
        fold_case(sentence.words[i].form) in language_words(lang, "sorry_for")
        and not _GOES_ON.search(text, sorry_end, sentence.spans[i][0])
        for i in after
    )


def _what_for_end(text: str, sentence: Sentence, sorry_end: int) -> int:
    """Where what a sorry is for ends: at a colon or a dash that goes on to tell what happened («Простите, что перенесли
    установку: кронштейна не было на складе»), or with its sentence."""
    goes_on = _GOES_ON.search(text, sorry_end, sentence.end)
    return goes_on.start() if goes_on else sentence.end


def content_words(text: str, lang: str) -> Clause:
    """The text's content words, each as its stems, to tell how much of a sentence another says again."""
    stop = _stop_words(lang)
    return tuple(w for s in sentences_of(text, lang) for w in _content_stems(s, lang, stop))


def content_stems(text: str, lang: str) -> frozenset[str]:
    """The stems of the text's content words, to tell a phrase said again in other words («извините за неудобства»
    for «причинённые неудобства»)."""
    stop = _stop_words(lang)
    return frozenset().union(*(_stems(w, lang) for s in sentences_of(text, lang) for w in s.words if _is_content(w, stop, lang)))


@cache
def _excuse_stems(lang: str) -> frozenset[str]:
    return frozenset(fold_case(w)[:_STEM] for w in load_language_data(lang).get("excuse_words", []))


def _lemmas(word: WordAnalysis) -> frozenset[str]:
    return frozenset(p.lemma for p in word.parses) or frozenset({word.form})


def _stems(word: WordAnalysis, lang: str) -> frozenset[str]:
    """The first letters of the word's form and lemmas (past a prefix such as «не»), and the groups of words
    of the same meaning it belongs to (`same_meaning` in `language.yaml`)."""
    said = (word.form, *_lemmas(word))
    groups = {f"{_MEANING}{n}" for x in said for n in _same_meaning(lang).groups_of(x)}
    stems = {x[:_STEM + _prefix_length(x, lang)] for x in said} | groups | _short_roots(_lemmas(word), lang)
    return frozenset(stems | _compound_stems(fold_case(word.form), lang))


@cache
def _compound_stems(form: str, lang: str) -> frozenset[str]:
    """A compound shortened from an adjective and a word (`compound_heads` in `language.yaml`: «автопуск» of
    «автоматический пуск», «техосмотр» of «технический осмотр») says both: the stems of the adjectives its head
    stands for, and of the word it ends on when that is a word of its own of `_COMPOUND_TAIL` letters or more."""
    for head, adjectives in _compound_heads(lang).items():
        tail = form[len(head):]
        if form.startswith(head) and len(tail) >= _COMPOUND_TAIL and language_tools(lang).morphology.is_known(tail):
            lemmas = _lemmas(language_tools(lang).morphology.analyze(tail))
            return frozenset(x[:_STEM] for x in (tail, *lemmas, *adjectives))
    return frozenset()


@cache
def _compound_heads(lang: str) -> dict[str, tuple[str, ...]]:
    return {head: tuple(words) for head, words in load_language_data(lang).get("compound_heads", {}).items()}


def _short_roots(lemmas: frozenset[str], lang: str) -> set[str]:
    """The root of a word shorter than a stem, shared by its noun and its adjective (`adjective_suffixes` in
    `language.yaml`: «зима» and «зимен», «нощ» and «нощен»), which their first letters do not tell; a noun's root is
    its lemma without the vowels it ends on (`root_vowels`)."""
    suffixes, vowels = _root_endings(lang)
    if not suffixes:
        return set()
    roots = set()
    for lemma in lemmas:
        suffix = next((s for s in suffixes if lemma.endswith(s)), "")
        root = lemma[: len(lemma) - len(suffix)] if suffix else lemma.rstrip(vowels)
        if _ROOT_LEAST <= len(root) < _STEM and (suffix or len(lemma) < _STEM):
            roots.add(f"√{root}")
    return roots


@cache
def _root_endings(lang: str) -> tuple[tuple[str, ...], str]:
    data = load_language_data(lang)
    return tuple(data.get("adjective_suffixes", [])), "".join(data.get("root_vowels", []))


def _prefix_length(word: str, lang: str) -> int:
    """The letters of a prefix the stem reaches past (`stem_prefixes` in `language.yaml`): «неисправность»
    and «неиспользованный» share their first five letters, not a stem."""
    return max((len(p) for p in _stem_prefixes(lang) if word.startswith(p)), default=0)


@cache
def _stem_prefixes(lang: str) -> frozenset[str]:
    return language_words(lang, "stem_prefixes")


@dataclass(frozen=True)
class _MeaningGroups:
    """The groups of words of the same meaning, by entry: a word is in a group when it is one of its entries,
    or begins with an entry of a stem's length or more («возврат» for «возвратим»). Found by the word's first
    letters, not by a walk through every group: the guards ask for every word of every reply."""

    whole: dict[str, frozenset[int]]
    by_stem: dict[str, tuple[tuple[str, int], ...]]

    def groups_of(self, word: str) -> frozenset[int]:
        begun = {n for entry, n in self.by_stem.get(word[:_STEM], ()) if word.startswith(entry)}
        return self.whole.get(word, frozenset()) | begun


@cache
def _same_meaning(lang: str) -> _MeaningGroups:
    groups = [[fold_case(w) for w in group] for group in load_language_data(lang).get("same_meaning", [])]
    whole: dict[str, set[int]] = {}
    by_stem: dict[str, list[tuple[str, int]]] = {}
    for n, group in enumerate(groups):
        for entry in group:
            whole.setdefault(entry, set()).add(n)
            if len(entry) >= _STEM:
                by_stem.setdefault(entry[:_STEM], []).append((entry, n))
    return _MeaningGroups({e: frozenset(ns) for e, ns in whole.items()}, {k: tuple(v) for k, v in by_stem.items()})


def _is_content(word: WordAnalysis, stop: frozenset[str], lang: str) -> bool:
    """A word of three letters or more that is no stop word; a compound with a hyphen counts
    («банк-корреспондент»), not a preposition or a particle joined by one («из-за», «по-бързо»). A form listed in
    `content_forms` (`language.yaml`) says something of its own though its lemma is a stop word („времето“, the weather)."""
    pieces_are_words = all(piece.isalpha() and len(piece) > 2 for piece in word.form.split("-"))
    if fold_case(word.form) in language_words(lang, "content_forms"):
        return pieces_are_words
    return pieces_are_words and word.form not in stop and not _lemmas(word) & stop
