"""Where a letter closes: a courteous last sentence told by its place, and the sign-off or signature
lines after it, which say no part of the letter (`sign_offs` in `language.yaml`)."""
from __future__ import annotations

import re
from functools import cache

from .facts import fact_values
from .linter import Linter, sentences_of
from .normalize import fold_case
from .part_content import SAID_ANY_WAY, part_contents
from .rules import language_words, load_language_data

_FINAL_STOPS = ".!?…"
# An opening quote or bracket the splitter leaves on the sentence before the aside it opens.
_OPENING_MARKS = "«„("
# A signature line is this short: «Отдел по работе с клиентами "Север"».
_SIGNATURE_WORDS = 6
# An initial of a name: «А.», «А.П.».
_INITIAL = re.compile(r"(?:\w\.)+")
# A title or a rank cut short, the splitter's sentence before the name it goes with: «кап.», «гл. ас.», «о.з.».
_TITLE = re.compile(r"(?:[^\W\d_]{1,5}\.\s*)+")
# A line wholly in brackets: a reference note («(отговор по заявка № 12)»).
_BRACKETED = re.compile(r"\(.*\)\.?")


def ends_courteously(text: str, lang: str) -> bool:
    """A closing told by its place: the last sentence before the sign-off (lines with no final stop,
    «С уважением, Анна», or one with a stop) says no fact and no explanation or remedy («Надеемся на дальнейшее
    сотрудничество.», «Очакваме Ви с удоволствие!», «Ещё раз извините за ожидание.»): it is there for
    the reader, whatever its words."""
    return courteous_closing_start(text, lang) is not None


def courteous_closing_start(text: str, lang: str) -> int | None:
    """Where the closing `ends_courteously` finds starts, or None when the text ends on no such sentence."""
    last = last_prose_sentence(text, lang)
    return last[0] if last is not None and _courteous(_said(text[last[0]:last[1]]), lang) else None


def _courteous(sentence: str, lang: str) -> bool:
    """The sentence says no fact the reader needs and no part's content: it is there for the reader alone."""
    return not any(v.required for v in fact_values(sentence, lang)) and not set(part_contents(sentence, lang)) - SAID_ANY_WAY


def last_prose_sentence(text: str, lang: str) -> tuple[int, int] | None:
    """The span of the last sentence before the sign-off: the closing position, whatever its words. A title's stop in a
    signature line («кап. Иван Петров», «доц. Мария Колева») ends no sentence of the letter's."""
    body = len(without_sign_off(text, lang))
    for sentence in reversed(sentences_of(text, lang)):
        said = _said(text[sentence.start:sentence.end])
        if sentence.start >= body and _TITLE.fullmatch(said):
            continue
        if said and said[-1] in _FINAL_STOPS and not _signs_off(said, lang):
            return sentence.start, sentence.end
    return None


def _said(sentence: str) -> str:
    """The sentence without an opening quote or bracket the splitter left on the wish before it («Тепла и уютного
    вязания! «Клубок и спицы»», «Благодарим за търпението. (Отговор на сигнал 7719.)»)."""
    return sentence.strip().rstrip(_OPENING_MARKS).rstrip()


def warm_line(linter: Linter, text: str, lang: str) -> str | None:
    """The closing position's sentence (the last one before the sign-off) when it is there for the reader:
    courteous (see `ends_courteously`) or a closing of its own; None when the text ends on anything else."""
    last = last_prose_sentence(text, lang)
    if last is None:
        return None
    said = _said(text[last[0]:last[1]])
    return said if _courteous(said, lang) or says_a_closing(linter, said, lang) else None


def keeps_warm_line(linter: Linter, text: str, lang: str, line: str) -> bool:
    """Whether a rewrite of a reply that ended on the warm `line` still ends on a warm line of its own: that
    one, or a last sentence that says a closing (thanks, a wish, an offer to write again, a stock formula).
    An apology or a fact left last closes nothing («Извиняваме се за неудобството.», «Понимаем, что простой
    обходится дорого.»): a fix may rewrite the closing line, but not leave the letter without one."""
    last = last_prose_sentence(text, lang)
    return last is not None and (_said(text[last[0]:last[1]]) == line or says_a_closing(linter, text[last[0]:last[1]], lang))


def says_a_closing(linter: Linter, text: str, lang: str) -> bool:
    """The lint finds a closing in the text (thanks, a wish, an offer to write again, a stock formula)."""
    return bool(linter.lint(text, lang).sections.get("closing"))


def says_thanks(text: str, lang: str) -> bool:
    """Some word of the text thanks the reader (`thanks_words` in `language.yaml`, by lemma or form)."""
    return has_a_word_of(text, lang, "thanks_words")


def thanks_beyond_the_letter(text: str, lang: str) -> bool:
    """Some sentence of the text thanks the reader for more than writing to us: one that names no word of the reader's
    letter (`letter_words` in `language.yaml`: „Благодарим Ви, че ни писахте“, „Благодарим за сигнала“ answer the
    letter, and keep no closing's thanks for trust or patience)."""
    letter = language_words(lang, "letter_words")
    return any(
        says_thanks(text[s.start:s.end], lang) and not any(({p.lemma for p in w.parses} | {fold_case(w.form)}) & letter for w in s.words)
        for s in sentences_of(text, lang)
    )


def closing_offers_help(text: str, lang: str) -> bool:
    """The courteous closing offers help or an answer («Будем рады ответить на ваши вопросы.», `help_words` in
    `language.yaml`): a contact line before it may carry it, not a wish or a hope («Желаем приятного отдыха!»,
    «Надеемся на дальнейшее сотрудничество.») that a reply ending on that line has dropped."""
    start = courteous_closing_start(text, lang)
    if start is None:
        return False
    closing = without_sign_off(text, lang)[start:]
    # a sentence that names future business (`business_words`: «на разположение за бъдещи поръчки») hopes for more work
    return any(
        has_a_word_of(closing[s.start:s.end], lang, "help_words") and not has_a_word_of(closing[s.start:s.end], lang, "business_words")
        for s in sentences_of(closing, lang)
    )


def has_a_word_of(text: str, lang: str, key: str) -> bool:
    """Some word of the text is in the language's list `key`, by lemma or form."""
    words = language_words(lang, key)
    return any(
        ({p.lemma for p in word.parses} | {word.form}) & words for sentence in sentences_of(text, lang) for word in sentence.words
    )


def closes_with_thanks_only(text: str, lang: str) -> bool:
    """The courteous closing is thanks and nothing else, each of its sentences saying thanks («Благодарим за
    понимание и терпение.»): it offers no help that a contact line before it could carry. Thanks to come
    (`asking_words`: «Будем признательны за предоставление доступа») ask for something, which thanks said elsewhere
    do not keep."""
    start = courteous_closing_start(text, lang)
    if start is None:
        return False
    closing = without_sign_off(text, lang)[start:]
    sentences = sentences_of(closing, lang)
    said = [closing[s.start:s.end] for s in sentences]
    return bool(said) and all(says_thanks(s, lang) and not has_a_word_of(s, lang, "asking_words") for s in said)


def _signs_off(sentence: str, lang: str) -> bool:
    """«С уважением, отдел бронирования.»: a sign-off ends the letter with a full stop or without, and
    closes nothing (`sign_offs` in `language.yaml`)."""
    folded = fold_case(sentence)
    return any(folded.startswith(phrase) for phrase in _sign_offs(lang))


@cache
def _sign_offs(lang: str) -> tuple[str, ...]:
    return tuple(fold_case(p) for p in load_language_data(lang).get("sign_offs", []))


def without_sign_off(text: str, lang: str) -> str:
    """The text without its last lines that are short, end with no stop and hold no number («Всего
    доброго,», «Визовый центр»), or open with a sign-off («С уважение, отдел „Поддръжка“, … ООД.»), and a note in
    brackets under them:
    a signature's words («центр», «доставка», «поддръжка») keep no part of the draft."""
    lines = text.rstrip().split("\n")
    # a note in brackets under the signature („(заявка № 12 от 3 май)“) goes with it
    if len(lines) > 2 and _BRACKETED.fullmatch(lines[-1].strip()) and _signs(lines[-2].strip(), lang):
        lines.pop()
    while len(lines) > 1 and _signs(lines[-1].strip(), lang):
        lines.pop()
    return "\n".join(lines)


def signs_off_warmly(text: str, lang: str) -> bool:
    """A sign-off line of the text says more than its formula («С уважение и съчувствие,», «С уважением и наилучшими
    пожеланиями,»): a wish of the letter's own, said where it signs off."""
    lines = (fold_case(line.strip()).rstrip(",.!") for line in text.split("\n"))
    return any(line.startswith(p + " ") and any(c.isalpha() for c in line[len(p):]) for line in lines for p in _sign_offs(lang))


def open_sign_off(line: str, lang: str) -> bool:
    """A line that is a sign-off and its comma alone («С уважение,»): the name under it is left to the
    mail program's signature."""
    return line.endswith(",") and fold_case(line[:-1].strip()) in _sign_offs(lang)


def signs_off(text: str, lang: str) -> bool:
    """The text ends with a sign-off or a signature line («Поздрави, Софийска филхармония»)."""
    return without_sign_off(text, lang).count("\n") < text.rstrip().count("\n")


def _signs(line: str, lang: str) -> bool:
    # initials are part of a name, no words of their own: «МБУК «Библиотека им. А. П. Гайдара»» is a signature line
    words = [w for w in line.split() if not _INITIAL.fullmatch(w)]
    short = line[-1:] not in _FINAL_STOPS and len(words) <= _SIGNATURE_WORDS and not any(c.isdigit() for c in line)
    folded = fold_case(line)
    return short or any(folded.startswith(p) and not folded[len(p):len(p) + 1].isalpha() for p in _sign_offs(lang))
