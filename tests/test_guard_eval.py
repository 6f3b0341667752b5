"""The guards on the blind evaluation set (`tests/guard_eval/`): the figures reached so far are floors,
so a change that lets more bad replies through, or stops more good ones, fails here.

`python benchmarks/guard_quality.py -v` prints the same figures and lists each miss."""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from guard_quality import EVAL, evaluate  # noqa: E402

# (good accepted, fact-format accepted, bad blocked, bad blocked by the right guard), as counts
FLOORS = {"ru": (32, 12, 44, 44), "bg": (31, 11, 44, 44)}


@pytest.fixture(scope="module")
def scores():
    return {s.lang: s for s in evaluate()}


def test_the_evaluation_set_is_the_one_hashed_before_the_first_run():
    manifest = dict(reversed(line.split()) for line in (EVAL / "MANIFEST.sha256").read_text().splitlines() if line.strip())
    assert manifest and all(hashlib.sha256((EVAL / name).read_bytes()).hexdigest() == digest for name, digest in manifest.items())


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_the_guards_keep_their_figures_on_the_evaluation_set(scores, lang):
    s = scores[lang]
    reached = (s.good_accepted, s.fact_format_accepted, s.bad_blocked, s.bad_blocked_right)
    assert all(got >= floor for got, floor in zip(reached, FLOORS[lang], strict=True)), (reached, FLOORS[lang])
