"""Guards on a model's reply: deterministic checks it must pass before it may replace the draft.

Failures are reported in a fixed order: shape, facts, language, parts, promises, improvement (the
language is told first, since names are compared only in the draft's language; a sum a new promise gives, «ще Ви
приспаднем 10%», is that promise's flaw, not a new fact). Each failure is a
`Rejection` naming the problem (a key of the re-ask prompt) and its details (facts, parts, kinds of
promise, flagged words), so the re-ask can tell the model exactly what was wrong.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from .bundled import bundled_dir
from .closings import (
    closes_with_thanks_only,
    closing_offers_help,
    courteous_closing_start,
    ends_courteously,
    has_a_word_of,
    last_prose_sentence,
    open_sign_off,
    says_a_closing,
    signs_off,
    signs_off_warmly,
    thanks_beyond_the_letter,
    without_sign_off,
)
from .commitments import Promise, dated_payments, find_promises, new_promises
from .fact_pairs import labels_swapped, measures_in_two_units, roles_swapped, shares_swapped
from .facts import FactValue, fact_changes, fact_spans, fact_values, find_facts
from .findings import SEVERITY_RANK, Report
from .language import LanguageError, foreign_words
from .linter import Linter, sentences_of
from .matching import BLANK_LINE
from .names import Name, adjective_roots, find_names, initials, initials_run_together, quoted_names_changed, word_lemmas
from .nlp import language_profile
from .part_content import (
    BY_CLAUSE,
    SAYS_SOMETHING,
    PartContent,
    admits_fault,
    apologises,
    content_words,
    facts_by_sentence,
    part_contents,
    parts_by_sentence,
    says_sorry_for,
    stems_where_it_belongs,
    word_stems,
)
from .part_kept import part_kept
from .regions import mask_foreign, split_agent_text
from .reply_improvement import better_than_draft, folded
from .rules import LANGUAGES, language_words, load_language_data, read_yaml
from .transliteration import in_latin, same_name_across_scripts

# A reply far longer than its draft has stopped rewriting and started writing.
_MAX_GROWTH, _MAX_EXTRA_CHARS = 2.0, 300
# A reply may end without a full stop (a name, an emoji), but not on a comma or a dash.
_MID_SENTENCE = ",;:-–—("
_FINAL_STOPS = ".!?…»\"“”'"
_LAST_WORD = re.compile(r"[\u0400-\u04ff]+$")  # a Cyrillic word: a link or a Latin name is no cut word
# A last line this long is a sentence, not a sign-off («С уважением, Анна»).
_PROSE_WORDS = 8
# Grammemes of a word that agrees with a noun still to come, and of one that needs none after it.
_ADJECTIVES = frozenset({"ADJF", "PRTF"})
_NOT_WANTING = frozenset({"Apro", "gent"})
_NAME_GOES_ON = re.compile(r"[ \u00a0]+[A-Z\u0400-\u042f]")  # a space and a capital: the name's next word
_SENTENCE_END = re.compile(r"[.!?…]\s+")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+")
_LAST_TOKEN = re.compile(r"[\w.,:/+-]*\d$")
# A note in brackets inside a line, which may talk about the edit as a whole line does.
_BRACKETED = re.compile(r"[(\[][^()\[\]\n]{1,300}[)\]]\.?")
# A span in square, angle or curly brackets, which may be a template slot left unfilled («[Ваше имя]») or a note of a
# sentence or two left to the sender («[Уточнить у склада… Если нет — …]»).
_SLOT = re.compile(r"[\[<{][^\[\]<>{}\n]{1,200}[\]>}]")
_FENCE = re.compile(r"^\s*(```|~~~)")
_ECHOED_DELIMITER = re.compile(r"^\s*<<<\s*(?:DRAFT|CONTEXT|END)\b[^>]*>>>\s*$", re.IGNORECASE)
_WRAPPING_QUOTES = {"«": "»", "\"": "\"", "“": "”", "„": "“"}
_DATA_OPENING = re.compile(r'\s*[\[{]\s*\{?\s*"[^"\n]{1,80}"\s*:')  # a reply inside JSON: «{"rewritten_reply": "…"}»
_REPEATED_PARAGRAPH = 80  # characters: a paragraph this long given twice is the reply given twice
_SHOWN_WORDS = 6
# Share of the content words of a draft's closing sentence that a reply's last sentence keeps when it says it again.
_CLOSING_KEPT = 0.5
# A name in a link is matched by this many of its first letters in Latin.
_ADDRESS_STEM = 4
_ABBREVIATION = re.compile(r"(?<!\w)[^\W\d_]{2,5}(?!\w)")
# An abbreviation this long may stand for one word by its letters («МСК»); a shorter one, only for words by their
# initials („ИА“ for „Изпълнителна агенция“, never for „Иван“).
_ONE_WORD_ABBREVIATION = 3
# How far after a name the words its initials spell out may run, and words this short the initials skip („за“, «и»).
_EXPANSION_CHARS = 120
_SKIPPED_WORD = 2
_LATIN_LETTERS = re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+")
_LAST_LATIN = re.compile(r"(?<![\w@./-])[A-Za-z]+$")
_LATIN_WORD = re.compile(r"(?<![\w@./-])[A-Za-z]{2,}(?:'[a-z]+)?(?![\w@/-]|\.\w)")
_ANY_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# Facts a Latin word may be part of, which the facts guard compares instead.
_LATIN_FACTS = frozenset({"url", "email", "code", "id"})
# The facts whose unit or currency may be written in Latin letters whatever the reply's language.
_MEASURES = frozenset({"amount", "quantity"})
# The facts that say how to reach the sender: a line of them is a contact line.
_CONTACT_FACTS = frozenset({"phone", "email", "url"})
# The parts that tell what happened: a step's facts told only in their sentences are told with the account, not the step.
_ACCOUNT = frozenset({"apology", "explanation"})
# The category of a fault told without its doer, which a reply may own by saying sorry for it in its own sentence.
_EVASION = "evasion"


@dataclass(frozen=True)
class Rejection:
    problem: str
    details: tuple[str, ...] = ()

    def note(self) -> str:
        """The rejection in words for the agent reading the result's notes."""
        said = _NOTES[self.problem]
        return f"{said}: {', '.join(self.details)}" if self.details else said


_NOTES = {
    "shape_empty": "the reply was empty",
    "shape_truncated": "the reply was cut off",
    "shape_too_long": "the reply was far longer than the draft",
    "shape_commentary": "the reply talked about the edit or held several versions",
    "shape_markup": "the reply was laid out with markup headings",
    "shape_placeholder": "the reply left a template slot unfilled",
    "facts_missing": "facts of the draft were missing or changed",
    "facts_new": "the reply had facts the draft doesn't",
    "parts_missing": "the reply dropped a part of the draft",
    "language_wrong": "the reply was not in the draft's language",
    "commitments_new": "the reply promised what the draft doesn't",
    "not_better": "the reply was no better than the draft",
}


@dataclass(frozen=True)
class GuardedDraft:
    """What the guards compare a reply with: the agent's text as sent, and what it says."""

    text: str
    lang: str
    report: Report
    facts: tuple[FactValue, ...]
    names: tuple[Name, ...]
    lemmas: frozenset[str]
    promises: tuple[Promise, ...]
    parts: dict[str, PartContent]
    # the parts the draft has: its lint report's, and a closing told by its place
    sections: dict[str, bool]


def guarded_draft(text: str, report: Report) -> GuardedDraft:
    lang = report.lang
    facts = tuple(fact_values(text, lang))
    promises = tuple(find_promises(text, lang, all_moments=True))
    # a name in the sign-off («С уважение, Отдел „Обслужване“») or the closing wish («Очакваме Ви в
    # ресторант „Перлата“, Варна.») is the sender's, which a reply may sign differently
    body = without_sign_off(text, lang)
    closing = courteous_closing_start(body, lang)
    names = tuple(
        replace(n, optional=True) if closing is not None and n.start >= closing else n for n in find_names(body, lang)
    )
    sections = _sections(text, report)
    # the parts say what the letter says, not its signature («онлайн магазин „Риболовен рай“»), as in the reply
    parts = part_contents(without_sign_off(text, lang), lang, supposed=False)
    return GuardedDraft(text, lang, report, facts, names, word_lemmas(text, lang), promises, parts, sections)


def _sections(text: str, report: Report, sign_off_closes: bool = True) -> dict[str, bool]:
    """The parts the lint finds, and a closing it misses that a reader sees by its place at the end: a
    courteous last sentence, or, with `sign_off_closes`, a sign-off («С уважением, компания „Огонь и
    Дом“»). A reply that ends on contact details drops the closing of a draft that signs off; one that
    only signs off drops the courteous last sentence of a draft («Спасибо, что остаётесь с нами!»)."""
    said = bool(report.sections.get("closing")) or ends_courteously(text, report.lang)
    return {**report.sections, "closing": said or (sign_off_closes and signs_off(text, report.lang))}


@dataclass(frozen=True)
class Chatter:
    leading: tuple[re.Pattern[str], ...]
    trailing: tuple[re.Pattern[str], ...]
    commentary: tuple[re.Pattern[str], ...]
    unfinished: tuple[re.Pattern[str], ...]
    markup: tuple[re.Pattern[str], ...]
    placeholder: tuple[re.Pattern[str], ...]
    masks: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=1)
def _chatter() -> Chatter:
    data = read_yaml(bundled_dir("lint_rules") / "chatter.yaml")
    keys = ("leading", "trailing", "commentary", "unfinished", "markup", "placeholder", "masks")
    return Chatter(*(tuple(re.compile(p, re.IGNORECASE) for p in data[key]) for key in keys))


def clean_reply(raw: str) -> str:
    """The reply without what a model wraps around it: code fences, echoed delimiters, lines talking
    about the text («Вот вариант:»), an echo of the quoted history or signature, and quotes around it all."""
    chatter = _chatter()
    lines = [line for line in raw.strip().splitlines() if not _FENCE.match(line) and not _ECHOED_DELIMITER.match(line)]
    while lines and (not lines[0].strip() or any(p.fullmatch(lines[0].strip()) for p in chatter.leading)):
        lines.pop(0)
    while lines and (not lines[-1].strip() or _trailing_chatter(lines[-1].strip(), chatter)):
        lines.pop()
    reply = split_agent_text("\n".join(lines))[0].strip()  # an echoed quote or signature: the code re-attaches the real one
    closing = _WRAPPING_QUOTES.get(reply[:1])
    if closing and len(reply) > 1 and reply.endswith(closing) and closing not in reply[1:-1]:
        reply = reply[1:-1].strip()
    return reply


def _trailing_chatter(line: str, chatter: Chatter) -> bool:
    """A line after the reply that talks about the text, whole or sentence by sentence («Я сохранил все даты и убрал
    канцелярские обороты. Could also make it shorter if you like.»)."""
    return any(p.fullmatch(line) for p in chatter.trailing) or all(
        any(p.fullmatch(sentence) for p in chatter.trailing) for sentence in _SENTENCE_BREAK.split(line)
    )


def check_reply(draft: GuardedDraft, reply: str, linter: Linter, cut_off: bool = False) -> list[Rejection]:
    """Every reason the cleaned `reply` may not replace the draft; empty when it may."""
    in_language = _in_draft_language(reply, draft, linter)
    shape = _shape(draft.text, reply, cut_off, draft.lang, in_language)
    if shape:
        return [shape]
    report = linter.lint(reply, draft.lang) if in_language else None  # None: the reply is in another language
    reply_promises = find_promises(reply, draft.lang)
    promised = new_promises(list(draft.promises), reply_promises)
    sums_promised = _sums_promised(reply, draft.lang, reply_promises, promised)
    rejections = _facts(draft, reply, names=report is not None, sums_promised=sums_promised)
    foreign = _foreign_words(reply, draft.text, draft.lang) if report is not None else []
    if report is None or foreign:
        rejections.append(Rejection("language_wrong", tuple(foreign[:_SHOWN_WORDS])))
    if report is not None:
        lost = _parts_lost(draft, reply, report, linter)
        if lost:
            rejections.append(Rejection("parts_missing", tuple(lost)))
    if promised:
        rejections.append(Rejection("commitments_new", tuple(promised)))
    says_sorry = report is not None and _says_sorry_for_an_evasion(reply, report, linter)
    owns_fault = admits_fault(reply, draft.lang) and not admits_fault(draft.text, draft.lang)
    if report is not None and not better_than_draft(
        _remedy_set_aside(draft.text, draft.report), _remedy_set_aside(reply, report), linter.config.fail_on, says_sorry, owns_fault
    ):
        left = [f.text for f in report.findings if f.text and f.severity != "info"]
        rejections.append(Rejection("not_better", tuple(dict.fromkeys(left))[:_SHOWN_WORDS]))
    return rejections


def _remedy_set_aside(text: str, report: Report) -> Report:
    """The report without its evasions in a sentence that pays the customer a sum by a date: «решение о выплате
    принято, пособие 9 480 руб. будет перечислено не позднее 13.11» tells the remedy, no evasion left in."""
    paid = dated_payments(text, report.lang)
    return replace(report, findings=tuple(
        f for f in report.findings if f.category != _EVASION or not any(start <= f.start and f.end <= end for start, end in paid)
    ))


def _says_sorry_for_an_evasion(reply: str, report: Report, linter: Linter) -> bool:
    """The reply apologises for one of its evasions at or above `fail_on` in that evasion's own sentence («Съжаляваме,
    че отговорът се забави»); an apology that is itself the fault («Поднасяме извинения за причиненото неудобство») owns nothing."""
    threshold = SEVERITY_RANK[linter.config.fail_on]
    faults = [(f.start, f.end) for f in report.findings if f.category == _EVASION and SEVERITY_RANK[f.severity] >= threshold]
    return says_sorry_for(reply, report.lang, faults)


def _shape(draft: str, reply: str, cut_off: bool, lang: str, in_language: bool) -> Rejection | None:
    """The first way the reply is not a whole letter. Its last line is read by the draft language's words (a
    signature, an unfinished clause) only when the reply is in that language: a reply in another, signed in it
    («…, председател на Комитета»), is told by the language guard."""
    if not reply.strip():
        return Rejection("shape_empty")
    before, _, last_line = reply.rstrip().rpartition("\n")
    last_line = last_line.strip()
    # the line under «С уважением,» names who signs; the line under a greeting («Здравейте, д-р Пеева,») is prose
    signature = (before.rstrip().endswith(",") and not _is_first_line(before)) or _signs_below_the_body(
        last_line, before, draft, lang
    )
    # a reply may leave the name under «С уважение,» to the mail program when its draft does
    signed_later = open_sign_off(last_line, lang) and open_sign_off(draft.rstrip().rpartition("\n")[2].strip(), lang)
    mid_sentence = reply[-1] in _MID_SENTENCE and not signed_later
    if cut_off or mid_sentence or _cut_in_a_fact(last_line, draft, lang) or _cut_in_a_latin_word(last_line, draft) or (
        in_language and not signature and (_unfinished(last_line, lang, draft) or _cut_in_a_name(last_line, draft))
    ):
        return Rejection("shape_truncated")
    chatter = _chatter()
    said = [line.strip() for line in reply.splitlines()] + _BRACKETED.findall(reply)  # «… [Тук замених „Уведомяваме Ви“.] …»
    talk = [line for line in said if any(p.fullmatch(line) for p in chatter.commentary)]
    if talk:
        return Rejection("shape_commentary", tuple(talk[:1]))
    if _DATA_OPENING.match(reply):
        return Rejection("shape_markup", (reply.lstrip().partition("\n")[0],))
    headings = [line for line in said if any(p.fullmatch(line) for p in chatter.markup)]
    if headings:
        return Rejection("shape_markup", tuple(headings[:1]))
    slots = [s for s in _SLOT.findall(reply) if any(p.fullmatch(s) for p in chatter.placeholder)]
    slots = [s for s in slots + [m.group() for p in chatter.masks for m in p.finditer(reply)] if s not in draft]
    if slots:
        return Rejection("shape_placeholder", tuple(slots[:1]))
    if len(reply) > _MAX_GROWTH * len(draft) + _MAX_EXTRA_CHARS:
        return Rejection("shape_too_long")
    repeated = _repeated_paragraphs(reply)  # the reply given twice, not far longer than the draft
    if repeated:
        return Rejection("shape_commentary", tuple(repeated[:1]))
    return None


def _repeated_paragraphs(reply: str) -> list[str]:
    """Long paragraphs the reply holds twice: the same reply (or part of it) given again."""
    paragraphs = [" ".join(p.split()) for p in BLANK_LINE.split(reply)]
    long = [p for p in paragraphs if len(p) >= _REPEATED_PARAGRAPH]
    return [p for i, p in enumerate(long) if p in long[:i]]


def _cut_in_a_fact(last_line: str, draft: str, lang: str) -> bool:
    """A last line with no final stop that ends on the start of one of the draft's facts, which the
    reply does not hold whole («…валиден до 31.1» where the draft has «31.12», «…позвоните по
    телефону +7 (343) 28» where it has «+7 (343) 288-90-14»); not one that ends on a fact of the draft
    written another way («+7 (916) 402-55-18» for «+7 916 402-55-18», beside the draft's «18 500 руб.»)."""
    if not _LAST_TOKEN.search(last_line) or last_line[-1] in _FINAL_STOPS:
        return False
    facts = find_facts(draft)
    if any(_ends_on_whole(last_line, f.text) for f in facts):  # «…интернет-магазина СИЗО-1», the draft's own code
        return False
    drafts = fact_values(draft, lang)
    if any(_ends_on_whole(last_line, v.text) and any(v.same(d) for d in drafts) for v in fact_values(last_line, lang)):
        return False
    return any(f.text not in last_line and _ends_on_start_of(last_line, f.text) for f in facts)


def _cut_in_a_latin_word(last_line: str, draft: str) -> bool:
    """A last line that ends on the beginning of a Latin word of the draft, which the draft never has
    alone («…пишете във Vib» where the draft has «Viber»): the dictionary cannot tell a cut brand."""
    cut = _LAST_LATIN.search(last_line)
    if cut is None:
        return False
    start = cut.group().lower()
    words = {w.lower() for w in _LATIN_LETTERS.findall(draft)}
    return start not in words and any(w.startswith(start) for w in words)


def _cut_in_a_name(last_line: str, draft: str) -> bool:
    """A last line of prose with no final stop that ends on a capitalised word the draft writes only as the first
    of a longer name («…в центъра ни в с. Старо» where the draft has «с. Старо Железаре»): the name is cut between
    its words, or ends on the start of a name the draft never writes so short («…по адресу ул. Ба» where the draft has
    «ул. Бауманская»). A name the draft also ends on («…позвоните Анне» beside «Анне Петровой, и Анне») is whole."""
    word = _LAST_WORD.search(last_line)
    if word is None or last_line[-1] in _FINAL_STOPS or not word.group()[:1].isupper() or len(last_line.split()) < _PROSE_WORDS:
        return False
    places = [m.end() for m in re.finditer(rf"(?<!\w){re.escape(word.group())}(?!\w)", draft)]
    if not places:
        return re.search(rf"(?<!\w){re.escape(word.group())}\w", draft) is not None
    return all(_NAME_GOES_ON.match(draft, end) for end in places)


def _is_first_line(text: str) -> bool:
    """The text is a single line: what comes before the last line is the reply's opening (its greeting)."""
    return "\n" not in text.strip()


def _ends_on_whole(line: str, fact: str) -> bool:
    """The line ends on the whole fact after a space (not «+7», which ends on the number 7 of the draft)."""
    return line.endswith(fact) and line[: -len(fact)][-1:] in ("", " ", "\u00a0")


def _ends_on_start_of(line: str, fact: str) -> bool:
    """The line ends on a proper beginning of the fact that starts a word of its own and stops inside one, or
    between two groups of its digits («…на тел. 0888 41» or «…на тел. 0888» for «0888 412 736»)."""
    for size in range(len(fact) - 1, 0, -1):
        start = fact[:size]
        if line.endswith(start) and _inside(fact, size) and not line[:-size][-1:].isalnum():
            return True
    return False


def _inside(fact: str, size: int) -> bool:
    """The fact goes on after its first `size` characters within a word or a number written in groups."""
    between_groups = fact[size] == " " and fact[size - 1].isdigit() and fact[size + 1 : size + 2].isdigit()
    return fact[size].isalnum() or between_groups


def _unfinished(last_line: str, lang: str, draft: str) -> bool:
    """A last line with no final stop that ends mid-word («…для вас беспл») or where no sentence ends
    (a preposition, a phone's area code), or on a label whose value never came («…, тел.»). A word the
    draft has whole is no cut word («Софийска филхармония», the draft's own signature, which the
    dictionary may not know)."""
    if any(p.fullmatch(last_line) for p in _chatter().unfinished):
        return True
    if not last_line or last_line[-1] in _FINAL_STOPS:
        return False
    word = _LAST_WORD.search(last_line)
    if word is None or _signs_as_the_draft(last_line, draft):
        return False
    # a name is no cut word, but a pronoun capitalised out of politeness is a common one («…са на Ваше»)
    if not word.group().islower() and not word_lemmas(word.group(), lang) & language_words(lang, "polite_pronouns"):
        return False
    if _wants_its_noun(word.group(), lang):
        return True
    # a sign-off line may end without a stop, not a sentence of prose on a common word («…от остатъчната глав»)
    unknown = not language_profile(lang).is_known(word.group()) and not _has_word(draft, word.group())
    return len(last_line.split()) >= _PROSE_WORDS or unknown


def _wants_its_noun(word: str, lang: str) -> bool:
    """A full adjective or participle that can only stand before its noun («…и на дальнейшую совместную»): no pronoun
    («Искренне ваш»), no genitive of a wish whose noun goes unsaid («Всего доброго», «Хорошего»)."""
    parses = [p.tags for s in sentences_of(word, lang) for w in s.words for p in w.parses]
    return bool(parses) and all(tags & _ADJECTIVES and not tags & _NOT_WANTING for tags in parses)


def _signs_as_the_draft(last_line: str, draft: str) -> bool:
    """The line ends, after a closing wish and its stop or on its own, with the end of the draft's
    signature line («Приятна вечер! Организационният комитет на фестивала» for the draft's «С уважение,
    организационният комитет на фестивала.»), or is that line's words in another order («К. Е. Быстрова,
    менеджер по работе с клиентами» for «Менеджер по работе с клиентами К. Е. Быстрова»), or opens with that
    line and goes on to name whose it is in the draft's words («Отдел доставки торгового дома …» for «отдел
    доставки»): a signature, not a sentence cut short."""
    tail = folded(_SENTENCE_END.split(last_line)[-1])
    signature = folded(draft.rstrip().rpartition("\n")[2]).rstrip(_FINAL_STOPS)
    reordered = sorted(_ANY_WORD.findall(folded(last_line))) == sorted(_ANY_WORD.findall(signature))
    return bool(tail) and (signature == tail or signature.endswith(" " + tail) or reordered or _extends(tail, signature, draft))


def _signs_below_the_body(last_line: str, before: str, draft: str, lang: str) -> bool:
    """The last line comes after the body's last sentence and names the draft's signer with a post or a department the
    draft tells elsewhere («А. С. Крылова, заместитель руководителя Управления Росреестра по Тверской области» for
    the draft's «Заместитель руководителя Управления А. С. Крылова»): it holds every word of the draft's last line
    of several words, and each of its words is one of the draft's, by lemma, so none is cut short."""
    signature = draft.rstrip().rpartition("\n")[2]
    if before.rstrip()[-1:] not in _FINAL_STOPS or len(_ANY_WORD.findall(signature)) < 2:
        return False
    said = _words_read(last_line, lang)
    draft_lemmas = word_lemmas(draft, lang)
    line_lemmas = frozenset().union(*said)
    return bool(said) and all(word & draft_lemmas for word in said) and all(
        word & line_lemmas for word in _words_read(signature, lang)
    )


def _words_read(text: str, lang: str) -> list[frozenset[str]]:
    """Each word of the text as the lemmas it may have (its own form when it has none)."""
    return [frozenset(p.lemma for p in w.parses) or frozenset({w.form}) for s in sentences_of(text, lang) for w in s.words]


def _extends(line: str, signature: str, draft: str) -> bool:
    """The line opens with the draft's signature of several words, then a comma or a space, and ends on a
    word the draft has whole: the signer named with its organisation, which a cut line never ends on."""
    rest = line[len(signature):]
    last = _LAST_WORD.search(line)
    return (
        len(signature.split()) > 1 and line.startswith(signature) and rest[:1] in (" ", ",")
        and last is not None and _has_word(draft, last.group())
    )


def _abbreviations(text: str) -> list[str]:
    """Words in capitals in Cyrillic, which may stand for a name a reply spells out («МСК»)."""
    return [w.lower() for w in _ABBREVIATION.findall(text) if w.isupper() and _LAST_WORD.fullmatch(w)]


def _spells_out(name: Name, abbreviations: list[str]) -> bool:
    """The name is what one of the draft's abbreviations stands for: its letters, in order, from the
    name's first («по Москве» for «(МСК)», «Санкт-Петербург» for «СПБ»)."""
    return any(
        lemma[:1] == short[:1] and _in_order(short[1:], lemma[1:])
        for lemma in name.lemmas for short in abbreviations if len(short) >= _ONE_WORD_ABBREVIATION
    )


def _expands(name: Name, reply: str, abbreviations: list[str]) -> bool:
    """The name opens the words one of the draft's abbreviations stands for, by their initials, short words skipped,
    a word after the first in lowercase, so no person's name („Изпълнителна агенция“ for „ИА“, «Национальное агентство
    по туризму» for «НАТ»)."""
    words = [w for w in _ANY_WORD.findall(reply, name.start, name.start + _EXPANSION_CHARS) if len(w) > _SKIPPED_WORD]
    return any(
        "".join(w[0] for w in words[:len(short)]).lower() == short and any(w.islower() for w in words[1:len(short)])
        for short in abbreviations
    )


def _addresses(text: str) -> list[str]:
    """The text's links and e-mails, in lowercase."""
    return [f.text.lower() for f in find_facts(text) if f.kind in ("url", "email")]


def _in_an_address(name: Name, addresses: str, lang: str) -> bool:
    """The name is a word of one of the draft's links or e-mails, in Latin letters («по Казани» for
    «kazan-tours.ru»); its first letters, since an ending or a spelling may differ («София», «sofia»)."""
    for lemma in name.lemmas:
        latin = in_latin(lemma, lang)
        if len(latin) >= _ADDRESS_STEM and latin[:_ADDRESS_STEM] in addresses:
            return True
    return False


def _latin_word_of(name: Name, latin_words: frozenset[str], lang: str) -> bool:
    """The name is a Latin word of the draft written in Cyrillic, by its lemma, letter for letter («в Телеграме» for
    «в Telegram»): the brand the draft names, inflected."""
    return any(in_latin(lemma, lang) in latin_words for lemma in name.lemmas)


def _across_scripts_kept(
    missing: list[str], new: list[str], lang: str, in_draft: Sequence[str], in_reply: dict[str, frozenset[str]]
) -> tuple[list[str], list[str]]:
    """The missing facts without each name the reply writes in the other script («Еконт» as «Econt»), as written or,
    declined, by one of its lemmas («по Шору» for «Shore»), and the new without each the draft writes in the other: a
    name the draft may give only in passing („куриер „Спиди““ for „Speedy“), or only within a longer one („Škoda“)."""
    said_in_reply = [s for n in new for s in (n, *in_reply.get(n, ()))] + [s for n, ls in in_reply.items() for s in (n, *ls)]
    said_in_draft = [*missing, *in_draft]
    return (
        [m for m in missing if not any(same_name_across_scripts(m, said, lang) for said in said_in_reply)],
        [n for n in new if not any(
            same_name_across_scripts(written, said, lang) for written in said_in_draft for said in (n, *in_reply.get(n, ()))
        )],
    )


def _in_order(letters: str, word: str) -> bool:
    rest = iter(word)
    return all(letter in rest for letter in letters)


def _surname_of_kept_name(name: Name, before: Name | None, lemmas: frozenset[str], text: str) -> bool:
    """The second of two names written together outside the greeting («сына, Кирилла Лебедева»), which a
    reply that keeps the first («вашего сына Кирилла») still names: a surname a reply may leave out. A
    surname changed is a new name, which the facts guard still stops."""
    return (
        before is not None and not before.optional and bool(before.lemmas & lemmas)
        and not text[before.start + len(before.text):name.start].strip() and not _on_first_line(text, before.start)
    )


def _group_of_a_code(name: Name, facts: Sequence[FactValue]) -> bool:
    """Capitals of one of the draft's codes the reply writes apart («А 123 ВС 77» for «А123ВС77»)."""
    return name.text.isupper() and any(f.kind in ("id", "code") and name.text in f.text for f in facts)


def _on_first_line(text: str, start: int) -> bool:
    """On the greeting line, where the customer's name and patronymic are kept whole."""
    end = text.find("\n", len(text) - len(text.lstrip()))
    return start < (len(text) if end == -1 else end)


def _has_word(text: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE) is not None


def _sums_promised(reply: str, lang: str, promises: Sequence[Promise], kinds: Sequence[str]) -> frozenset[str]:
    """The sums the reply's new promises give, as written («ще Ви приспаднем 10% от нея»): the new promise is the
    flaw, which the promises guard names, not a new fact."""
    sums = {amount for p in promises if p.kind in kinds for amount in p.amounts}
    return frozenset(v.text for v in fact_values(reply, lang) if v.key in sums)


def _facts(draft: GuardedDraft, reply: str, names: bool, sums_promised: frozenset[str]) -> list[Rejection]:
    """Facts by value, in any written form («№ 61502» = «заказ 61502», «1 500 руб.» = «1500 рублей»;
    said again is no new fact), but for the sums a new promise gives; and, in a reply in the draft's
    language, names written in Cyrillic, by lemma, so «Анне» keeps «Анна», and names in quotes, so «„За храбрость“»
    does not keep «„За отвагу“»."""
    missing, new = fact_changes(draft.text, draft.facts, reply, draft.lang)
    # every value kept, bound to another word
    missing += shares_swapped(draft.text, reply, draft.lang) + roles_swapped(draft.text, reply, draft.lang) \
        + labels_swapped(draft.text, reply, draft.lang)
    kept_in_draft, kept_in_reply = measures_in_two_units(draft.text, reply, draft.lang)
    missing = [text for text in missing if text not in kept_in_draft]
    new = [text for text in new if text not in sums_promised and text not in kept_in_reply]
    reply_names = find_names(reply, draft.lang) if names else []
    if names:
        # a name the reply writes by its initial («Пламен Ангелов» → «П. Ангелов») is kept
        lemmas = word_lemmas(reply, draft.lang) | frozenset().union(*(n.lemmas for n in reply_names))
        addresses = _addresses(draft.text)
        kept_addresses = " ".join(set(addresses) & set(_addresses(reply)))
        # a name a kept link spells («Заречного» in «vk.com/zarechnoe_sp») is still said by that link
        missing += [
            n.text for n, before in zip(draft.names, (None, *draft.names), strict=False)
            if not n.optional and not (n.lemmas | initials([n])) & lemmas and not _surname_of_kept_name(n, before, lemmas, draft.text)
            and not adjective_roots(n.lemmas, draft.lang) & lemmas and not _in_an_address(n, kept_addresses, draft.lang)
        ]
        shortened = _abbreviations(draft.text)
        latin_words = frozenset(w.lower() for w in _LATIN_LETTERS.findall(draft.text))
        roots = adjective_roots(draft.lemmas, draft.lang)
        known = draft.lemmas | initials(draft.names) | initials_run_together(draft.text) \
            | frozenset().union(*(n.lemmas for n in draft.names))
        new += [
            n.text for n in reply_names
            if not n.lemmas & known and not _spells_out(n, shortened) and not _expands(n, reply, shortened)
            and not _in_an_address(n, " ".join(addresses), draft.lang)
            and not _group_of_a_code(n, draft.facts) and not n.lemmas & roots and not _latin_word_of(n, latin_words, draft.lang)
        ]
        quoted_missing, quoted_new = quoted_names_changed(draft.text, reply, draft.lang)
        missing, new = missing + quoted_missing, new + quoted_new
    in_draft = [*_LATIN_LETTERS.findall(draft.text), *(s for n in draft.names for s in (n.text, *n.lemmas))]
    missing, new = _across_scripts_kept(missing, new, draft.lang, in_draft, {n.text: n.lemmas for n in reply_names})
    rejections = []
    if missing:
        rejections.append(Rejection("facts_missing", tuple(dict.fromkeys(missing))))
    if new:
        rejections.append(Rejection("facts_new", tuple(dict.fromkeys(new))))
    return rejections


def _foreign_words(reply: str, draft: str, lang: str) -> list[str]:
    """Words of another language: the other one's, another script's, and Latin words in lowercase
    («запрос на refund», "we're here 24/7") but those the language writes in Latin («email») and
    those in a link, an address or a code. A word the draft uses itself is never foreign («Игорь»), nor a unit or a
    currency written after its number («20 mm», «15 EUR»): a symbol, no word of a language."""
    masked = _without_measures(mask_foreign(reply), lang)
    found = foreign_words(masked, lang, {code: language_profile(code) for code in LANGUAGES})
    facts = [(f.start, f.end) for f in find_facts(masked) if f.kind in _LATIN_FACTS]
    for m in _LATIN_WORD.finditer(masked):
        word = m.group()
        if word.islower() and word not in _latin_in_use(lang) and not any(a <= m.start() < b for a, b in facts):
            found.append(word)
    used = {w.lower() for w in _ANY_WORD.findall(draft)}
    return [w for w in dict.fromkeys(found) if w.lower() not in used]


def _without_measures(text: str, lang: str) -> str:
    """The text with the Latin letters of each amount and quantity blanked out (same length): their unit or currency."""
    for start, end in fact_spans(text, lang, _MEASURES):
        text = text[:start] + _LATIN_WORD.sub(lambda m: " " * len(m.group()), text[start:end]) + text[end:]
    return text


@cache
def _latin_in_use(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load_language_data(lang).get("latin_in_use", []))


def _parts_lost(draft: GuardedDraft, reply: str, report: Report, linter: Linter) -> list[str]:
    """The draft's parts whose content the reply does not keep."""
    body = without_sign_off(reply, draft.lang)
    stems = word_stems(body, draft.lang)
    facts = facts_by_sentence(body, draft.lang)
    closes = ends_courteously(draft.text, draft.lang)
    has = _sections(reply, report, sign_off_closes=not closes)
    if closes and not ends_courteously(reply, draft.lang):
        has["closing"] = _closes_at_the_end(body, linter, draft.lang) and not _ends_before_the_closing(draft, reply)
    elif closes and not report.sections.get("closing") and _ends_on_a_body_sentence(draft, reply):
        has["closing"] = False
    # a reply that only owns the fault («Объркахме графика») drops the draft's words of apology or regret, unless
    # they were a non-apology («за възможните неудобства»), which owning the fault says better
    non_apologies = [(f.start, f.end) for f in draft.report.findings if f.category == "non_apology"]
    has["apology"] = has.get("apology", False) and (
        apologises(body, draft.lang) or not apologises(draft.text, draft.lang, non_apologies)
    )
    # a sign-off that says a wish of its own («С уважение и съчувствие,») closes the letter too
    if _keeps_closing_line(draft, reply) or _offers_help_at_the_same_contact(draft.text, reply, draft.lang) \
            or (has["apology"] and _closes_on_its_apology(draft)) or _closes_on_a_step(draft) or signs_off_warmly(reply, draft.lang):
        has["closing"] = True
    # a cue told only by the failure («испытания не состоялись»: it opens no clause), or by the failure and where or when
    # it happened (names: «не пристигна в с. Горно Ябълково»), gives the reply no cause of its own
    explained = part_contents(body, draft.lang, supposed=False).get("explanation", PartContent("explanation", ()))
    # the facts of the sentences that may tell a step: a cue of the remedy, or none of the account (an apology, a cause)
    steps = tuple(
        f for f, parts in zip(facts, parts_by_sentence(body, draft.lang), strict=True) if "remedy" in parts or not parts & _ACCOUNT
    )
    names = dict(explained.names_of)
    tells = any(set(c) - set(names.get(c, ())) for c in explained.clauses)
    lost = []
    for part in (part for part, present in draft.sections.items() if present):
        content = draft.parts.get(part, PartContent(part, ()))
        # a cause's own words count where the reply may tell it, not where it retells what happened since
        said = stems_where_it_belongs(body, draft.lang, content, tells) if part in BY_CLAUSE else stems
        if not part_kept(content, bool(has.get(part)), said, facts, tells, steps):
            lost.append(part)
    return lost


def _says_again(sentence: str, reply: str, lang: str) -> bool:
    """The reply's last sentence keeps most of the content words of `sentence`."""
    said = content_words(sentence, lang)
    last = sentences_of(without_sign_off(reply, lang), lang)[-1:]
    kept = frozenset().union(*content_words(reply[last[0].start:last[0].end], lang)) if last else frozenset()
    return len(said) > SAYS_SOMETHING and sum(bool(w & kept) for w in said) / len(said) >= _CLOSING_KEPT


def _ends_before_the_closing(draft: GuardedDraft, reply: str) -> bool:
    """The reply's last sentence says again a step with a date that the draft goes on from to its courteous closing
    («…сообщите по телефону не позднее 12.05.» before «Благодарим за понимание.»): the letter is cut short, its
    closing dropped; so is one whose last sentence, an offer, says a step again («…просто попросите — пришлём» before
    «Надеемся на сотрудничество.»). A contact line said last («звоните Илиеву: 0878…») may carry the closing's offer of help; not a
    wish or a hope («Желаем приятного отдыха!»), nor thanks that the reply says nowhere (but for the letter), which a reply that ends on
    the draft's contact line has dropped."""
    start = courteous_closing_start(draft.text, draft.lang)
    before = sentences_of(draft.text[:start], draft.lang) if start is not None else []
    steps = [draft.text[s.start:s.end] for s in before]
    return any(
        _says_again(step, reply, draft.lang) for step in steps if any(v.kind == "date" for v in fact_values(step, draft.lang))
    ) or ((_ends_on_a_contact_of(steps, reply, draft.lang) or _ends_on_a_body_sentence(draft, reply))
          and not closing_offers_help(draft.text, draft.lang) and not (
        closes_with_thanks_only(draft.text, draft.lang) and thanks_beyond_the_letter(without_sign_off(reply, draft.lang), draft.lang)
    ))


def _ends_on_a_body_sentence(draft: GuardedDraft, reply: str) -> bool:
    """The reply's last sentence, courteous by its place or by an offer («…просто попросите — пришлём»), says again a
    sentence the draft goes on from to its courteous closing («Срокът за жалба продължава да тече.» before «Благодарим
    за разбирането.»): the closing dropped."""
    start = courteous_closing_start(draft.text, draft.lang)
    last = last_prose_sentence(reply, draft.lang)
    if start is None or last is None:
        return False
    before = [draft.text[s.start:s.end] for s in sentences_of(draft.text[:start], draft.lang)]
    return any(_says_again(sentence, reply[last[0]:last[1]], draft.lang) for sentence in before)


def _ends_on_a_contact_of(steps: list[str], reply: str, lang: str) -> bool:
    """The reply's last sentence gives a phone, an email or a link that one of the draft's `steps` gives as a contact
    line, with no date («Справки по телефону …»); a step with a date («при невъзможност уведомете диспечерите на тел.
    … до 13.06») is the remedy's, which a reply may turn into an invitation back that closes („уведомете ни …“)."""
    last = last_prose_sentence(reply, lang)
    if last is None:
        return False
    said = [v for v in fact_values(reply[last[0]:last[1]], lang) if v.kind in _CONTACT_FACTS]
    lines = [fact_values(step, lang) for step in steps]
    given = [v for line in lines if not any(v.kind == "date" for v in line) for v in line if v.kind in _CONTACT_FACTS]
    return any(v.same(g) for v in said for g in given)


def _closes_on_its_apology(draft: GuardedDraft) -> bool:
    """The draft's closing, told only by its place, is its one apology («…Приносим извинения за причинённые
    неудобства.»): the apology put last, which a reply that says it first («Простите, что…») keeps."""
    start = courteous_closing_start(draft.text, draft.lang)
    return (
        start is not None and not draft.report.sections.get("closing")
        and apologises(draft.text[start:], draft.lang) and not apologises(draft.text[:start], draft.lang)
    )


def _closes_on_a_step(draft: GuardedDraft) -> bool:
    """The draft's closing is told only by cues in steps of its remedy («Если до 22 апреля Вы сообщите о желании
    изменить гравировку, это будет выполнено без доплаты.» in a letter of one paragraph, with no courteous last
    sentence or sign-off, the step not its last sentence): the remedy's guard keeps the step, and a reply that says
    it amid the remedy drops no closing."""
    closing, remedy = draft.parts.get("closing"), draft.parts.get("remedy")
    if closing is None or remedy is None or not closing.clauses:
        return False
    by_place = ends_courteously(draft.text, draft.lang) or signs_off(draft.text, draft.lang)
    body = without_sign_off(draft.text, draft.lang)
    last = sentences_of(body, draft.lang)[-1:]
    at_the_end = bool(last) and content_words(body[last[0].start:last[0].end], draft.lang) in closing.clauses
    return set(closing.clauses) <= set(remedy.clauses) and not by_place and not at_the_end


def _closes_at_the_end(body: str, linter: Linter, lang: str) -> bool:
    """The reply's last sentence is a closing: where a draft that ends on a courteous sentence («Благодарим Ви за
    търпението!») closes, the reply must too. A contact offered inside a step of the remedy, with the remedy going
    on after it («…ще Ви го донесе лично — ако трябва, свържете се с него на … Таксата няма да Ви начислим.»),
    tells how to take the remedy and closes nothing. A bracketed note after it („(Отговор на запитване № 12.)“) is
    no last sentence of its own, nor is a contact line right after the closing („Благодарим за търпението! За въпроси:
    0888 …“), which leaves the closing in its place."""
    last = last_prose_sentence(body, lang)
    if last is None:
        return False
    if says_a_closing(linter, body[last[0]:], lang):
        return True
    before = sentences_of(body[:last[0]], lang)[-1:]
    return _contact_line(body[last[0]:last[1]], lang) and bool(before) and says_a_closing(
        linter, body[before[0].start:before[0].end], lang
    )


def _contact_line(sentence: str, lang: str) -> bool:
    """The sentence gives a phone, an email or a link, and no other fact the reader needs."""
    needed = [v for v in fact_values(sentence, lang) if v.required or v.kind in _CONTACT_FACTS]
    return bool(needed) and all(v.kind in _CONTACT_FACTS for v in needed)


def _keeps_closing_line(draft: GuardedDraft, reply: str) -> bool:
    """The reply ends on the draft's own closing line, its stop aside («Оргкомитет лиги.» → «Оргкомитет лиги»), or
    on the same sentence in other words: most of its content words in the reply's last sentence (a last word of
    advice, „При входа е достатъчно да посочите номера на поръчката.“ → „На входа просто кажете номера на поръчката.“)."""
    start = courteous_closing_start(draft.text, draft.lang)
    last = last_prose_sentence(draft.text, draft.lang)
    if start is None or last is None:
        return False
    closing = folded(draft.text[start:]).rstrip(".!?… ")
    # the closing's own words, not those of a signature line the sign-off leaves («…, търговски отдел, 0887 300 919»),
    # which a reply that drops the closing still signs with
    said_again = _says_again(draft.text[start:last[1]], reply, draft.lang)
    return said_again or (bool(closing) and folded(reply).rstrip(".!?… ").endswith(closing))


def _offers_help_at_the_same_contact(draft: str, reply: str, lang: str) -> bool:
    """The draft's last sentence offers help at a phone or an address, with a word of help («Если возникнут вопросы,
    звоните по телефону 8 800 …»; `help_words`, by lemma), and the reply's last sentence gives every one of them with a
    word of help («По вопросам: 8 800 …»): the same offer, said short. A line at another contact, or with no word of
    help, offers none; nor does a draft's bare contact line («Контактное лицо — мастер …, тел. …») close anything."""
    closing, last = last_prose_sentence(draft, lang), last_prose_sentence(reply, lang)
    if closing is None or last is None:
        return False
    offer, sentence = draft[closing[0]:closing[1]], reply[last[0]:last[1]]
    channels = [v for v in fact_values(offer, lang) if v.kind in _CONTACT_FACTS]
    said = fact_values(sentence, lang)
    return (
        bool(channels) and all(any(c.same(s) for s in said) for c in channels)
        and has_a_word_of(offer, lang, "help_words") and has_a_word_of(sentence, lang, "help_words")
    )


def _in_draft_language(reply: str, draft: GuardedDraft, linter: Linter) -> bool:
    """Whether the reply is in the draft's language. Words of other letters the draft uses itself (a title
    «Київський», an address «вул. Січових Стрільців») tell nothing of the reply's language."""
    alphabet = language_profile(draft.lang).alphabet
    used = {w.lower() for w in _ANY_WORD.findall(draft.text) if not set(w.lower()) <= alphabet}
    sample = _ANY_WORD.sub(lambda m: " " if m.group().lower() in used else m.group(), reply)
    try:
        return linter.detect_language(sample) == draft.lang
    except LanguageError:
        return False
