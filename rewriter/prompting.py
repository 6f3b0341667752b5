"""Prompts for the model rewrite: files under `prompts/<lang>/`, checked strictly, rendered with langchain-core.

The draft goes to the model as data between delimiter lines whose boundary is derived from the
draft itself (unguessable by a customer who wrote only the quoted part, and stable, so identical
drafts make identical requests for the cache). Invisible Unicode is stripped first, and a draft
that already holds something shaped like a delimiter is refused.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from .bundled import bundled_dir
from .errors import RewriterError
from .findings import Finding
from .rules import PARTS, read_yaml

if TYPE_CHECKING:
    from langchain_core.messages import BaseMessage
    from langchain_core.prompts import PromptTemplate

PROBLEMS = (
    "shape_empty", "shape_truncated", "shape_too_long", "shape_commentary", "shape_markup", "shape_placeholder",
    "facts_missing", "facts_new",
    "parts_missing", "language_wrong", "commitments_new", "not_better",
)
COMMITMENTS = ("refund", "transfer", "compensation", "discount", "gift", "free", "contact", "guarantee", "attempt", "deadline")
_REWRITE_KEYS = {"version", "may_add", "finding", "part_finding", "system", "user", "context"}
_REASK_KEYS = {"version", "template", "problems", "names"}
_VARIABLES = {
    "finding": {"text", "message"},
    "part_finding": {"message"},
    "system": {"boundary"},
    "user": {"findings", "context", "draft", "boundary"},
    "context": {"quoted", "boundary"},
    "template": {"problems"},
}
# Zero-width characters, bidi controls and the BOM: invisible to the agent, readable to a model.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_DELIMITER = re.compile(r"<<<\s*(?:DRAFT|CONTEXT|END)\b", re.IGNORECASE)


class PromptError(RewriterError):
    """A prompt file that does not fit its schema; the message names the file and the key."""


class DraftRefused(RewriterError):
    """A draft that cannot be sent to a model safely."""


@dataclass(frozen=True)
class Prompts:
    lang: str
    version: str
    may_add: tuple[str, ...]
    templates: Mapping[str, Any]
    problems: Mapping[str, Any]
    names: Mapping[str, str]


@cache
def prompts_for(lang: str) -> Prompts:
    """The rewrite and re-ask prompts of one language, validated and compiled once per process."""
    from langchain_core.prompts import PromptTemplate

    rewrite = _read(lang, "rewrite.yaml", _REWRITE_KEYS)
    reask = _read(lang, "reask.yaml", _REASK_KEYS)
    if set(rewrite["may_add"]) - set(PARTS):
        raise PromptError(f"prompts/{lang}/rewrite.yaml: may_add may hold only {', '.join(PARTS)}")
    if set(reask["problems"]) != set(PROBLEMS):
        raise PromptError(f"prompts/{lang}/reask.yaml: problems must be exactly {', '.join(PROBLEMS)}")
    if set(reask["names"]) != {*PARTS, *COMMITMENTS}:
        raise PromptError(f"prompts/{lang}/reask.yaml: names must be exactly {', '.join((*PARTS, *COMMITMENTS))}")
    templates = {key: _template(lang, key, rewrite[key] if key in rewrite else reask[key]) for key in _VARIABLES}
    problems = {key: PromptTemplate.from_template(text) for key, text in reask["problems"].items()}
    for key, template in problems.items():
        if set(template.input_variables) - {"details"}:
            raise PromptError(f"prompts/{lang}/reask.yaml: problems.{key} may use only {{details}}")
    version = f"{lang}-{rewrite['version']}.{reask['version']}"
    return Prompts(lang, version, tuple(rewrite["may_add"]), templates, problems, dict(reask["names"]))


def _read(lang: str, name: str, keys: set[str]) -> dict[str, Any]:
    where = f"prompts/{lang}/{name}"
    data = read_yaml(bundled_dir("prompts") / lang / name, PromptError, where)
    if not isinstance(data, dict) or set(data) != keys:
        found = set(data) if isinstance(data, dict) else set()
        raise PromptError(f"{where}: expected the keys {', '.join(sorted(keys))}; unknown: "
                          f"{', '.join(sorted(found - keys)) or '-'}; missing: {', '.join(sorted(keys - found)) or '-'}")
    return data


def _template(lang: str, key: str, text: str) -> PromptTemplate:
    from langchain_core.prompts import PromptTemplate

    template = PromptTemplate.from_template(text)
    if set(template.input_variables) != _VARIABLES[key]:
        raise PromptError(f"prompts/{lang}: `{key}` must use exactly {{{'}, {'.join(sorted(_VARIABLES[key]))}}}")
    return template


def strip_invisible(text: str) -> str:
    return _INVISIBLE.sub("", text)


def for_the_model(text: str) -> str:
    """Text as it may be sent: no invisible characters, and a lone surrogate (which no request can
    encode) as U+FFFD."""
    return _SURROGATE.sub("\ufffd", strip_invisible(text))


def refusal(text: str) -> str | None:
    """Why this text may not go to a model, or None."""
    if _DELIMITER.search(text):
        return "the draft contains a prompt delimiter («<<<DRAFT», «<<<CONTEXT» or «<<<END»)"
    return None


def boundary_for(draft: str, quoted: str, version: str) -> str:
    return hashlib.sha256(f"{version}\0{draft}\0{quoted}".encode()).hexdigest()[:20]


def rewrite_messages(prompts: Prompts, draft: str, quoted: str, findings: Iterable[Finding]) -> list[BaseMessage]:
    """The system and user messages asking the model to rewrite `draft` (with `quoted` as read-only context)."""
    from langchain_core.messages import HumanMessage, SystemMessage

    t = prompts.templates
    boundary = boundary_for(draft, quoted, prompts.version)
    lines = [
        t["finding"].format(text=f.text, message=" ".join(f.message.split())) if f.text
        else t["part_finding"].format(message=" ".join(f.message.split()))
        for f in findings
    ]
    context = t["context"].format(quoted=quoted, boundary=boundary) if quoted.strip() else ""
    user = t["user"].format(findings="\n".join(lines), context=context, draft=draft, boundary=boundary)
    return [SystemMessage(t["system"].format(boundary=boundary)), HumanMessage(user)]


def reask_message(prompts: Prompts, problems: Iterable[tuple[str, tuple[str, ...]]]) -> BaseMessage:
    """The follow-up turn telling the model exactly what its reply got wrong."""
    from langchain_core.messages import HumanMessage

    lines = [
        prompts.problems[code].format(details=", ".join(prompts.names.get(d, d) for d in details))
        for code, details in problems
    ]
    return HumanMessage(prompts.templates["template"].format(problems="\n".join(lines)))
