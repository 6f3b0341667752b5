"""The `rewrite` command: argument parsing and output only; the work is in the API."""
from __future__ import annotations

import argparse
import gc
import sys
import traceback
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from . import __version__
from .config import Config, ConfigError, load_config, model_configured
from .decode import Draft, InputError
from .draft_files import Skipped, find_drafts
from .errors import RewriterError, check_size
from .files import read_draft, write_atomically, write_stdout
from .findings import any_at_or_above
from .language import LanguageError
from .linter import Linter, freeze_what_is_learned
from .mail import MailDraft, mail_body
from .option_conflicts import conflicting_options, language_disagreement
from .output import FileResult, format_github, format_json, print_text
from .rewrite import RewriteResult
from .rewrite_output import rewrite_output, rewrite_summary
from .rules import LANGUAGES, SEVERITIES, Rule, RulePackError
from .service import Engine
from .terminal import quiet_after_closed_pipe, use_color, wrap_width
from .translation import UI_LANGUAGES, set_ui_language, translate_marked, ui_language
from .translation import gettext as _
from .ui_text import say

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
DEFAULT_JOBS = 4


class UsageError(RewriterError):
    """A mistake in how the command was called."""


def build_parser() -> argparse.ArgumentParser:
    """The options, their help in the interface language (set it first: `set_ui_language`)."""
    parser = argparse.ArgumentParser(
        prog="rewrite",
        description=_("Find officialese, evasion and missing parts in Russian and Bulgarian support replies."),
        formatter_class=_TranslatedHelp,
        add_help=False,
    )
    parser._positionals.title = _("positional arguments")
    parser._optionals.title = _("options")
    parser.add_argument("-h", "--help", action="help", help=_("show this help and exit"))
    parser.add_argument("files", nargs="*", metavar="FILE",
                        help=_("drafts to rewrite or check (--check: folders too); '-' reads standard input"))
    parser.add_argument("--check", action="store_true", help=_("lint the drafts and report findings; change nothing"))
    parser.add_argument("--diff", action="store_true", help=_("print the changes word by word instead of the rewritten reply"))
    parser.add_argument("--in-place", action="store_true", help=_("write the rewritten reply back to each file"))
    parser.add_argument("--no-backup", action="store_true", help=_("with --in-place: keep no FILE.orig copy"))
    parser.add_argument("--mark", action="store_true", help=_("leave a visible ⟨gap⟩ where only the agent can fix it"))
    parser.add_argument("--offline", action="store_true", help=_("rewrite by the rules only, even when a model is configured"))
    parser.add_argument("--jobs", type=_positive, metavar="N",
                        help=_("drafts sent to the model at once (default: {jobs})").format(jobs=DEFAULT_JOBS))
    parser.add_argument("-v", "--verbose", action="store_true", help=_("also list the fixes that were skipped, and why"))
    parser.add_argument("--format", choices=("text", "json", "github", "sarif"), default="text", help=_("output format"))
    parser.add_argument("--fail-on", choices=SEVERITIES, help=_("lowest severity that makes the exit code 1 (default: error)"))
    parser.add_argument("--lang", choices=(*LANGUAGES, "auto"), default="auto", help=_("language of the drafts"))
    parser.add_argument("--ui-lang", choices=UI_LANGUAGES,
                        help=_("language of the messages around the findings (default: from LANG)"))
    parser.add_argument("--config", type=Path, help=_("a rewriter.toml or pyproject.toml to use instead of searching"))
    parser.add_argument("--list-rules", action="store_true", help=_("print one line per rule and exit"))
    parser.add_argument("--explain", metavar="RULE", help=_("print a rule's message, rationale and examples"))
    parser.add_argument("--max-bytes", type=_positive, metavar="N",
                        help=_("refuse a draft longer than N bytes of UTF-8 (default: 10000000)"))
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                        help=_("color text and diffs (auto: on a terminal, unless NO_COLOR is set)"))
    parser.add_argument("--width", type=_whole, metavar="N",
                        help=_("wrap --check text at N columns, 0 never (default: the terminal's width; no wrapping in a pipe)"))
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}", help=_("show the version and exit"))
    return parser


class _TranslatedHelp(argparse.HelpFormatter):
    """argparse's own "usage:" in the interface language too."""

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action], groups: Iterable[Any],
                  prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, _("usage: ") if prefix is None else prefix)


def _speak_as_asked(argv: list[str]) -> None:
    """Set the interface language from `--ui-lang` or the environment, before the help is built."""
    asked = argparse.ArgumentParser(add_help=False)
    asked.add_argument("--ui-lang")
    known, _rest = asked.parse_known_args(argv)
    set_ui_language(ui_language(known.ui_lang if known.ui_lang in UI_LANGUAGES else None))


def run() -> None:
    """The `rewrite` command as a process of its own. What the imports and the rule pack build lives
    until the process ends, so it is frozen out of garbage collection: no collection walks it while
    the drafts are checked, nor at exit (a third of a cold check's time otherwise); what the engine
    learns from new words is frozen too, after each full collection."""
    gc.freeze()
    freeze_what_is_learned()
    code = main()
    gc.freeze()
    sys.exit(code)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["serve"]:  # a draft file named "serve" is `./serve`
        from .serve import main as serve

        return serve(argv[1:])
    _speak_as_asked(argv)
    args = build_parser().parse_args(argv)
    try:
        code = _run(args)
        if sys.stdout is not None:
            sys.stdout.flush()  # a closed pipe shows here, not as a second error at exit
        return code
    except (UsageError, RewriterError) as error:
        _say_error(str(error))
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `rewrite --list-rules | head`: the reader left on purpose
        return quiet_after_closed_pipe()
    except Exception as error:  # noqa: BLE001 - a fault is one line and exit 2, never 1 ("findings") or a traceback
        _say_error(unexpected(error, args.verbose))
        return EXIT_USAGE


def _say_error(message: str, path: str | None = None) -> None:
    """`rewrite: error: [path: ]message` on stderr: the message in the interface language, when it was
    marked for the catalogs; `rewrite: error:` itself stays, for the scripts that look for it."""
    said = translate_marked(message)
    print(f"rewrite: error: {path}: {said}" if path else f"rewrite: error: {said}", file=sys.stderr)


def unexpected(error: Exception, verbose: bool) -> str:
    """One line for a fault no one wrote a sentence for; with -v the traceback goes to stderr first."""
    if verbose:
        traceback.print_exc(file=sys.stderr)
    said = str(error).strip().splitlines()
    where = "" if verbose else " " + _("(-v shows where)")
    return _("unexpected {error}").format(error=type(error).__name__) + (f": {said[0]}" if said else "") + where


def _run(args: argparse.Namespace) -> int:
    if sys.stdout is None and not args.in_place:
        raise UsageError(_("standard output is closed: there is nowhere to write the results"))
    conflict = conflicting_options(args)
    if conflict:
        raise UsageError(conflict)
    config = load_config(args.config) if args.config else load_config()
    if args.fail_on:
        config = _with_fail_on(config, args.fail_on)
    if args.max_bytes:
        config = replace(config, max_bytes=args.max_bytes)
    engine = Engine(config)
    linter = engine.linter
    linter.check_named_rules()  # a misspelt rule id is refused once, before any draft is read
    for former, current in linter.renamed_rules.items():
        _say_renamed(former, current, config.source)
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
        return _check(args, engine)
    return _rewrite(args, engine)


def _files(args: argparse.Namespace) -> list[str]:
    files = args.files or ["-"]
    if files == ["-"] and sys.stdin is not None and sys.stdin.isatty():
        raise UsageError(_("no drafts given: name files, or pipe a draft into `rewrite -`"))
    return files


def _check(args: argparse.Namespace, engine: Engine) -> int:
    lang = None if args.lang == "auto" else args.lang
    config = engine.config
    base = config.source.parent if config.source else Path.cwd()
    drafts = find_drafts(_files(args), config.include, config.exclude, base)
    results: list[FileResult] = []
    skipped = [Skipped(path, say("check.excluded")) for path in drafts.excluded]
    failed = 0
    for path in drafts.paths:
        try:
            draft = read_draft(path)
            disagreement = language_disagreement(draft.text, lang)
            if disagreement:
                raise UsageError(disagreement)
            results.append(FileResult(path, draft.text, engine.lint(draft.text, lang), mail_body(draft)))
            _say_damage(path, draft)
        except LanguageError as error:  # not ours to judge: listed, and the verdict is the other files'
            skipped.append(Skipped(path, str(error)))
        except (ConfigError, RulePackError):  # the config or a team's rule file: no draft can be judged
            raise
        except RewriterError as error:
            _say_error(str(error), path)
            failed += 1
        except Exception as error:  # noqa: BLE001 - one file's fault is that file's error line; the others are still checked
            _say_error(unexpected(error, args.verbose), path)
            failed += 1
    _print_check(args, engine, results, skipped, failed)
    if failed:
        return EXIT_USAGE
    return EXIT_FINDINGS if any(r.report.fails(config.fail_on) for r in results) else EXIT_CLEAN


def _print_check(args: argparse.Namespace, engine: Engine, results: list[FileResult], skipped: list[Skipped], failed: int) -> None:
    if args.format == "json":
        print(format_json(results, skipped))
    elif args.format == "sarif":
        from .sarif import format_sarif

        print(format_sarif(results, engine.linter.rule, skipped, failed))
    elif args.format == "github":
        output = format_github(results, skipped)
        if output:
            print(output)
    else:
        print_text(results, use_color(args.color), failed, skipped, wrap_width(args.width))


def _rewrite(args: argparse.Namespace, engine: Engine) -> int:
    config = engine.config
    files = _files(args)
    if args.in_place and "-" in files:
        raise UsageError(_("--in-place needs files; standard input has nowhere to be written back"))
    failed = fails = False
    drafts: list[tuple[str, Draft | MailDraft]] = []
    for path in files:
        try:
            draft = read_draft(path)
            check_size(draft.text, config.max_bytes)
            disagreement = language_disagreement(draft.text, None if args.lang == "auto" else args.lang)
            if disagreement:
                raise UsageError(disagreement)
            drafts.append((path, draft))
        except RewriterError as error:
            _say_error(str(error), path)
            failed = True
    if drafts and not args.offline and not model_configured(config.model):
        print(f"rewrite: {say('rewrite.no-model')}", file=sys.stderr)
    several = len(files) > 1
    results = _rewrite_all(args, engine, [d.text for _path, d in drafts])
    for broken in (r for r in results if isinstance(r, (ConfigError, RulePackError))):
        raise broken  # the config or a team's rule file: no draft can be rewritten
    for (path, draft), result in zip(drafts, results, strict=True):
        try:
            if isinstance(result, RewriterError):
                raise result
            if args.in_place:
                if result.changed and draft.damage:
                    raise InputError(
                        _("not written back: {damage}, and writing would lose those bytes; the file is unchanged").format(
                            damage=draft.damage
                        )
                    )
                if result.changed:
                    write_atomically(Path(path), draft.encode(result.text), backup=not args.no_backup)
            elif isinstance(draft, MailDraft) and not args.diff:
                write_stdout(draft.encode(result.text))
            else:
                print(rewrite_output(path, result, args.diff, several, use_color(args.color)), end="")
        except RewriterError as error:
            _say_error(str(error), path)
            failed = True
            continue
        _say_damage(path, draft)
        print(rewrite_summary(path, result, several), file=sys.stderr)
        if args.verbose:
            for note in result.notes:
                print(f"  {translate_marked(note)}", file=sys.stderr)
        fails = fails or any_at_or_above(result.findings_after, config.fail_on)
    if failed:
        return EXIT_USAGE
    return EXIT_FINDINGS if fails else EXIT_CLEAN


def _say_damage(path: str, draft: Draft | MailDraft) -> None:
    if draft.damage:
        print(f"rewrite: note: {path}: {draft.damage}", file=sys.stderr)


def _rewrite_all(args: argparse.Namespace, engine: Engine, texts: list[str]) -> list[RewriteResult | RewriterError]:
    """All drafts rewritten, with a progress bar on a terminal when there are several."""
    lang = None if args.lang == "auto" else args.lang
    options = {"concurrency": args.jobs or DEFAULT_JOBS, "mark": args.mark, "offline": args.offline}
    if len(texts) < 2 or not sys.stderr.isatty():
        return engine.rewrite_many(texts, lang, **options)
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task(_("rewriting"), total=len(texts))
        return engine.rewrite_many(texts, lang, **options, on_result=lambda index, result: progress.advance(task))


def explain(linter: Linter, rule_id: str) -> str:
    """A rule's page: what it flags, why, what to write instead, and its examples marked up."""
    rule = linter.rule(rule_id)
    if rule is None:
        raise UsageError(_("no rule {rule!r}; `rewrite --list-rules` lists them").format(rule=rule_id))
    if rule.id != rule_id:
        _say_renamed(rule_id, rule.id)
    lines = [f"{rule.id} · {rule.category} · {rule.severity}", "", " ".join(rule.message.split())]
    if rule.suggestion:
        lines += ["", say("explain.write-instead", suggestion=rule.suggestion)]
    if rule.source:
        lines += [say("explain.source", source=rule.source)]
    lines += ["", say("explain.flags")] + [f"  ✗ {_mark(linter, rule, e)}" for e in rule.bad]
    lines += ["", say("explain.leaves-alone")] + [f"  ✓ {e}" for e in rule.good]
    return "\n".join(lines)


def _say_renamed(former: str, current: str, source: Path | None = None) -> None:
    """One line on stderr for a former rule id the user named: it still works, under its current id."""
    where = f"{source}: " if source else ""
    print("rewrite: note: " + where + _("{former} is now {current}").format(former=former, current=current), file=sys.stderr)


def _mark(linter: Linter, rule: Rule, example: str) -> str:
    spans = [(f.start, f.end) for f in linter.lint(example, rule.lang).findings if f.rule == rule.id]
    for start, end in sorted(spans, reverse=True):
        example = f"{example[:start]}⟦{example[start:end]}⟧{example[end:]}"
    return example


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(_("expected a whole number above 0, got {value!r}").format(value=value))
    return int(value)


def _whole(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(_("expected a whole number, got {value!r}").format(value=value))
    return int(value)


def _first_line(message: str) -> str:
    text = " ".join(message.split())
    return text if len(text) <= 100 else text[:99] + "…"


def _with_fail_on(config: Config, level: str) -> Config:
    return replace(config, fail_on=level)

