"""The token-pattern language: lemmas in every form, grammemes, gaps, options, exact forms."""
from __future__ import annotations

import pytest

from rewriter.nlp import language_tools
from rewriter.normalize import fold_case
from rewriter.patterns import PatternError, compile_pattern
from rewriter.rules import expand_word_classes


def _matches(pattern_source: str, text: str, lang: str = "ru") -> list[str]:
    tools = language_tools(lang)
    pattern = compile_pattern(pattern_source, tools.morphology.has_grammemes)
    tokens = [t for t in tools.nlp.make_doc(text) if not (t.is_punct or t.is_space)]
    words = [tools.morphology.analyze(fold_case(t.text)) for t in tokens]
    found = []
    for i in range(len(words)):
        hit = pattern.match_at(words, i)
        if hit:
            found.append(" ".join(t.text for t in tokens[hit[0]:hit[1] + 1]))
    return found


@pytest.mark.parametrize("text", ["в связи с задержкой", "В связях с банками", "в связи со сбоем"])
def test_lemma_sequence_matches_every_inflection(text):
    assert _matches("в связь с|со", text)


@pytest.mark.parametrize(
    "text, found",
    [
        ("Данного заказа нет", ["Данного"]),
        ("данную посылку", ["данную"]),
        ("о данном случае", ["данном"]),
        ("нам были даны указания", []),  # a participle of «дать», not the pronoun-adjective
    ],
)
def test_grammemes_select_one_analysis(text, found):
    assert _matches("данный{Apro}", text) == found


def test_gap_skips_up_to_n_words():
    assert _matches("осуществить *2 доставка", "осуществим бесплатную быструю доставку")
    assert not _matches("осуществить *1 доставка", "осуществим бесплатную быструю доставку")


def test_optional_token_may_be_absent():
    assert _matches("быть? допустить{PRTS} ошибка", "допущена ошибка") == ["допущена ошибка"]
    assert _matches("быть? допустить{PRTS} ошибка", "была допущена ошибка")[0] == "была допущена ошибка"


def test_exact_form_does_not_match_other_forms():
    assert _matches("=связи", "связи") and not _matches("=связи", "связям")


@pytest.mark.parametrize("source", ["@defect", "ошибка|@defect|сбой", "ошибка|@defect?"])
def test_a_word_class_is_a_token_or_one_alternative_of_one(source):
    pattern = expand_word_classes(f"обнаружить {source}", "ru")
    assert "@" not in pattern and _matches(pattern, "обнаружили царапину") == ["обнаружили царапину"]


def test_an_unknown_word_class_inside_an_alternation_is_an_error():
    with pytest.raises(PatternError, match="no word class @no_such_class"):
        expand_word_classes("ошибка|@no_such_class", "ru")


def test_forbidden_grammeme():
    assert not _matches("{NOUN,!gent}", "денег")
    assert _matches("{NOUN,!gent}", "деньги")


def test_bulgarian_regex_token_tells_passive_from_active_participle():
    pattern = "съм допусна/.*т[аои]?/ грешка"
    assert _matches(pattern, "беше допусната грешка", "bg")
    assert not _matches(pattern, "е допуснал грешка", "bg")


@pytest.mark.parametrize("source", ["", "*2 ошибка", "ошибка *2", "{NOUN", "слово?  *x", "a||b"])
def test_unreadable_patterns_are_refused(source):
    with pytest.raises(PatternError):
        compile_pattern(source, True)


def test_grammemes_are_refused_where_the_language_has_none():
    with pytest.raises(PatternError):
        compile_pattern("грешка{NOUN}", has_grammemes=False)


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_a_one_word_pattern_is_decided_by_the_sentence_keys_as_matching_would(lang):
    from rewriter import Linter
    from rewriter.linter import sentences_of

    checked = 0
    for rule in Linter().rules(lang):
        for pattern in (p for p in rule.unless if p.is_one_plain_word):
            for text in (*rule.bad, *rule.good):
                for sentence in sentences_of(text, lang):
                    by_matching = any(pattern.match_at(sentence.words, i) for i in range(len(sentence.words)))
                    assert by_matching == (not pattern.anchors.isdisjoint(sentence.keys)), (rule.id, pattern.source, text)
                    checked += 1
    assert checked > 100


def test_equal_slots_of_one_language_are_one_object_and_languages_keep_their_own():
    """A pack repeats slots thousands of times: one object each loads faster. What a slot remembers of a
    form depends on the language's analysis, so Russian and Bulgarian never share one."""
    from pathlib import Path

    from rewriter.rules import compile_patterns

    first, second = compile_patterns(["в связь с", "в течение {NOUN}"], Path("a.yaml"), "a", True, "ru")
    again = compile_patterns(["уведомить в"], Path("b.yaml"), "b", True, "ru")[0]
    assert first.slots[0] is second.slots[0] is again.slots[1]
    assert first.slots[0].atoms[0] is again.slots[1].atoms[0]
    bulgarian = compile_patterns(["в срок"], Path("c.yaml"), "c", False, "bg")[0]
    assert bulgarian.slots[0] == first.slots[0] and bulgarian.slots[0] is not first.slots[0]
