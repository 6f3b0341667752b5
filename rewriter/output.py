"""Formatters for `rewrite --check`: compiler-style text, JSON (schema: schemas/check-v1.json) and GitHub
annotations (SARIF: sarif.py). Skipped files are listed in each; they never count as findings."""
from __future__ import annotations

import json
import textwrap
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .draft_files import Skipped
from .findings import Finding, Report, line_and_column
from .rules import SEVERITIES
from .terminal import paint
from .translation import ngettext, translate_marked
from .ui_text import say, say_count


@dataclass(frozen=True)
class FileResult:
    path: str
    text: str
    report: Report
    body: Mapping[str, object] | None = None  # a mail message: where its judged text came from


JSON_SCHEMA_VERSION = 1  # rewriter/schemas/check-v1.json; raised when a key is removed or changes meaning
_GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def format_json(results: Sequence[FileResult], skipped: Sequence[Skipped] = ()) -> str:
    files = [
        {
            "path": r.path,
            **r.report.to_dict(),
            **({"body": dict(r.body)} if r.body is not None else {}),
        }
        for r in results
    ]
    listed = [{"path": s.path, "reason": s.reason} for s in skipped]
    return json.dumps({"schema_version": JSON_SCHEMA_VERSION, "files": files, "skipped": listed}, ensure_ascii=False, indent=2)


def format_github(results: Sequence[FileResult], skipped: Sequence[Skipped] = ()) -> str:
    lines = []
    for r in results:
        for f in r.report.findings:
            end_line, end_column = line_and_column(r.text, f.end)
            message = _github_escape(with_suggestion(f))
            lines.append(
                f"::{_GITHUB_LEVEL[f.severity]} file={_github_property(r.path)},line={f.line},col={f.column},"
                f"endLine={end_line},endColumn={end_column},title={_github_property(f'{f.category} {f.rule}')}::{message}"
            )
    lines += [f"::notice file={_github_property(s.path)}::{_github_escape(say('check.skipped', reason=s.reason))}" for s in skipped]
    return "\n".join(lines)


def text_lines(results: Sequence[FileResult], unchecked: int = 0, skipped: Sequence[Skipped] = ()) -> list[tuple[str, str]]:
    """(line, severity) pairs: one per finding, `path:line:col: severity rule «words» message → suggestion`,
    one per skipped file, then a summary line, which counts the files that could not be checked (their
    errors are on stderr) apart: no findings in a file never read is no news."""
    lines = [(f"{r.path}:{f.line}:{f.column}: {f.severity} {f.rule} {_flagged(f)}{with_suggestion(f)}", f.severity)
             for r in results for f in r.report.findings]
    lines += [(f"{s.path}: {say('check.skipped', reason=translate_marked(s.reason))}", "skipped") for s in skipped]
    counts = Counter(f.severity for r in results for f in r.report.findings)
    summary = ", ".join(_severity_count(level, counts[level]) for level in ("error", "warning", "info") if counts[level])
    checked = f"{say_count('check.files', len(results))}: {summary or say('check.no-findings')}" if results else ""
    parts = [checked]
    parts.append(say_count("check.not-checked", unchecked) if unchecked else "")
    parts.append(say_count("check.skipped-count", len(skipped)) if skipped else "")
    lines.append(("; ".join(part for part in parts if part) or say("check.no-drafts"), "summary"))
    return lines


def _severity_count(level: str, n: int) -> str:
    """`3 error`: English keeps the severity as written in the findings; a catalog inflects it."""
    forms = {
        "error": ngettext("{n} error", "{n} error", n),
        "warning": ngettext("{n} warning", "{n} warning", n),
        "info": ngettext("{n} info", "{n} info", n),
    }
    return forms[level].format(n=n)


def print_text(results: Sequence[FileResult], color: bool, unchecked: int = 0, skipped: Sequence[Skipped] = (),
               width: int | None = None) -> None:
    """The text lines, each wrapped to `width` (continuations indented) and its severity colored if asked."""
    out = []
    for line, level in text_lines(results, unchecked, skipped):
        wrapped = _wrap(line, width)
        out.append(_paint_level(wrapped[0], level, color))
        out += wrapped[1:]
    print("\n".join(out))


def _flagged(f: Finding) -> str:
    words = " ".join(f.text.split())
    return f"«{words}» " if words else ""


def _wrap(line: str, width: int | None) -> list[str]:
    if width is None or len(line) <= width:
        return [line]
    return textwrap.wrap(line, width, subsequent_indent="    ", break_long_words=False, break_on_hyphens=False) or [line]


def _paint_level(line: str, level: str, color: bool) -> str:
    """The severity word of a finding's line, or the whole summary line, in its color."""
    if level == "summary":
        return paint(line, "summary", color)
    word = f": {level} "
    at = line.find(word)
    if at < 0 or level not in SEVERITIES:
        return line
    at += 2
    return line[:at] + paint(level, level, color) + line[at + len(level):]


def with_suggestion(f: Finding) -> str:
    message = " ".join(f.message.split())
    return f"{message} → {f.suggestion}" if f.suggestion else message


def _github_escape(message: str) -> str:
    return message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _github_property(value: str) -> str:
    """A `file=` or `title=` value: the message escapes, and `,` and `:` that would end it early."""
    return _github_escape(value).replace(":", "%3A").replace(",", "%2C")
