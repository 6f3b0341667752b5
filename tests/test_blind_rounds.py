"""Blind rounds (tests/blind/round<N>/) are measured as they were written: hashed before the first run.

tests/blind/MANIFEST.sha256 holds the sha256 of every round file (`sha256sum` format, paths from
tests/blind/); a round edited after it was committed, or a file added to one unhashed, fails here.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
import yaml

from rewriter import CATEGORIES, PARTS

BLIND = Path(__file__).parent / "blind"
MANIFEST = BLIND / "MANIFEST.sha256"
ROUND_FILES = sorted(p for p in BLIND.glob("round*/*") if p.is_file())
_LINE = re.compile(r"^(?P<hash>[0-9a-f]{64}) [ *](?P<path>.+)$")


def _manifest() -> dict[Path, str]:
    """Hashes by resolved file path; a path may be written from tests/blind/ or from the repository root."""
    hashes: dict[Path, str] = {}
    if not MANIFEST.exists():
        return hashes
    for line in MANIFEST.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        found = _LINE.match(line.strip())
        assert found, f"MANIFEST.sha256: not a `sha256  path` line: {line!r}"
        relative = Path(found["path"])
        path = BLIND / relative if (BLIND / relative).exists() else BLIND.parents[1] / relative
        hashes[path.resolve()] = found["hash"]
    return hashes


def test_every_hashed_round_file_is_unchanged():
    for path, expected in _manifest().items():
        assert path.exists(), f"{path} is in MANIFEST.sha256 but missing"
        assert hashlib.sha256(path.read_bytes()).hexdigest() == expected, f"{path} changed after it was hashed"


@pytest.mark.parametrize("path", ROUND_FILES, ids=[str(p.relative_to(BLIND)) for p in ROUND_FILES])
def test_round_file_is_in_the_manifest(path):
    assert path.resolve() in _manifest(), f"{path} is not hashed in MANIFEST.sha256"


@pytest.mark.parametrize("path", ROUND_FILES, ids=[str(p.relative_to(BLIND)) for p in ROUND_FILES])
def test_round_entries_are_labeled_in_the_corpus_format(path):
    """Drafts carry labeled spans, plain replies none; ids only in the messages, so a failure shows no text."""
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(entries, list) and entries
    for entry in entries:
        assert {"id", "domain", "text", "sections"} <= entry.keys(), entry.get("id")
        assert set(entry["sections"]) <= set(PARTS), entry["id"]
        for category, phrase in entry.get("gold", []):
            assert category in CATEGORIES, (entry["id"], category)
            assert phrase in entry["text"], (entry["id"], phrase)
        assert bool(entry.get("gold")) == path.name.startswith("drafts_"), entry["id"]
