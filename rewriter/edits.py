"""Edits of the exact input, and what every fix kind needs to make them: the words as written, their
spans in the original text, and a noun phrase put into a case with its modifiers agreeing."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .inflection import govern_phrase, nominal_parses
from .matching import Match, Sentence
from .normalize import MatchView, fold_case

if TYPE_CHECKING:
    from .nlp import Grammar


@dataclass(frozen=True)
class Edit:
    """Replace `text[start:end]` of the input with `new`; `drops_sentence` when a whole sentence goes (or a
    formula at its end: either may take the last cue of a reply part with it)."""

    start: int
    end: int
    new: str
    rule: str
    drops_sentence: bool = False


@dataclass(frozen=True)
class Context:
    text: str
    view: MatchView
    sentences: tuple[Sentence, ...]
    morphology: Any
    grammar: Grammar
    # whether a phrase is one amount with its currency and nothing else («3 600 ₽»), as the fact checks read it
    is_amount: Callable[[str], bool] = lambda phrase: False
    # the pass's matches of every rule, by where they start: a fix may yield to another's in its sentence
    matches: tuple[Match, ...] = ()

    @cached_property
    def writes_yo(self) -> bool:
        """Whether the reply writes «ё»: its words with «ё» outnumber (or tie) those where it writes «е» for one."""
        words = _CYRILLIC_WORD.findall(self.text.lower())
        with_yo = sum("ё" in w for w in words)
        if not with_yo:
            return False
        without = sum(_with_yo(self.morphology, w) != w for w in set(words) if "е" in w and "ё" not in w)
        return with_yo >= without

    @cached_property
    def polite_capital(self) -> bool | None:
        """Whether the reply writes the polite pronouns («Вы», «Вам», «Ваш») with a capital inside a sentence (True)
        or in small letters (False); None when it writes them both ways, or never inside a sentence."""
        ways = self._polite_ways(self.text)
        return ways.pop() if len(ways) == 1 else None

    def polite_capital_outside(self, start: int, end: int) -> bool:
        """Whether the reply writes a polite pronoun with a capital inside a sentence outside `text[start:end]`:
        a formal letter's register («пришлём Вам»), which a formula's own «Вашем» does not show."""
        return True in self._polite_ways(self.text[:start]) | self._polite_ways(self.text[end:])

    def is_polite_pronoun(self, word: str) -> bool:
        """Whether the word is a form of a pronoun a letter capitalises out of politeness («Вашу», „Ви“), in
        either language: by the lemmas of its analysis, which both morphologies give."""
        return any(p.lemma in self.grammar.polite_pronouns for p in self.morphology.analyze(fold_case(word)).parses)

    def _polite_ways(self, text: str) -> set[bool]:
        return {
            found.group(1)[:1].isupper()
            for found in _MID_SENTENCE_WORD.finditer(text)
            if self.is_polite_pronoun(found.group(1))
        }


def spelled_like(context: Context, words: str) -> str:
    """New words spelled as the reply spells «ё»: a reply that mostly writes «е» for it gets «е»
    («вернем»), one that writes «ё» gets «ё» where the dictionary has it (pymorphy3 always writes it), but not in
    a form the dictionary misspells with it (`wrong_yo` in `language.yaml`: «сбоёв»)."""
    if not any(letter in words for letter in "ёЁеЕ"):
        return words
    if not context.writes_yo:
        return words.replace("ё", "е").replace("Ё", "Е")
    return _CYRILLIC_WORD.sub(lambda m: _yo_as_written(context.morphology, m.group()), words)


def _yo_as_written(morphology: Any, word: str) -> str:
    """The word with «ё» where the dictionary has it (`_with_yo`), and with «е» where it misspells it (`wrong_yo`)."""
    from .rules import language_words  # the rule packs build their fixes from this module

    if fold_case(word) in language_words("ru", "wrong_yo"):
        return word.replace("ё", "е").replace("Ё", "Е")
    return _with_yo(morphology, word)


# Words that show the clause has gone on past the governed phrase: no conjunct of it is looked for beyond them.
_CLAUSE_VERBS = frozenset({"VERB", "INFN", "PRTS", "GRND"})
# The preposition of the instrumental a conjunct may repeat, keeping its case: «в связи с туманом и с ремонтом».
_OLD_PREPOSITIONS = frozenset({"с", "со"})
# The marks around a name in quotes («заказчика ОАО «РЖД» и графиком»): the name goes with the noun before it.
_QUOTE_MARKS = "«»„“”\""
_CYRILLIC_WORD = re.compile(r"[а-яёА-ЯЁ]+")
# A word inside a sentence: after a letter, and a comma or the like, and spaces.
_MID_SENTENCE_WORD = re.compile(r"(?<=[^\W\d_])[,;:]?[ \t]+([^\W\d_]+)")


def _with_yo(morphology: Any, word: str) -> str:
    """The word with «ё» where every reading of it has one («еще» → «ещё»; «все» stays)."""
    if "ё" in word.lower() or "е" not in word.lower():
        return word
    forms = {p.word for p in morphology.parses(word.lower())}
    if len(forms) != 1 or "ё" not in next(iter(forms)) or len(next(iter(forms))) != len(word):
        return word
    return "".join(n.upper() if o.isupper() else n for o, n in zip(word, forms.pop(), strict=True))


def original(context: Context, start: int, end: int) -> tuple[int, int]:
    return context.view.span(start, end)


def replacement(start: int, end: int, new: str, rule_id: str, context: Context) -> Edit:
    """An edit of a view span that keeps a capital where the old words had one.

    A deleted span takes the spaces after it, and hands its capital to the word that follows; one that starts
    right after a word (its comma, «това, в знак …,») leaves them, so the words either side stay apart. New words
    put where a small letter stood, or a polite pronoun's capital inside a sentence, start small («Уважаемый Иван,
    благодарим…» → «…, спасибо, что…»); new words that open with a polite pronoun keep the old one's capital.
    """
    o_start, o_end = original(context, start, end)
    text = context.text
    new = polite_as_written(new, context)
    polite = text[o_start:o_start + 1].isupper() and _polite_inside(context, o_start)
    capital = text[o_start:o_start + 1].isupper() and not polite
    if new:
        opens_polite = context.is_polite_pronoun(new.split()[0])
        if capital or (polite and opens_polite):
            new = new[:1].upper() + new[1:]
        elif text[o_start:o_start + 1].isalpha() and new[1:2].islower() and not opens_polite:
            new = new[:1].lower() + new[1:]
        return _with_preposition_agreeing(Edit(o_start, o_end, new, rule_id), context)
    glued = o_start > 0 and not text[o_start - 1].isspace() and not text[o_start].isspace()
    while not glued and text[o_end:o_end + 1] in (" ", "\t"):
        o_end += 1
    if capital and text[o_end:o_end + 1].isalpha():
        return Edit(o_start, o_end + 1, text[o_end].upper(), rule_id)
    return Edit(o_start, o_end, "", rule_id)


def polite_as_written(new: str, context: Context) -> str:
    """New words whose polite pronouns after the first word are written as the reply writes them: small in a reply
    that writes them small («Благодарим Вас» → «Благодарим вас», „благодарим Ви, че“ → „благодарим ви, че“)."""
    if context.polite_capital is not False:
        return new
    return re.sub(r"(?<=\s)[^\W\d_]+", lambda word: word[0].lower() if context.is_polite_pronoun(word[0]) else word[0], new)


def _polite_inside(context: Context, start: int) -> bool:
    """Whether the word at `start` is a polite pronoun with its capital inside a sentence («Благодарим Вас за…»):
    a capital of politeness, which the word after it does not take on when it goes («Благодарим за…»)."""
    for found in _MID_SENTENCE_WORD.finditer(context.text, max(0, start - 40)):
        if found.start(1) >= start:
            return found.start(1) == start and context.is_polite_pronoun(found.group(1))
    return False


def capital_handed_on(edits: list[Edit]) -> list[Edit]:
    """A fix's edits with a deleted span's capital handed to the words another of its edits writes in place of
    the next word («В адрес клиента» → «Клиенту», not «Кклиенту»): `replacement` hands the capital on by
    taking the next word's first letter, which that other edit rewrites whole."""
    starts = {edit.start: edit for edit in edits}
    handed = {
        edit: starts[edit.end - 1] for edit in edits
        if len(edit.new) == 1 and edit.new.isupper() and edit.end - 1 in starts and starts[edit.end - 1] is not edit
    }
    if not handed:
        return edits
    takers = set(handed.values())
    return [
        replace(edit, end=edit.end - 1, new="") if edit in handed
        else replace(edit, new=edit.new[:1].upper() + edit.new[1:]) if edit in takers
        else edit
        for edit in edits
    ]


def _with_preposition_agreeing(edit: Edit, context: Context, following: str | None = None) -> Edit:
    """Extend the edit over the preposition before it when the word that now follows it changes its form
    (о → об): the edit's new words, or `following` (what comes after an edit that deletes)."""
    before = re.search(r"(?<!\w)(\w+)(\s+)$", context.text[max(0, edit.start - 8):edit.start])
    if not before:
        return edit
    word, space = before.group(1), before.group(2)
    after = edit.new if following is None else following
    for rule in context.grammar.euphony:
        if word.lower() == rule.word and rule.before.search(after):
            becomes = rule.becomes.capitalize() if word[:1].isupper() else rule.becomes
            start = edit.start - len(space) - len(word)
            return replace(edit, start=start, new=becomes + space + edit.new)
    return edit


def prepositions_agreeing(edits: list[Edit], context: Context) -> list[Edit]:
    """A fix's edits with the preposition before a deleted word agreeing with the word that now follows it
    («о проведении общего собрания» → «об общем собрании»): that word is another of its edits' new words,
    or the text after the deletion."""
    starts = {edit.start: edit for edit in edits}
    agreed = []
    for edit in edits:
        if not edit.new:
            following = starts.get(edit.end)
            after = following.new if following is not None else context.text[edit.end:edit.end + 40].lstrip()
            edit = _with_preposition_agreeing(edit, context, after)
        else:
            edit = replace(edit, new=_new_words_agreeing(edit, starts, context))
        agreed.append(edit)
    return agreed


def _new_words_agreeing(edit: Edit, starts: dict[int, Edit], context: Context) -> str:
    """An edit's new words with each preposition among them agreeing with the word after it, inside them or
    past their end («по факту отказа» → «о» + «отказе» → «об отказе»)."""
    ahead = context.text[edit.end:edit.end + 8]
    space = ahead[:len(ahead) - len(ahead.lstrip())]
    following = starts.get(edit.end + len(space))
    after = following.new if following is not None else context.text[edit.end + len(space):edit.end + 40]
    words = re.split(r"(\s+)", edit.new)
    for at in range(0, len(words), 2):
        rest = "".join(words[at + 2:]) if at + 2 < len(words) else (after if space else "")
        for rule in context.grammar.euphony:
            if words[at].lower() == rule.word and rest and rule.before.search(rest):
                words[at] = rule.becomes.capitalize() if words[at][:1].isupper() else rule.becomes
                break
    return "".join(words)


def surfaces(context: Context, sentence: Sentence, first: int, last: int) -> list[str]:
    """The words as written (lowercased, «ё» kept: «счёта» is not «счета»), for pymorphy3 to parse."""
    return [context.view.text[s:e].lower() for s, e in sentence.spans[first:last + 1]]


def clause_surfaces(context: Context, sentence: Sentence, first: int) -> list[str]:
    """The words from `first` up to the next punctuation mark: a noun phrase never crosses one."""
    words = surfaces(context, sentence, first, first)
    for index in range(first + 1, len(sentence.words)):
        if context.view.text[sentence.spans[index - 1][1]:sentence.spans[index][0]].strip():
            break
        words += surfaces(context, sentence, index, index)
    return words


def govern(
    sentence: Sentence, first: int, case: str, source: str | None, rule_id: str, context: Context
) -> list[Edit] | str:
    """Put the noun phrase from word `first` into `case`: modifiers agree, the phrase ends at its noun. A phrase
    in the old case joined to it by «и» (`and_words`) is its conjunct and goes along («с ремонтом и заменой
    труб» → «из-за ремонта и замены труб»); where the conjunct cannot be put into the case, nothing is."""
    words = govern_phrase(context.morphology, clause_surfaces(context, sentence, first), source, case)
    if isinstance(words, str):
        return words
    if source is not None and _participle_after_comma(sentence, first + len(words), source, context):
        return "a participle after the comma agrees with the noun and would keep the old case"
    edits = _governed_edits(sentence, first, words, rule_id, context)
    conjunct = _conjunct_after(sentence, first + len(words), source, context) if source is not None else None
    if conjunct is None:
        return edits
    if isinstance(conjunct, str):
        return conjunct
    more = govern(sentence, conjunct, case, source, rule_id, context)
    return more if isinstance(more, str) else edits + more


def _participle_after_comma(sentence: Sentence, at: int, source: str, context: Context) -> bool:
    """Whether word `at` opens a participle phrase set off by a comma in the phrase's old case («обстоятельством,
    находящимся вне компетенции»): it agrees with the noun before it, which the new case would leave behind."""
    if at <= 0 or at >= len(sentence.words):
        return False
    text, spans = context.view.text, sentence.spans
    if text[spans[at - 1][1]:spans[at][0]].strip() != ",":
        return False
    word = surfaces(context, sentence, at, at)[0]
    return any(p.tag.POS in ("PRTF", "ADJF") for p in nominal_parses(context.morphology, word, source))


def _conjunct_after(sentence: Sentence, at: int, source: str, context: Context) -> int | None | str:
    """Where a phrase in the old case joined by «и» opens at or after word `at`: right there, or (from a case
    other than the genitive) past the genitive words the governed noun keeps («объёмом поступающих документов и
    проведением работ»: «проведением» goes along, or the first noun alone would change case, judged ungrammatical,
    round 51), a name in quotes or an abbreviation that does not decline among them («заданием заказчика ОАО «РЖД»
    и графиком», judged ungrammatical, round 64); None when there is none; a reason where one stands past other
    words («количеством заявок на вебинар и отменой») or repeats the old «с» («туманом и с ремонтом»), whose reach
    cannot be told."""
    text, spans, morphology = context.view.text, sentence.spans, context.morphology
    genitive = True
    while at < len(sentence.words) and not _joined_by_and(sentence, at, context):
        word = surfaces(context, sentence, at, at)[0]
        if source == "gent" or text[spans[at - 1][1]:spans[at][0]].strip(" " + _QUOTE_MARKS) \
                or morphology.parses(word)[0].tag.POS in _CLAUSE_VERBS:
            return None
        quoted = any(mark in text[spans[at - 1][1]:spans[at][0]] for mark in "«„")
        genitive = genitive and (bool(nominal_parses(morphology, word, "gent")) or quoted
                                 or _undeclined(text[spans[at][0]:spans[at][1]], context))
        at += 1
    conjunct = at + 1
    if conjunct >= len(sentence.words):
        return None
    word = surfaces(context, sentence, conjunct, conjunct)[0]
    if source == "ablt" and fold_case(word) in _OLD_PREPOSITIONS:
        return "a phrase joined by «и» keeps the old preposition («и с ремонтом»)"
    if not nominal_parses(morphology, word, source):
        return None
    return conjunct if genitive else "a phrase joined by «и» further on keeps the old case"


def _joined_by_and(sentence: Sentence, at: int, context: Context) -> bool:
    """Whether word `at` is an «и» standing between two words with only spaces around it (a name's closing quote
    before it aside)."""
    if at <= 0 or at + 1 >= len(sentence.words):
        return False
    text, spans = context.view.text, sentence.spans
    spaced = not text[spans[at - 1][1]:spans[at][0]].strip(" " + _QUOTE_MARKS) \
        and not text[spans[at][1]:spans[at + 1][0]].strip()
    return spaced and fold_case(text[spans[at][0]:spans[at][1]]) in context.grammar.and_words


def _undeclined(word: str, context: Context) -> bool:
    """Whether `word` is an abbreviation or a name in capitals that keeps one form in every case («ОАО», «РЖД»)."""
    parses = context.morphology.parses(word)
    return word.isupper() and all("Fixd" in p.tag.grammemes or p.tag.POS is None for p in parses)


def _governed_edits(sentence: Sentence, first: int, words: list[str], rule_id: str, context: Context) -> list[Edit]:
    edits = []
    for offset, new in enumerate(words):
        start, end = original(context, *sentence.spans[first + offset])
        old = context.text[start:end]
        new = spelled_like(context, new)
        new = new[:1].upper() + new[1:] if old[:1].isupper() else new
        if new != old:
            edits.append(_with_preposition_agreeing(Edit(start, end, new, rule_id), context))
    return edits
