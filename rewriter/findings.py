"""Findings and reports: what the lint says about a text, each located by line and column, and one
finding where several overlapping ones tell the same thing."""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from operator import attrgetter
from typing import TypeVar

from .rules import SEVERITIES

SEVERITY_RANK = {level: rank for rank, level in enumerate(SEVERITIES)}
# Which of two overlapping findings explains more: who hid the fault says more than an officialese word.
EXPLAINS_MORE = {"structure": 0, "bureaucratese": 1, "boilerplate": 2, "vague_promise": 3, "non_apology": 4, "evasion": 4}


@dataclass(frozen=True)
class Finding:
    rule: str
    category: str
    severity: str
    start: int
    end: int
    line: int
    column: int
    text: str
    message: str
    suggestion: str | None
    # rules whose findings overlapped this one and were folded into it, as it explains more
    merged: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def _new_finding(fields: dict[str, object]) -> Finding:
    """A Finding built from all its fields at once: a lint builds several per reply, and the frozen
    dataclass's own __init__ sets each field through object.__setattr__, several times slower."""
    return frozen_from(Finding, fields)


_Frozen = TypeVar("_Frozen")


def frozen_from(kind: type[_Frozen], fields: dict[str, object]) -> _Frozen:
    """An instance of a frozen dataclass built from all its fields at once, without its per-field __init__."""
    made = object.__new__(kind)
    made.__dict__.update(fields)
    return made


def by_place(finding: Finding) -> tuple[int, int, int, str]:
    return finding.start, finding.end, -SEVERITY_RANK[finding.severity], finding.rule


@dataclass(frozen=True)
class Report:
    lang: str
    findings: tuple[Finding, ...]
    sections: Mapping[str, bool] = field(default_factory=dict)

    def fails(self, threshold: str = "error") -> bool:
        """True when a finding is at or above `threshold`."""
        return any_at_or_above(self.findings, threshold)

    def to_dict(self) -> dict[str, object]:
        return {"lang": self.lang, "findings": [f.to_dict() for f in self.findings], "sections": dict(self.sections)}


def any_at_or_above(findings: Iterable[Finding], threshold: str) -> bool:
    return any(SEVERITY_RANK[f.severity] >= SEVERITY_RANK[threshold] for f in findings)


def merge_overlapping(findings: list[Finding], order: Mapping[str, tuple[int, int]], lines: LineIndex) -> list[Finding]:
    """One finding where several tell the same thing. A finding inside one that explains more (a graver
    severity or category, then a longer span) is folded into it when it is of the same category or makes
    up most of it; one that overlaps a finding of its own category folds into it, which then spans both
    («Будет сообщено» + «сообщено дополнительно» → «Будет сообщено дополнительно»). A short officialese
    word inside a long evasive clause stays: it is another fix. Within a category a narrow rule explains
    more than a `fallback` construction; of two that weigh the same, the rule loaded later (a team's
    own) is kept."""
    def weight(f: Finding) -> tuple[int, int, int, int, int]:
        narrow, place = order.get(f.rule, (1, -1))
        return SEVERITY_RANK[f.severity], EXPLAINS_MORE[f.category], narrow, f.end - f.start, place

    # Only overlapping findings fold, and a fold spans no further than the two: each group of findings
    # linked by overlaps folds on its own, and a finding that overlaps none is kept as it is.
    kept: list[Finding] = []
    for group in _overlapping_groups(findings):
        if len(group) == 1:
            kept += group
            continue
        folded: list[Finding] = []
        for finding in sorted(group, key=weight, reverse=True):
            into = next((i for i, k in enumerate(folded) if _folds_into(finding, k)), None)
            if into is None:
                folded.append(finding)
                continue
            other = folded[into]
            start, end = min(other.start, finding.start), max(other.end, finding.end)
            line, column = lines.locate(start) if start != other.start else (other.line, other.column)
            merged = other.merged if finding.rule == other.rule else tuple(dict.fromkeys((*other.merged, finding.rule)))
            folded[into] = _new_finding({
                **other.__dict__, "start": start, "end": end, "line": line, "column": column,
                "text": lines.text[start:end], "merged": merged,
            })
        kept += folded
    return kept


def _overlapping_groups(findings: list[Finding]) -> list[list[Finding]]:
    """The findings in groups, each linked by overlaps and overlapping no finding of another group."""
    groups: list[list[Finding]] = []
    reach = -1
    for finding in sorted(findings, key=_start_of):
        if groups and finding.start < reach:
            groups[-1].append(finding)
        else:
            groups.append([finding])
        reach = max(reach, finding.end)
    return groups


_start_of = attrgetter("start")


def _folds_into(finding: Finding, other: Finding) -> bool:
    if finding.start >= other.end or other.start >= finding.end:
        return False
    if finding.category == other.category:
        return True
    inside = other.start <= finding.start and finding.end <= other.end
    return inside and 2 * (finding.end - finding.start) >= other.end - other.start


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of `offset`; `\\r\\n`, `\\r` and `\\n` each end a line."""
    return LineIndex(text).locate(offset)


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class LineIndex:
    """Where each line of a text starts, found once, so every finding's line and column is a bisection.
    A text with `\\n` breaks only (most) needs no list: the breaks before an offset are counted."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0, *(m.end() for m in _LINE_BREAK.finditer(text))] if "\r" in text else None

    def locate(self, offset: int) -> tuple[int, int]:
        if self.starts is None:
            text = self.text
            return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1
