"""SARIF 2.1.0 for `rewrite --check --format sarif`: GitHub code scanning and editors read it."""
from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from . import __version__
from .draft_files import Skipped
from .findings import Finding, line_and_column
from .output import FileResult, with_suggestion
from .rules import Rule
from .ui_text import say

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def format_sarif(results: Sequence[FileResult], rule_of: Callable[[str], Rule | None], skipped: Sequence[Skipped] = (),
                 unchecked: int = 0) -> str:
    """One run: the rules that fired (with their messages and examples as help), one result per finding,
    and each skipped file as a note of the invocation (a skipped file is not a failed run; a file that
    could not be read is, and its error is on stderr)."""
    fired = sorted({f.rule for r in results for f in r.report.findings})
    index = {rule_id: i for i, rule_id in enumerate(fired)}
    run = {
        "tool": {"driver": {
            "name": "rewriter",
            "version": __version__,
            "rules": [_rule(rule_id, rule_of(rule_id)) for rule_id in fired],
        }},
        "columnKind": "unicodeCodePoints",
        "results": [_result(r, f, index[f.rule]) for r in results for f in r.report.findings],
        "invocations": [{"executionSuccessful": not unchecked, "toolExecutionNotifications": [_skipped(s) for s in skipped]}],
    }
    return json.dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, ensure_ascii=False, indent=2)


def _skipped(skipped: Skipped) -> dict[str, object]:
    return {
        "level": "note",
        "message": {"text": say("check.skipped", reason=skipped.reason)},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": skipped.path}}}],
    }


def _rule(rule_id: str, rule: Rule | None) -> dict[str, object]:
    if rule is None:
        return {"id": rule_id}
    message = " ".join(rule.message.split())
    help_lines = [message]
    if rule.suggestion:
        help_lines.append(f"→ {rule.suggestion}")
    help_lines += [f"✗ {e}" for e in rule.bad[:2]] + [f"✓ {e}" for e in rule.good[:2]]
    return {
        "id": rule.id,
        "name": rule.id.rsplit(".", 1)[-1],
        "shortDescription": {"text": message.split(". ")[0].rstrip(".") + "."},
        "fullDescription": {"text": message},
        "help": {"text": "\n".join(help_lines)},
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"category": rule.category, "tags": [rule.category, rule.lang]},
    }


def _result(result: FileResult, finding: Finding, rule_index: int) -> dict[str, object]:
    end_line, end_column = line_and_column(result.text, finding.end)
    region = {
        "startLine": finding.line,
        "startColumn": finding.column,
        "endLine": end_line,
        "endColumn": end_column,
        "charOffset": finding.start,
        "charLength": finding.end - finding.start,
        "snippet": {"text": finding.text},
    }
    return {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": _LEVEL[finding.severity],
        "message": {"text": with_suggestion(finding)},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": result.path}, "region": region}}],
    }
