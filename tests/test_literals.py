"""A regex is skipped only when the reply lacks text every match of it must hold."""
from __future__ import annotations

import re

import pytest

from rewriter.literals import endings, holds, prefixes, required_text
from rewriter.nlp import language_tools
from rewriter.rules import LANGUAGES, load_pack


def test_literal_runs_are_required_whatever_the_case():
    needs = required_text(re.compile(r"(?<![а-я])вам\s+надо", re.IGNORECASE))
    assert needs == (("вам",), ("надо",)) and holds(needs, "ВАМ НАДО".casefold())


def test_one_word_of_a_literal_alternation_is_required():
    needs = required_text(re.compile(r"вам\s+(необходимо|следует)", re.IGNORECASE))
    assert ("необходимо", "следует") in needs
    assert holds(needs, "вам следует".casefold()) and not holds(needs, "вам нужно")


def test_what_a_look_ahead_demands_is_required_and_what_it_forbids_is_not():
    assert ("вам",) in required_text(re.compile(r"для(?=\s+вам)"))
    assert ("вам",) not in required_text(re.compile(r"для(?!\s+вам)"))


def test_an_alternation_of_any_branches_requires_one_string_of_each_branchs_own():
    needs = required_text(re.compile(r"(?<![а-я])(?:вх|изх|(?<=\bс\s)рег(?:истр)?)\.\s*\d"))
    assert needs == (("вх", "изх", "рег"),)
    assert holds(needs, "с рег. 5") and not holds(needs, "номер 5")
    assert required_text(re.compile(r"вам|[нз]ам")) == (("вам", "ам"),)
    assert required_text(re.compile(r"(?:вх|[а-я]+)\.\s*\d")) == ()  # a branch that requires nothing


@pytest.mark.parametrize("source", [r"\w+\s+\w+", r"вам|[нз]\w", r"a?b?", r"(?:вам\s+)?x", r"\d+\.\d+"])
def test_nothing_is_required_when_nothing_is_certain(source):
    assert required_text(re.compile(source, re.IGNORECASE)) == ()


def test_a_rare_sign_alone_is_required_but_a_common_one_is_not():
    assert required_text(re.compile(r"⟨[^⟩\n]{1,80}⟩")) == (("⟨",), ("⟩",))
    assert required_text(re.compile(r"[а-я]+\.")) == ()


def test_a_literal_inside_a_plain_group_counts():
    assert ("извършване",) in required_text(re.compile(r"(?:при)\s+(извършване(?:то)?\s+на)"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_pack_regex_that_matches_an_example_finds_what_it_requires(lang):
    rules = load_pack(lang, language_tools(lang).morphology.has_grammemes)
    texts = [text for rule in rules for text in (*rule.bad, *rule.good)]
    for rule in rules:
        for regex in rule.regexes:
            needs = required_text(regex)
            for text in texts:
                if regex.search(text):
                    assert holds(needs, text.casefold()), (rule.id, text)


@pytest.mark.parametrize(
    "source, length, found",
    [
        (r"(горе)?упоменат(ия|ият)?", 3, {"гор", "упо"}),
        (r"(п|пп|ст)\.", 2, {"п.", "пп", "ст"}),
        (r"(?!да$)д[аи]", 2, {"да", "ди"}),  # a look-ahead lets through no more than what follows it
        (r"най-.*", 3, {"най"}),
        (r"ab?", 3, {"a", "ab"}),  # a whole match shorter than the length stands as it is
        (r"x(ab){2,}", 3, {"xab"}),
    ],
)
def test_a_regex_match_begins_in_one_of_the_ways_found(source, length, found):
    assert prefixes(re.compile(source), length) == found


@pytest.mark.parametrize(
    "source, length, found",
    [
        (r".*(л|ла|ли)", 1, {"л", "а", "и"}),
        (r".*(л|ла|ли)", 2, None),  # «л» alone may follow anything
        (r"(горе)?упоменат(ия|ият)?", 3, {"нат", "тия", "ият"}),
        (r".*[нт][аои]?", 1, {"н", "т", "а", "о", "и"}),
        (r"(?!.*(ва|ват)$).+", 1, None),  # a look-ahead narrows nothing here, and `.` ends any way
        (r"ab?", 3, {"a", "ab"}),
        (r"x(ab){2,}", 3, {"bab"}),
    ],
)
def test_a_regex_match_ends_in_one_of_the_ways_found(source, length, found):
    assert endings(re.compile(source), length) == found


@pytest.mark.parametrize("source", [r".+ой", r"\d+", r"[^а-я].*", r"(?i)вам", r"(?!да$).+"])
def test_no_beginnings_when_a_match_may_begin_with_almost_anything(source):
    assert prefixes(re.compile(source), 1) is None


def test_beginnings_past_the_limit_are_not_listed():
    assert prefixes(re.compile(r"[а-я]{3}"), 3, limit=1_000) is None
    assert len(prefixes(re.compile(r"[а-я]{3}"), 1, limit=1_000)) == 32


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_word_a_pack_regex_matches_begins_and_ends_as_found(lang):
    tools = language_tools(lang)
    rules = load_pack(lang, tools.morphology.has_grammemes)
    # each regex once, however many atoms share it, and the words it matches found once for the three lengths
    regexes = {a.regex for r in rules for p in r.patterns for s in p.slots for a in s.atoms if a.regex is not None}
    words = {t.lower_ for r in rules for text in (*r.bad, *r.good) for t in tools.nlp.tokenizer(text)}
    for regex in regexes:
        matched = [word for word in words if regex.fullmatch(word)]
        for length in (1, 2, 3):
            begins, ends = prefixes(regex, length), endings(regex, length)
            for word in matched:
                assert begins is None or word[:length] in begins, (regex.pattern, word)
                assert ends is None or word[-length:] in ends, (regex.pattern, word)
