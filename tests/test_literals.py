"""A regex is skipped only when the literal every match holds is missing from the text."""
from __future__ import annotations

import re

import pytest

from rewriter.literals import required_literal
from rewriter.nlp import language_tools
from rewriter.rules import LANGUAGES, load_pack


def test_the_literal_is_searched_with_the_regex_flags():
    literal = required_literal(re.compile(r"(?<![а-я])вам\s+надо", re.IGNORECASE))
    assert literal is not None and literal.search("ВАМ НАДО")


@pytest.mark.parametrize(
    "source",
    [r"(?:за|от)\s+\w+", r"вам|нам", r"a?b?", r"(?-i:вам)\s+x", r"⟨[^⟩\n]{1,80}⟩"],
)
def test_no_literal_when_none_is_certain(source):
    assert required_literal(re.compile(source, re.IGNORECASE)) is None


def test_a_literal_inside_a_plain_group_counts():
    assert required_literal(re.compile(r"(?:при)\s+(извършване(?:то)?\s+на)")).pattern == "извършване"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_pack_regex_that_matches_an_example_finds_its_literal(lang):
    rules = load_pack(lang, language_tools(lang).morphology.has_grammemes)
    texts = [text for rule in rules for text in (*rule.bad, *rule.good)]
    for rule in rules:
        for regex in rule.regexes:
            literal = required_literal(regex)
            for text in texts:
                if regex.search(text):
                    assert literal is None or literal.search(text), (rule.id, text)
