"""Every finding on every text the project holds, as JSON, to show that a change to the engine's
speed leaves what it finds byte-identical.

    python benchmarks/findings_snapshot.py --write before.json     # on the old code
    python benchmarks/findings_snapshot.py --compare before.json   # on the new code: exit 1 on a difference

The texts: the test corpus, every rule's examples, the test replies, the seen blind rounds and
guard-evaluation sets, and the replies `lint_speed.py` times (the warm set and its stream of distinct
replies). One fresh process lints them all in order, so most are linted at first sight, then lints
them all again: the second pass, from what the process has remembered, must give the same answers.
Each text is also linted once with its language detected. Recorded per text: the findings, the
reply parts found and those a rewrite must keep, and the matches kept (owner, span, reported span),
which later stages use.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from lint_speed import LANGS, material, recombined  # noqa: E402


def evaluation_texts() -> list[tuple[str, str]]:
    """(lang, text) of the seen blind rounds and guard-evaluation sets: drafts and replies alike."""
    texts: list[tuple[str, str]] = []
    for path in sorted((ROOT / "tests" / "blind").glob("round*/*.yaml")):
        lang = "bg" if path.stem.endswith("bg") else "ru"
        texts += [(lang, entry["text"]) for entry in yaml.safe_load(path.read_text(encoding="utf-8"))]
    for lang in LANGS:
        for entry in yaml.safe_load((ROOT / "tests" / "guard_eval" / f"{lang}.yaml").read_text(encoding="utf-8")):
            texts.append((lang, entry["draft"]))
            texts += [(lang, reply["text"]) for reply in entry.get("replies", ())]
    return texts


def all_texts(stream: int) -> list[tuple[str, str]]:
    base = material()
    texts = base + evaluation_texts() + recombined(base, 400, 400, seed=11) + recombined(base, stream, 400)
    return list(dict.fromkeys(texts))


def snapshot(linter, lang: str | None, text: str) -> dict[str, object]:
    from rewriter.language import LanguageError

    try:
        analysis = linter.analyze(text, lang)
    except LanguageError as error:  # a rule example too short to tell its language
        return {"error": str(error)}
    kept = [
        [getattr(m.owner, "id", None) or f"part:{m.owner.part}", m.start, m.end, list(m.reported), m.sentence]
        for m in analysis.matches
    ]
    report = analysis.report.to_dict()
    return {
        "lang": report["lang"], "findings": report["findings"], "sections": report["sections"],
        "kept_sections": dict(analysis.kept_sections), "kept": kept,
    }


def take(stream: int) -> dict[str, object]:
    from rewriter import Linter

    texts = all_texts(stream)
    linter = Linter()
    first = [snapshot(linter, lang, text) for lang, text in texts]
    again = [snapshot(linter, lang, text) for lang, text in texts]
    changed = [i for i, (a, b) in enumerate(zip(first, again, strict=True)) if a != b]
    if changed:
        sys.exit(f"{len(changed)} texts linted differently the second time, e.g. {texts[changed[0]][1][:80]!r}")
    detected = [snapshot(linter, None, text) for _, text in texts]
    return {
        hashlib.sha256(f"{lang}\n{text}".encode()).hexdigest(): {"given": given, "detected": auto}
        for (lang, text), given, auto in zip(texts, first, detected, strict=True)
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path, help="write the snapshot to this file")
    parser.add_argument("--compare", type=Path, help="compare with a snapshot written before")
    parser.add_argument("--stream", type=int, default=10_000, help="distinct recombined replies to include")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    now = json.loads(json.dumps(take(args.stream)))  # as read back from a file: tuples as lists
    findings = sum(len(entry["given"]["findings"]) for entry in now.values())
    print(f"{len(now)} texts, {findings} findings")
    if args.write:
        args.write.write_text(json.dumps(now, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    if args.compare:
        before = json.loads(args.compare.read_text(encoding="utf-8"))
        differ = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
        print(f"compared with {args.compare}: {len(differ)} of {len(before)} texts differ")
        for key in differ[:5]:
            print(f"  {key[:12]}: before {json.dumps(before.get(key), ensure_ascii=False)[:300]}")
            print(f"  {key[:12]}: now    {json.dumps(now.get(key), ensure_ascii=False)[:300]}")
        if differ:
            sys.exit(1)


if __name__ == "__main__":
    main()
