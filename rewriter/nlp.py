"""Per-language resources, built once per process: spaCy pipeline, morphology, profile.

spaCy's blank pipelines split «из-за» and «г-жо» at the hyphen; both languages write such
words whole, so the hyphen between letters is taken out of the infix rules (dashes stay).
Only the tokenizer runs: the linter splits sentences by spaCy's sentencizer rule in the same
pass that collects the words, which saves a second walk over the tokens.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any, cast

from .language import LanguageProfile
from .matching import SeenSentences
from .morphology import MORPHOLOGIES, BulgarianMorphology, RussianMorphology
from .normalize import fold_case
from .rules import language_words, load_language_data

_HYPHEN_INFIX_MARK = "(?:-|–|—|--|---|——|~)"


@dataclass
class LanguageTools:
    code: str
    nlp: Any
    morphology: Any
    profile: LanguageProfile
    # the spaCy ids of the characters that end a sentence (the sentencizer's `punct_chars`)
    sentence_ends: frozenset[int]
    # abbreviations of units, lowercase without their full stop («г», «куб»): a full stop after one ends
    # a sentence only before a capital letter (`unit_abbreviations` in language.yaml)
    units: frozenset[str] = frozenset()
    # words capitalised out of politeness (`polite_pronouns`): «2025 г. Ви уведомяваме» goes on
    polite: frozenset[str] = frozenset()
    lock: threading.Lock = field(default_factory=threading.Lock)
    # (length, kind, analysis) of each token text by its spaCy id, see linter._sentences: one dict lookup per token
    analyses: dict[int, Any] = field(default_factory=dict)
    seen_sentences: SeenSentences = field(default_factory=SeenSentences)
    # the tokens of each piece of text (a run of non-space characters and the spaces after it), see sentences.py
    pieces: dict[Any, Any] = field(default_factory=dict)
    # the sentences of each paragraph by its text and what the paragraph before left pending, see sentences.py
    paragraphs: dict[Any, Any] = field(default_factory=dict)
    # the hashes of those keys of paragraphs split once, whose sentences are kept the second time
    paragraphs_seen: set[int] = field(default_factory=set)
    # what may join tokens across pieces (spaCy's special cases of several tokens), built on first use
    joining: Any = None


_build_lock = threading.Lock()


@cache
def morphology(code: str) -> RussianMorphology | BulgarianMorphology:
    """The language's analyser; it also knows the forms `known_words` (language.yaml) adds to its dictionary."""
    with _build_lock:
        return MORPHOLOGIES[code](language_words(code, "known_words"))


@cache
def language_profile(code: str) -> LanguageProfile:
    """What the language looks like; its dictionary is loaded only when detection asks it about a word
    (a clearly Russian draft never loads the Bulgarian one)."""
    data = load_language_data(code)
    return LanguageProfile(
        code=code,
        alphabet=frozenset(data["alphabet"]),
        markers=frozenset(data.get("markers", "")),
        words=frozenset(fold_case(w) for w in data["words"]),
        is_known=lru_cache(maxsize=100_000)(lambda word: morphology(code).is_known(word)),
        foreign=frozenset(fold_case(w) for w in data.get("foreign_words", [])),
        other_letters=frozenset(data.get("other_letters", "")),
        unknown_is_foreign=bool(data.get("unknown_is_foreign", False)),
        lemmas=lru_cache(maxsize=100_000)(lambda word: frozenset(p.lemma for p in morphology(code).analyze(word).parses)),
        article_endings=tuple(data.get("article_endings", ())),
        foreign_spelling=tuple(re.compile(p) for p in data.get("foreign_spelling", ())),
        foreign_article_endings=tuple(data.get("foreign_article_endings", ())),
        foreign_sentence_words=int(data.get("foreign_sentence_words", 0)),
        unknown_sentence_words=int(data.get("unknown_sentence_words", 0)),
    )


@dataclass(frozen=True)
class Euphony:
    """A preposition that takes another form before some words: «о» → «об» before «этом»."""

    word: str
    before: re.Pattern[str]
    becomes: str


@dataclass(frozen=True)
class Article:
    """The article a demonstrative ending hands to its noun; `after` swaps a noun's last letter for another."""

    demonstrative: str
    article: str
    after: tuple[tuple[str, str], ...] = ()

    def on(self, noun: str) -> str:
        for letter, article in self.after:
            if noun.lower().endswith(letter):
                return noun[: -len(letter)] + article
        return noun + self.article


@dataclass(frozen=True)
class Grammar:
    """What the fixes need to know of a language besides its words (`language.yaml`): prepositions
    that change before some words, and Bulgarian articles and clitics."""

    euphony: tuple[Euphony, ...] = ()
    # the article a demonstrative's ending hands to its noun
    articles: tuple[Article, ...] = ()
    # the article a subject's first word takes as an object, when a fix moves it after its verb («-ът» → «-а»)
    object_articles: tuple[tuple[str, str], ...] = ()
    # a bare possessive and the same possessive with its article («Ваша» → «Вашата»)
    possessive_articles: tuple[tuple[str, str], ...] = ()
    bare_possessive_after: frozenset[str] = frozenset()
    # a participle's ending and the object clitic that doubles a fronted object of its gender and number
    object_clitics: tuple[tuple[str, str], ...] = ()
    # words that open a sentence with a clause of its own, not with the subject («ако», «след»)
    clitic_free_openers: frozenset[str] = frozenset()
    # a subject's article and the clitic that doubles it as an object («-та» → «я»)
    subject_clitics: tuple[tuple[str, str], ...] = ()
    # words that may follow a passive participle without being its subject («възстановена по сметката»)
    adjunct_openers: frozenset[str] = frozenset()
    # a participle's ending and the last letters of the words of a subject with no article that agree with it
    # («Допълнителна информация ще бъде изпратена»: «-а» ↔ «-а/-я»)
    bare_subject_endings: tuple[tuple[str, str], ...] = ()
    # conjunctions that join clauses, for a language without grammemes: the words before a passive that hold
    # one are not its subject alone («Екипът работи и сумата ще бъде възстановена»)
    coordinators: frozenset[str] = frozenset()
    # lemmas of nouns that only name money, and go before an amount
    amount_nouns: frozenset[str] = frozenset()
    # words that belong to a vague phrase when they stand before it, so a `--mark` gap takes them too
    gap_leads: tuple[tuple[str, ...], ...] = ()
    # a modal and the infinitive auxiliary of a passive after it («может быть произведён»)
    modal_verbs: frozenset[str] = frozenset()
    passive_auxiliaries: frozenset[str] = frozenset()
    # the possessive with which the company names itself as a passive's agent («нашим предприятием»), as lemmas
    our_possessives: frozenset[str] = frozenset()
    # pronouns written with a capital out of politeness («Вы», «Ваш»), as lemmas and forms
    polite_pronouns: frozenset[str] = frozenset()
    # words that open a sentence by pointing back at the one before («Поэтому», «С оглед на гореизложеното»):
    # the sentence before them is never dropped
    pointer_openers: tuple[tuple[str, ...], ...] = ()
    # connectors a fix writes that must not open the sentence's next clause too («из-за сбоя…, из-за чего…»)
    once_per_sentence: frozenset[str] = frozenset()
    # the word that joins two clauses of one subject («и»), after which a closing formula may go on its own
    and_words: frozenset[str] = frozenset()
    # conjunctions after which a clause with a fix's new subject would say it twice («…, и мы», «…, а мы»)
    joining_words: frozenset[str] = frozenset()
    # lemmas that name another body as the doer after a passive («подрядной организацией»)
    doer_bodies: frozenset[str] = frozenset()
    # forms that give a work to the body named after them («силами производителя»): the work is that body's
    doer_markers: frozenset[str] = frozenset()
    # lemmas that say a body answers for a work («ответственность»): the work is that body's
    duty_words: frozenset[str] = frozenset()
    # particles that deny the word after them («не несёт ответственности»): a duty denied is no duty
    negations: frozenset[str] = frozenset()
    # words that point back at the clause before («надеемся на его продолжение»): the clause cannot stand alone
    anaphors: frozenset[str] = frozenset()
    # words that never open a sentence (Bulgarian clitics: „се“, „Ви“, „сме“), but follow the verb there
    clitics: frozenset[str] = frozenset()
    # words of an offer of help or an answer, by lemma or form («пишите», «распоряжение»): a fix that writes one
    # where its formula had none adds an invitation the letter never made
    help_words: frozenset[str] = frozenset()
    # prepositions, for a language without grammemes: a sentence that opens with one opens with a phrase
    prepositions: frozenset[str] = frozenset()
    # words that open a clause after a comma («че», «когато»), for a language without grammemes
    clause_openers: frozenset[str] = frozenset()


@cache
def grammar(code: str) -> Grammar:
    data = load_language_data(code)
    return Grammar(
        euphony=tuple(
            Euphony(e["word"], re.compile(e["before"], re.IGNORECASE), e["becomes"]) for e in data.get("euphony", [])
        ),
        articles=tuple(
            Article(a["demonstrative"], a["article"], tuple(a.get("after", {}).items())) for a in data.get("articles", [])
        ),
        object_articles=tuple(data.get("object_articles", {}).items()),
        possessive_articles=tuple(data.get("possessive_articles", {}).items()),
        bare_possessive_after=frozenset(data.get("bare_possessive_after", [])),
        object_clitics=tuple(data.get("object_clitics", {}).items()),
        clitic_free_openers=frozenset(data.get("clitic_free_openers", [])),
        subject_clitics=tuple(data.get("subject_clitics", {}).items()),
        adjunct_openers=frozenset(data.get("adjunct_openers", [])),
        bare_subject_endings=tuple(data.get("bare_subject_endings", {}).items()),
        coordinators=frozenset(data.get("coordinators", [])),
        amount_nouns=frozenset(data.get("amount_nouns", [])),
        gap_leads=tuple(tuple(lead.split()) for lead in data.get("gap_leads", [])),
        modal_verbs=frozenset(data.get("modal_verbs", [])),
        passive_auxiliaries=frozenset(data.get("passive_auxiliaries", [])),
        our_possessives=frozenset(data.get("our_possessives", [])),
        polite_pronouns=frozenset(data.get("polite_pronouns", [])),
        pointer_openers=tuple(tuple(fold_case(w) for w in opener.lower().split()) for opener in data.get("pointer_openers", [])),
        once_per_sentence=frozenset(fold_case(w) for w in data.get("once_per_sentence", [])),
        and_words=frozenset(fold_case(w) for w in data.get("and_words", [])),
        joining_words=frozenset(fold_case(w) for w in data.get("joining_words", [])),
        doer_bodies=frozenset(fold_case(w) for w in data.get("doer_bodies", [])),
        doer_markers=frozenset(fold_case(w) for w in data.get("doer_markers", [])),
        duty_words=frozenset(fold_case(w) for w in data.get("duty_words", [])),
        negations=frozenset(fold_case(w) for w in data.get("negations", [])),
        anaphors=frozenset(fold_case(w) for w in data.get("anaphors", [])),
        clitics=frozenset(fold_case(w) for w in data.get("clitics", [])),
        help_words=frozenset(fold_case(w) for w in data.get("help_words", [])),
        prepositions=frozenset(fold_case(w) for w in data.get("prepositions", [])),
        clause_openers=frozenset(fold_case(w) for w in data.get("clause_openers", [])),
    )


@cache
def language_tools(code: str) -> LanguageTools:
    from spacy.attrs import ORTH
    from spacy.lang.char_classes import ALPHA
    from spacy.pipeline import Sentencizer
    from spacy.strings import get_string_id
    from spacy.util import get_lang_class

    base = get_lang_class(code)
    # office abbreviations spaCy does not know («вх. № 1184»): a full stop that ends no sentence
    abbreviations = [a for a in load_language_data(code).get("abbreviations", []) for a in (a, a.capitalize())]

    class Defaults(base.Defaults):  # type: ignore[name-defined]
        infixes = [p for p in cast("list[str]", base.Defaults.infixes) if _HYPHEN_INFIX_MARK not in p] + [
            rf"(?<=[{ALPHA}])(?:–|—|--|---|——|~)(?=[{ALPHA}])"
        ]
        tokenizer_exceptions = {**base.Defaults.tokenizer_exceptions, **{a: [{ORTH: a}] for a in abbreviations}}

    language_class = type(base.__name__, (base,), {"lang": code, "Defaults": Defaults})
    with _build_lock:
        nlp = language_class()
    ends = frozenset(get_string_id(ch) for ch in Sentencizer.default_punct_chars)
    data = load_language_data(code)
    units = frozenset(a.rstrip(".").lower() for a in data.get("unit_abbreviations", []))
    polite = frozenset(data.get("polite_pronouns", []))
    return LanguageTools(code, nlp, morphology(code), language_profile(code), ends, units, polite)
