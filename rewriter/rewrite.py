"""The offline rewrite: apply the rules' safe fixes until none is left, never changing a fact.

Each pass lints the current text, plans the fixes of its findings as edits, and applies those
that don't overlap. A pass whose edits would change a fact falls back to applying them one by
one, keeping only those that don't. Findings with no safe fix stay, and are reported.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import asdict, astuple, dataclass, replace
from functools import partial

from .closings import keeps_warm_line, warm_line
from .config import Config
from .edits import Context, Edit
from .facts import facts_kept, is_amount
from .findings import Finding, Report
from .fixes import Fix, plan_fallback, plan_fixes, plan_gap
from .language import LanguageError
from .linter import Analysis, Linter
from .nlp import grammar, language_tools
from .normalize import fold_case
from .translation import N_
from .word_fixes import hangs_on_noun

_MAX_PASSES = 4


@dataclass(frozen=True)
class ModelUsage:
    """What a rewrite cost: model calls made, replies served from the cache, and tokens."""

    calls: int = 0
    cache_hits: int = 0
    input_tokens: int = 0
    output_tokens: int = 0

    def __add__(self, other: ModelUsage) -> ModelUsage:
        return ModelUsage(*(a + b for a, b in zip(astuple(self), astuple(other), strict=True)))


@dataclass(frozen=True)
class Fallback:
    """Why a model's rewrite was not used: `kind` is "rejected" (`reasons`: the guards' problem ids for
    the last reply; `promised`: the kinds of promise it made that the draft doesn't, such as "deadline"),
    "failed" or "not_asked" (`reasons`: the one-line cause)."""

    kind: str
    reasons: tuple[str, ...] = ()
    promised: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "reasons": list(self.reasons), "promised": list(self.promised)}


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
    fallback: Fallback | None = None  # set when a model was meant to write the reply and did not

    def to_dict(self) -> dict[str, object]:
        """Everything but the original, which the caller sent."""
        return {
            "text": self.text,
            "lang": self.lang,
            "source": self.source,
            "changed": self.changed,
            "findings_before": [f.to_dict() for f in self.findings_before],
            "findings_after": [f.to_dict() for f in self.findings_after],
            "notes": list(self.notes),
            "usage": asdict(self.usage),
            "fallback": self.fallback.to_dict() if self.fallback else None,
        }


class Rewriter:
    """Rewrites drafts by rules; shares its Linter, so it loads everything once."""

    def __init__(self, config: Config | None = None, linter: Linter | None = None) -> None:
        self.linter = linter or Linter(config)

    def rewrite(self, text: str, lang: str | None = None, mark: bool = False) -> RewriteResult:
        """The draft with every safe fix applied; with `mark`, gaps for the agent where none is safe."""
        first = self.linter.analyze(text, lang)
        # Removing words can tip the language check (a name with a letter neither language has
        # weighs more in a shorter text): a draft the check reads must still be read after, or
        # rewriting the rewrite would refuse it. (Which of the two languages a very short reply reads
        # as may change; the language of the rewrite is the draft's all the same.)
        readable = lang is None or self._detectable(text)
        lang = first.report.lang
        current, notes = text, dict[str, None]()
        analysis = first
        for _ in range(_MAX_PASSES):
            fallbacks: dict[int, list[Edit]] = {}
            planned = self._plan(current, analysis, mark, notes, fallbacks)
            updated = self._apply_safely(current, analysis, planned, notes, fallbacks)
            if updated == current:
                break
            if readable and not self._detectable(updated):
                rules = ", ".join(dict.fromkeys(e.rule for group in planned for e in group))
                unreadable = N_("{rules}: skipped: the fixes would leave a reply the language check could not read")
                notes.setdefault(unreadable.format(rules=rules), None)
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

    def _detectable(self, text: str) -> bool:
        try:
            self.linter.detect_language(text)
        except LanguageError:
            return False
        return True


    def lint_with_fixes(self, text: str, lang: str | None = None) -> tuple[Report, dict[Finding, tuple[int, int, str]]]:
        """The report, and for each finding whose rule has a safe fix here: (start, end, new), the span
        of the finding and of every edit of its fix (a preposition's noun is re-inflected too), and that
        span as the fix writes it. What an editor can offer as a one-click replacement."""
        analysis = self.linter.analyze(text, lang)
        fixes: dict[Finding, tuple[int, int, str]] = {}
        for group in self._plan(text, analysis, False, {}):
            finding = next((f for f in analysis.report.findings if f.rule == group[0].rule and f not in fixes
                            and any(f.start <= e.start < f.end or f.start < e.end <= f.end for e in group)), None)
            if finding is None or any(e.drops_sentence for e in group) or not facts_kept(text, _apply(text, group)):
                continue
            start = _word_start(text, min(finding.start, *(e.start for e in group)))
            end = _word_end(text, max(finding.end, *(e.end for e in group)))
            shifted = [replace(e, start=e.start - start, end=e.end - start) for e in group]
            fixes[finding] = (start, end, _apply(text[start:end], shifted))
        return analysis.report, fixes

    def _plan(self, text: str, analysis: Analysis, mark: bool, notes: dict[str, None],
              fallbacks: dict[int, list[Edit]] | None = None) -> list[list[Edit]]:
        """For each finding, the edits of its fix (or, with `mark`, of its gap), kept together; into `fallbacks`,
        by the id of a sentence drop, what its rule does instead where the drop cannot be made."""
        lang = analysis.report.lang
        morphology = language_tools(lang).morphology
        context = Context(text, analysis.view, analysis.sentences, morphology, grammar(lang), partial(is_amount, lang=lang),
                          analysis.matches)
        groups: list[list[Edit]] = []
        names = list(_QUOTED_NAME.finditer(text))
        connectors: set[tuple[int, str]] = set()
        subjects: set[tuple[int, str]] = set()
        for match in analysis.matches:
            rule = match.owner
            planned = plan_fixes(rule.fix, rule.id, match, context) if rule.fix else "no safe fix"
            if isinstance(planned, str) and mark and rule.gap:
                planned = plan_gap(rule.gap, rule.id, match, context)
            if not isinstance(planned, str) and _drops_only_mention(text, names, planned):
                planned = N_("the fix would drop the only mention of a name the reply gives in quotes")
            if isinstance(planned, str):
                if rule.fix:
                    quoted = analysis.view.text[match.start:match.end]
                    skipped = N_("{rule}: skipped at «{quoted}»: {reason}").format(rule=rule.id, quoted=quoted, reason=planned)
                    notes.setdefault(skipped, None)
                continue
            # two fixes writing one connector into a sentence, the second on a noun of the first's phrase: it waits
            # for the next pass, where it sees the first's and steps aside (`once_per_sentence`)
            written = {(match.sentence, word) for word in _connectors(planned, context.grammar.once_per_sentence)}
            if written & connectors and hangs_on_noun(analysis.sentences[match.sentence], match.start, analysis.view.text):
                continue
            # two fixes opening clauses of one sentence with a new subject («Мы изготовили…, мы передали…»): the second
            # waits for the next pass, where it sees the first's subject and steps aside
            said = {(match.sentence, word) for word in _connectors(planned, _new_subjects(rule.fix))}
            if said & subjects:
                continue
            connectors |= written
            subjects |= said
            if fallbacks is not None and any(e.drops_sentence for e in planned):
                fallback = plan_fallback(rule.fix, rule.id, match, context)
                if fallback is not None:
                    fallbacks[id(planned[0])] = fallback
            groups.append(planned)
        return groups

    def _apply_safely(self, text: str, analysis: Analysis, planned: list[list[Edit]], notes: dict[str, None],
                      fallbacks: dict[int, list[Edit]]) -> str:
        """Apply the groups of edits that don't overlap. If that changes a fact, leaves the agent no words
        (a reply is never emptied), or a dropped sentence takes a reply part with it, keep only the
        groups that do none of these, judging them in text order."""
        groups = _without_overlaps(planned)
        words = _OwnWords(analysis)
        edits = [e for group in groups for e in group]
        updated = _apply(text, edits)
        drops = any(e.drops_sentence for e in edits)
        warm = warm_line(self.linter, text, analysis.report.lang) if drops else None
        if facts_kept(text, updated) and words.left(words.deleted_by(edits)) and (not drops or self._parts_kept(updated, analysis, warm)):
            return updated
        kept: list[Edit] = []
        nearby = _Spans()
        deleted = 0
        for group in groups:
            problem = None
            removes = words.deleted_by(group)
            if not _facts_kept_near(text, nearby, group):
                problem = N_("change a fact")
            elif removes and not words.left(deleted + removes):
                problem = N_("remove the last sentence of the agent's own text, and a reply is never left empty")
            if problem:
                notes.setdefault(N_("{rule}: skipped: the fix would {problem}").format(rule=group[0].rule, problem=problem), None)
                continue
            kept += group
            deleted += removes
            for edit in group:
                nearby.add(edit.start, edit.end, edit)
        return _apply(text, self._without_lost_parts(text, analysis, kept, notes, fallbacks, warm))

    def _without_lost_parts(self, text: str, analysis: Analysis, kept: list[Edit], notes: dict[str, None],
                            fallbacks: dict[int, list[Edit]], warm: str | None) -> list[Edit]:
        """The edits, less each dropped sentence that would take the last cue of a reply part with it, or leave
        a reply that ended on the `warm` line with no warm line at the end (`keeps_warm_line`): in text order,
        the first drop after which a part is gone is left out, found by bisection, so a long reply is linted
        a few times, not once per dropped sentence. Its rule's fallback (a plain sentence in its place) goes
        in instead, when it keeps every part."""
        while True:
            drops = [e for e in kept if e.drops_sentence]
            if not drops or self._parts_kept(_apply(text, kept), analysis, warm):
                return kept
            low, high = 0, len(drops) - 1  # the first prefix of drops that loses a part ends at `high`
            while low < high:
                middle = (low + high) // 2
                keeping = set(map(id, drops[middle + 1:]))
                if self._parts_kept(_apply(text, [e for e in kept if id(e) not in keeping]), analysis, warm):
                    low = middle + 1
                else:
                    high = middle
            culprit = drops[high]
            keeping = set(map(id, drops[high + 1:]))
            lost = self._lost_parts(_apply(text, [e for e in kept if id(e) not in keeping]), analysis, warm)
            only = " and ".join(lost)
            kept = [e for e in kept if e is not culprit]
            fallback = fallbacks.get(id(culprit), [])
            if fallback and not any(e.start < f.end and f.start < e.end for e in kept for f in fallback) \
                    and self._parts_kept(_apply(text, [e for e in kept if not e.drops_sentence] + fallback), analysis, warm):
                kept += fallback
                continue
            notes.setdefault(N_("{rule}: skipped: the fix would drop the reply's only {parts}").format(rule=culprit.rule, parts=only), None)

    def _lost_parts(self, after: str, analysis: Analysis, warm: str | None) -> list[str]:
        lang = analysis.report.lang
        sections = self.linter.analyze(after, lang).kept_sections
        lost = [part for part, present in analysis.kept_sections.items() if present and not sections[part]]
        return lost + ["warm closing line"] if warm and not keeps_warm_line(self.linter, after, lang, warm) else lost

    def _parts_kept(self, after: str, analysis: Analysis, warm: str | None) -> bool:
        return not self._lost_parts(after, analysis, warm)


class _OwnWords:
    """The agent's words, by where they start in the input, to tell in one bisection per edit whether
    edits that delete words leave the agent any."""

    def __init__(self, analysis: Analysis) -> None:
        view = analysis.view
        self.starts = sorted(view.span(start, end)[0] for s in analysis.sentences for start, end in s.spans)

    def deleted_by(self, edits: list[Edit]) -> int:
        """How many of the agent's words these (non-overlapping) edits delete without putting words back."""
        return sum(
            bisect.bisect_left(self.starts, e.end) - bisect.bisect_left(self.starts, e.start)
            for e in edits
            if not _has_words(e.new)
        )

    def left(self, deleted: int) -> bool:
        """Whether the agent still has words once `deleted` of them are gone (or had none to begin with)."""
        return not self.starts or deleted < len(self.starts)


# «Керамик-Дом», „Спортни имоти“: a name in quotes, which a sender formula («Компания «Керамик-Дом»
# информирует Вас…») may be the reply's only place to give; «Спортивный комплекс «Волна»: nested, the
# closing quotes written once
_QUOTED_NAME = re.compile(r"«[^«»\n]{1,80}«[^«»\n]{1,80}»|«[^«»\n]{1,80}»|„[^„“\n]{1,80}“")


def _drops_only_mention(text: str, names: list[re.Match[str]], group: list[Edit]) -> bool:
    """Whether `group` deletes a quoted name that the rest of the reply does not repeat: a fact lost with
    the formula around it, though no shape-based fact changed."""
    def touched(start: int, end: int) -> bool:
        return any(e.start < end and start < e.end for e in group)

    for name in names:
        if not touched(name.start(), name.end()) or any(name.group() in e.new for e in group):
            continue
        if not any(not touched(m.start(), m.end()) for m in re.finditer(re.escape(name.group()), text)):
            return True
    return False


def _has_words(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


# No fact holds a letter followed by whitespace (amounts, phones and ids have spaces only after a digit,
# a sign or a bracket), so facts can be compared on the stretch between two such places around an edit.
_FACT_BOUNDARY = re.compile(r"[^\W\d_]\s")
_NEAR = 2_000


def _last_boundary_before(text: str, at: int) -> int:
    """Where the stretch around an edit at `at` may start: after the nearest letter-and-space before it."""
    for reach in (_NEAR // 32, _NEAR):  # nearly always a word or two back
        boundaries = list(_FACT_BOUNDARY.finditer(text, max(0, at - reach), at))
        if boundaries:
            return boundaries[-1].end() - 1
    return 0


def _facts_kept_near(text: str, kept: _Spans, group: list[Edit]) -> bool:
    """`facts_kept` for the text with the `kept` edits and `group` applied, compared only around `group`:
    checking one fix costs the length of its neighbourhood, not of the reply."""
    start, end = min(e.start for e in group), max(e.end for e in group)
    while True:
        low = _last_boundary_before(text, start)
        after = _FACT_BOUNDARY.search(text, end, end + _NEAR)
        high = after.start() + 1 if after else len(text)
        nearby = kept.within(low - 1, high + 1)  # an edit touching the stretch widens it too
        widened = min([start, *(e.start for e in nearby)]), max([end, *(e.end for e in nearby)])
        if widened == (start, end):
            break
        start, end = widened
    local = [replace(e, start=e.start - low, end=e.end - low) for e in nearby + group]
    return facts_kept(text[low:high], _apply(text[low:high], local))


def _connectors(group: list[Edit], once: frozenset[str]) -> set[str]:
    """The words of `once` (connectors, new subjects) that a group of edits writes."""
    return {fold_case(word) for edit in group for word in edit.new.split() if fold_case(word) in once}


def _new_subjects(fixes: tuple[Fix, ...]) -> frozenset[str]:
    """The subjects («мы») a rule's fixes write in front of the clauses they make active."""
    return frozenset(fold_case(subject) for fix in fixes if (subject := fix.kind.new_subject()) is not None)


def _without_overlaps(planned: list[list[Edit]]) -> list[list[Edit]]:
    """Groups in text order; one that overlaps an earlier group waits for the next pass."""
    taken = _Spans()
    groups = []
    for group in sorted(planned, key=lambda g: g[0].start):
        spans = [(e.start, e.end) for e in group]
        if any(taken.overlaps(start, end) for start, end in spans):
            continue
        for start, end in spans:
            taken.add(start, end)
        groups.append(group)
    return groups


class _Spans:
    """Spans kept sorted by start, so an overlap test looks only at those that start close enough
    to reach the new span (no longer ago than the longest span): linear in a long reply, not quadratic."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int, int]] = []
        self._items: list[object] = []
        self._longest = 0

    def within(self, start: int, end: int) -> list:
        """The items whose spans overlap start..end."""
        spans = self._spans
        first = bisect.bisect_left(spans, (start - self._longest, -1, -1))
        last = bisect.bisect_left(spans, (end, -1, -1))
        return [self._items[i] for t_start, t_end, i in spans[first:last] if start < t_end and t_start < end]

    def overlaps(self, start: int, end: int) -> bool:
        return bool(self.within(start, end))

    def add(self, start: int, end: int, item: object = None) -> None:
        bisect.insort(self._spans, (start, end, len(self._items)))
        self._items.append(item)
        self._longest = max(self._longest, end - start)


def _word_start(text: str, at: int) -> int:
    while 0 < at < len(text) and text[at - 1].isalnum() and text[at].isalnum():
        at -= 1
    return at


def _word_end(text: str, at: int) -> int:
    while 0 < at < len(text) and text[at - 1].isalnum() and text[at].isalnum():
        at += 1
    return at


def _apply(text: str, edits: list[Edit]) -> str:
    pieces, cursor = [], 0
    for edit in sorted(edits, key=lambda e: e.start):
        pieces.append(text[cursor:edit.start])
        pieces.append(edit.new)
        cursor = edit.end
    pieces.append(text[cursor:])
    return "".join(pieces)
