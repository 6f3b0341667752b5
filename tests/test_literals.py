"""A regex is skipped only when the reply lacks text every match of it must hold."""
from __future__ import annotations

import re

import pytest

from rewriter.literals import holds, required_text
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


@pytest.mark.parametrize("source", [r"\w+\s+\w+", r"вам|[нз]ам", r"a?b?", r"(?:вам\s+)?x", r"\d+\.\d+"])
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
