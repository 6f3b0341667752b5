"""Reply parts hold on replies written for new domains (beekeeping, observatory tours, regattas…), labelled
by what each sentence does: the parts cues must agree with those labels as they do with the blind rounds."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from rewriter import lint
from rewriter.rules import PARTS

_HERE = Path(__file__).parent / "parts_written"


def _replies(lang: str) -> list[dict]:
    with open(_HERE / f"replies_{lang}.yaml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_reply_parts_agree_with_the_writer_s_labels_in_at_least_95_percent_of_cases(lang):
    replies = _replies(lang)
    assert len(replies) >= 20
    wrong = [
        (reply["id"], part)
        for reply in replies
        for part in PARTS
        if lint(reply["text"], lang).sections[part] != (part in reply["sections"])
    ]
    assert len(wrong) <= 0.05 * len(PARTS) * len(replies), wrong
