"""Fix kinds that change words in place: a replacement, a lemma inflected to agree, a light verb made the
noun's own verb, a request formula made an imperative, a demonstrative made an article, a formula sentence
dropped, an announcement made a colon."""
from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .clause_shape import clause_start
from .edits import (
    Context,
    Edit,
    clause_surfaces,
    govern,
    original,
    polite_as_written,
    replacement,
    spelled_like,
    surfaces,
)
from .fix_kinds import FixError, FixKind, Switch, Target, case_option, fix_kind
from .inflection import aspect_of, imperative_of, inflect_like, is_proper, modifies_next, verb_like
from .matching import Sentence
from .morphology import Parse, WordAnalysis
from .normalize import fold_case


@dataclass(frozen=True)
class Government:
    """`govern: CASE` (and `governed`, the old case): the noun phrase after the new words (and any text they
    absorbed: «ознакомились с» → «прочитали») takes CASE."""

    case: str | None = None
    source: str | None = None

    @classmethod
    def parse(cls, data: Mapping[str, Any], has_grammemes: bool) -> Government:
        case, source = case_option(data, "govern", has_grammemes), case_option(data, "governed", has_grammemes)
        if source and not case:
            raise FixError("governed (the old case) goes with govern (the new one)")
        return cls(case, source)

    def edits(self, new: str, target: Target, rule_id: str, context: Context) -> list[Edit] | str:
        edits = [replacement(target.start, target.end, new, rule_id, context)]
        following = _next_word(target)
        if new and " " not in new and following is not None:
            clause = _clause_before(context, target.sentence, target.first) + clause_surfaces(
                context, target.sentence, following)
            if clause.count(fold_case(new)) >= 2:
                return f"«{new}» would stand three times in a row"
        connector = fold_case(new.split()[0]) if new.strip() else ""
        if connector in context.grammar.once_per_sentence and _said_in_sentence(connector, target, context):
            return f"«{connector}» would say the sentence's own connector again"
        edits += _article_after(new, target, rule_id, context)
        if not self.case:
            return edits
        if following is None:
            return "no noun phrase follows for the new words to govern"
        governed = govern(target.sentence, following, self.case, self.source, rule_id, context)
        return governed if isinstance(governed, str) else edits + governed


_NO_PARSE = Parse("", frozenset())
# Quotes that close a name: «ООО «Ромашка»».
NAME_CLOSES = "»“”\""


def _next_word(target: Target) -> int | None:
    """The word right after the edited span, if only spaces stand between them."""
    return next((i for i, (s, _) in enumerate(target.sentence.spans) if s >= target.end), None)


def _clause_before(context: Context, sentence: Sentence, first: int) -> list[str]:
    """The words before word `first` back to a punctuation mark: «за обратната връзка относно плащането за
    дивана» already holds two «за» around the word a fix would make a third."""
    text, spans = context.view.text, sentence.spans
    start = first
    while start > 0 and not text[spans[start - 1][1]:spans[start][0]].strip():
        start -= 1
    return surfaces(context, sentence, start, first - 1) if start < first else []


def _said_in_sentence(new: str, target: Target, context: Context) -> bool:
    """Whether the connector `new` would say the sentence's own one again: a later clause opens with it («из-за
    сбоя оператора, из-за чего оплата не прошла»), it stands later in the phrase the new one opens, no mark between
    («из-за задержки машины на трассе из-за снегопада»), or it stood before and the new one hangs on a noun of its
    phrase («из-за неполноты документов и загруженности экспертов из-за наплыва заявок»); two causes side by side
    («отменён из-за болезни…, не пришло из-за сбоя», «из-за ошибки, а также из-за загруженности») read well
    (`once_per_sentence`)."""
    spans, text = target.sentence.spans, context.view.text
    if any(text[spans[at - 1][1]:spans[at][0]].strip() == "," and fold_case(text[start:end]) == new
           for at, (start, end) in enumerate(spans) if at and start >= target.end):
        return True
    if _later_in_phrase(new, target, context):
        return True
    said = re.search(rf"(?<!\w){re.escape(new)}(?!\w)", fold_case(text[target.sentence.start:target.start]))
    return said is not None and hangs_on_noun(target.sentence, target.start, text)


def _later_in_phrase(new: str, target: Target, context: Context) -> bool:
    """Whether the connector `new` stands again after the edited span with only words and spaces between."""
    spans, text = target.sentence.spans, context.view.text
    after = [at for at, (start, _) in enumerate(target.sentence.spans) if start >= target.end]
    for at in after:
        if at > after[0] and text[spans[at - 1][1]:spans[at][0]].strip():
            return False
        if fold_case(text[spans[at][0]:spans[at][1]]) == new:
            return True
    return False


def hangs_on_noun(sentence: Sentence, at: int, text: str) -> bool:
    """Whether the word right before `at` (view offsets), with only spaces between, is a noun, or a name closed by a
    quote: a connector written there opens a phrase of that noun («загруженности экспертов из-за наплыва», «по
    решению АО «Дорстрой» из-за гололёда»), not a cause of the clause."""
    before = bisect.bisect_right([end for _, end in sentence.spans], at) - 1
    if before < 0:
        return False
    between = text[sentence.spans[before][1]:at].strip()
    if between:
        return not between.strip(NAME_CLOSES)
    return "NOUN" in next(iter(sentence.words[before].parses), _NO_PARSE).tags


def _article_after(new: str, target: Target, rule_id: str, context: Context) -> list[Edit]:
    """The article a bare possessive right after the new words takes, unless they make it a role («като наш клиент»)
    or a mark parts them, in the draft or at the end of the new words («Въпреки това, наш техник…», «Ако е нужно,
    наш техник…»: the possessive opens the clause as its subject, no preposition governs it)."""
    following = _next_word(target)
    if following is None or not new.strip() or not new.rstrip()[-1].isalnum() \
            or fold_case(new.split()[-1]) in context.grammar.bare_possessive_after:
        return []
    if context.view.text[target.end:target.sentence.spans[following][0]].strip():
        return []
    return _possessive_article(following, target.sentence, rule_id, context)


def _possessive_article(at: int, sentence: Sentence, rule_id: str, context: Context) -> list[Edit]:
    """A bare possessive after the new preposition takes its article: «за Ваша претенция» → «за Вашата претенция»."""
    start, end = original(context, *sentence.spans[at])
    word = context.text[start:end]
    definite = dict(context.grammar.possessive_articles).get(fold_case(word))
    if definite is None or context.text[start - 1:start] not in (" ", "\u00a0"):
        return []
    return [Edit(start, end, word[:1] + definite[1:], rule_id)]


@dataclass(frozen=True)
class _Governing(FixKind):
    """A kind whose new words may govern the noun phrase after them (`govern`)."""

    word: str
    government: Government

    @classmethod
    def parse(cls, data: Mapping[str, Any], has_grammemes: bool) -> FixKind:
        word = data[cls.key]
        if not isinstance(word, str) or not (word or cls.key == "replace"):
            raise FixError(f"{cls.key} is the text that takes the match's place")
        return cls(word, Government.parse(data, has_grammemes))

    def plan(self, target: Target, rule_id: str, context: Context) -> list[Edit] | str:
        new = self.new_words(target, context)
        if new is None:
            return f"cannot tell the form «{self.word}» must take here"
        return self.government.edits(new, target, rule_id, context)

    def new_words(self, target: Target, context: Context) -> str | None:
        raise NotImplementedError


@fix_kind("replace", "govern", "governed")
class Replace(_Governing):
    """`replace: TEXT`: the matched words become TEXT («» deletes them)."""

    def new_words(self, target: Target, context: Context) -> str | None:
        return spelled_like(context, self.word)


@fix_kind("inflect", "govern", "governed", grammemes=True)
class Inflect(_Governing):
    """`inflect: LEMMA`: the matched words become LEMMA in their head word's form (данного → этого)."""

    def new_words(self, target: Target, context: Context) -> str | None:
        words = surfaces(context, target.sentence, target.first, target.last)
        lemma = context.morphology.lexeme_parse(self.word, frozenset({"ADJF"}))
        if lemma is not None and len(words) == 1:  # an adjective needs the noun it modifies right after it
            at = _next_word(target)
            following = surfaces(context, target.sentence, at, at)[0] if at is not None else None
            if not modifies_next(context.morphology, words[0], following):
                return None
        new = inflect_like(context.morphology, self.word, words)
        return spelled_like(context, new) if new is not None else None


def verb_map(data: Any) -> tuple[tuple[str, tuple[str, str]], ...]:
    """`{NOUN: [PERFECTIVE, IMPERFECTIVE]}`, the noun folded as lemmas are."""
    if not isinstance(data, Mapping) or not data:
        raise FixError("verb maps a noun to [perfective verb, imperfective verb]")
    verbs = tuple((fold_case(str(noun)), tuple(pair)) for noun, pair in data.items())
    if any(len(pair) != 2 or not all(isinstance(v, str) for v in pair) for _, pair in verbs):
        raise FixError("verb maps a noun to [perfective verb, imperfective verb]")
    return verbs


@fix_kind("verb", "manner", grammemes=True)
@dataclass(frozen=True)
class Verb(FixKind):
    """«осуществим доставку заказа» → «доставим заказ»: the noun's own verb, in the light verb's form. With
    `manner: {ADJECTIVE: ADVERB}` an adjective of the noun listed there becomes an adverb before the new verb
    («произведём повторную обработку» → «повторно обработаем»)."""

    verbs: tuple[tuple[str, tuple[str, str]], ...]
    manners: tuple[tuple[str, str], ...] = ()

    @classmethod
    def parse(cls, data: Mapping[str, Any], has_grammemes: bool) -> Verb:
        manner = data.get("manner", {})
        if not isinstance(manner, Mapping) or not all(isinstance(v, str) and v for v in manner.values()):
            raise FixError("manner maps an adjective's lemma to the adverb it becomes before the new verb")
        return cls(verb_map(data["verb"]), tuple((fold_case(str(k)), v) for k, v in manner.items()))

    def _adverb(self, sentence: Sentence, first: int, last: int) -> str | None:
        """The adverb for the one listed adjective between the light verb and its noun, in the noun's case."""
        if last != first + 2 or not self.manners:
            return None
        manners = dict(self.manners)
        cases = {tag for p in sentence.words[last].parses if "NOUN" in p.tags for tag in p.tags}
        adverbs = {manners[p.lemma] for p in sentence.words[first + 1].parses
                   if "ADJF" in p.tags and p.lemma in manners and p.tags & cases & {"nomn", "accs"}}
        return adverbs.pop() if len(adverbs) == 1 else None

    def plan(self, target: Target, rule_id: str, context: Context) -> list[Edit] | str:
        sentence, first, last = target.sentence, target.first, target.last
        if last == first and first == 1:
            fronted = self._fronted(sentence, rule_id, context)
            if fronted is not None:
                return fronted
        if last == first:
            last = first + 1
        adverb = self._adverb(sentence, first, last)
        if last != first + 1 and adverb is None or last >= len(sentence.words):
            return "words between the verb and its noun would be lost"
        morphology = context.morphology
        light = surfaces(context, sentence, first, first)[0]
        verbs = dict(self.verbs)
        pairs = {verbs[p.lemma] for p in sentence.words[last].parses if p.lemma in verbs}
        aspect = aspect_of(morphology, light)
        if len(pairs) != 1 or aspect is None:
            return "no single plain verb is listed for this noun, or the light verb's aspect is unclear"
        perfective, imperfective = pairs.pop()
        new = verb_like(morphology, perfective if aspect == "perf" else imperfective, light)
        if new is None:
            return f"the form of «{light}» is ambiguous or not a plain active verb"
        start, end = sentence.spans[first][0], sentence.spans[last][1]
        edits = [replacement(start, end, spelled_like(context, f"{adverb} {new}" if adverb else new), rule_id, context)]
        if last + 1 >= len(sentence.words) or context.view.text[sentence.spans[last][1]:sentence.spans[last + 1][0]].strip():
            # «Вчера мы провели проверку.» → «Вчера мы проверили.»: the new verb would end its clause without an object
            return "the new verb would have no object"
        following = morphology.parses(surfaces(context, sentence, last + 1, last + 1)[0])
        if following and following[0].tag.case == "gent" and following[0].tag.POS in {"NOUN", "ADJF", "PRTF", "NPRO"}:
            governed = govern(sentence, last + 1, "accs", "gent", rule_id, context)
            if isinstance(governed, str):
                return governed
            edits += governed
        return edits

    def _fronted(self, sentence: Sentence, rule_id: str, context: Context) -> list[Edit] | None:
        """«Доставку осуществим в пятницу» → «Доставим в пятницу»: the sentence opens with the noun, in the
        accusative, right before the light verb in the first person; both become the noun's verb. None where
        that is not the shape (the clause must go on after the verb: a bare «Доставим.» says too little)."""
        morphology, text = context.morphology, context.view.text
        noun, light = surfaces(context, sentence, 0, 1)
        verbs = dict(self.verbs)
        pairs = {verbs[p.lemma] for p in sentence.words[0].parses if p.lemma in verbs}
        accusative = any(p.tag.case == "accs" and p.tag.POS == "NOUN" for p in morphology.parses(noun))
        persons = {p.tag.person for p in morphology.parses(light) if p.tag.POS == "VERB"}
        first_person = "1per" in persons and not persons & {"2per", "3per"}
        aspect = aspect_of(morphology, light)
        if len(pairs) != 1 or not accusative or not first_person or aspect is None or len(sentence.words) < 3 \
                or text[sentence.spans[0][1]:sentence.spans[1][0]].strip() or text[sentence.spans[1][1]:sentence.spans[2][0]].strip():
            return None
        perfective, imperfective = pairs.pop()
        new = verb_like(morphology, perfective if aspect == "perf" else imperfective, light)
        if new is None:
            return None
        new = spelled_like(context, new)
        new = new[:1].upper() + new[1:] if noun[:1].isupper() else new
        return [replacement(sentence.spans[0][0], sentence.spans[1][1], new, rule_id, context)]


@fix_kind("definite")
class Definite(Switch):
    """Bulgarian: the demonstrative goes and its article moves to the noun (въпросната поръчка → поръчката).

    The endings and articles are the language's data (`articles` in `language.yaml`)."""

    def plan(self, target: Target, rule_id: str, context: Context) -> list[Edit] | str:
        sentence, first = target.sentence, target.first
        if first + 1 >= len(sentence.words):
            return "no noun follows the demonstrative"
        demonstrative = sentence.words[first].form
        article = next((a for a in context.grammar.articles if demonstrative.endswith(a.demonstrative)), None)
        noun_start, noun_end = original(context, *sentence.spans[first + 1])
        noun = context.text[noun_start:noun_end]
        if article is None or not noun.isalpha():
            return "cannot tell which article the noun takes"
        new = article.on(noun)
        if not context.morphology.is_known(fold_case(new)):
            return f"«{new}» is not a known word"
        start, _ = original(context, *sentence.spans[first])
        old = context.text[start:noun_start]
        if old[:1].isupper():
            new = new[:1].upper() + new[1:]
        return [Edit(start, noun_end, new, rule_id)]


@fix_kind("drop")
class Drop(Switch):
    """`drop: sentence`: the whole sentence goes, when the match is all of it; a line left empty goes too. Not
    before a sentence that opens by pointing back at it (`pointer_openers` in `language.yaml`: «Поэтому…»):
    the pointer would land on the sentence before."""

    value = "sentence"

    def plan(self, target: Target, rule_id: str, context: Context) -> list[Edit] | str:
        if not _is_whole_sentence(target):
            return "the formula shares its sentence with other words"
        if _points_back(_next_sentence(target.sentence, context), context):
            return "the next sentence points back at this one"
        return [Edit(*_sentence_with_its_line(target.sentence, context), "", rule_id, drops_sentence=True)]


@dataclass(frozen=True)
class _NewText(FixKind):
    """A kind whose key holds the non-empty text that takes the formula's place."""

    text: str

    @classmethod
    def parse(cls, data: Mapping[str, Any], has_grammemes: bool) -> FixKind:
        if not isinstance(data[cls.key], str) or not data[cls.key].strip():
            raise FixError(f"{cls.key} is the text that takes the formula's place")
        return cls(data[cls.key])


@fix_kind("sentence")
class WholeSentence(_NewText):
    """`sentence: TEXT`: a formula sentence becomes TEXT with the sentence's own final mark, when the match is
    all of it; for a formula that is often a reply's only closing («Благодарим за понимание!» → «Спасибо!»).
    TEXT that offers help (`help_words` in `language.yaml`) takes the place only of a formula that offers it
    too («Остаёмся в вашем распоряжении»): a fix may keep or drop a stock line, never add an invitation."""

    def plan(self, target: Target, rule_id: str, context: Context) -> list[Edit] | str:
        if not _is_whole_sentence(target):
            return "the formula shares its sentence with other words"
        if _offers_help(_new_words(self.text, context), context) and not _offers_help(target.sentence.words, context):
            return "the new sentence would offer help the formula does not"
        start, end = original(context, target.sentence.start, target.sentence.end)
        old = context.text[start:end].rstrip()
        mark = old[-1] if old[-1:] in (".", "!") else ""
        return [Edit(start, start + len(old), polite_as_written(self.text, context) + mark, rule_id)]


def _new_words(text: str, context: Context) -> list[WordAnalysis]:
    """The analyses of the words a fix writes."""
    return [context.morphology.analyze(fold_case(w)) for w in re.findall(r"[^\W\d_]+", text)]


def _offers_help(words: Sequence[WordAnalysis], context: Context) -> bool:
    """Some word is one of an offer of help or an answer (`help_words`), by lemma or form."""
    return any(({p.lemma for p in word.parses} | {fold_case(word.form)}) & context.grammar.help_words for word in words)


# The word after a formula's end: its first letter, and the letters after it.
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_])([^\W\d_]*)")
# A colon of the next sentence's own, before its end («Мы проверили отгрузку: …»); a dot inside a date and a
# colon inside a time («в 9:40») go on.
_OWN_COLON = re.compile(r"(?:[^.!?…\n:]|[.!?…:](?=\S))*:(?=\s)")


@fix_kind("topic")
class Topic(_NewText):
    """`topic: TEXT` (a colon): a formula that announces what follows becomes TEXT, and the sentence it announced
    goes on after it with a small letter («По заказу № 55107 сообщаем следующее. При оплате…» → «По заказу
    № 55107: при оплате…»). A next word that may be a name keeps its capital, and the fix steps aside; so
    where that sentence has a colon of its own, which would follow the new one (judged unnatural, round 33)."""

    def plan(self, target: Target, rule_id: str, context: Context) -> list[Edit] | str:
        edit = replacement(target.start, target.end, self.text, rule_id, context)
        following = _NEXT_WORD.match(context.text, edit.end)
        if following is None or not following.group(1).isupper() or following.group(2) != following.group(2).lower():
            return "no sentence goes on after the formula for a small letter to join"
        if _OWN_COLON.match(context.text, following.start()):
            return "the sentence after the formula has a colon of its own"
        word = fold_case(following.group(1) + following.group(2))
        morphology = context.morphology
        if not morphology.is_known(word) or morphology.has_grammemes and is_proper(morphology, word):
            return f"«{following.group(1) + following.group(2)}» may be a name, which keeps its capital"
        return [edit, Edit(following.start(1), following.end(1), following.group(1).lower(), rule_id)]


@fix_kind("frame", "tail", "split", "closing", "opening", "subject", "govern", "governed")
@dataclass(frozen=True)
class Frame(FixKind):
    """`frame: TEXT` with `tail: REGEX`: a frame around the sentence's own words loses both ends in one fix, or
    neither: the match (its first word, with `first_word`) becomes TEXT and the text `tail` finds after it, to
    the sentence's end, goes («Рассмотрев Ваше обращение от 02.04, сообщаем следующее.» → «Отвечаем на Ваше
    обращение от 02.04.»). The words between, with their facts, stay as written (a Bulgarian bare possessive after
    TEXT takes its article: „Отговаряме на Вашето писмо“); without the tail the fix steps aside. A tail with groups
    sets a condition on the words between: only its last group goes. With `split: true` the tail ends inside the
    sentence, before the news the frame announced: it becomes a full stop, and the news a sentence of its own
    („… № 5 Ви информираме, че пратката е в София.“ → „Отговаряме на … № 5. Пратката е в София.“). With `closing:
    TEXT` the tail's words become TEXT instead of going («По итогам проверки установлено, что…» → «После проверки
    выяснилось, что…»). With `opening: REGEX` the frame opens before the match: the words it finds at the sentence's
    start (or its group's, after the sender who opens the sentence) become TEXT, and the match goes with its tail
    („По Вашето запитване № 5 Ви уведомяваме следното.“ → „Отговаряме на Вашето запитване № 5.“); with `govern` the
    noun phrase after TEXT takes its case («По Вашему письму № 5 сообщаем следующее.» → «Отвечаем на Ваше письмо №
    5.»). With `subject: REGEX` too, the sender the regex finds right before the match, named after the letter, goes
    in front of TEXT («В ответ на Ваше письмо № 5 ООО «Луч» сообщает следующее.» → «ООО «Луч» отвечает на Ваше
    письмо № 5.»; a comma before the sender goes with the frame). A tail that takes a colon over the news in the
    paragraph below ends the frame's sentence on a full stop."""

    text: str
    tail: re.Pattern[str]
    split: bool = False
    closing: str = ""
    opening: re.Pattern[str] | None = None
    subject: re.Pattern[str] | None = None
    government: Government = Government()

    @classmethod
    def parse(cls, data: Mapping[str, Any], has_grammemes: bool) -> Frame:
        text, tail, split, closing = data["frame"], data.get("tail"), data.get("split", False), data.get("closing", "")
        if not (isinstance(text, str) and text.strip()):
            raise FixError("frame is the text that takes the match's first word's place")
        if not (isinstance(tail, str) and tail):
            raise FixError("frame needs `tail`, the words at the sentence's end that go with the frame")
        if not isinstance(split, bool):
            raise FixError("split is true or false")
        if not isinstance(closing, str) or (closing and split):
            raise FixError("closing is the text the tail's words become, and does not go with split")
        opening, subject = data.get("opening"), data.get("subject")
        if opening is not None and not (isinstance(opening, str) and opening):
            raise FixError("opening is a regex: the words at the sentence's start that become the frame's text")
        if subject is not None and not (isinstance(subject, str) and subject and opening):
            raise FixError("subject is a regex: the sender before the match that goes in front of an opening's text")
        return cls(text, _regex("tail", tail), split, closing, _regex("opening", opening) if opening else None,
                   _regex("subject", subject) if subject else None, Government.parse(data, has_grammemes))

    def plan(self, target: Target, rule_id: str, context: Context) -> list[Edit] | str:
        framed = self._framed(target, context)
        if framed is None:
            return "the sentence does not open with the frame's words"
        tail = self.tail.search(context.view.text, target.end, target.sentence.end)
        group = self.tail.groups if tail is not None and self.tail.groups and tail.start(self.tail.groups) >= 0 else 0
        # with `opening` the match itself is the frame's closing words, and the tail may only check what follows it
        empty = tail is not None and tail.start(group) == tail.end(group) and framed is target
        if tail is None or empty or framed is not target and tail.start() != target.end:
            return "the frame's closing words are not at the sentence's end"
        start, end = tail.start(group), tail.end(group)
        text, new = context.view.text, spelled_like(context, self.text)
        if framed is not target:  # the match goes with its tail, and the spaces and comma before it
            start = len(text[:target.start].rstrip(" ,"))
        if self.subject is not None:
            sender = _sender_before(self.subject, text, framed.end, target.start)
            if sender is None:
                return "no sender is named right before the frame's closing words"
            start, new = len(text[:sender[0]].rstrip(" ,")), f"{context.text[slice(*original(context, *sender))]} {new}"
        news = self._news_capital(text, end, rule_id, context)
        if isinstance(news, str):
            return news
        if text[start - 1:start] == "." and text[end:end + 1] == ".":
            end += 1  # an abbreviation's full stop ends the sentence now («от 11.05.2026 г.»)
        # a colon over the news in the paragraph below closes the frame's sentence too: it ends on a full stop now
        closes = bool(news) or text[end - 1:end] == ":"
        stop = "." if closes and text[start - 1:start] != "." else self.closing
        frame = self.government.edits(new, framed, rule_id, context)
        if isinstance(frame, str):
            return frame
        return [*frame, Edit(*original(context, start, end), stop, rule_id), *news]

    def _framed(self, target: Target, context: Context) -> Target | None:
        """The words that become the frame's text: the match, or with `opening` the words it finds at the sentence's
        start (with a group, only the group's: the subject before it stays)."""
        if self.opening is None:
            return target
        sentence = target.sentence
        found = self.opening.match(context.view.text, sentence.start, target.start)
        group = 1 if self.opening.groups and found is not None and found.start(1) >= 0 else 0
        if found is None or found.end(group) == found.start(group):
            return None
        spans = sentence.spans
        first = next((i for i, (start, _) in enumerate(spans) if start >= found.start(group)), None)
        last = max((i for i, (_, end) in enumerate(spans) if end <= found.end(group)), default=None)
        if first is None or last is None or first > last:
            return None
        return Target(sentence, first, last, found.start(group), found.end(group))

    def _news_capital(self, text: str, end: int, rule_id: str, context: Context) -> list[Edit] | str:
        """With `split`, the capital of the news that goes on after the frame's closing words, in a sentence of its own."""
        if not self.split:
            return []
        news = _NEXT_WORD.match(text, end)
        if news is None or not news.group(1).islower():
            return "no news in small letters goes on after the frame's closing words"
        return [Edit(*original(context, news.start(1), news.end(1)), news.group(1).upper(), rule_id)]


def _sender_before(subject: re.Pattern[str], text: str, start: int, match: int) -> tuple[int, int] | None:
    """The span of the sender `subject` finds between `start` and a match at `match`, ending right before it."""
    end = len(text[:match].rstrip(" "))
    found = next((m for m in subject.finditer(text, start, end) if m.end() == end), None)
    return None if found is None else (found.start(), found.end())


def _regex(key: str, pattern: str) -> re.Pattern[str]:
    """A fix's regex key, compiled; a FixError names the key."""
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as error:
        raise FixError(f"{key}: {error}") from None


def _next_sentence(sentence: Sentence, context: Context) -> Sentence | None:
    return next((s for s in context.sentences if s.start >= sentence.end and s.words), None)


def _points_back(sentence: Sentence | None, context: Context) -> bool:
    """Whether `sentence` opens with one of the language's pointer openers («Затова», «В связи с этим»)."""
    if sentence is None:
        return False
    forms = tuple(fold_case(w.form) for w in sentence.words[:max(map(len, context.grammar.pointer_openers), default=0)])
    return any(forms[:len(opener)] == opener for opener in context.grammar.pointer_openers)


def _is_whole_sentence(target: Target) -> bool:
    spans = target.sentence.spans
    return bool(spans) and spans[0][0] >= target.start and spans[-1][1] <= target.end


def _sentence_with_its_line(sentence: Sentence, context: Context) -> tuple[int, int]:
    """The span a dropped sentence takes with it: its spaces, or its line when it is alone on one."""
    o_start, o_end = original(context, sentence.start, sentence.end)
    text = context.text
    line_start = max(text.rfind("\n", 0, o_start), text.rfind("\r", 0, o_start)) + 1
    while o_end < len(text) and text[o_end] in " \t":
        o_end += 1
    if text[o_end:o_end + 1] not in ("", "\n", "\r"):
        return o_start, o_end
    if text[line_start:o_start].strip():
        while o_start > line_start and text[o_start - 1] in " \t":
            o_start -= 1
        return o_start, o_end
    line_end = o_end + _line_break_length(text, o_end)
    if line_end >= len(text.rstrip()):
        # the last line goes: so do the line breaks before it
        line_start = len(text[:line_start].rstrip())
    elif text[:line_start].endswith(("\n\n", "\r\n\r\n", "\r\r")):
        # a paragraph between blank lines goes: one blank line closes up
        line_end += _line_break_length(text, line_end)
    return line_start, line_end


def _line_break_length(text: str, at: int) -> int:
    if text.startswith("\r\n", at):
        return 2
    return 1 if text[at:at + 1] in ("\n", "\r") else 0


@fix_kind("imperative", "please", grammemes=True)
@dataclass(frozen=True)
class Imperative(FixKind):
    """`imperative: true`: a request formula made the polite imperative of its infinitive; `please: WORD` keeps
    the request's politeness, first in the sentence or after the verb («Просим вас прислать фото» → «Пожалуйста,
    пришлите фото», «Для этого просим позвонить нам» → «Для этого позвоните, пожалуйста, нам»): a bare
    imperative orders the customer about (judged unnatural, round 23)."""

    please: str | None = None

    @classmethod
    def parse(cls, data: Mapping[str, Any], has_grammemes: bool) -> Imperative:
        please = data.get("please")
        if data["imperative"] is not True:
            raise FixError("imperative: true is the only kind of imperative")
        if please is not None and not (isinstance(please, str) and please.strip() and " " not in please.strip()):
            raise FixError("please is the one word of politeness that follows the imperative")
        return cls(please.strip() if please else None)

    def plan(self, target: Target, rule_id: str, context: Context) -> list[Edit] | str:
        edits = imperative(target.sentence, target.first, target.last, rule_id, context)
        if isinstance(edits, str) or self.please is None:
            return edits
        sentence, please = target.sentence, fold_case(self.please)
        if any(fold_case(word.form) == please for word in sentence.words):
            return edits
        edit = edits[-1]
        if target.first == 0:
            # opening the sentence, the word goes first, so that the verb still meets its noun on the next
            # pass («Пожалуйста, обеспечьте сохранность…» → «Пожалуйста, сохраните…»)
            first = self.please[:1].upper() if edit.new[:1].isupper() else self.please[:1]
            opened = f"{first}{self.please[1:]}, {edit.new[:1].lower()}{edit.new[1:]}"
            return [Edit(edit.start, edit.end, opened, rule_id)]
        words_follow = _WORD_FOLLOWS.match(context.text, edit.end) is not None
        return [Edit(edit.start, edit.end, f"{edit.new}, {self.please}{',' if words_follow else ''}", rule_id)]


# More of the sentence after the imperative, on its line: «пожалуйста» is then parted from it by a comma too.
_WORD_FOLLOWS = re.compile(r"[ \t]+[^\s.,;:!?)…—–-]")


def _in_front(sentence: Sentence, first: int, context: Context) -> str | None:
    """Why the words opening the clause before the formula at `first` keep it, or None: a subject pronoun
    («Мы просим вас прислать чек» → «Мы пришлите» has no grammar), or a noun phrase that may be accusative,
    with no preposition: the verb's object put in front («Вопрос о пени просим рассмотреть» → «Вопрос …
    рассмотрите, пожалуйста» orders the customer about, judged unnatural, rounds 38 and 50)."""
    opening = clause_start(sentence, first, context)
    if opening == first:
        return None
    parses = context.morphology.parses(surfaces(context, sentence, opening, opening)[0])
    if parses[0].tag.POS == "NPRO" and parses[0].tag.case == "nomn":
        return "the formula's subject stands in front, and an imperative has none"
    if parses[0].tag.POS in _FRONTED and any(p.tag.case == "accs" for p in parses):
        return "the verb's object stands in front: the imperative would order where the formula asked"
    return None


def _infinitive_joined(sentence: Sentence, last: int, context: Context) -> bool:
    """Whether an infinitive after the verb at `last` is joined to it by a conjunction of `and_words`
    («Просим подписать акт и вернуть его»): made imperative alone, the verb leaves the other an infinitive."""
    words = surfaces(context, sentence, last, len(sentence.words) - 1)
    return any(
        fold_case(before) in context.grammar.and_words and context.morphology.parses(word)[0].tag.POS == "INFN"
        for before, word in zip(words[1:], words[2:], strict=False)
    )


# What may open a fronted object: a noun or its modifier.
_FRONTED = frozenset({"NOUN", "ADJF", "PRTF"})


def imperative(sentence: Sentence, first: int, last: int, rule_id: str, context: Context) -> list[Edit] | str:
    """«Просим вас связаться с нами» → «Свяжитесь с нами»: the request formula goes, its infinitive becomes
    the polite imperative. Only the addressee («вас») may stand between them."""
    morphology = context.morphology
    words = surfaces(context, sentence, first, last)
    between = words[1:-1]
    if any(not all(p.tag.POS == "NPRO" and p.tag.person == "2per" for p in morphology.parses(w)) for w in between):
        return "words between the formula and its verb would be lost"
    if (in_front := _in_front(sentence, first, context)) is not None:
        return in_front
    if _infinitive_joined(sentence, last, context):
        return "another infinitive is joined to the verb and would stay one («подпишите и вернуть»)"
    new = imperative_of(morphology, words[-1])
    if new is None:
        return f"«{words[-1]}» is not a plain infinitive"
    start, end = sentence.spans[first][0], sentence.spans[last][1]
    return [replacement(start, end, spelled_like(context, new), rule_id, context)]
