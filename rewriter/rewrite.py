"""The offline rewrite: apply the rules' safe fixes until none is left, never changing a fact.

Each pass lints the current text, plans the fixes of its findings as edits, and applies those
that don't overlap. A pass whose edits would change a fact falls back to applying them one by
one, keeping only those that don't. Findings with no safe fix stay, and are reported.
"""
from __future__ import annotations

from dataclasses import astuple, dataclass

from .config import Config
from .facts import facts_kept
from .edits import Context, Edit
from .fixes import plan_fixes, plan_gap
from .linter import Analysis, Finding, Linter
from .nlp import grammar, language_tools

_MAX_PASSES = 4


@dataclass(frozen=True)
class ModelUsage:
    """What a rewrite cost: model calls made, replies served from the cache, and tokens."""

    calls: int = 0
    cache_hits: int = 0
    input_tokens: int = 0
    output_tokens: int = 0

    def __add__(self, other: ModelUsage) -> ModelUsage:
        return ModelUsage(*(a + b for a, b in zip(astuple(self), astuple(other))))


@dataclass(frozen=True)
class RewriteResult:
    text: str
    original: str
    source: str
    changed: bool
    findings_before: tuple[Finding, ...]
    findings_after: tuple[Finding, ...]
    notes: tuple[str, ...] = ()
    lang: str = ""
    usage: ModelUsage = ModelUsage()


class Rewriter:
    """Rewrites drafts by rules; shares its Linter, so it loads everything once."""

    def __init__(self, config: Config | None = None, linter: Linter | None = None) -> None:
        self.linter = linter or Linter(config)

    def rewrite(self, text: str, lang: str | None = None, mark: bool = False) -> RewriteResult:
        """The draft with every safe fix applied; with `mark`, gaps for the agent where none is safe."""
        first = self.linter.analyze(text, lang)
        lang = first.report.lang
        current, notes = text, {}
        analysis = first
        for _ in range(_MAX_PASSES):
            planned = self._plan(current, analysis, mark, notes)
            updated = self._apply_safely(current, analysis, planned, notes)
            if updated == current:
                break
            current = updated
            analysis = self.linter.analyze(current, lang)
        return RewriteResult(
            text=current,
            original=text,
            source="rules" if current != text else "original",
            changed=current != text,
            findings_before=first.report.findings,
            findings_after=analysis.report.findings,
            notes=tuple(notes),
            lang=lang,
        )

    def _plan(self, text: str, analysis: Analysis, mark: bool, notes: dict[str, None]) -> list[list[Edit]]:
        """For each finding, the edits of its fix (or, with `mark`, of its gap), kept together."""
        lang = analysis.report.lang
        morphology = language_tools(lang).morphology
        context = Context(text, analysis.view, analysis.sentences, morphology, grammar(lang))
        groups: list[list[Edit]] = []
        for match in analysis.matches:
            rule = match.owner
            planned = plan_fixes(rule.fix, rule.id, match, context) if rule.fix else "no safe fix"
            if isinstance(planned, str) and mark and rule.gap:
                planned = plan_gap(rule.gap, rule.id, match, context)
            if isinstance(planned, str):
                if rule.fix:
                    quoted = analysis.view.text[match.start:match.end]
                    notes.setdefault(f"{rule.id}: skipped at «{quoted}»: {planned}", None)
                continue
            groups.append(planned)
        return groups

    def _apply_safely(self, text: str, analysis: Analysis, planned: list[list[Edit]], notes: dict[str, None]) -> str:
        """Apply the groups of edits that don't overlap; if that changes a fact, or a dropped sentence
        takes a reply part with it, apply them one by one and keep only those that do neither."""
        groups = _without_overlaps(planned)
        updated = _apply(text, [e for group in groups for e in group])
        drops = any(e.drops_sentence for group in groups for e in group)
        if self._problem(text, updated, analysis, drops) is None:
            return updated
        kept: list[Edit] = []
        for group in groups:
            drops = any(e.drops_sentence for e in group)
            problem = self._problem(text, _apply(text, kept + group), analysis, drops)
            if problem is None:
                kept += group
            else:
                notes.setdefault(f"{group[0].rule}: skipped: the fix would {problem}", None)
        return _apply(text, kept)

    def _problem(self, before: str, after: str, analysis: Analysis, drops: bool) -> str | None:
        if not facts_kept(before, after):
            return "change a fact"
        if not drops:
            return None
        sections = self.linter.lint(after, analysis.report.lang).sections
        lost = [part for part, present in analysis.report.sections.items() if present and not sections[part]]
        return f"drop the reply's only {' and '.join(lost)}" if lost else None


def _without_overlaps(planned: list[list[Edit]]) -> list[list[Edit]]:
    """Groups in text order; one that overlaps an earlier group waits for the next pass."""
    taken: list[tuple[int, int]] = []
    groups = []
    for group in sorted(planned, key=lambda g: g[0].start):
        spans = [(e.start, e.end) for e in group]
        if any(s < t_end and t_start < e for s, e in spans for t_start, t_end in taken):
            continue
        taken += spans
        groups.append(group)
    return groups


def _apply(text: str, edits: list[Edit]) -> str:
    pieces, cursor = [], 0
    for edit in sorted(edits, key=lambda e: e.start):
        pieces.append(text[cursor:edit.start])
        pieces.append(edit.new)
        cursor = edit.end
    pieces.append(text[cursor:])
    return "".join(pieces)
