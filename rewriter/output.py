"""Formatters for `rewrite --check`: compiler-style text, JSON and GitHub annotations (SARIF: sarif.py)."""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .linter import Finding, Report, line_and_column
from .translation import gettext as _
from .translation import ngettext


@dataclass(frozen=True)
class FileResult:
    path: str
    text: str
    report: Report
    body: Mapping[str, object] | None = None  # a mail message: where its judged text came from


_GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}
_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def format_json(results: Sequence[FileResult]) -> str:
    files = [
        {
            "path": r.path,
            **r.report.to_dict(),
            **({"body": dict(r.body)} if r.body is not None else {}),
        }
        for r in results
    ]
    return json.dumps({"files": files}, ensure_ascii=False, indent=2)


def format_github(results: Sequence[FileResult]) -> str:
    lines = []
    for r in results:
        for f in r.report.findings:
            end_line, end_column = line_and_column(r.text, f.end)
            message = _github_escape(with_suggestion(f))
            lines.append(
                f"::{_GITHUB_LEVEL[f.severity]} file={_github_property(r.path)},line={f.line},col={f.column},"
                f"endLine={end_line},endColumn={end_column},title={_github_property(f'{f.category} {f.rule}')}::{message}"
            )
    return "\n".join(lines)


def text_lines(results: Sequence[FileResult], unchecked: int = 0) -> list[tuple[str, str]]:
    """(line, severity) pairs: one per finding, then a summary line, which counts the files that
    could not be checked (their errors are on stderr) apart: no findings in a file never read is no news."""
    lines = [(f"{r.path}:{f.line}:{f.column}: {f.severity} {f.category} {f.rule}: {with_suggestion(f)}", f.severity)
             for r in results for f in r.report.findings]
    counts = Counter(f.severity for r in results for f in r.report.findings)
    summary = ", ".join(_severity_count(level, counts[level]) for level in ("error", "warning", "info") if counts[level])
    files = ngettext("{n} file", "{n} files", len(results)).format(n=len(results))
    checked = f"{files}: {summary or _('no findings')}" if results else ""
    not_checked = ngettext("{n} file not checked", "{n} files not checked", unchecked).format(n=unchecked) if unchecked else ""
    lines.append(("; ".join(part for part in (checked, not_checked) if part), "summary"))
    return lines


def _severity_count(level: str, n: int) -> str:
    """`3 error`: English keeps the severity as written in the findings; a catalog inflects it."""
    forms = {
        "error": ngettext("{n} error", "{n} error", n),
        "warning": ngettext("{n} warning", "{n} warning", n),
        "info": ngettext("{n} info", "{n} info", n),
    }
    return forms[level].format(n=n)


def print_text(results: Sequence[FileResult], color: bool, unchecked: int = 0) -> None:
    lines = text_lines(results, unchecked)
    if not color:
        print("\n".join(line for line, _ in lines))
        return
    from rich.console import Console
    from rich.text import Text

    console = Console(highlight=False, soft_wrap=True)
    for line, level in lines:
        console.print(Text(line, style=_STYLE.get(level, "bold")))


def with_suggestion(f: Finding) -> str:
    message = " ".join(f.message.split())
    return f"{message} → {f.suggestion}" if f.suggestion else message


def _github_escape(message: str) -> str:
    return message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _github_property(value: str) -> str:
    """A `file=` or `title=` value: the message escapes, and `,` and `:` that would end it early."""
    return _github_escape(value).replace(":", "%3A").replace(",", "%2C")
