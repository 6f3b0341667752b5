"""Russian agreement for fixes, on pymorphy3: put a word or a noun phrase into the form it needs.

Every function returns the new words, or a reason when the form cannot be told for sure; a fix
that gets a reason is skipped, never guessed.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import product
from typing import Any

_NOMINAL = frozenset({"NOUN", "ADJF", "PRTF", "NPRO", "NUMR"})
_HEADS = frozenset({"NOUN", "NPRO"})
_MODIFIERS = frozenset({"ADJF", "PRTF", "NUMR"})
# Readings that are noise in support mail: «при» as an archaic noun, «в» as an abbreviation.
_NOISE = frozenset({"Arch", "Abbr", "Fixd"})


def nominal_parses(morphology: Any, surface: str, case: str | None = None) -> list:
    return [
        p for p in morphology.parses(surface)
        if p.tag.POS in _NOMINAL and p.tag.case and not (_NOISE & p.tag.grammemes) and case in (None, p.tag.case)
    ]


def govern_phrase(morphology: Any, surfaces: Sequence[str], source: str | None, target: str) -> list[str] | str:
    """The noun phrase opening `surfaces` put into `target`: modifiers agree with the noun that ends it.

    A word read as an adjective is a modifier when a nominal word follows it («новыми правилами»).
    The phrase's case is `source` when the old preposition tells it; otherwise every reading that
    agrees is tried, and the fix goes ahead only if they all give the same words.
    """
    readings: list[list] = []
    for position, surface in enumerate(surfaces[:5]):
        parses = nominal_parses(morphology, surface, source)
        if not parses:
            return "cannot find the noun phrase the new words govern"
        readings.append(parses)
        followed = position + 1 < len(surfaces) and nominal_parses(morphology, surfaces[position + 1], source)
        if any(p.tag.POS in _MODIFIERS for p in parses) and followed:
            continue
        if position + 1 < len(surfaces) and not any(p.tag.POS in _HEADS or "Apro" in p.tag.grammemes for p in parses):
            # «с поступившей от вас жалобой»: a participle or adjective whose noun comes later, past its own words
            return "the noun phrase goes on past its modifier"
        if _modifier_after(morphology, surfaces, position, parses):
            return "an adjective after the noun agrees with it and would keep the old case"
        outcomes = {tuple(words) for words in _phrases_in_case(readings, target)}
        if len(outcomes) == 1:
            return list(outcomes.pop())
        return "the case or number of the noun phrase is ambiguous" if outcomes else "its words do not agree"
    return "the noun phrase is too long to rewrite safely"


def _modifier_after(morphology: Any, surfaces: Sequence[str], position: int, heads: list) -> bool:
    """«стружки древесной»: an adjective set after its noun, agreeing with it, with no noun of its own after it
    (a word that may be a noun itself, «оформления животного», is the noun's object)."""
    if position + 1 >= len(surfaces):
        return False
    parses = nominal_parses(morphology, surfaces[position + 1])
    after = [p for p in parses if p.tag.POS in ("ADJF", "PRTF")]
    if any(p.tag.POS in _HEADS for p in parses) or not any(_modifiers_for(after, head) for head in heads if head.tag.POS in _HEADS):
        return False
    if position + 2 < len(surfaces):
        nouns = [p for p in nominal_parses(morphology, surfaces[position + 2]) if p.tag.POS in _HEADS]
        return not any(_modifiers_for(after, noun) for noun in nouns)
    return True


def _phrases_in_case(readings: list[list], target: str) -> Iterator[list[str]]:
    """Each agreeing reading of the phrase in `target`; an adjective with no noun after it stands for
    one («в связи с тем, что» → «из-за того, что»)."""
    heads = [p for p in readings[-1] if p.tag.POS in _HEADS] or readings[-1]
    for head in heads:
        # every lemma a modifier may be: «большим» is «большой» or «больший», and they part in another case
        for modifiers in product(*(_modifiers_for(parses, head) for parses in readings[:-1])):
            words = _in_case([*modifiers, head], target)
            if words is not None:
                yield words


def _modifiers_for(parses: list, head: Any) -> list:
    return [
        parse for parse in parses
        if parse.tag.POS in _MODIFIERS
        and parse.tag.case == head.tag.case
        and (parse.tag.number == head.tag.number or parse.tag.POS == "NUMR")
        and (head.tag.number != "sing" or parse.tag.gender in (None, head.tag.gender))
    ]


def _in_case(phrase: list, case: str) -> list[str] | None:
    """The phrase's words in `case`, number kept; modifiers take the noun's gender and animacy."""
    head = phrase[-1]
    words = []
    for parse in phrase:
        grammemes = {case}
        if parse.tag.number:
            grammemes.add(parse.tag.number)
        if parse is not head and parse.tag.number == "sing" and head.tag.gender:
            grammemes.add(head.tag.gender)
        if parse is not head and case == "accs" and head.tag.animacy:
            grammemes.add(head.tag.animacy)
        inflected = parse.inflect(grammemes) or parse.inflect({case})
        if inflected is None:
            return None
        words.append(inflected.word)
    return words


def inflect_like(morphology: Any, lemma: str, surfaces: Sequence[str]) -> str | None:
    """`lemma` in the form of the words it replaces: for a noun or adjective the case and number (and
    gender) of their head word; for a verb the same form of the same aspect («направлен» → «отправлен»)."""
    verb = morphology.lexeme_parse(lemma, frozenset({"INFN"}))
    if verb is not None and len(surfaces) == 1:
        return _verb_form_like(morphology, verb, surfaces[0])
    target = morphology.lexeme_parse(lemma, frozenset({"NOUN", "ADJF", "NPRO", "ADVB"}))
    if target is None:
        return None
    if target.tag.POS == "ADVB":
        return lemma
    wanted = {"NOUN"} if target.tag.POS == "NOUN" else {"ADJF"}
    for surface in reversed(surfaces):
        forms = {
            _agreeing_form(target, parse.tag)
            for parse in morphology.parses(surface)
            if parse.tag.POS in wanted and parse.tag.case and not (_NOISE & parse.tag.grammemes)
        }
        forms.discard(None)
        if len(forms) == 1:
            return forms.pop()
        if forms:
            return None
    return None


def modifies_next(morphology: Any, modifier: str, following: str | None) -> bool:
    """Whether `modifier`, read as an adjective, agrees with the word after it: «данным товарам» does,
    «данным сайта» («по данным» is the noun «данные») and «данным нашей системы» do not."""
    if following is None:
        return False
    adjectives = [p for p in morphology.parses(modifier) if p.tag.POS == "ADJF"]
    nominals = nominal_parses(morphology, following)
    return any(
        a.tag.case == n.tag.case and a.tag.number == n.tag.number
        and (a.tag.number == "plur" or n.tag.gender in (None, a.tag.gender) or n.tag.POS == "NPRO")
        for a in adjectives for n in nominals
    )


def _agreeing_form(target: Any, like: Any) -> str | None:
    grammemes = {like.case}
    if like.number:
        grammemes.add(like.number)
    if target.tag.POS == "ADJF" and like.number == "sing" and like.gender:
        grammemes.add(like.gender)
    if target.tag.POS == "ADJF" and like.case == "accs" and like.animacy:
        grammemes.add(like.animacy)
    inflected = target.inflect(grammemes) or target.inflect({like.case})
    return inflected.word if inflected is not None else None


_VERB_FORMS = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"})
_VERB_FORM_GRAMMEMES = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND", "past", "pres", "futr", "1per", "2per",
                                  "3per", "sing", "plur", "masc", "femn", "neut", "indc", "impr", "incl", "excl",
                                  "actv", "pssv", "nomn", "gent", "datv", "accs", "ablt", "loct", "anim", "inan"})


def _verb_form_like(morphology: Any, target: Any, surface: str) -> str | None:
    """The form of `target` that the verb form `surface` has, if all its readings agree on one."""
    forms = set()
    for parse in morphology.parses(surface):
        if parse.tag.POS not in _VERB_FORMS or parse.tag.aspect != target.tag.aspect:
            continue
        if parse.tag.POS == "INFN":
            forms.add(target.word)
            continue
        inflected = target.inflect(set(parse.tag.grammemes) & _VERB_FORM_GRAMMEMES)
        forms.add(inflected.word if inflected is not None else None)
    return forms.pop() if len(forms) == 1 else None


def verb_like(morphology: Any, lemma: str, light_verb: str) -> str | None:
    """`lemma` in the tense, person, number and mood of `light_verb`; None if that form is ambiguous."""
    target = morphology.lexeme_parse(lemma, frozenset({"INFN"}))
    if target is None:
        return None
    forms = set()
    for parse in morphology.parses(light_verb):
        if parse.tag.POS == "INFN":
            forms.add(target.word)
        elif parse.tag.POS == "VERB":
            inflected = target.inflect(_verb_grammemes(parse.tag))
            forms.add(inflected.word if inflected is not None else None)
    return forms.pop() if len(forms) == 1 else None


def aspect_of(morphology: Any, light_verb: str) -> str | None:
    aspects = {p.tag.aspect for p in morphology.parses(light_verb) if p.tag.POS in {"VERB", "INFN"}}
    return aspects.pop() if len(aspects) == 1 else None


def _verb_grammemes(tag: Any) -> set[str]:
    grammemes = {g for g in (tag.mood, tag.tense, tag.person, tag.number, tag.involvement) if g}
    if tag.tense == "past" and tag.number == "sing" and tag.gender:
        grammemes.add(tag.gender)
    return grammemes


def passive_participle(morphology: Any, surface: str) -> Any | None:
    """The short passive participle `surface` is («осуществлён»), if that is its only reading."""
    parses = morphology.parses(surface)
    found = [p for p in parses if p.tag.POS == "PRTS" and "pssv" in p.tag.grammemes]
    return found[0] if len(found) == len(parses) == 1 else None


def reflexive_passive(morphology: Any, surface: str) -> Any | None:
    """The reflexive verb in the present or past `surface` is («осуществляется», «проводились»), if that is its only reading."""
    parses = morphology.parses(surface)
    if len(parses) != 1 or parses[0].tag.POS != "VERB" or parses[0].tag.tense not in ("pres", "past"):
        return None
    return parses[0] if parses[0].normal_form.endswith("ся") and parses[0].tag.person in (None, "3per") else None


def agrees_with(parse: Any, predicate: Any) -> bool:
    """A nominative subject agrees with its participle or verb in number, and in gender when that tells one."""
    if parse.tag.case != "nomn" or parse.tag.number != predicate.tag.number:
        return False
    return parse.tag.number == "plur" or predicate.tag.gender is None or parse.tag.gender == predicate.tag.gender


def finite_form(morphology: Any, lemma: str, subject: str, tense: str) -> str | None:
    """`lemma` in `tense`, agreeing with the pronoun `subject`: a perfective in futr or past («мы» → «вернём»,
    «вернули»), an imperfective in pres or past («возвращаем», «возвращали»); a verb of both aspects in either
    («модернизируем»). The dictionary has the present of imperfectives alone, and the simple future of perfectives."""
    target = morphology.lexeme_parse(lemma, frozenset({"INFN"}))
    pronouns = [p for p in morphology.parses(subject) if p.tag.POS == "NPRO" and p.tag.person and p.tag.number]
    if target is None or len(pronouns) != 1:
        return None
    person, number = pronouns[0].tag.person, pronouns[0].tag.number
    if tense == "past" and number == "sing":
        return None  # «я», «он» would need a gender the pronoun does not tell
    inflected = target.inflect({person, number, tense} if tense != "past" else {"past", number})
    return inflected.word if inflected is not None and inflected.tag.tense == tense else None


def imperative_of(morphology: Any, infinitive: str) -> str | None:
    """The polite (plural) imperative of an infinitive that has no other reading: «связаться» → «свяжитесь»."""
    parses = morphology.parses(infinitive)
    if len(parses) != 1 or parses[0].tag.POS != "INFN":
        return None
    inflected = parses[0].inflect({"impr", "excl", "plur"})
    return inflected.word if inflected is not None else None


# The readings of a name, a place, an organisation, a trade mark or an abbreviation.
PROPER_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"})


def is_proper(morphology: Any, word: str) -> bool:
    """Whether some reading of the word is a name, a place, an organisation or an abbreviation; not a
    preposition, conjunction or particle first of all, whose rare readings as a name («По», «И») are noise."""
    parses = morphology.parses(word)
    if parses and parses[0].tag.POS in {"PREP", "CONJ", "PRCL"}:
        return False
    return any(PROPER_GRAMMEMES & p.tag.grammemes for p in parses)
