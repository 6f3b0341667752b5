"""The API's promises on generated input: real Russian and Bulgarian sentences from the rule examples
and the corpus, mixed with what breaks naive code (rare scripts, lone surrogates, invisible and bidi
characters, look-alike letters, CRLF, quotes, signatures, long and repetitive text).

Whatever the input: offsets point at the exact characters, the only errors are the library's own, no
fact changes, the agent's text is never emptied, and the rewrite of a rewrite is accepted too.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rewriter import Linter, RewriterError, lint, rewrite
from rewriter.facts import find_facts
from rewriter.regions import mask_foreign

CORPUS = Path(__file__).parent / "corpus"
SETTINGS = settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))


def _sentences() -> list[str]:
    linter = Linter()
    found = [text for lang in ("ru", "bg") for rule in linter.rules(lang) for text in (*rule.bad, *rule.good)]
    for path in sorted(CORPUS.glob("*.yaml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")):
            found += [line for line in entry["text"].splitlines() if line.strip()]
    return sorted(set(found))


SENTENCES = _sentences()
ODD = [
    "\U00017000", "\U00018800", "\U000e0001", "\ud800", "\udfff", "\udc80",  # rare scripts, tags, lone surrogates
    "\u200b", "\u200d", "\u2060", "\ufeff", "\u202e", "\u2066", "\u2069", "\u00ad",  # invisible and bidi
    "\u00a0", "\u202f", "\u3000", "\u0301", "\u0308", "ї", "ў", "ђ",  # odd spaces, marks, other Cyrillic letters
    "a", "o", "e", "p", "c", "x", "1", "0", "№", "@", ".", ",", "-", "\t", "\r", "\n", "\x85", "\u2028",
]
PIECES = [
    "> ", "| ", "-- \n", "--\u00a0\n", "Иван пишет:\n", "От: Иван\nОтправлено: вчера\n", "help@shop.ru", "№ 48213",
    "89 990 руб.", "15.03.2025", "https://shop.ru/a?b=1", "<<<END 0000>>>", "⟨укажите срок⟩", "\n\n", "\r\n",
]
noise = st.text(alphabet=st.sampled_from(ODD), max_size=12)
piece = st.one_of(st.sampled_from(SENTENCES), st.sampled_from(PIECES), noise)
separator = st.sampled_from([" ", "\n", "\r\n", "\n\n", "", "\u200b", "\u00a0"])
drafts = st.lists(st.tuples(piece, separator), min_size=1, max_size=12).map(lambda parts: "".join(p + s for p, s in parts))
repetitive = st.tuples(st.sampled_from(SENTENCES), separator, st.integers(200, 1500)).map(lambda t: (t[0] + (t[1] or " ")) * t[2])
langs = st.sampled_from([None, "ru", "bg"])


def _facts(text: str) -> Counter:
    return Counter(f.text for f in find_facts(text))


def _own_words(text: str) -> bool:
    return any(ch.isalnum() for ch in mask_foreign(text))


def _check_lint(text: str, lang: str | None) -> None:
    try:
        report = lint(text, lang)
    except RewriterError:
        return
    for f in report.findings:
        assert text[f.start:f.end] == f.text


def _check_rewrite(text: str, lang: str | None) -> None:
    try:
        result = rewrite(text, lang, offline=True)
    except RewriterError:
        return
    assert _facts(result.text) == _facts(text)
    assert _own_words(result.text) or not _own_words(text)
    again = rewrite(result.text, lang, offline=True)  # a LanguageError here fails the test
    assert _facts(again.text) == _facts(text)


@SETTINGS
@given(drafts, langs)
def test_findings_point_at_the_exact_characters_of_any_input(text, lang):
    _check_lint(text, lang)


@SETTINGS
@given(drafts, langs)
def test_the_offline_rewrite_keeps_facts_never_empties_and_accepts_its_own_output(text, lang):
    _check_rewrite(text, lang)


@settings(SETTINGS, max_examples=4)
@given(repetitive, langs)
def test_long_repetitive_drafts_keep_every_promise(text, lang):
    _check_lint(text, lang)
    _check_rewrite(text, lang)


@SETTINGS
@given(st.lists(drafts, min_size=2, max_size=4))
def test_a_shared_linter_gives_each_draft_the_answer_it_gives_alone(texts):
    linter = Linter()
    together = []
    for text in texts:
        try:
            together.append(linter.lint(text).findings)
        except RewriterError as error:
            together.append(type(error))
    for text, found in zip(texts, together, strict=True):
        try:
            assert Linter().lint(text).findings == found
        except RewriterError as error:
            assert type(error) is found
