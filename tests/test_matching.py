"""A new word form finds every pattern that can start on it, from an index of what it carries,
exactly as if it had tried every pattern."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from rewriter import Linter
from rewriter.linter import sentences_of
from rewriter.matching import Sentence, _Choices
from rewriter.nlp import morphology
from rewriter.patterns import Atom, Slot, compile_pattern
from rewriter.rules import LANGUAGES
from rewriter.slot_index import SlotIndex

CORPUS = Path(__file__).parent / "corpus"


def _words(lang: str, linter: Linter) -> list:
    texts = [e["text"] for path in CORPUS.glob(f"*_{lang}.yaml") for e in yaml.safe_load(path.read_text(encoding="utf-8"))]
    texts += [t for rule in linter.rules(lang) for t in rule.bad]
    return list({w.form: w for text in texts for s in sentences_of(text, lang) for w in s.words}.values())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_new_form_learns_exactly_the_patterns_that_can_start_on_it(lang):
    linter = Linter()
    index = linter.pack(lang).index
    for word in _words(lang, linter):
        learned = index._learn(word)
        assert [(owner, pattern) for owner, pattern, _ in learned.candidates] == _anchored_by_trying(index, word), word.form


# per index (kept beside it, so its id stays its own): its distinct (owner, pattern) pairs, each distinct start slot
# with the pairs that can start on it, and the pairs that can start on each form, found by trying every slot
_ANCHORED: dict[int, tuple[object, list, dict, dict[str, list]]] = {}


def _anchored_by_trying(index, word) -> list:
    """The (owner, pattern) pairs that can start on the word, found by trying every pattern of the index
    on it, not through the index; once per form (in one language a form has one analysis), shared by
    the tests below, which would otherwise try every pattern on the same forms again. Equal slots fill
    with the same words, so a slot that starts several patterns is tried once for them all."""
    known = _ANCHORED.get(id(index))
    if known is None or known[0] is not index:
        pairs = list({(id(owner), pattern.source): (owner, pattern) for owner, pattern in index.entries}.values())
        # what TokenPattern.can_anchor_on tests, its start slots worked out once per pattern instead of once per form
        starting: dict = {}
        for number, (_, pattern) in enumerate(pairs):
            for i in pattern.start_slots:
                starting.setdefault(pattern.slots[i], []).append(number)
        known = _ANCHORED[id(index)] = (index, pairs, starting, {})
    _, pairs, starting, by_form = known
    found = by_form.get(word.form)
    if found is None:
        numbers = {number for slot, started in starting.items() if slot.matches(word) for number in started}
        found = by_form[word.form] = [pairs[number] for number in sorted(numbers)]
    return found


@dataclass(frozen=True)
class _EndsIn(Atom):
    """An atom of a kind the index has never heard of: a field it does not read."""

    ending: str = ""

    def matches(self, word) -> bool:
        return word.form.endswith(self.ending)


def test_an_atom_of_a_kind_the_index_does_not_know_is_tried_on_every_form():
    word = morphology("ru").analyze("доставка")
    unknown = Slot((_EndsIn(ending="ка"),))
    known = compile_pattern("доставить", True).slots[0]
    assert SlotIndex([unknown, known]).filled_by(word) == {0}
    assert SlotIndex([Slot((_EndsIn(ending="ы"),))]).filled_by(word) == set()


def test_a_regex_atom_is_found_by_how_its_matches_begin():
    word = morphology("bg").analyze("гореспоменатия")
    either = Slot((Atom(regex=re.compile(r"(горе)?упоменат(ия)?|гореспоменат(ия)?")),))
    assert SlotIndex([either, Slot((Atom(regex=re.compile("упоменат")),))]).filled_by(word) == {0}


def test_a_regex_atom_that_may_begin_with_anything_is_found_by_how_its_matches_end():
    past = Slot((Atom(regex=re.compile(r".*(л|ла|ли)")),))
    index = SlotIndex([past, Slot((Atom(regex=re.compile(r".{3,}те")),))])
    assert index.filled_by(morphology("bg").analyze("писала")) == {0}
    assert index.filled_by(morphology("bg").analyze("пишете")) == {1}
    assert index.filled_by(morphology("bg").analyze("писмо")) == set()


def test_forms_of_the_same_grammemes_share_the_slots_of_grammemes_alone_but_not_those_of_a_lemma():
    singular_noun = Slot((Atom(tag_slots=(frozenset({"NOUN"}),), forbidden=frozenset({"plur"})),))
    not_a_verb = Slot((Atom(forbidden=frozenset({"VERB", "INFN"})),))
    index = SlotIndex([singular_noun, compile_pattern("доставка{NOUN}", True).slots[0], not_a_verb])
    delivery, parcel = morphology("ru").analyze("доставка"), morphology("ru").analyze("посылка")
    assert {p.tags for p in delivery.parses} == {p.tags for p in parcel.parses}
    assert index.filled_by(delivery) == {0, 1, 2}
    assert index.filled_by(parcel) == {0, 2}
    assert index.filled_by(morphology("ru").analyze("посылок")) == {2}
    assert index.filled_by(morphology("ru").analyze("доставить")) == set()


def test_a_sentence_seen_before_is_reported_where_it_stands_in_this_reply():
    linter = Linter()
    sentence = "Доводим до вашего сведения, что заказ отправлен."
    first = linter.lint(sentence, "ru")
    again = linter.lint("Здравствуйте, Анна!\n\n" + sentence, "ru")
    shift = len("Здравствуйте, Анна!\n\n")
    found = [(f.rule, f.start) for f in first.findings if f.end > f.start]
    assert found and [(f.rule, f.start - shift) for f in again.findings if f.end > f.start] == found



def _every_match_by_trying_every_pattern(index, words) -> list[tuple[int, int, int]]:
    """What the index must find: every pattern tried at every word it can start on (found by trying
    every pattern on the word, not through the index), with no filter by what else the sentence holds."""
    found = []
    for position, word in enumerate(words):
        for owner, pattern in _anchored_by_trying(index, word):
            start = position - pattern.anchor_offset
            span = pattern.match_at(words, start) if start >= 0 else None
            if span:
                found.append((id(owner), *span))
    return sorted(found)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_index_finds_every_match_that_trying_every_pattern_finds(lang):
    linter = Linter()
    index = linter.pack(lang).index
    texts = [e["text"] for path in CORPUS.glob(f"*_{lang}.yaml") for e in yaml.safe_load(path.read_text(encoding="utf-8"))]
    texts += [t for rule in linter.rules(lang) for t in rule.bad]
    for text in texts:
        for sentence in sentences_of(text, lang):
            found = sorted((id(owner), first, last) for owner, first, last, _ in index.find(sentence.words))
            assert found == _every_match_by_trying_every_pattern(index, sentence.words), text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_keys_most_candidates_require_get_the_lowest_bits(lang):
    """A form whose candidates require only common words tests and remembers short masks: no key has a
    lower bit than a key that more candidates require."""
    index = Linter().pack(lang).index
    required = Counter(k for _, pattern, _ in index._candidates for keys in pattern.required_keys for k in keys)
    counts = [required[key] for key in sorted(index._key_bits, key=index._key_bits.__getitem__)]
    assert counts == sorted(counts, reverse=True)
    assert counts[0] > counts[-1]


@pytest.mark.parametrize("copies", [1, 3])  # a few candidates are tested in turn, more are filed under pivots
def test_a_kind_of_sentence_leaves_viable_exactly_the_candidates_whose_required_words_it_holds(copies):
    """Candidates filed under a pivot bit are found as a test of every candidate would find them: one
    needing nothing, single bits, a choice among several bits, and both at once."""
    import random

    needs = ((), (0b1,), (0b10, 0b100), (0b1010,), (0b1, 0b110), (0b11000,), (0b100000, 0b1000001), (0b1,)) * copies
    assert (len(needs) <= _Choices._FEW) == (copies == 1)
    candidates = tuple((f"owner{n}", None, False) for n in range(len(needs)))
    choices = _Choices(candidates, needs)
    rng = random.Random(5)
    for mask in [0, 0b1111111, *(rng.getrandbits(8) for _ in range(300))]:
        expected = tuple(
            candidate for candidate, need in zip(candidates, needs, strict=True) if all(bits & mask for bits in need)
        )
        assert choices.viable_in(mask & choices.relevant) == expected, bin(mask)


def test_a_sentence_of_the_words_pass_is_the_sentence_its_fields_make():
    sentence = sentences_of("Здравствуйте, Анна! Доводим до вашего сведения, что заказ отправлен.", "ru")[1]
    built = Sentence(sentence.start, sentence.end, sentence.words, sentence.spans)
    assert sentence == built
    assert sentence.forms == built.forms == ("доводим", "до", "вашего", "сведения", "что", "заказ", "отправлен")
    assert sentence.keys == built.keys and "сведение" in sentence.keys


def _sentences_token_by_token(lang: str, text: str) -> list[tuple[int, int, tuple[str, ...], tuple[tuple[int, int], ...]]]:
    """The sentencizer's rule read off spaCy's tokens one at a time: a sentence ends at the first token
    after a sentence-ending mark that is not punctuation, and at a blank line."""
    from rewriter.nlp import language_tools
    from rewriter.regions import mask_foreign

    tools = language_tools(lang)
    masked = mask_foreign(text)
    found, words, start, after_end, soft = [], [], 0, False, False

    def close(end: int) -> None:
        found.append((start, end, tuple(w for w, _ in words), tuple(s for _, s in words)))
        words.clear()

    for token in tools.nlp.tokenizer(masked):
        ends = token.orth in tools.sentence_ends
        if ends:
            if not after_end:  # a unit's or a date's full stop holds only before a capital letter
                soft = token.text == "." and bool(words) and (words[-1][0] in tools.units or words[-1][0][-1:].isdigit())
            after_end = True
        elif after_end and not token.is_punct and not (soft and token.is_space):
            after_end = False
            if words and not (soft and not (token.text[0].isupper() and token.text.lower() not in tools.polite)):
                close(token.idx)
        if not words:
            start = token.idx
        if token.is_space and token.text.count("\n") >= 2:
            if words:
                close(token.idx)
            continue
        if not (token.is_punct or token.is_space):
            words.append((tools.morphology.analyze_token(token.text).form, (token.idx, token.idx + len(token))))
            if token.text.endswith(".") and token.text[:-1].lower() in tools.units and len(words) > 1 and words[-2][0][:1].isdigit():
                after_end = soft = True
    if words or not found:
        close(len(masked))
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_words_pass_splits_every_corpus_text_where_the_sentencizer_rule_does(lang):
    texts = [e["text"] for path in CORPUS.glob(f"*_{lang}.yaml") for e in yaml.safe_load(path.read_text(encoding="utf-8"))]
    texts += ["Спасибо!!! Ок", "", "  \n\n  ", "«Готово.» Да. — Нет!\n\nПока", "Т. е. вх. № 5 ... да?! нет",
              "На 3.05. ще е. От 8 куб. м.\nНе. В 14 ч. Да, 2025 г.\nще", "От 2025 г. Ви пишем. 5 бр. Вашата"]
    for text in texts:
        passed = [(s.start, s.end, s.forms, s.spans) for s in sentences_of(text, lang)]
        assert passed == _sentences_token_by_token(lang, text), text
