"""Find the agent's own words: quoted history and the signature are masked out.

Masking replaces those characters with spaces (line breaks kept), so offsets into the
masked text are offsets into the original and later stages need no remapping.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from .bundled import bundled_dir
from .normalize import MatchView, build_view
from .rules import read_yaml


@dataclass(frozen=True)
class QuotingConventions:
    attribution: tuple[re.Pattern[str], ...]
    signature: re.Pattern[str]
    quote_mark: str
    attribution_first_half: tuple[re.Pattern[str], ...] = ()
    history_separator: tuple[re.Pattern[str], ...] = ()
    history_sender: re.Pattern[str] | None = None
    history_sent: re.Pattern[str] | None = None
    history_rule: re.Pattern[str] | None = None
    other_quote_marks: tuple[str, ...] = ()

    @property
    def quote_marks(self) -> tuple[str, ...]:
        return (self.quote_mark, *self.other_quote_marks)


@lru_cache(maxsize=1)
def quoting_conventions() -> QuotingConventions:
    data = read_yaml(bundled_dir("lint_rules") / "quoting.yaml")
    header = data.get("history_header", {})
    return QuotingConventions(
        _compiled(data, "attribution"),
        re.compile(data["signature"]),
        data["quote_mark"],
        _compiled(data, "attribution_first_half"),
        _compiled(data, "history_separator"),
        re.compile(header["sender"], re.IGNORECASE | re.MULTILINE) if header else None,
        re.compile(header["sent"], re.IGNORECASE) if header else None,
        re.compile(data["history_rule"]) if "history_rule" in data else None,
        tuple(data.get("other_quote_marks", ())),
    )


def _compiled(data: dict, key: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in data.get(key, ()))


def foreign_lines(lines: list[str], conventions: QuotingConventions) -> list[bool]:
    """For each line (without its line break): True if it is quoted history or signature."""
    foreign = [line.lstrip().startswith(conventions.quote_marks) for line in lines]
    history = _history_start(lines, conventions)
    foreign[history:] = [True] * (len(lines) - history)
    for i, line in enumerate(lines[:history]):
        if not foreign[i] and any(p.match(line.strip()) for p in conventions.attribution):
            following = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
            foreign[i] = following is None or foreign[following]
            if foreign[i] and i > 0 and any(p.match(lines[i - 1].strip()) for p in conventions.attribution_first_half):
                foreign[i - 1] = True
    return foreign


def _history_start(lines: list[str], conventions: QuotingConventions) -> int:
    """The first line of what runs to the end and is not the agent's: a signature, or an
    original quoted without marks under a separator or Outlook's From/Sent block."""
    for i, line in enumerate(lines):
        if conventions.signature.match(line):
            return i
        bare = line.strip()
        if any(p.match(bare) for p in conventions.history_separator) or _opens_header_block(lines, i, conventions):
            before = next((j for j in range(i - 1, -1, -1) if lines[j].strip()), None)
            rule = conventions.history_rule
            return before if before is not None and rule and rule.match(lines[before]) else i
    return len(lines)


def _opens_header_block(lines: list[str], i: int, conventions: QuotingConventions) -> bool:
    sender, sent = conventions.history_sender, conventions.history_sent
    if sender is None or sent is None or not sender.match(lines[i].strip()):
        return False
    return any(sent.match(line.strip()) for line in lines[i + 1:i + 3])


@dataclass(frozen=True)
class AgentText:
    """What of a text is the agent's own, decided once for the linter and the model path alike.

    Lines are judged as folded for matching (a `--` + no-break space is a signature line, a quote mark
    behind a zero-width space or BOM is a quote mark), each line on its own, so the decision never
    depends on which stage asks.
    """

    view: MatchView  # the folded text the rules match on
    masked: str  # the view with quoted history and signature blanked out, same length
    cut: int  # where the first line that is not the agent's starts, in the input (its length if none)


def agent_text(text: str) -> AgentText:
    view = build_view(text)
    conventions = quoting_conventions()
    if not _may_hold_foreign(view.text, conventions):
        return AgentText(view, view.text, len(text))
    lines = text.splitlines(keepends=True)
    flags = foreign_lines([build_view(line.rstrip("\r\n")).text for line in lines], conventions)
    pieces, at, cut = [], 0, len(text)
    for line, flag in zip(lines, flags, strict=True):
        start, end = _in_view(view, at), _in_view(view, at + len(line))
        piece = view.text[start:end]
        pieces.append(_BLANKED.sub(" ", piece) if flag else piece)
        if flag and cut == len(text):
            cut = at
        at += len(line)
    return AgentText(view, "".join(pieces), cut)


_BLANKED = re.compile(r"[^\r\n]")


def _in_view(view: MatchView, offset: int) -> int:
    """The view offset of the first view character at or after input offset `offset`."""
    return bisect.bisect_left(view.origin, offset)


def mask_foreign(text: str) -> str:
    """The folded view of the text with quoted history and signature blanked out, same length as the view."""
    return agent_text(text).masked


def split_agent_text(text: str) -> tuple[str, str]:
    """The text up to the first line of quoted history or signature, and the rest, which is not the
    agent's to rewrite (an answer written between quotes stays there too)."""
    cut = agent_text(text).cut
    return text[:cut], text[cut:]


def own_span(text: str) -> tuple[int, int]:
    """Where the agent's words start and end in the input: from the first to the last character left by masking."""
    found = agent_text(text)
    masked = found.masked
    start = len(masked) - len(masked.lstrip())
    end = len(masked.rstrip())
    return found.view.span(start, end) if end > start else (0, 0)


def _may_hold_foreign(text: str, conventions: QuotingConventions) -> bool:
    """A cheap test first: no quote mark, no signature line, no header block, no attribution closing the text."""
    if any(mark in text for mark in conventions.quote_marks) or "--" in text or text.rstrip().endswith(":"):
        return True
    return conventions.history_sender is not None and conventions.history_sender.search(text) is not None
