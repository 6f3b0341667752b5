"""The linter: findings and reply parts for one text, with exact offsets into it."""
from __future__ import annotations

import gc
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from .config import Config
from .errors import check_size
from .findings import Finding, LineIndex, Report, by_place, frozen_from, merge_overlapping
from .language import LanguageError, detect_language
from .literals import Requirements, holds, required_text
from .matching import Match, PatternIndex, Sentence, last_paragraph_start, one_phrase, sentence_of
from .nlp import language_profile, language_tools
from .normalize import MatchView, fold_case
from .pack_cache import cached_pack
from .regions import agent_text, mask_foreign
from .rules import (
    LANGUAGES,
    PARTS,
    PartCues,
    Rule,
    builtin_pack_dir,
    load_language_data,
    load_pack,
    load_part_cues,
    rule_named,
)
from .sentence_verdicts import MatchContext, SentenceVerdicts
from .sentences import split_sentences

_MAX_MISSING_PARTS = 10_000


def _start_then_longest(match: Match) -> tuple[int, int]:
    return match.start, match.start - match.end


def _start_and_end(match: Match) -> tuple[int, int]:
    return match.start, match.end


@dataclass(frozen=True)
class Analysis:
    """A report with the matching view of the text: offsets in `sentences` and `matches` are view offsets."""

    report: Report
    view: MatchView
    sentences: tuple[Sentence, ...]
    matches: tuple[Match, ...]
    # the parts a rewrite must keep and the structure rules ask for: said by more than a stock formula
    # («Надеемся на понимание»), or a sign-off line that a rewrite keeps anyway („Поздрави,“)
    kept_sections: Mapping[str, bool]


@dataclass(frozen=True)
class CompiledPack:
    rules: tuple[Rule, ...]
    index: PatternIndex
    # (owner, regex, the text every match holds), in the owners' order
    regexes: tuple[tuple[Rule | PartCues, re.Pattern[str], Requirements], ...]
    part_cues: tuple[PartCues, ...]
    # lemmas that open a clause after a comma (`clause_openers` in language.yaml)
    clause_openers: frozenset[str] = frozenset()

    @cached_property
    def structure_rules(self) -> tuple[Rule, ...]:
        """The rules that say a reply part is missing: looked at on every lint, so found once."""
        return tuple(rule for rule in self.rules if rule.part)

    @cached_property
    def conditional_rules(self) -> frozenset[int]:
        """The rules some context can excuse (an `unless` of any kind), by id(): the others need no look at it."""
        return frozenset(
            id(rule) for rule in self.rules
            if rule.unless or rule.unless_match or rule.unless_clause or rule.unless_next or rule.unless_paragraph
            or rule.unless_reply or rule.unless_quote
        )

    @cached_property
    def verdicts(self) -> SentenceVerdicts:
        """What each sentence's words decide about its matches, remembered per sequence of forms."""
        return SentenceVerdicts(self.index, self.conditional_rules)

    @cached_property
    def order(self) -> dict[str, tuple[int, int]]:
        """Each rule's standing when findings fold: a narrow rule above a `fallback` construction, then its
        place in the pack (the bundled rules first, a team's own after them)."""
        return {rule.id: (not rule.fallback, i) for i, rule in enumerate(self.rules)}


def compile_pack(lang: str, extra_files: tuple[Path, ...] = ()) -> CompiledPack:
    has_grammemes = language_tools(lang).morphology.has_grammemes
    rules = tuple(load_pack(lang, has_grammemes, extra_files))
    cues = tuple(load_part_cues(lang, has_grammemes))
    owners: tuple[Rule | PartCues, ...] = (*rules, *cues)
    entries = [(owner, p) for owner in owners for p in owner.patterns]
    regexes = tuple((owner, regex, required_text(regex)) for owner in owners for regex in owner.regexes)
    openers = frozenset(fold_case(w) for w in load_language_data(lang).get("clause_openers", ()))
    return CompiledPack(rules, PatternIndex(entries), regexes, cues, openers)


_packs_lock = threading.Lock()


@cache
def _cached_pack(lang: str, extra_files: tuple[Path, ...]) -> CompiledPack:
    """The pack, once per process. It lives as long as the process, as do the pipeline and morphology
    loaded with it: they are frozen out of garbage collection, whose full passes would otherwise walk
    their ~200,000 objects again and again while new text is learned (a third of the time at first sight).
    A collection first, so no garbage of the embedding application's is frozen with them; none while
    they load, as it would walk the same long-lived objects and find next to nothing to free (a cold
    check's ~0.2 s)."""
    sources = [*builtin_pack_dir(lang).glob("*.yaml"), *map(Path, extra_files)]
    gc.collect()
    collecting = gc.isenabled()
    gc.disable()
    try:
        pack = cached_pack(lang, sources, lambda: compile_pack(lang, extra_files), CompiledPack)
        language_tools(lang)  # a pack read from the cache folder loads no pipeline: load it now, to freeze it too
    finally:
        if collecting:
            gc.enable()
    gc.freeze()
    return pack


class _FullCollections:
    """How many full collections the garbage collector has made in this process, once
    `freeze_what_is_learned` is called. Counted by a callback: reading `gc.get_stats()` before and after
    each lint costs ~1% of a warm one."""

    made = 0

    @classmethod
    def count(cls, phase: str, info: dict[str, int]) -> None:
        if phase == "stop" and info["generation"] == 2:
            cls.made += 1


def freeze_what_is_learned() -> None:
    """For a process of rewriter's own (the CLI, the service, a batch job): a full collection made while a
    text is linted (the engine's learning of new words and sentences sets them off; what it learns outlives
    the text, as the pack does) leaves only live objects, and `analyze` then freezes them with the pack, so
    the next full passes do not walk all that was learned before again (a sixth of first-sight time). An
    application that embeds the linter need not call it: a freeze keeps its own live objects out of cyclic
    collection too."""
    if _FullCollections.count not in gc.callbacks:
        gc.callbacks.append(_FullCollections.count)


class Linter:
    """Loads pipelines and rule packs once; `lint` is safe to call from many threads."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self._ids_checked: set[str] = set()
        # former rule ids the config names, with the current id each now reads as (`aliases` in the packs)
        self.renamed_rules: dict[str, str] = {}
        self._packs: dict[str, CompiledPack] = {}  # each language's pack, once its rule ids are checked
        # findings that say a part is missing, by rule and place: the same few on most short replies
        self._missing_parts: dict[tuple[str, int, int, int], Finding] = {}
        # what every finding of a rule shares (its id, category, severity in this config, message), by the rule's id()
        self._rule_fields: dict[int, dict[str, object]] = {}
        # the structure rules that report a missing part, by pack and which parts a reply has (a few combinations)
        self._missing_rules: dict[tuple[object, ...], tuple[Rule, ...]] = {}

    def check_named_rules(self) -> None:
        """Load the pack of every language whose rule ids the config names, so a misspelt id is refused
        (ConfigError) before any draft is judged, whatever the drafts' language."""
        for lang in self.config.named_languages():
            self.pack(lang)

    def pack(self, lang: str) -> CompiledPack:
        known = self._packs.get(lang)
        if known is not None:
            return known
        if lang not in LANGUAGES:
            raise LanguageError(f"unsupported language {lang!r}; use one of: {', '.join(LANGUAGES)}")
        with _packs_lock:
            pack = _cached_pack(lang, self.config.rules)
        if lang not in self._ids_checked:
            self.config, renamed = self.config.with_current_ids(lang, pack.rules)
            self.renamed_rules.update(renamed)
            self._ids_checked.add(lang)
        self._packs[lang] = pack
        return pack

    def rules(self, lang: str) -> tuple[Rule, ...]:
        return self.pack(lang).rules

    def rule(self, rule_id: str) -> Rule | None:
        """The rule with this id or former id (`aliases`), or None (also for an id of no known language)."""
        lang = rule_id.split(".", 1)[0]
        return rule_named(self.rules(lang), rule_id) if lang in LANGUAGES else None

    def detect_language(self, text: str) -> str:
        check_size(text, self.config.max_bytes)
        masked = mask_foreign(text)
        return detect_language(masked, {code: language_profile(code) for code in LANGUAGES})

    def lint(self, text: str, lang: str | None = None) -> Report:
        return self.analyze(text, lang).report

    def analyze(self, text: str, lang: str | None = None) -> Analysis:
        """The report, with what later stages need: the view, its sentences and the rule matches kept."""
        check_size(text, self.config.max_bytes)
        full_collections = _FullCollections.made
        own = agent_text(text)
        view, masked = own.view, own.masked
        lang = lang or detect_language(masked, {code: language_profile(code) for code in LANGUAGES})
        pack = self.pack(lang)
        tools = language_tools(lang)
        sentences = split_sentences(tools, masked)
        rule_matches, sections, kept_sections, beyond_words = _sentence_findings(pack, sentences, masked, tools.polite)
        lines = LineIndex(text)
        kept: list[Match] = []
        findings: list[Finding] = []
        if rule_matches:
            context = MatchContext(sentences, masked, pack.clause_openers)
            kept = self._kept_matches(rule_matches, context, view, beyond_words)
            findings = merge_overlapping(
                [
                    self._finding(m.owner, *(m.shown or m[1:3]), view, lines, context.message(m) if m.owner.messages else None)
                    for m in kept
                ],
                pack.order,
                lines,
            )
        findings += self._structure_findings(pack, kept_sections, masked, view, lines)
        if len(findings) > 1:
            findings.sort(key=by_place)
        if _FullCollections.made != full_collections:
            gc.freeze()
        return frozen_from(Analysis, {
            "report": frozen_from(Report, {"lang": lang, "findings": tuple(findings), "sections": sections}),
            "view": view, "sentences": tuple(sentences), "matches": tuple(kept), "kept_sections": kept_sections,
        })

    def _kept_matches(
        self, rule_matches: list[Match], context: MatchContext, view: MatchView, to_check: dict[int, bool | None]
    ) -> list[Match]:
        """The matches no context excuses, none overlapping an earlier kept match of its rule. `to_check`:
        the matches (by id()) whose context is still to be looked at, with whether their clause is (None:
        a regex match, looked at in full)."""
        kept: dict[str, list[Match]] = {}
        # Matches come in order of their start, so one overlaps a kept match of its rule exactly when
        # it starts before the furthest end kept so far: one comparison, not one per earlier match.
        reach: dict[str, int] = {}
        folded: list[str] = []  # the case-folded view, made only when a phrase is allowed
        config = self.config
        rule_matches.sort(key=_start_then_longest)
        for match in rule_matches:
            rule = match.owner
            rule_id = rule.id
            if match.start < reach.get(rule_id, -1):
                continue
            if config.disable and not config.is_enabled(rule_id, rule.category):
                continue
            if to_check and id(match) in to_check:
                clause_check = to_check[id(match)]
                if context.excused(rule, match) if clause_check is None else context.excused_beyond_words(rule, match, clause_check):
                    continue
            if config.allow and self._allowed(rule, match, view, folded):
                continue
            kept.setdefault(rule_id, []).append(match)
            reach[rule_id] = max(reach.get(rule_id, -1), match.end)
        return sorted((m for ms in kept.values() for m in ms), key=_start_and_end)

    def _allowed(self, rule: Rule, match: Match, view: MatchView, folded: list[str]) -> bool:
        phrases = self.config.allowed_phrases(rule.id)
        if not phrases:
            return False
        if not folded:
            folded.append(fold_case(view.text))
        for phrase in phrases:
            needle = fold_case(phrase)
            at = folded[0].find(needle, max(0, match.end - len(needle)), match.start + len(needle))
            while at != -1 and at <= match.start:
                if at + len(needle) >= match.end:
                    return True
                at = folded[0].find(needle, at + 1, match.start + len(needle))
        return False

    def _structure_findings(
        self, pack: CompiledPack, sections: Mapping[str, bool], masked: str, view: MatchView, lines: LineIndex
    ) -> list[Finding]:
        which = (id(pack), *sections.values())
        missing = self._missing_rules.get(which)
        if missing is None:
            missing = self._missing_rules[which] = tuple(
                rule
                for rule in pack.structure_rules
                if rule.part in self.config.required_parts
                and not sections[rule.part]
                and self.config.is_enabled(rule.id, rule.category)
            )
        if not missing:
            return []
        body_start = len(masked) - len(masked.lstrip())
        start = view.span(body_start, body_start)[0]
        place = (start, *lines.locate(start))
        found = []
        for rule in missing:
            key = (rule.id, *place)
            finding = self._missing_parts.get(key)
            if finding is None:
                if len(self._missing_parts) >= _MAX_MISSING_PARTS:
                    self._missing_parts.clear()
                finding = self._missing_parts[key] = self._finding(rule, body_start, body_start, view, lines)
            found.append(finding)
        return found

    def _finding(
        self, rule: Rule, start: int, end: int, view: MatchView, lines: LineIndex, message: str | None = None
    ) -> Finding:
        origin = view.origin
        start, end = origin[start], origin[end]
        line, column = lines.locate(start)
        fields = self._rule_fields.get(id(rule))
        if fields is None:
            fields = self._rule_fields[id(rule)] = {
                "rule": rule.id,
                "category": rule.category,
                "severity": self.config.severity_of(rule.id, rule.category, rule.severity),
                "message": rule.message,
                "suggestion": rule.suggestion,
                "merged": (),
            }
        finding = object.__new__(Finding)
        made = finding.__dict__  # filled item by item: a keyword update builds a dict of its own first
        made.update(fields)
        made["start"] = start
        made["end"] = end
        made["line"] = line
        made["column"] = column
        made["text"] = lines.text[start:end]
        if message:
            made["message"] = message
        return finding


def _sentence_findings(
    pack: CompiledPack, sentences: list[Sentence], masked: str, polite: frozenset[str]
) -> tuple[list[Match], dict[str, bool], dict[str, bool], dict[int, bool | None]]:
    """The rule matches in the sentences (those their sentence's own words excuse left out, see
    SentenceVerdicts), the reply parts present and those a rewrite must keep (see _reply_parts), and the
    matches (by id()) whose context is still to be looked at: whether their clause is, None for a regex
    match (looked at in full)."""
    verdicts = pack.verdicts
    rule_matches: list[Match] = []
    to_check: dict[int, bool | None] = {}
    cue_hits: list[tuple[PartCues, int, int]] = []
    for number, sentence in enumerate(sentences):
        verdict = verdicts.of(sentence)
        spans = sentence.spans
        for rule, first, last, marked, clause_check in verdict.rule_matches:
            if rule.one_phrase and not one_phrase(sentence, masked, *(marked or (first, last)), polite):
                continue
            shown = (spans[marked[0]][0], spans[marked[1]][1]) if marked else None
            match = Match(rule, spans[first][0], spans[last][1], number, shown)
            rule_matches.append(match)
            if clause_check or rule.unless_next or rule.unless_paragraph or rule.unless_reply or rule.unless_quote:
                to_check[id(match)] = clause_check
        cue_hits += [(cue, number, spans[first][0]) for cue, first in verdict.cues]
    conditional = pack.conditional_rules
    for match in _regex_matches(pack.regexes, masked, sentences):
        owner = match.owner
        if isinstance(owner, Rule):
            rule_matches.append(match)
            if id(owner) in conditional:
                to_check[id(match)] = None
        else:
            cue_hits.append((owner, match.sentence, match.start))
    sections, kept_sections = _reply_parts(cue_hits, masked)
    return rule_matches, sections, kept_sections, to_check


def sentences_of(text: str, lang: str) -> list[Sentence]:
    """The agent's sentences in `text` (quoted history and signature left out), as the rules see them."""
    return split_sentences(language_tools(lang), mask_foreign(text))


def _reply_parts(cue_hits: list[tuple[PartCues, int, int]], masked: str) -> tuple[dict[str, bool], dict[str, bool]]:
    """The parts a reader finds, and those a rewrite must keep (see Analysis.kept_sections), from the part
    cues found (cue, sentence number, start). A cue counts unless a `refused` cue of its part stands in
    its sentence («вернуть деньги мы не можем»); a final cue counts only in the last paragraph."""
    sections = dict.fromkeys(PARTS, False)
    kept_sections = dict.fromkeys(PARTS, False)
    refused = {(cue.part, sentence) for cue, sentence, _ in cue_hits if cue.refusal}
    last_paragraph = -1  # found only when a final cue matched
    for cue, sentence, start in cue_hits:
        if cue.refusal or (refused and (cue.part, sentence) in refused):
            continue
        if cue.final and last_paragraph < 0:
            last_paragraph = last_paragraph_start(masked)
        if not (cue.final and start < last_paragraph):
            sections[cue.part] = sections[cue.part] or not cue.sign_off
            kept_sections[cue.part] = kept_sections[cue.part] or not cue.stock
    return sections, kept_sections


def _regex_matches(regexes: tuple, masked: str, sentences: list[Sentence]) -> list[Match]:
    starts = [s.start for s in sentences]
    found = []
    folded = masked.casefold()
    for owner, regex, requirements in regexes:
        if not holds(requirements, folded):
            continue
        for hit in regex.finditer(masked):
            group = 1 if regex.groups else 0
            start, end = hit.span(group)
            if end > start:
                found.append(Match(owner, start, end, sentence_of(starts, start)))
    return found


