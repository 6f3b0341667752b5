"""Names written in Cyrillic (people, carriers, shops), which a model must keep as the draft has them.

A name is told by its shape: a capitalised word inside a sentence, not the first on its line (where
a sign-off starts) and not a pronoun capitalised out of politeness («Вы», «Ваша», «Вашето»). On the
greeting line every capitalised word but the greeting's own is a name, the first too («Анна,
здравствуйте!»). Inflection is no change («Анна» → «Анне»): names are compared by lemma, so a
diminutive («Аня») is another name. A brand in quotes or an abbreviation («ООД») may be left out, but a name in
quotes given in place of another («медаль „За храбрость“» for «медаль «За отвагу»») is a changed fact. A
capital letter alone («В.») is compared as written, and a party to the letter («Магазин») names no one;
an organisation named by a common noun of a thing («рассмотрено Дирекцией филателии») may be left out, as may
two capitalised adjectives of a title or more before the noun they agree with («Великой Отечественной войне»).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import product

from .facts import fact_spans
from .fix_kinds import CASES
from .inflection import PROPER_GRAMMEMES
from .linter import sentences_of
from .matching import Sentence
from .morphology import Parse, WordAnalysis
from .nlp import language_tools
from .normalize import fold_case
from .rules import language_words, load_language_data

# A brand or product in quotes («Атлетика», „Здраве+“): the sender's own, which a reply may leave out.
_QUOTED = re.compile(r"«[^«»\n]*»|„[^„“”\n]*[“”]|\"[^\"\n]*\"|“[^“”\n]*”")
# A word of a name in quotes: letters, two at least («I» of «Цар Симеон I» is a numeral a reply may spell out), with the
# full stop of an abbreviation («Св. Никола»), which a word it begins says in full («Свети Никола»).
_NAME_WORD = re.compile(r"[^\W\d_]{2,}\.?")
_SENTENCE_END = ".!?…"
_WORD = re.compile(r"\w+")
# the last word, with the dots of an abbreviation («ж.к.», «с.»), none of a unit («м/с.»)
_LAST_WORD = re.compile(r"(?:^|(?<=[\s(„«\"]))[\w.]*\w\.?\Z")
# the first word, with the dots of an abbreviation («обл.», «р-н»)
_FIRST_WORD = re.compile(r"\w[\w.-]*")
# Letters a common noun of a title keeps without its article at least («обсерватория»).
_TITLE_STEM = 5
_INITIALS_REACH = 60  # characters back from a word that initials and the word before them may take
# initials at the end of a text (a capital letter alone and its dot, one or more) and the word before them
# two initials or more in a row, spaced or not («Н. А.», «Н.А.»)
_INITIALS_RUN = re.compile(r"(?<!\w)[А-ЯЁ]\.(?:\s?[А-ЯЁ]\.)+")
_INITIALS_AT_END = re.compile(r"(\S*)\s+(?:[А-ЯЁ]\.\s*)*[А-ЯЁ]\.\Z")
# Grammemes of an adjective's reading and of its agreement with a noun (OpenCorpora's, as pymorphy3 gives them).
_ADJECTIVES = frozenset({"ADJF", "PRTF"})
_ANY_ADJECTIVE = _ADJECTIVES | {"ADJS"}
_NUMBERS = frozenset({"sing", "plur"})
_GENDERS = frozenset({"masc", "femn", "neut"})
# The words of a place's name after its kind («г. Нижний Новгород»), the last one's included.
_PLACE_NAME_WORDS = 3
# Capitalised adjectives in a row that make a title («Великая Отечественная война»); one alone may be a place's name.
_TITLE_ADJECTIVES = 2


@dataclass(frozen=True)
class Name:
    text: str
    lemmas: frozenset[str]
    optional: bool = False  # a brand in quotes or an abbreviation, which a reply may leave out
    start: int = 0  # where the name is in the text


def find_names(text: str, lang: str) -> list[Name]:
    """The names in the agent's text, in order."""
    names = []
    greeting_end = _greeting_line_end(text, lang)
    quotes = [m.span() for m in _QUOTED.finditer(text)]
    facts = fact_spans(text, lang)
    models = frozenset(start for start, _ in fact_spans(text, lang, frozenset({"id"})))
    lowercase = _lowercase_stems(text, lang)
    for sentence in sentences_of(text, lang):
        for number, (word, (start, end)) in enumerate(zip(sentence.words, sentence.spans, strict=True)):
            written = text[start:end]
            keys = frozenset(p.lemma for p in word.parses) | {word.form}
            on_greeting = start < greeting_end
            if on_greeting and keys & language_words(lang, "greetings"):
                continue
            after_place = _after_kind_of_place(text, start, lang)
            if not on_greeting and (number == 0 or _starts_line(text, start) or (_after_full_stop(text, start) and not after_place)):
                continue
            if "/" in written or any(a <= start < b for a, b in facts):
                continue  # units, joined by a slash however spaced («36 В/500 Вт», «км/ч») or after a number («16 Вт»), name no one
            letter = _letter(written)
            place = _place_adjective(word.form, keys, lang)
            if not letter and not place and (
                _with_article(word.form, keys, lang) or _piece_with_article(word.form, lang) or word.form in lowercase
                or _known_noun_with_article(word.form, keys, lang)
            ):
                continue  # a capital letter («ревизия В», «В. Орлов») is no preposition written in lowercase
            if keys & language_words(lang, "party_nouns"):
                continue
            # «SMS-уведомление», «QR-код»: a Latin abbreviation joined to a common noun is no name
            if written[:1].isupper() and _is_cyrillic(written[:1]) and not keys & language_words(lang, "polite_pronouns"):
                # an abbreviation (a legal form, «ООД», «ДОЛ») is the sender's own, like a brand in quotes
                titled = _opens_a_title(word.form, keys, text[end:], lang)
                optional = written.isupper() or any(a < start < b for a, b in quotes) or place or after_place or titled \
                    or _before_kind_of_region(text, end, lang) or _names_a_model(text, start, end, models) \
                    or _common_noun(word.parses) \
                    or _adjective_of_a_title(text, sentence, number) or _opens_a_quoted_title(text, sentence, number, lang)
                if letter:  # as written, and as a sign-off has it («Г. Климов»)
                    lemmas = frozenset({letter, letter.lower()})
                else:
                    lemmas = (frozenset(p.lemma for p in word.parses) or frozenset({word.form})) | _compound_lemmas(word.form, lang) \
                        | _surnames_read_as_adjectives(word.parses, lang) | _surname_as_written(word.form, lang)
                names.append(Name(written, lemmas | _without(word.form, language_words(lang, "name_endings")), optional, start))
    return names


def quoted_names_changed(draft: str, reply: str, lang: str) -> tuple[list[str], list[str]]:
    """A name in quotes the reply gives in place of one of the draft's (an award, a product, a plan: «медаль „За
    храбрость“» for «медаль «За отвагу»»): the draft's quoted names with a word the reply lacks, and the reply's with
    a word the draft lacks, by lemma, so a name in another case or other quotes («на „Кубке Волги“») is kept. Only
    together: a reply may leave a brand in quotes out, and a name of the draft's words put in quotes is no new one."""
    in_draft, in_reply = _lemmas_of_words(draft, lang), _lemmas_of_words(reply, lang)
    missing = [name for name in _quoted_names(draft) if not _words_among(name, in_reply, lang)]
    new = [name for name in _quoted_names(reply) if not _words_among(name, in_draft, lang)]
    return (missing, new) if missing and new else ([], [])


def _quoted_names(text: str) -> list[str]:
    """Each span in quotes that opens with a capital, as written: a name, not a word cited («„бесплатно“»)."""
    return [m.group() for m in _QUOTED.finditer(text) if m.group()[1:2].isupper()]


def _words_among(name: str, lemmas: frozenset[str], lang: str) -> bool:
    return all(
        any(lemma.startswith(fold_case(word[:-1])) for lemma in lemmas) if word.endswith(".")
        else _word_lemmas(fold_case(word), lang) & lemmas
        for word in _NAME_WORD.findall(name)
    )


def _lemmas_of_words(text: str, lang: str) -> frozenset[str]:
    return frozenset().union(*(_word_lemmas(fold_case(word.removesuffix(".")), lang) for word in _NAME_WORD.findall(text)))


def _word_lemmas(word: str, lang: str) -> frozenset[str]:
    """The folded word and its lemmas."""
    return frozenset({word, *(p.lemma for p in language_tools(lang).morphology.analyze(word).parses)})


def _common_noun(parses: Sequence[Parse]) -> bool:
    """Every reading is a common noun of a thing, none a name («Дирекцией», «Гербарием», «Университета»): an
    organisation named by its kind, capitalised out of respect, which a reply may call «мы» or by its full name."""
    return bool(parses) and all({"NOUN", "inan"} <= p.tags and not p.tags & PROPER_GRAMMEMES for p in parses)


def _adjective_of_a_title(text: str, sentence: Sentence, number: int) -> bool:
    """«Великой Отечественной войне», «Северного Ледовитого океана»: two capitalised adjectives or more, none of whose
    readings is a name, before the lowercase common noun they agree with: the words of a title of a thing, which a
    reply may name otherwise. One alone may be a place's name («Озёрного сельсовета»), an adjective before no such
    noun a surname («Андрей Белый»), and one that may be read so («Толстой», «Горький») is one."""
    words = sentence.words
    if not _only_adjective(words[number]):
        return False
    first = number
    while first > 0 and text[sentence.spans[first - 1][0]].isupper() and _only_adjective(words[first - 1]):
        first -= 1
    following = number + 1
    while following < len(words) and text[sentence.spans[following][0]].isupper() and _only_adjective(words[following]):
        following += 1
    if following - first < _TITLE_ADJECTIVES or following == len(words) or not text[sentence.spans[following][0]].islower():
        return False
    nouns = [p.tags for p in words[following].parses if "NOUN" in p.tags and not p.tags & PROPER_GRAMMEMES]
    return any(_agree(a.tags, noun) for a in words[number].parses for noun in nouns)


def _opens_a_quoted_title(text: str, sentence: Sentence, number: int, lang: str) -> bool:
    """„Регионален исторически музей „Русе““, „Художествена галерия „Дечко Узунов““: an adjective
    (by its ending, `title_adjective_endings`) opening a title, lowercase adjectives after it, then the kind of place
    it names (`title_kinds`) and the place's own name in quotes, which a reply keeps while it may leave the kind's
    adjectives out. A person before a verb and a place («Пламен посети музей „Русе“») opens no title."""
    endings = tuple(language_words(lang, "title_adjective_endings"))
    kinds = language_words(lang, "title_kinds")
    following = number + 1
    while following < len(sentence.words) and following - number <= _TITLE_ADJECTIVES:
        start, end = sentence.spans[following]
        word = sentence.words[following]
        if text[sentence.spans[following - 1][1]:start].strip() or not text[start:end].islower():
            return False
        if {p.lemma for p in word.parses} & kinds or word.form in kinds:
            return bool(endings) and fold_case(sentence.words[number].form).endswith(endings) and text[end:].lstrip()[:1] in "„«\"“"
        if not word.form.endswith(endings):
            return False
        following += 1
    return False


def _only_adjective(word: WordAnalysis) -> bool:
    return bool(word.parses) and all(p.tags & _ADJECTIVES and not p.tags & PROPER_GRAMMEMES for p in word.parses)


def _agree(adjective: frozenset[str], noun: frozenset[str]) -> bool:
    """An adjective agrees with its noun in case and number, and in gender in the singular."""
    features = CASES | _NUMBERS | (_GENDERS if "sing" in noun else frozenset())
    return bool(adjective & CASES) and adjective & features == noun & features


def initials(names: Iterable[Name]) -> frozenset[str]:
    """The initial of each name («Светлана» → «С.», «В» → «В.»): a reply may write a name by its initial."""
    return frozenset(n.text[0] + "." for n in names)


def initials_run_together(text: str) -> frozenset[str]:
    """Each run of initials in the text written without spaces, in lowercase («Н. А.» → «н.а.»): a reply may
    write them together, as one word («ИП Дементьев Н.А.»)."""
    return frozenset(re.sub(r"\s", "", m.group()).lower() for m in _INITIALS_RUN.finditer(text))


def _letter(written: str) -> str:
    """A capital letter alone, with its dot or without («В.», «В»), as «В.»: an initial or a letter that
    names a version, compared as written, not as the preposition its lemma is."""
    letter = written.removesuffix(".")
    return letter + "." if len(letter) == 1 and letter.isupper() else ""


def _greeting_line_end(text: str, lang: str) -> int:
    """Where the greeting ends on the first line («Здравствуйте, Анна!»): the end of the sentence that
    greets; else 0. A sentence after it on the same line is read as any other: in «Артём, привет!
    Извините за задержку» the apology's first word names no one."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end == -1 else end
    greetings = language_words(lang, "greetings")
    for sentence in sentences_of(text[:end], lang):
        if any(k in greetings for w in sentence.words for k in (w.form, *(p.lemma for p in w.parses))):
            return sentence.end
    return 0


def word_lemmas(text: str, lang: str) -> frozenset[str]:
    """Every lemma of every word in the agent's text (a word's own form when it has no analysis)."""
    found: set[str] = set()
    for sentence in sentences_of(text, lang):
        for word in sentence.words:
            found |= ({p.lemma for p in word.parses} or {word.form}) | _compound_lemmas(word.form, lang)
    return frozenset(found)


def _with_article(form: str, lemmas: frozenset[str], lang: str) -> bool:
    """«Общия» is «общ» with its article, «Националния» «национален» (its «е» dropped), «Върнатите» the participle
    «върнат» (of «върна») with its: an adjective, a participle or a common noun, for a name takes none."""
    fleeting = language_words(lang, "fleeting_vowels")
    stems = set(lemmas) | {m[:-2] + m[-1] for m in lemmas if len(m) > 3 and m[-2] in fleeting}
    endings = language_words(lang, "definite_endings")
    return any(form == stem + e for stem in stems for e in endings) or any(
        form.endswith(e) and _same_word(form[: -len(e)], lemmas, lang) for e in endings
    )


def _same_word(stem: str, lemmas: frozenset[str], lang: str) -> bool:
    """`stem` is a long word the dictionary knows («изгорел» of «Изгорелите») or reads as a form of one of `lemmas`
    («върнат» and «Върнатите» are both «върна»); a short one («роси» of «Росита») may be a name's own letters."""
    if len(stem) < _TITLE_STEM:
        return False
    morphology = language_tools(lang).morphology
    return morphology.is_known(stem) or any(p.lemma in lemmas and p.lemma != stem for p in morphology.analyze(stem).parses)


def _known_noun_with_article(form: str, lemmas: frozenset[str], lang: str) -> bool:
    """«Обсерваторията»: a word the dictionary lacks with its article but knows without it (`article_endings`), a
    common noun of a title, which a reply may leave out while it keeps the name; the word left must be long, for a
    short one («Злата» → «зла») may be a name's own letters."""
    if lemmas != {form}:
        return False
    morphology = language_tools(lang).morphology
    stems = [form[: -len(e)] for e in language_words(lang, "article_endings") if form.endswith(e)]
    return any(
        len(stem) >= _TITLE_STEM and (morphology.is_known(stem) or any(p.lemma != stem for p in morphology.analyze(stem).parses))
        for stem in stems
    )


def _place_adjective(form: str, lemmas: frozenset[str], lang: str) -> bool:
    """«Софийската», «Пловдивския»: an adjective of a place with the article its dictionary form lacks, of a title."""
    suffixes = language_words(lang, "place_adjective_suffixes")
    return any(lemma != form and lemma.endswith(tuple(suffixes)) and form.startswith(lemma[:-1]) for lemma in lemmas)


def _opens_a_title(form: str, lemmas: frozenset[str], after: str, lang: str) -> bool:
    """«Регистъра на юридическите лица», «Закона за защита на потребителите»: a common noun with the short article a
    name may also end in, opening a title, which a reply may leave out; a surname's female form («Иванова») is none."""
    following = after.split(maxsplit=1)[:1]
    if not following or following[0] not in language_words(lang, "title_links"):
        return False
    surnames = tuple(language_words(lang, "possessive_suffixes"))
    endings = language_words(lang, "short_article_endings")
    return any(
        lemma != form and not lemma.endswith(surnames) and form[len(lemma):] in endings for lemma in lemmas if form.startswith(lemma)
    )


def _piece_with_article(form: str, lang: str) -> bool:
    """A compound one of whose pieces takes the article («Градината-лабиринт», «Къщата-музей»): a common noun of a
    title, as a word with the article is."""
    pieces = _pieces(form, lang)
    return len(pieces) > 1 and any(_with_article(piece, lemmas, lang) for piece, lemmas in pieces)


def _surnames_read_as_adjectives(parses: Sequence[Parse], lang: str) -> frozenset[str]:
    """The surname a dictionary reads as a relative adjective («Лыков», «Лыковым» as «лыковый»), so that it is the
    same name as its cases the dictionary knows as a surname («Лыкову», lemma «лыков»)."""
    return frozenset(
        p.lemma[: -len(adjective)] + surname for p in parses if p.tags & _ANY_ADJECTIVE
        for adjective, surname in _surname_endings(lang) if p.lemma.endswith(adjective)
    )


def _surname_as_written(form: str, lang: str) -> frozenset[str]:
    """A man's surname in the nominative is its own lemma, which a dictionary may read as another word's genitive
    plural («Угрюмов» as «угрюм»), so that it is the same name as its other cases («Угрюмову», lemma «угрюмов»)."""
    return frozenset({form}) if form.endswith(tuple(surname for _, surname in _surname_endings(lang))) else frozenset()


@cache
def _surname_endings(lang: str) -> tuple[tuple[str, str], ...]:
    """`language.yaml`'s adjective endings and the surname endings they stand for («овый» → «ов»), read once."""
    return tuple(load_language_data(lang).get("surnames_read_as_adjectives", {}).items())


def _compound_lemmas(form: str, lang: str) -> frozenset[str]:
    """A compound by the lemmas of its pieces («Градината-лабиринт» is «градина-лабиринт»), so that one written with
    the article and one without are the same words."""
    pieces = _pieces(form, lang)
    if len(pieces) < 2:
        return frozenset()
    return frozenset("-".join(combination) for combination in product(*(sorted(lemmas) for _, lemmas in pieces)))


def _pieces(form: str, lang: str) -> list[tuple[str, frozenset[str]]]:
    """The pieces of a compound joined by hyphens, each folded and with its lemmas."""
    if "-" not in form:
        return []
    analyze = language_tools(lang).morphology.analyze
    folded = [fold_case(piece) for piece in form.split("-") if piece]
    return [(piece, frozenset(p.lemma for p in analyze(piece).parses) or frozenset({piece})) for piece in folded]


def _lowercase_stems(text: str, lang: str) -> frozenset[str]:
    """Every lowercase word of the text and its stems without an ending: a capitalised word the text also
    writes in lowercase («Брайлов шрифт» beside «брайловия принтер») is an adjective, not a name."""
    words = [w for w in _WORD.findall(text) if w.islower()]
    endings = language_words(lang, "definite_endings") | language_words(lang, "name_endings")
    return frozenset(words).union(*(_without(w, endings) for w in words))


def adjective_roots(lemmas: frozenset[str], lang: str) -> frozenset[str]:
    """The names the adjectives among `lemmas` are made of («брайловия», «Доплерова» → «брайл», «доплер»): the
    name written bare keeps the adjective, and the adjective the name."""
    endings = {""} | language_words(lang, "definite_endings") | language_words(lang, "name_endings")
    tails = {s + e for s in language_words(lang, "possessive_suffixes") for e in endings}
    return frozenset().union(*(_without(lemma, tails) | _places_of(lemma, lang) for lemma in lemmas))


def _places_of(lemma: str, lang: str) -> frozenset[str]:
    """The place names an adjective of a place may be made of (`place_adjectives` in `language.yaml`: «московский» →
    «москва», «казанский» → «казань»): the name written bare keeps the adjective, and the adjective the name."""
    return frozenset(
        lemma[: -len(suffix)] + ending for suffix, ending in _place_endings(lang)
        if lemma.endswith(suffix) and len(lemma) > len(suffix) + 2
    )


@cache
def _place_endings(lang: str) -> tuple[tuple[str, str], ...]:
    """`language.yaml`'s place adjective endings, each with every ending of the name it stands for, read once."""
    data = load_language_data(lang).get("place_adjectives", {})
    return tuple((fold_case(suffix), fold_case(ending)) for suffix, names in data.items() for ending in names)


def _without(word: str, endings: Iterable[str]) -> frozenset[str]:
    """The word without each of the endings it has, where at least three letters stay: «Мавруда» → «мавруд», a
    name with the article a dictionary that lacks it cannot take off."""
    return frozenset(word[: -len(e)] for e in endings if word.endswith(e) and len(word) > len(e) + 2)


def _names_a_model(text: str, start: int, end: int, models: frozenset[int]) -> bool:
    """The word between a common noun and a model's code, a name the thing is known by («горелка Бунзена ГБ-2»): the code
    names the thing, so a reply may leave the name out («горелка ГБ-2»)."""
    after = len(text) - len(text[end:].lstrip(" \u00a0"))
    before = text[:start].rstrip(" \u00a0").rsplit(maxsplit=1)
    return after in models and after > end and bool(before) and before[-1].isalpha() and before[-1].islower()


def _is_cyrillic(word: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in word)


def _after_full_stop(text: str, start: int) -> bool:
    """After «ч.» or «г.», where the sentencizer goes on, a capital still starts a sentence; the dot of an
    initial before a surname ends none («мастер Н. А. Голикова»), one after it does («Громов В. А. Количество…»)."""
    i = start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i >= 0 and text[i] in _SENTENCE_END and not _initials_before_a_name(text[:i + 1])


def _after_kind_of_place(text: str, start: int, lang: str) -> bool:
    """The word follows a kind of place, maybe abbreviated („с. Ярлово“, „гр. Шумен“, „летище София“: `place_kinds`),
    whose full stop ends no sentence, or goes on with the name after it, a capitalised word after another on the same
    line («г. Нижний Новгород», „с. Горно Ябълково“): it names the place, which a reply may leave out but not change."""
    before = text[:start].rstrip(" \u00a0")
    for _ in range(_PLACE_NAME_WORDS):
        last = _LAST_WORD.search(before)
        if last is None:
            return False
        if fold_case(last.group()) in language_words(lang, "place_kinds"):
            return _a_kind_of_place(last.group(), before[:last.start()])
        if not last.group()[:1].isupper() or last.group().endswith("."):
            return False
        before = before[:last.start()].rstrip(" \u00a0")
    return False


def _a_kind_of_place(kind: str, before: str) -> bool:
    """A kind of place as written: no initial («Г. Климов»: one capital letter and its full stop), no year after its
    number («в 2026 г. Новгород…», where «г.» is the year's)."""
    initial = len(kind.removesuffix(".")) == 1 and kind[:1].isupper()
    return not initial and not before.rstrip()[-1:].isdigit()


def _before_kind_of_region(text: str, end: int, lang: str) -> bool:
    """The word comes before a kind of region said after its name («Тверская обл.», «Пермский край»: `region_kinds`):
    it names the region, which a reply may leave out (its town and street say where) but not change."""
    after = _FIRST_WORD.match(text[end:].lstrip(" \u00a0"))
    return after is not None and fold_case(after.group()) in language_words(lang, "region_kinds")


def _initials_before_a_name(text: str) -> bool:
    """The text ends on initials that no capitalised word (a surname written first) comes just before."""
    initials = _INITIALS_AT_END.search(text[-_INITIALS_REACH:])
    return initials is not None and not initials.group(1)[:1].isupper()


def _starts_line(text: str, start: int) -> bool:
    return not text[text.rfind("\n", 0, start) + 1:start].strip()
