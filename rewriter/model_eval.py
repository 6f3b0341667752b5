"""Choosing a model on your own mail: run each model over a folder of drafts under the guards.

    rewrite-eval DRAFTS… --model NAME [--model NAME…] [--json]      (or: python -m rewriter.model_eval …)

The endpoint is the configured one (OPENAI_BASE_URL or `[tool.rewriter.model] base_url`, key from
OPENAI_API_KEY); each `--model` is a model name at it (GigaChat through gpt2giga, YandexGPT, a local
Qwen on Ollama or vLLM, a hosted model). Per model it reports: drafts whose first answer passed every
guard, drafts accepted after a re-ask, fallbacks with their reasons, calls, tokens and time. The
reply cache is off, so every model answers every draft.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from .config import ConfigError, load_config, model_configured
from .decode import InputError
from .errors import RewriterError
from .files import read_draft
from .language import LanguageError
from .rewrite import Rewriter, RewriteResult
from .terminal import closed_pipe_is_quiet

EXIT_USAGE = 2
_DRAFT_SUFFIXES = {".txt", ".eml", ".md"}
# «model reply 1 rejected: facts of the draft were missing or changed: 10:00; the reply…»
_REJECTED = re.compile(r"^model reply (\d+) rejected: (.*)$")


@dataclass
class ModelScore:
    model: str
    drafts: int = 0
    not_asked: int = 0           # nothing a model could fix, or a gap only the agent can fill
    accepted_first: int = 0
    accepted_after_reask: int = 0
    fallbacks: int = 0
    reasons: Counter = field(default_factory=Counter)
    calls: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    seconds: float = 0.0

    def add(self, result: RewriteResult | RewriterError) -> None:
        self.drafts += 1
        if isinstance(result, RewriterError):  # the model was never asked
            self.not_asked += 1
            self.reasons["not Russian or Bulgarian" if isinstance(result, LanguageError) else str(result)] += 1
            return
        self.calls += result.usage.calls
        self.input_tokens += result.usage.input_tokens
        self.output_tokens += result.usage.output_tokens
        rejected = [m for m in map(_REJECTED.match, result.notes) if m]
        if result.source == "llm":
            if rejected:
                self.accepted_after_reask += 1
            else:
                self.accepted_first += 1
        elif result.usage.calls or rejected or any(n.startswith("model failed") for n in result.notes):
            self.fallbacks += 1
            self.reasons.update(_reasons(result.notes, rejected))
        else:
            self.not_asked += 1


def _reasons(notes: Sequence[str], rejected: list[re.Match]) -> list[str]:
    """Why a draft fell back: the model's error, or what the guards said of its last reply."""
    failed = [n.split(":", 2)[1].strip() for n in notes if n.startswith("model failed")]
    if failed:
        return [f"model failed: {failed[0]}"]
    return [said.split(":", 1)[0].strip() for said in rejected[-1].group(2).split("; ")] if rejected else []


def draft_paths(paths: Iterable[str]) -> list[Path]:
    """Each file given, and the drafts in each folder given (.txt, .eml, .md), in order."""
    found: list[Path] = []
    for given in map(Path, paths):
        if given.is_dir():
            found += sorted(p for p in given.rglob("*") if p.is_file() and p.suffix.lower() in _DRAFT_SUFFIXES)
        else:
            found.append(given)
    return found


def evaluate_model(name: str, texts: Sequence[str], rewriter: Rewriter, concurrency: int = 4) -> ModelScore:
    """One model over the drafts, through the same path `rewrite` takes, the reply cache off."""
    from .model_rewrite import ModelRewriter
    from .openai_chat import configured_model

    settings = replace(rewriter.linter.config.model, cache=False)
    llm = configured_model(settings, name)
    score = ModelScore(name)
    started = time.perf_counter()
    results = asyncio.run(ModelRewriter(llm, rewriter, settings).arewrite_many(texts, concurrency=concurrency))
    score.seconds = round(time.perf_counter() - started, 2)
    for result in results:
        score.add(result)
    return score


@closed_pipe_is_quiet
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="rewrite-eval", description=__doc__.splitlines()[0])
    parser.add_argument("drafts", nargs="+", metavar="DRAFTS", help="draft files or folders of them")
    parser.add_argument("--model", action="append", required=True, help="a model name at the configured endpoint (repeat to compare)")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    try:
        config = load_config(start=Path.cwd())
        texts = [_agent_text(path) for path in draft_paths(args.drafts)]
    except (ConfigError, InputError) as error:
        print(f"rewrite-eval: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    if not texts:
        print("rewrite-eval: error: no drafts found (files, or folders holding .txt, .eml or .md files)", file=sys.stderr)
        return EXIT_USAGE
    if not model_configured(config.model):
        print("rewrite-eval: error: no model endpoint: set OPENAI_BASE_URL (and OPENAI_API_KEY if it needs one)", file=sys.stderr)
        return EXIT_USAGE
    rewriter = Rewriter(config)
    scores = [evaluate_model(name, texts, rewriter, args.concurrency) for name in args.model]
    if args.json:
        print(json.dumps([{**asdict(s), "reasons": dict(s.reasons)} for s in scores], ensure_ascii=False, indent=2))
    else:
        for s in scores:
            print(_summary(s))
    return 0


def _agent_text(path: Path) -> str:
    try:
        return read_draft(str(path)).text
    except InputError as error:
        raise InputError(f"{path}: {error}") from None


def _summary(s: ModelScore) -> str:
    asked = s.drafts - s.not_asked
    reasons = ", ".join(f"{reason} {count}" for reason, count in s.reasons.most_common()) or "-"
    return (
        f"{s.model}: {s.drafts} drafts, {asked} sent to the model: accepted on the first answer {s.accepted_first}, "
        f"after a re-ask {s.accepted_after_reask}, fallbacks {s.fallbacks} ({reasons}); "
        f"{s.calls} calls, {s.input_tokens} input and {s.output_tokens} output tokens, {s.seconds} s"
    )


if __name__ == "__main__":
    sys.exit(main())
