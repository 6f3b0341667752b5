"""The command line's own sentences live in one table by id (rewriter/ui_text.py), so they can be translated:
every id the code asks for is there, and every family of ids covers all its members."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

import rewriter
from rewriter.commitments import DEADLINE
from rewriter.guards import _NOTES as REJECTION_NOTES
from rewriter.rules import LANGUAGES, builtin_pack_dir
from rewriter.ui_text import COUNTED, TEXTS, say, say_count

SOURCE = Path(rewriter.__file__).parent
ASKED = re.compile(r"""\bsay(_count)?\(\s*f?["']([a-z.\-_{}]+)["']""")


def asked_ids() -> list[tuple[str, bool]]:
    return [(m.group(2), bool(m.group(1))) for path in sorted(SOURCE.glob("*.py")) for m in ASKED.finditer(path.read_text("utf-8"))]


def test_every_id_the_code_asks_for_is_in_the_table():
    asked = asked_ids()
    assert len(asked) > 20
    for text_id, counted in asked:
        table = COUNTED if counted else TEXTS
        if "{" in text_id:  # a family, such as rejected.{r}: at least one member exists
            prefix = text_id.split("{", 1)[0]
            assert any(known.startswith(prefix) for known in table), text_id
        else:
            assert text_id in table, text_id


def promise_kinds(lang: str) -> list[str]:
    return list(yaml.safe_load((builtin_pack_dir(lang) / "commitments.yaml").read_text("utf-8"))["kinds"])


PROMISE_KINDS = sorted({DEADLINE, *(kind for lang in LANGUAGES for kind in promise_kinds(lang))})


@pytest.mark.parametrize("family, members", [
    ("rejected", sorted(REJECTION_NOTES)),
    ("promise", PROMISE_KINDS),
    ("language", list(LANGUAGES)),
    ("summary.source", ["llm", "rules", "original"]),
])
def test_every_member_of_a_family_has_its_text(family, members):
    assert {f"{family}.{m}" for m in members} <= set(TEXTS)


def test_counted_texts_agree_with_their_number():
    assert say_count("check.files", 1) == "1 file" and say_count("check.files", 3) == "3 files"
    assert say("summary.model-rejected", reasons="wrong language") == "model rejected: wrong language"
