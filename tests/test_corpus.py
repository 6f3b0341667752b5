"""On the project's own labeled replies: plain ones stay clean, bureaucratic ones are caught.

tests/corpus/plain_*.yaml are plain, warm replies (the precision test); drafts_*.yaml are
bureaucratic and evasive drafts with the spans a support lead would flag (the recall test).
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from rewriter import PARTS, Config, Linter

CORPUS = Path(__file__).parent / "corpus"
LINTER = Linter(Config(required_parts=()))
MIN_RECALL = 0.9
MIN_SAME_CATEGORY = 0.8
MIN_PART_AGREEMENT = 0.85


def _entries(pattern: str) -> list[dict]:
    return [e for path in sorted(CORPUS.glob(pattern)) for e in yaml.safe_load(path.read_text(encoding="utf-8"))]


PLAIN = _entries("plain_*.yaml")
DRAFTS = _entries("drafts_*.yaml")


@pytest.mark.parametrize("entry", PLAIN, ids=[e["id"] for e in PLAIN])
def test_plain_reply_has_no_findings_and_its_parts_are_found(entry):
    report = LINTER.lint(entry["text"])
    assert report.lang == entry["id"].split("-")[1]
    assert [(f.rule, f.text) for f in report.findings] == []
    assert [p for p in PARTS if report.sections[p]] == entry["sections"]


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_corpora_are_big_enough(lang):
    assert len([e for e in PLAIN if e["id"].split("-")[1] == lang]) >= 10
    assert len([e for e in DRAFTS if e["id"].split("-")[1] == lang]) >= 15


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_labeled_spans_in_drafts_are_caught(lang):
    caught = same = total = 0
    missed = []
    for entry in (e for e in DRAFTS if e["id"].split("-")[1] == lang):
        text = entry["text"]
        report = LINTER.lint(text)
        assert report.lang == lang, entry["id"]
        findings = report.findings
        for category, phrase in entry["gold"]:
            start = text.index(phrase)
            end = start + len(phrase)
            over = [f for f in findings if f.start < end and f.end > start]
            total += 1
            caught += bool(over)
            same += any(f.category == category for f in over)
            if not over:
                missed.append(f"{entry['id']}: {category}: {phrase}")
    assert caught / total >= MIN_RECALL, "\n".join(missed)
    assert same / total >= MIN_SAME_CATEGORY


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_reply_parts_agree_with_the_labels(lang):
    agree = total = 0
    for entry in (e for e in DRAFTS + PLAIN if e["id"].split("-")[1] == lang):
        sections = LINTER.lint(entry["text"]).sections
        for part in PARTS:
            total += 1
            agree += sections[part] == (part in entry["sections"])
    assert agree / total >= MIN_PART_AGREEMENT
