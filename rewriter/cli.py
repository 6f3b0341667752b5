"""The `rewrite` command: argument parsing and output only; the work is in the API."""
from __future__ import annotations

import argparse
import difflib
import gc
import sys
from dataclasses import replace
from pathlib import Path

from . import __version__, rewrite_many
from .config import Config, ConfigError, load_config, model_configured
from .decode import Draft, InputError
from .files import read_draft, write_atomically, write_stdout
from .mail import MailDraft, mail_body
from .language import LanguageError
from .linter import Linter, any_at_or_above
from .rewrite import RewriteResult
from .output import FileResult, format_github, format_json, print_text
from .rules import LANGUAGES, SEVERITIES, Rule, RulePackError

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A mistake in how the command was called."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rewrite",
        description="Find officialese, evasion and missing parts in Russian and Bulgarian support replies.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="drafts to rewrite or check; '-' reads standard input")
    parser.add_argument("--check", action="store_true", help="lint the drafts and report findings; change nothing")
    parser.add_argument("--diff", action="store_true", help="print a unified diff instead of the rewritten reply")
    parser.add_argument("--in-place", action="store_true", help="write the rewritten reply back to each file")
    parser.add_argument("--no-backup", action="store_true", help="with --in-place: keep no FILE.orig copy")
    parser.add_argument("--mark", action="store_true", help="leave a visible ⟨gap⟩ where only the agent can fix it")
    parser.add_argument("--offline", action="store_true", help="rewrite by the rules only, even when a model is configured")
    parser.add_argument("--jobs", type=_positive, default=4, metavar="N", help="drafts sent to the model at once (default: 4)")
    parser.add_argument("-v", "--verbose", action="store_true", help="also list the fixes that were skipped, and why")
    parser.add_argument("--format", choices=("text", "json", "github", "sarif"), default="text", help="output format")
    parser.add_argument("--fail-on", choices=SEVERITIES, help="lowest severity that makes the exit code 1 (default: error)")
    parser.add_argument("--lang", choices=(*LANGUAGES, "auto"), default="auto", help="language of the drafts")
    parser.add_argument("--config", type=Path, help="a rewriter.toml or pyproject.toml to use instead of searching")
    parser.add_argument("--list-rules", action="store_true", help="print one line per rule and exit")
    parser.add_argument("--explain", metavar="RULE", help="print a rule's message, rationale and examples")
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto", help="color text output")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def run() -> None:
    """The `rewrite` command as a process of its own. What the imports and the rule pack build lives
    until the process ends, so it is frozen out of garbage collection: no collection walks it while
    the drafts are checked, nor at exit (a third of a cold check's time otherwise)."""
    gc.freeze()
    code = main()
    gc.freeze()
    sys.exit(code)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except (UsageError, InputError, LanguageError, ConfigError, RulePackError) as error:
        print(f"rewrite: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def _run(args: argparse.Namespace) -> int:
    config = load_config(args.config) if args.config else load_config()
    if args.fail_on:
        config = _with_fail_on(config, args.fail_on)
    linter = Linter(config)
    langs = LANGUAGES if args.lang == "auto" else (args.lang,)
    if args.list_rules:
        for lang in langs:
            for rule in linter.rules(lang):
                print(f"{rule.id:<48} {rule.category:<14} {rule.severity:<8} {_first_line(rule.message)}")
        return EXIT_CLEAN
    if args.explain:
        print(explain(linter, args.explain))
        return EXIT_CLEAN
    if args.check:
        return _check(args, linter, config)
    return _rewrite(args, config)


def _files(args: argparse.Namespace) -> list[str]:
    files = args.files or ["-"]
    if files == ["-"] and sys.stdin.isatty():
        raise UsageError("no drafts given: name files, or pipe a draft into `rewrite -`")
    return files


def _check(args: argparse.Namespace, linter: Linter, config: Config) -> int:
    lang = None if args.lang == "auto" else args.lang
    results, failed = [], False
    for path in _files(args):
        try:
            draft = read_draft(path)
            results.append(FileResult(path, draft.text, linter.lint(draft.text, lang), mail_body(draft)))
        except (InputError, LanguageError) as error:
            print(f"rewrite: error: {path}: {error}", file=sys.stderr)
            failed = True
    if args.format == "json":
        print(format_json(results))
    elif args.format == "sarif":
        from .sarif import format_sarif

        print(format_sarif(results, linter.rule))
    elif args.format == "github":
        output = format_github(results)
        if output:
            print(output)
    else:
        print_text(results, color=args.color == "always" or (args.color == "auto" and sys.stdout.isatty()))
    if failed:
        return EXIT_USAGE
    return EXIT_FINDINGS if any(r.report.fails(config.fail_on) for r in results) else EXIT_CLEAN


def _rewrite(args: argparse.Namespace, config: Config) -> int:
    files = _files(args)
    if args.in_place and "-" in files:
        raise UsageError("--in-place needs files; standard input has nowhere to be written back")
    if not args.offline and not model_configured(config.model):
        print("rewrite: no model configured (set OPENAI_API_KEY or OPENAI_BASE_URL); using the offline rules", file=sys.stderr)
    failed = fails = False
    drafts: list[tuple[str, Draft]] = []
    for path in files:
        try:
            drafts.append((path, read_draft(path)))
        except InputError as error:
            print(f"rewrite: error: {path}: {error}", file=sys.stderr)
            failed = True
    several = len(files) > 1
    for (path, draft), result in zip(drafts, _rewrite_all(args, config, [d.text for _, d in drafts])):
        try:
            if isinstance(result, LanguageError):
                raise result
            if args.in_place:
                if result.changed:
                    write_atomically(Path(path), draft.encode(result.text), backup=not args.no_backup)
            elif isinstance(draft, MailDraft) and not args.diff:
                write_stdout(draft.encode(result.text))
            else:
                print(_rewrite_output(path, result, args, several), end="")
        except (InputError, LanguageError) as error:
            print(f"rewrite: error: {path}: {error}", file=sys.stderr)
            failed = True
            continue
        print(rewrite_summary(path, result, several), file=sys.stderr)
        if args.verbose:
            for note in result.notes:
                print(f"  {note}", file=sys.stderr)
        fails = fails or any_at_or_above(result.findings_after, config.fail_on)
    if failed:
        return EXIT_USAGE
    return EXIT_FINDINGS if fails else EXIT_CLEAN


def _rewrite_all(args: argparse.Namespace, config: Config, texts: list[str]) -> list[RewriteResult | LanguageError]:
    """All drafts rewritten, with a progress bar on a terminal when there are several."""
    lang = None if args.lang == "auto" else args.lang
    options = {"config": config, "concurrency": args.jobs, "mark": args.mark, "offline": args.offline}
    if len(texts) < 2 or not sys.stderr.isatty():
        return rewrite_many(texts, lang, **options)
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("rewriting", total=len(texts))
        return rewrite_many(texts, lang, **options, on_result=lambda index, result: progress.advance(task))


def _rewrite_output(path: str, result: RewriteResult, args: argparse.Namespace, several: bool) -> str:
    if args.diff:
        name = "stdin" if path == "-" else path
        lines = difflib.unified_diff(
            result.original.splitlines(keepends=True), result.text.splitlines(keepends=True), f"a/{name}", f"b/{name}"
        )
        return "".join(line if line.endswith("\n") else line + "\n" for line in lines)
    return (f"==> {path} <==\n" if several else "") + result.text


def rewrite_summary(path: str, result: RewriteResult, several: bool) -> str:
    """One line: `ru · 12 findings → 3 · offline rules`."""
    how = {"llm": "model", "rules": "offline rules", "original": "unchanged"}[result.source]
    usage = result.usage
    if usage.calls or usage.cache_hits:
        how += f" · {_count(usage.calls, 'model call')}" + (f", {usage.cache_hits} from cache" if usage.cache_hits else "")
        how += f", {usage.input_tokens + usage.output_tokens} tokens" if usage.input_tokens else ""
    notes = f" · {_count(len(result.notes), 'note')} (-v)" if result.notes else ""
    prefix = f"{path}: " if several else ""
    return f"{prefix}{result.lang} · {len(result.findings_before)} findings → {len(result.findings_after)} · {how}{notes}"


def explain(linter: Linter, rule_id: str) -> str:
    """A rule's page: what it flags, why, what to write instead, and its examples marked up."""
    rule = linter.rule(rule_id)
    if rule is None:
        raise UsageError(f"no rule {rule_id!r}; `rewrite --list-rules` lists them")
    lines = [f"{rule.id} · {rule.category} · {rule.severity}", "", " ".join(rule.message.split())]
    if rule.suggestion:
        lines += ["", f"Write instead: {rule.suggestion}"]
    if rule.source:
        lines += [f"Source: {rule.source}"]
    lines += ["", "Flags:"] + [f"  ✗ {_mark(linter, rule, e)}" for e in rule.bad]
    lines += ["", "Leaves alone:"] + [f"  ✓ {e}" for e in rule.good]
    return "\n".join(lines)


def _mark(linter: Linter, rule: Rule, example: str) -> str:
    spans = [(f.start, f.end) for f in linter.lint(example, rule.lang).findings if f.rule == rule.id]
    for start, end in sorted(spans, reverse=True):
        example = f"{example[:start]}⟦{example[start:end]}⟧{example[end:]}"
    return example


def _count(number: int, thing: str) -> str:
    return f"{number} {thing}" + ("" if number == 1 else "s")


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number above 0, got {value!r}")
    return int(value)


def _first_line(message: str) -> str:
    text = " ".join(message.split())
    return text if len(text) <= 100 else text[:99] + "…"


def _with_fail_on(config: Config, level: str) -> Config:
    return replace(config, fail_on=level)

