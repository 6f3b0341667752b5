"""Where the parts of a clause lie, for the fixes that rebuild it: where a clause and its passive begin,
the object or amount after the verb, an agent named after it, marks that close a bracket or a quote."""
from __future__ import annotations

import re
from typing import Any

from .edits import Context, Edit, clause_surfaces, original, replacement, spelled_like, surfaces
from .inflection import agrees_with, govern_phrase, is_proper, nominal_parses
from .matching import Sentence
from .normalize import fold_case

# A clause opens after a punctuation mark or a conjunction («…, что возврат будет осуществлён»).
_CLAUSE_OPENERS = frozenset({"CONJ"})
# A stop, with the brackets and quotes that close before it or after it, ending the gap before a word.
_STOP_BEFORE = re.compile(r"[.!?…][»\"')\]]*\s+$")
# How many words of its own a passive may take before a conjunction adds another predicate to its subject.
_OWN_WORDS = 6
_PREDICATES = frozenset({"VERB", "PRTS", "INFN"})
# Marks that close a bracket or a quote inside the subject, which stay when the passive after them goes.
_CLOSING_MARKS = ")]»“”\"'"
# The case of the agent a passive names («курьером», «нами»).
AGENT_CASE = "ablt"


def passive_opening(sentence: Sentence, first: int, last: int, context: Context) -> int | None:
    """«(Нами) была проведена проверка карты»: where a participle that comes before its subject opens the words
    the rebuild replaces (its auxiliary, and «нами», the company as agent), or None when the clause opens with
    its subject, or with anything but an adverb or a phrase with a preposition."""
    morphology, grammar = context.morphology, context.grammar
    opening = last
    while opening > first:
        if _our_body_before(sentence, first, opening, context):
            opening -= 2
            continue
        parse = morphology.parses(surfaces(context, sentence, opening - 1, opening - 1)[0])[0]
        if not (fold_case(parse.normal_form) in grammar.passive_auxiliaries and parse.tag.POS == "VERB"
                or parse.tag.POS == "NPRO" and {"1per", "plur", "ablt"} <= parse.tag.grammemes):
            break
        opening -= 1
    parses = [morphology.parses(w)[0] for w in surfaces(context, sentence, first, opening - 1)] if first < opening else []
    if parses and not (parses[0].tag.POS == "PREP" or all(p.tag.POS in {"ADVB", "CONJ"} for p in parses)):
        return None
    return opening


def _our_body_before(sentence: Sentence, first: int, opening: int, context: Context) -> bool:
    """«…нашим предприятием осуществляется модернизация»: right before word `opening`, «наш» and a thing in the
    instrumental, the company naming itself as the agent, as «нами» does (a person or a partner, «нашим
    подрядчиком», is animate and another doer)."""
    if opening - 2 < first:
        return False
    morphology, ours = context.morphology, context.grammar.our_possessives
    mine, body = surfaces(context, sentence, opening - 2, opening - 1)
    return any(fold_case(p.normal_form) in ours for p in nominal_parses(morphology, mine, AGENT_CASE)) and any(
        p.tag.POS == "NOUN" and "inan" in p.tag.grammemes for p in nominal_parses(morphology, body, AGENT_CASE))


def fronted_agent(sentence: Sentence, first: int, opening: int, context: Context) -> bool:
    """«Для решения вопроса специалистами отдела будет рассмотрена возможность»: a noun in the instrumental among
    the words fronted before the passive, with no preposition governing it (past its modifiers), names who acts:
    a new subject beside it would be a second doer («специалистами … мы рассмотрим»)."""
    morphology = context.morphology
    words = surfaces(context, sentence, first, opening - 1) if first < opening else []
    parses = [morphology.parses(w)[0] for w in words]
    for at, parse in enumerate(parses):
        if parse.tag.POS != "NOUN" or parse.tag.case != AGENT_CASE:
            continue
        before = at - 1
        while before >= 0 and any(p.tag.POS in {"ADJF", "PRTF", "NUMR"} for p in nominal_parses(morphology, words[before], AGENT_CASE)):
            before -= 1
        if before < 0 or parses[before].tag.POS != "PREP":
            return True
    return False


def after_closing_marks(sentence: Sentence, tail: int, context: Context) -> int | None:
    """Where the passive's words start to go: right after the subject's last word, or after the bracket or quote
    that closes it («чемодана Samsonite (квитанция № 0593) не был отремонтирован»: the «)» stays); None when
    other marks stand between them."""
    end = sentence.spans[tail - 1][1]
    marks = context.view.text[end:sentence.spans[tail][0]].strip()
    if marks.strip(_CLOSING_MARKS):
        return None
    return original(context, end, end + len(marks))[1]


def object_after(words: list[str], first: int, tail: int, context: Context) -> int | None:
    """Where the noun's genitive object opens: right after it, or after an adverb that qualifies its participle
    («возврат излишне списанных денег» → «вернём излишне списанные деньги»); None when no object follows, or a
    preposition the dictionary also reads as a rare noun opens what follows («удержание из залога суммы»)."""
    obj = first + 1
    if obj + 1 < tail and qualifies_participle(context.morphology, words[1], words[2]):
        obj += 1
    if obj >= tail or context.morphology.parses(words[obj - first])[0].tag.POS == "PREP":
        return None
    return obj if nominal_parses(context.morphology, words[obj - first], "gent") else None


def qualifies_participle(morphology: Any, word: str, after: str) -> bool:
    """An adverb before a participle of the noun phrase («полностью оплаченной», «излишне списанных», which
    the dictionary reads as a short adjective only): it stays with the participle when the phrase moves."""
    readings = morphology.parses(word)
    return all(p.tag.POS == "ADVB" or p.tag.POS == "ADJS" and "neut" in p.tag for p in readings) and any(
        p.tag.POS == "PRTF" for p in morphology.parses(after)
    )


def clause_start(sentence: Sentence, first: int, context: Context) -> int:
    """The first word of the clause word `first` is in: after a punctuation mark, or (told by grammemes) a conjunction."""
    while first > 0:
        if context.view.text[sentence.spans[first - 1][1]:sentence.spans[first][0]].strip(" .«»\"\u00a0"):
            return first
        if context.morphology.has_grammemes:
            parses = context.morphology.parses(surfaces(context, sentence, first - 1, first - 1)[0])
            if parses and parses[0].tag.POS in _CLAUSE_OPENERS:
                return first
        first -= 1
    return first


def opens_sentence(sentence: Sentence, first: int, context: Context) -> bool:
    """Whether word `first` opens a sentence: the sentence's first word, or one after a stop the splitter kept
    inside it («…(каб. 210). Ваше обращение…»: the bracket hid the stop)."""
    if first == 0:
        return True
    gap = context.view.text[sentence.spans[first - 1][1]:sentence.spans[first][0]]
    return bool(_STOP_BEFORE.search(gap))


def moved_object(
    sentence: Sentence, first: int, tail: int, lead: str, participle: Any, rule_id: str, context: Context
) -> tuple[list[Edit], list[Edit] | str]:
    """«Сумма будет возвращена» → «Мы вернём сумму»: the subject, in the accusative, follows the new verb."""
    morphology = context.morphology
    phrase = govern_phrase(morphology, clause_surfaces(context, sentence, first), "nomn", "accs")
    if isinstance(phrase, str):
        return [], phrase
    head = surfaces(context, sentence, first + len(phrase) - 1, first + len(phrase) - 1)[0]
    if first + len(phrase) > tail or not any(agrees_with(p, participle) for p in nominal_parses(morphology, head, "nomn")):
        return [], "the subject does not agree with its participle"
    if len(phrase) == 1 and amount_after(sentence, first, tail, context):
        start, _ = original(context, *sentence.spans[first])
        lead = lead[:1].upper() + lead[1:] if opens_sentence(sentence, first, context) and context.text[start:start + 1].isupper() else lead
        return [replacement(*sentence.spans[first], lead, rule_id, context)], []
    edits = []
    for offset, new in enumerate(phrase):
        start, end = original(context, *sentence.spans[first + offset])
        old = context.text[start:end]
        new = spelled_like(context, new)
        if offset == 0:
            opening = opens_sentence(sentence, first, context) and old[:1].isupper()
            # «Ваша заявка будет рассмотрена» → «Мы рассмотрим Вашу заявку»: a polite possessive further in is
            # written as the reply writes the others («Вам», «вас»); when that cannot be told, the fix steps aside
            polite = opening and context.polite_capital is not None and context.is_polite_pronoun(new)
            if opening and not polite and any("Apro" in p.tag.grammemes for p in morphology.parses(new)):
                return [], "cannot tell whether a possessive opening the sentence keeps its capital further in"
            if opening and not morphology.is_known(new):
                return [], "cannot tell whether the word opening the sentence is a name"
            proper = old[:1].isupper() and (not opening or is_proper(morphology, new) or polite and bool(context.polite_capital))
            new = new[:1].upper() + new[1:] if proper else new
            lead = lead[:1].upper() + lead[1:] if opening else lead
            edits.append(Edit(start, end, f"{lead} {new}", rule_id))
        elif new != old:
            edits.append(Edit(start, end, new[:1].upper() + new[1:] if old[:1].isupper() else new, rule_id))
    return edits, []


def amount_after(sentence: Sentence, at: int, tail: int, context: Context) -> bool:
    """«Возврат денег 890 руб. будет произведён»: a noun that only names money, right before an amount;
    the amount is the object by itself («мы вернём 890 руб.», not «мы вернём деньги 890 руб.»)."""
    if at + 1 >= tail or context.view.text[sentence.spans[at][1]:sentence.spans[at + 1][0]].strip():
        return False
    parses = context.morphology.parses(surfaces(context, sentence, at, at)[0])
    number = context.view.text[slice(*sentence.spans[at + 1])]
    nouns = {fold_case(p.normal_form) for p in parses if p.tag.POS == "NOUN"}
    return number[:1].isdigit() and bool(nouns) and nouns <= context.grammar.amount_nouns


def only_an_amount(sentence: Sentence, at: int, tail: int, context: Context) -> bool:
    """Whether the words `at`..`tail - 1` are one amount with its currency and nothing else («3 600 ₽»,
    «1 200 руб.»), read as the fact checks read it; «3 заказов» is no amount."""
    return at < tail and context.is_amount(context.view.text[sentence.spans[at][0]:sentence.spans[tail - 1][1]])


def followed_by_agent(sentence: Sentence, last: int, context: Context) -> bool:
    """«произведено платёжной системой», «осуществлён быть не может»: an agent or a verb right after the participle,
    or after its adverbs («осуществлена автоматически системой комплектации»)."""
    while True:
        if last + 1 >= len(sentence.words) or context.view.text[sentence.spans[last][1]:sentence.spans[last + 1][0]].strip():
            return False
        after = surfaces(context, sentence, last + 1, last + 1)[0]
        if context.morphology.parses(after)[0].tag.POS != "ADVB":
            break
        last += 1
    parses = context.morphology.parses(after)
    return bool(nominal_parses(context.morphology, after, AGENT_CASE)) or parses[0].tag.POS in {"VERB", "INFN"}


def _after_own_words(sentence: Sentence, last: int, context: Context) -> int:
    """The word after a passive's own words, which may come first unbroken by a mark («зарегистрировано под
    № 0493 и передано»): at most `_OWN_WORDS` of them, none a predicate or a conjunction."""
    word, end = last + 1, min(last + _OWN_WORDS, len(sentence.words) - 1)
    while word < end:
        pos = context.morphology.parses(surfaces(context, sentence, word, word)[0])[0].tag.POS
        gap = context.view.text[sentence.spans[word][1]:sentence.spans[word + 1][0]]
        if pos in _PREDICATES | {"CONJ"} or gap.strip(" №\u00a0"):
            break
        word += 1
    return word


def shares_its_subject(sentence: Sentence, last: int, context: Context) -> bool:
    """«Обращение зарегистрировано и будет рассмотрено»: a conjunction after the passive (and its own words), then (past adverbs,
    particles and the passive's auxiliary) a second passive or a verb not in the first person. Made active, the
    first would take the subject as its object and leave the second with none («Мы зарегистрировали обращение
    и будет рассмотрено»)."""
    morphology, auxiliaries = context.morphology, context.grammar.passive_auxiliaries
    if last + 1 >= len(sentence.words):
        return False
    conjunction = _after_own_words(sentence, last, context)
    words = surfaces(context, sentence, conjunction, min(conjunction + 3, len(sentence.words) - 1))
    if morphology.parses(words[0])[0].tag.POS != "CONJ":
        return False
    for word in words[1:]:
        parse = morphology.parses(word)[0]
        if parse.tag.POS in {"ADVB", "PRCL"} or fold_case(parse.normal_form) in auxiliaries:
            continue
        return parse.tag.POS == "PRTS" or (parse.tag.POS == "VERB" and parse.tag.person != "1per")
    return False
