"""The linter: findings and reply parts for one text, with exact offsets into it."""
from __future__ import annotations

import bisect
import re
import threading
from dataclasses import asdict, dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Iterable, Mapping

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, ORTH

from .config import Config
from .language import LanguageError, detect_language
from .literals import Requirements, holds, required_text
from .matching import Match, PatternIndex, Sentence, matches_anywhere, sentence_of
from .nlp import LanguageTools, language_profile, language_tools
from .normalize import MatchView, build_view, fold_case
from .pack_cache import cached_pack
from .regions import mask_foreign
from .rules import LANGUAGES, PARTS, SEVERITIES, PartCues, Rule, builtin_pack_dir, load_pack, load_part_cues

_MAX_CACHED_TOKENS = 500_000
SEVERITY_RANK = {level: rank for rank, level in enumerate(SEVERITIES)}


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

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class Report:
    lang: str
    findings: tuple[Finding, ...]
    sections: Mapping[str, bool] = field(default_factory=dict)

    def fails(self, threshold: str = "error") -> bool:
        """True when a finding is at or above `threshold`."""
        return any_at_or_above(self.findings, threshold)


def any_at_or_above(findings: Iterable[Finding], threshold: str) -> bool:
    return any(SEVERITY_RANK[f.severity] >= SEVERITY_RANK[threshold] for f in findings)


@dataclass(frozen=True)
class Analysis:
    """A report with the matching view of the text: offsets in `sentences` and `matches` are view offsets."""

    report: Report
    view: MatchView
    sentences: tuple[Sentence, ...]
    matches: tuple[Match, ...]


@dataclass(frozen=True)
class CompiledPack:
    rules: tuple[Rule, ...]
    index: PatternIndex
    # (owner, regex, the text every match holds), in the owners' order
    regexes: tuple[tuple[Rule | PartCues, re.Pattern[str], Requirements], ...]
    part_cues: tuple[PartCues, ...]

    @cached_property
    def part_rules(self) -> tuple[Rule, ...]:
        """The rules that ask for a reply part (checked on every reply, so not looked for among all)."""
        return tuple(rule for rule in self.rules if rule.part)


def compile_pack(lang: str, extra_files: tuple[Path, ...] = ()) -> CompiledPack:
    has_grammemes = language_tools(lang).morphology.has_grammemes
    rules = tuple(load_pack(lang, has_grammemes, extra_files))
    cues = tuple(load_part_cues(lang, has_grammemes))
    entries = [(rule, p) for rule in rules for p in rule.patterns]
    entries += [(cue, p) for cue in cues for p in cue.patterns]
    regexes = tuple((owner, regex, required_text(regex)) for owner in (*rules, *cues) for regex in owner.regexes)
    return CompiledPack(rules, PatternIndex(entries), regexes, cues)


_packs_lock = threading.Lock()


@lru_cache(maxsize=None)
def _cached_pack(lang: str, extra_files: tuple[Path, ...]) -> CompiledPack:
    sources = [*builtin_pack_dir(lang).glob("*.yaml"), *map(Path, extra_files)]
    return cached_pack(lang, sources, lambda: compile_pack(lang, extra_files))


class Linter:
    """Loads pipelines and rule packs once; `lint` is safe to call from many threads."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self._ids_checked: set[str] = set()

    def pack(self, lang: str) -> CompiledPack:
        if lang not in LANGUAGES:
            raise LanguageError(f"unsupported language {lang!r}; use one of: {', '.join(LANGUAGES)}")
        with _packs_lock:
            pack = _cached_pack(lang, self.config.rules)
        if lang not in self._ids_checked:
            self.config.check_rule_ids(lang, (rule.id for rule in pack.rules))
            self._ids_checked.add(lang)
        return pack

    def rules(self, lang: str) -> tuple[Rule, ...]:
        return self.pack(lang).rules

    def rule(self, rule_id: str) -> Rule | None:
        """The rule with this id, or None (also for an id of no known language)."""
        lang = rule_id.split(".", 1)[0]
        return next((r for r in self.rules(lang) if r.id == rule_id), None) if lang in LANGUAGES else None

    def detect_language(self, text: str) -> str:
        masked = mask_foreign(build_view(text).text)
        return detect_language(masked, {code: language_profile(code) for code in LANGUAGES})

    def lint(self, text: str, lang: str | None = None) -> Report:
        return self.analyze(text, lang).report

    def analyze(self, text: str, lang: str | None = None) -> Analysis:
        """The report, with what later stages need: the view, its sentences and the rule matches kept."""
        view = build_view(text)
        masked = mask_foreign(view.text)
        lang = lang or detect_language(masked, {code: language_profile(code) for code in LANGUAGES})
        pack = self.pack(lang)
        sentences = _sentences(language_tools(lang), masked)
        # A reply part is present or not: its cues stop at the first match.
        matches = pack.index.matches(sentences, once=lambda owner: isinstance(owner, PartCues))
        matches += _regex_matches(pack.regexes, masked, sentences)
        sections = {part: False for part in PARTS}
        for match in matches:
            if isinstance(match.owner, PartCues):
                sections[match.owner.part] = True
        kept = self._kept_matches(matches, sentences, view)
        lines = LineIndex(text)
        findings = [self._finding(m.owner, m.start, m.end, view, lines) for m in kept]
        findings += self._structure_findings(pack, sections, masked, view, lines)
        findings.sort(key=lambda f: (f.start, f.end, -SEVERITY_RANK[f.severity], f.rule))
        return Analysis(Report(lang, tuple(findings), sections), view, tuple(sentences), tuple(kept))

    def _kept_matches(self, matches: list[Match], sentences, view: MatchView) -> list[Match]:
        kept: dict[str, list[Match]] = {}
        rule_matches = [m for m in matches if isinstance(m.owner, Rule)]
        for match in sorted(rule_matches, key=lambda m: (m.start, -(m.end - m.start))):
            rule = match.owner
            if not self.config.is_enabled(rule.id, rule.category):
                continue
            taken = kept.setdefault(rule.id, [])
            if any(m.start < match.end and match.start < m.end for m in taken):
                continue
            if rule.unless and matches_anywhere(rule.unless, sentences[match.sentence]):
                continue
            if self._allowed(rule, match, view):
                continue
            taken.append(match)
        return sorted((m for ms in kept.values() for m in ms), key=lambda m: (m.start, m.end))

    def _allowed(self, rule: Rule, match: Match, view: MatchView) -> bool:
        phrases = self.config.allowed_phrases(rule.id)
        if not phrases:
            return False
        folded = fold_case(view.text)
        for phrase in phrases:
            needle = fold_case(phrase)
            at = folded.find(needle, max(0, match.end - len(needle)))
            while at != -1 and at <= match.start:
                if at + len(needle) >= match.end:
                    return True
                at = folded.find(needle, at + 1)
        return False

    def _structure_findings(self, pack: CompiledPack, sections, masked: str, view: MatchView, lines: LineIndex) -> list[Finding]:
        body_start = len(masked) - len(masked.lstrip())
        return [
            self._finding(rule, body_start, body_start, view, lines)
            for rule in pack.part_rules
            if rule.part in self.config.required_parts
            and not sections[rule.part]
            and self.config.is_enabled(rule.id, rule.category)
        ]

    def _finding(self, rule: Rule, start: int, end: int, view: MatchView, lines: LineIndex) -> Finding:
        start, end = view.span(start, end)
        line, column = lines.locate(start)
        text = lines.text
        return Finding(
            rule=rule.id,
            category=rule.category,
            severity=self.config.severity_of(rule.id, rule.category, rule.severity),
            start=start,
            end=end,
            line=line,
            column=column,
            text=text[start:end],
            message=rule.message,
            suggestion=rule.suggestion,
        )


def sentences_of(text: str, lang: str) -> list[Sentence]:
    """The agent's sentences in `text` (quoted history and signature left out), as the rules see them."""
    return _sentences(language_tools(lang), mask_foreign(build_view(text).text))


def _sentences(tools: LanguageTools, masked: str) -> list[Sentence]:
    """Sentences as words (punctuation and spaces left out) with their analyses and offsets.

    A sentence ends where spaCy's sentencizer ends it: at the first token after a `.`, `!`, `?`
    (or the like) that is neither punctuation nor such a mark.
    """
    analyze, by_orth, ends = tools.morphology.analyze_token, tools.analyses, tools.sentence_ends
    with tools.lock:
        doc = tools.nlp.tokenizer(masked)
    rows = doc.to_array([ORTH, IDX, LENGTH, IS_PUNCT, IS_SPACE]).tolist()
    sentences: list[Sentence] = []
    words: list = []
    spans: list[tuple[int, int]] = []
    start = 0
    after_end = False
    for orth, idx, length, is_punct, is_space in rows:
        if orth in ends:
            after_end = True
        elif after_end and not is_punct:
            after_end = False
            if words:
                sentences.append(_sentence(start, idx, words, spans, tools))
                words, spans = [], []
        if not words:
            start = idx
        if is_space and masked.count("\n", idx, idx + length) >= 2:
            # A blank line ends a sentence too: the greeting «Уважаемый Андрей,» is not part of the next one.
            # A single line break does not: mail is often wrapped in the middle of a sentence.
            if words:
                sentences.append(_sentence(start, idx, words, spans, tools))
                words, spans = [], []
            continue
        if is_punct or is_space:
            continue
        word = by_orth.get(orth)
        if word is None:
            if len(by_orth) >= _MAX_CACHED_TOKENS:
                by_orth.clear()
            word = by_orth[orth] = analyze(masked[idx:idx + length])
        words.append(word)
        spans.append((idx, idx + length))
    if words or not sentences:
        sentences.append(_sentence(start, len(masked), words, spans, tools))
    return sentences


def _sentence(start: int, end: int, words: list, spans: list[tuple[int, int]], tools: LanguageTools) -> Sentence:
    return Sentence(start, end, tuple(words), tuple(spans), tools.seen_sentences)


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


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of `offset`; `\\r\\n`, `\\r` and `\\n` each end a line."""
    return LineIndex(text).locate(offset)


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class LineIndex:
    """Where each line of a text starts, found once, so every finding's line and column is a bisection."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0, *(m.end() for m in _LINE_BREAK.finditer(text))]

    def locate(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1
