"""The ceiling of matching new sentences by `re` over encoded words, measured on first sight (issue 15).

    python benchmarks/regex_matcher_ceiling.py [--show]

A fresh process warms up on one half of the texts (as `lint_speed.py --first-sight-run` does), then
lints the other half once, recording every `PatternIndex.find` call (the pattern side of a new
sentence, new forms' learning included) with its processor time and answer. Each token pattern is
then compiled into one regex over a sentence written as a string (each word its form and each
analysis as lemma + grammemes), and the recorded calls are replayed: a new form's cost is writing
its string, a sentence's is joining them, picking the patterns whose anchor keys it holds and whose
required keys it holds, and one native `finditer` per such pattern. A second replay keeps the engine's
own candidates (learned forms, viable masks) and makes only each try native: one `match` of the
pattern's regex at the word. Printed: the regexes' compile time, each replay's time and agreement with
the engine, and lint / floor with `find` (or each new sentence's whole verdict) replaced or free;
`--show`: the sentences whose answers differ, on standard error.
"""
from __future__ import annotations

import argparse
import gc
import re
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
from lint_speed import once, warmed_up  # noqa: E402
from rewriter.matching import PatternIndex  # noqa: E402
from rewriter.morphology import WordAnalysis  # noqa: E402
from rewriter.patterns import Atom, Slot, TokenPattern  # noqa: E402
from rewriter.sentence_verdicts import SentenceVerdicts  # noqa: E402

_WORD = r"\x01[^\x04]*\x04"


def encode(word: WordAnalysis) -> str:
    """A word as the regexes read it: \\x01 form, each analysis as \\x02 lemma \\x03 ,tag,tag, and \\x04."""
    return "\x01" + word.form + "".join("\x02" + p.lemma + "\x03," + ",".join(sorted(p.tags)) + "," for p in word.parses) + "\x04"


def _atom(atom: Atom) -> str:
    if atom.form is not None:
        head = re.escape(atom.form)
    elif atom.regex is not None:
        head = "(?:" + atom.regex.pattern + ")"
    else:
        head = r"[^\x02\x04]*"
    if atom.form is not None and atom.regex is not None:
        head = "(?=(?:" + atom.regex.pattern + r")[\x02\x04])" + head
    head = r"\x01" + head + r"(?=[\x02\x04])"
    if not atom.tag_slots and not atom.forbidden:
        if atom.lemma is not None and atom.form is None:
            return head + r"[^\x04]*?\x02" + re.escape(atom.lemma) + r"\x03[^\x04]*\x04"
        return head + r"[^\x04]*\x04"
    lemma = re.escape(atom.lemma) if atom.lemma is not None and atom.form is None else r"[^\x03]*"
    parse = r"\x02" + lemma + r"\x03"
    for slot in atom.tag_slots:
        parse += r"(?=[^\x02\x04]*,(?:" + "|".join(map(re.escape, sorted(slot))) + "),)"
    if atom.forbidden:
        parse += r"(?![^\x02\x04]*,(?:" + "|".join(map(re.escape, sorted(atom.forbidden))) + "),)"
    return head + r"[^\x04]*?" + parse + r"[^\x04]*\x04"


def _slot(slot: Slot) -> str:
    if slot.gap:
        return "(?:" + _WORD + "){0," + str(slot.gap) + "}?"
    body = "(?>" + "|".join(_atom(atom) for atom in slot.atoms) + ")"
    return "(?:" + body + ")?" if slot.optional else body


def compile_regex(pattern: TokenPattern) -> re.Pattern[str]:
    """The pattern as a regex tried at each word: `match` the match, `marked` its marked words."""
    parts = [_slot(slot) for slot in pattern.slots]
    if pattern.marker is not None:
        low, high = pattern.marker
        parts.insert(high, ")")
        parts.insert(low, "(?P<marked>")
    return re.compile("(?=(?P<match>" + "".join(parts) + "))")


def _anchored(pattern: TokenPattern) -> re.Pattern[str]:
    """The pattern as a regex matched at one word (no lookahead): the engine's own tries, native."""
    return re.compile(compile_regex(pattern).pattern[3:-1])


def replay_with_native_tries(calls: list, sides: dict[int, RegexSide]) -> tuple[float, list]:
    """Seconds and answers of `PatternIndex.find` over the calls as the engine runs it (new forms
    learned, viable candidates chosen by masks), each try a native match of the pattern's regex at the
    word (the sentence written as a string first) instead of `match_at` and `marked`."""
    current: dict[str, Any] = {}

    def match_at(pattern: TokenPattern, words: Any, start: int) -> tuple[int, int] | None:
        starts = current["starts"]
        hit = current["side"].anchored[pattern.source].match(current["sentence"], current["offsets"][start])
        if hit is None:
            return None
        first, end = starts[hit.start("match")], starts[hit.end("match")] - 1
        if pattern.marker is not None:
            low, high = starts[hit.start("marked")], starts[hit.end("marked")]
            current["marked"] = (low, high - 1) if high > low else (first, end)
        return first, end

    original = TokenPattern.match_at, TokenPattern.marked
    TokenPattern.match_at = match_at  # type: ignore[method-assign]
    TokenPattern.marked = lambda pattern, words, first, last: current["marked"]  # type: ignore[method-assign]
    began = time.process_time()
    answers = []
    for index, words, _, _ in calls:
        side = sides[id(index)]
        parts = [side.encoded.get(word.form) or side.encoded.setdefault(word.form, encode(word)) for word in words]
        offsets, starts, at = [], {}, 0
        for number, text in enumerate(parts):
            offsets.append(at)
            starts[at] = number
            at += len(text)
        starts[at] = len(parts)
        current.update(side=side, sentence="".join(parts), offsets=offsets, starts=starts)
        answers.append(PatternIndex.find(index, words))
    seconds = time.process_time() - began
    TokenPattern.match_at, TokenPattern.marked = original  # type: ignore[method-assign]
    return seconds, answers


class RegexSide:
    """One index's candidates as regexes, and what a sentence needs to choose them."""

    def __init__(self, index: PatternIndex) -> None:
        candidates = index._candidates  # noqa: SLF001 -- a measurement of the engine's own state
        began = time.process_time()
        self.regexes = [compile_regex(pattern) for _, pattern, _ in candidates]
        self.compile_seconds = time.process_time() - began
        self.anchored = {pattern.source: _anchored(pattern) for _, pattern, _ in candidates}
        self.candidates = candidates
        self.index = index
        self.by_anchor: dict[str, list[int]] = {}
        self.anyhow: list[int] = []
        for number, (_, pattern, _) in enumerate(candidates):
            if pattern.anchors is None:
                self.anyhow.append(number)
            else:
                for key in pattern.anchors:
                    self.by_anchor.setdefault(key, []).append(number)
        self.encoded: dict[str, str] = {}

    def find(self, words: tuple[WordAnalysis, ...]) -> tuple[tuple[Any, int, int, tuple[int, int] | None], ...]:
        encoded = self.encoded
        parts = []
        keys: set[str] = set()
        for word in words:
            text = encoded.get(word.form)
            if text is None:
                text = encoded[word.form] = encode(word)
            parts.append(text)
            keys |= word.keys
        starts: dict[int, int] = {}
        at = 0
        for number, text in enumerate(parts):
            starts[at] = number
            at += len(text)
        starts[at] = len(parts)
        sentence = "".join(parts)
        chosen = set(self.anyhow)
        by_anchor = self.by_anchor
        for key in keys:
            found = by_anchor.get(key)
            if found:
                chosen.update(found)
        rows = []
        candidates, regexes = self.candidates, self.regexes
        for number in chosen:
            owner, pattern, _ = candidates[number]
            if not pattern.may_match_in(keys):
                continue
            for hit in regexes[number].finditer(sentence):
                first, end = starts[hit.start("match")], starts[hit.end("match")]
                marked = None
                if pattern.marker is not None:
                    low, high = starts[hit.start("marked")], starts[hit.end("marked")]
                    marked = (low, high - 1) if high > low else (first, end - 1)
                rows.append((first + pattern.anchor_offset, number, (owner, first, end - 1, marked)))
        rows.sort(key=lambda row: row[:2])
        return tuple(row[2] for row in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print the sentences whose answers differ")
    show = parser.parse_args().show
    lint, unseen, new_forms, floor_time = warmed_up()
    calls: list[tuple[PatternIndex, tuple[WordAnalysis, ...], Any, float]] = []
    known_before: dict[int, set[str]] = {}
    original = PatternIndex.find

    def recorded(self: PatternIndex, words: Any) -> Any:
        if id(self) not in known_before:
            known_before[id(self)] = set(self._forms)  # noqa: SLF001
        began = time.process_time()
        found = original(self, words)
        calls.append((self, tuple(words), found, time.process_time() - began))
        return found

    verdict_seconds = [0.0]
    original_verdict = SentenceVerdicts._verdict  # noqa: SLF001

    def verdict(self: SentenceVerdicts, sentence: Any) -> Any:
        began = time.process_time()
        try:
            return original_verdict(self, sentence)
        finally:
            verdict_seconds[0] += time.process_time() - began

    gc.disable()
    PatternIndex.find = recorded  # type: ignore[method-assign]
    SentenceVerdicts._verdict = verdict  # type: ignore[method-assign]  # noqa: SLF001
    lint_time = once(lint, unseen)
    PatternIndex.find = original  # type: ignore[method-assign]
    SentenceVerdicts._verdict = original_verdict  # type: ignore[method-assign]  # noqa: SLF001
    find_time = sum(call[3] for call in calls)
    sides: dict[int, RegexSide] = {}
    for index, *_ in calls:
        if id(index) not in sides:
            sides[id(index)] = RegexSide(index)
    compile_seconds = sum(side.compile_seconds for side in sides.values())
    patterns = sum(len(side.regexes) for side in sides.values())
    for index, words, _, _ in calls:  # forms the warm-up met are written already
        side = sides[id(index)]
        for word in words:
            if word.form in known_before[id(index)] and word.form not in side.encoded:
                side.encoded[word.form] = encode(word)
    began = time.process_time()
    answers = [sides[id(index)].find(words) for index, words, _, _ in calls]
    replay = time.process_time() - began
    differ = sum(answer != call[2] for answer, call in zip(answers, calls, strict=True))
    began = time.process_time()
    for index, words, _, _ in calls:
        original(index, words)
    learned_find = time.process_time() - began
    for side in sides.values():  # forms the warm-up met are written already, the rest not
        side.encoded = {form: text for form, text in side.encoded.items() if form in known_before[id(side.index)]}
    native_time, native = replay_with_native_tries(calls, sides)
    native_differ = sum(answer != call[2] for answer, call in zip(native, calls, strict=True))
    for answer, call in zip(answers, calls, strict=True):
        if answer != call[2] and show:
            print("differ:", [w.form for w in call[1]], sorted(set(answer) ^ set(call[2]), key=repr)[:3], file=sys.stderr)
    print(f"first sight, {len(unseen)} texts never seen, {new_forms} new word forms; processor time, collector off")
    print(f"  floor {floor_time:.3f} s; lint {lint_time:.3f} s ({lint_time / floor_time:.2f} x the floor)")
    print(f"  PatternIndex.find: {len(calls)} calls, {find_time:.3f} s (new forms' learning included)")
    print(f"  regex replay of the same calls: {replay:.3f} s; answers differ on {differ} of {len(calls)}")
    print(f"  compiling {patterns} patterns' regexes: {compile_seconds:.3f} s")
    print(f"  the same calls again, new forms learned: engine {learned_find:.3f} s, with native tries {native_time:.3f} s"
          f" (new forms written included); answers differ on {native_differ}")
    ceiling = lint_time - find_time + replay
    print(f"  lint with find replaced by the replay: {ceiling:.3f} s ({ceiling / floor_time:.2f} x the floor)")
    print(f"  ... with find free: {lint_time - find_time:.3f} s ({(lint_time - find_time) / floor_time:.2f} x the floor)")
    free = lint_time - verdict_seconds[0]
    print(f"  ... with new sentences' whole verdicts free (find and `unless`, {verdict_seconds[0]:.3f} s):"
          f" {free:.3f} s ({free / floor_time:.2f} x the floor)")


if __name__ == "__main__":
    main()
