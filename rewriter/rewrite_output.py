"""What `rewrite` prints for a rewritten draft: the reply or its word diff on stdout, one summary line on stderr."""
from __future__ import annotations

from .rewrite import Fallback, RewriteResult
from .ui_text import TEXTS, say, say_count
from .word_diff import word_diff

_SHOWN_REASONS = 3  # more would not fit the line; -v lists every note


def rewrite_output(path: str, result: RewriteResult, diff: bool, several: bool, color: bool) -> str:
    """The rewritten reply (under a `==> path <==` header among several), or its word diff."""
    if diff:
        return word_diff(result.original, result.text, "stdin" if path == "-" else path, color)
    return (f"==> {path} <==\n" if several else "") + result.text


def rewrite_summary(path: str, result: RewriteResult, several: bool) -> str:
    """One line: `ru · 12 findings → 3 · offline rules`; a model that was meant to write the reply
    and did not says why: `ru · 6 findings → 2 · model rejected: promise of a deadline; rules used`."""
    before = say_count("summary.findings", len(result.findings_before), after=len(result.findings_after))
    parts = [f"{result.lang} · {before}"]
    if result.fallback:
        parts.append(fallback_summary(result.fallback, result.changed))
    else:
        parts.append(say(f"summary.source.{result.source}"))
    usage = result.usage
    if usage.calls or usage.cache_hits:
        calls = say_count("summary.model-calls", usage.calls)
        calls += f", {say('summary.from-cache', hits=usage.cache_hits)}" if usage.cache_hits else ""
        calls += f", {say('summary.tokens', tokens=usage.input_tokens + usage.output_tokens)}" if usage.input_tokens else ""
        parts.append(calls)
    if result.notes:
        parts.append(say_count("summary.notes", len(result.notes)))
    return ("" if not several else f"{path}: ") + " · ".join(parts)


def fallback_summary(fallback: Fallback, changed: bool) -> str:
    """`model rejected: facts lost or changed, promise of a deadline; rules used`."""
    if fallback.kind == "rejected":
        named = [_rejection(r, fallback.promised) for r in fallback.reasons]
        why = say("summary.model-rejected", reasons=", ".join(named[:_SHOWN_REASONS]) + (" …" if len(named) > _SHOWN_REASONS else ""))
    elif fallback.kind == "not_asked":
        why = say("summary.model-not-asked", reason=_short(fallback.reasons))
    else:
        why = say("summary.model-failed", reason=_short(fallback.reasons))
    return f"{why}; {say('summary.rules-used' if changed else 'summary.draft-kept')}"


def _rejection(problem: str, promised: tuple[str, ...]) -> str:
    """`promise of a deadline` for a new promise whose kind is known, else the problem's own text."""
    if problem == "commitments_new" and promised:
        return ", ".join(say("rejected.promise-of", what=say(f"promise.{k}") if f"promise.{k}" in TEXTS else k) for k in promised)
    return say(f"rejected.{problem}") if f"rejected.{problem}" in TEXTS else problem


def _short(reasons: tuple[str, ...], limit: int = 80) -> str:
    said = " ".join(" ".join(reasons).split()) or "?"
    return said if len(said) <= limit else said[: limit - 1] + "…"
