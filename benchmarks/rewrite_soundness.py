"""Whether the offline rewrite is sound on a text: no fix kind fails, every fact stays byte for byte, and
rewriting the result again changes nothing (`corpus_quality.py` counts these per round; a test runs them).

A fix kind that raises on unforeseen text steps aside with a note, so the draft goes on (round 29's
r29-bg-03); the benchmark still counts it as a crash, from the log record the step-aside writes.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from rewriter import Rewriter, RewriteResult
from rewriter.facts import find_facts

FIXES_LOG = "rewriter.fixes"


@dataclass(frozen=True)
class Soundness:
    """What went wrong rewriting one text; all false and empty when the rewrite is sound."""

    crashes: tuple[str, ...] = ()
    facts_changed: bool = False
    not_idempotent: bool = False

    def problems(self) -> list[str]:
        return [*(f"crash: {c}" for c in self.crashes),
                *(["facts changed"] if self.facts_changed else []),
                *(["a second rewrite changes it"] if self.not_idempotent else [])]


class _Failures(logging.Handler):
    """Collects the fix kinds' failures that `plan_fix` logged while it stepped aside."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.seen: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info and record.exc_info[1] is not None:
            self.seen.append(f"{record.getMessage()}: {type(record.exc_info[1]).__name__}")


def check_rewrite(rewriter: Rewriter, text: str, lang: str) -> tuple[RewriteResult | None, Soundness]:
    """Rewrite `text` and rewrite the result again, watching both; the first rewrite (None if it raised)."""
    logger = logging.getLogger(FIXES_LOG)
    failures, level = _Failures(), logger.level
    logger.addHandler(failures)
    logger.setLevel(logging.DEBUG)
    try:
        try:
            result = rewriter.rewrite(text, lang)
            again = rewriter.rewrite(result.text, lang).text
        except Exception as error:  # noqa: BLE001 — the crash is the figure
            return None, Soundness(crashes=(*failures.seen, f"rewrite raised {type(error).__name__}: {error}"))
    finally:
        logger.removeHandler(failures)
        logger.setLevel(level)
    return result, Soundness(
        crashes=tuple(failures.seen),
        facts_changed=[f.text for f in find_facts(result.text)] != [f.text for f in find_facts(text)],
        not_idempotent=again != result.text,
    )
