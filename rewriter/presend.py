"""`rewrite-presend`: a sendmail stand-in that checks a reply before it leaves.

It reads the message on standard input, as sendmail does. A clean message goes to the real
sendmail byte for byte, with the arguments it was given; a message with findings at or above
`--fail-on` is blocked (exit 1, the report on stderr) and kept in the hold folder; with
`--add-header` every message goes out, carrying an `X-Rewriter-Verdict` header instead.
A message is never dropped: every path out either hands it to sendmail, which takes it (exit 0),
or holds it whole (exit 1 when blocked, 2 for any fault: the checker failing in any way, sendmail
missing, failing or killed); when even holding fails, exit 2 tells the mail client to keep it.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import secrets
import shlex
import subprocess
import sys
import time
from pathlib import Path
from typing import NoReturn

from .config import ConfigError, load_config
from .decode import InputError
from .files import write_new_file
from .rules import LANGUAGES, SEVERITIES, RulePackError
from .service import Verdict
from .user_folders import default_hold_dir

EXIT_CLEAN, EXIT_BLOCKED, EXIT_UNSENT = 0, 1, 2
DEFAULT_SENDMAIL = "/usr/sbin/sendmail"
SERVER_TIMEOUT = 10.0  # seconds; a service slower than this is passed over for the local check


class _GateParser(argparse.ArgumentParser):
    """A mistake in the gate's options is one line and exit 2, before the message is read: the mail
    client keeps it."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_UNSENT, f"{self.prog}: error: {message}; nothing was sent "
                               "(the gate's options come first, sendmail's after `--`)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _GateParser(
        allow_abbrev=False,  # an abbreviation would hide where the gate's options end
        prog="rewrite-presend",
        usage="rewrite-presend [OPTIONS] [--] [SENDMAIL ARGUMENTS ...] < message.eml",
        description="Check a support reply read on standard input; pass it to sendmail or hold it.",
    )
    parser.add_argument("--hold-dir", help="where held messages are kept (default: $REWRITER_HOLD_DIR, "
                        "else $XDG_STATE_HOME/rewriter/held or ~/.local/state/rewriter/held)")
    parser.add_argument("--sendmail", default=os.environ.get("REWRITER_SENDMAIL", DEFAULT_SENDMAIL),
                        help=f"the real sendmail command (default: $REWRITER_SENDMAIL or {DEFAULT_SENDMAIL})")
    parser.add_argument("--add-header", action="store_true", help="never block: send every message with an X-Rewriter-Verdict header")
    parser.add_argument("--fail-on", choices=SEVERITIES, help="lowest severity that blocks (default: the config's, error)")
    parser.add_argument("--lang", choices=(*LANGUAGES, "auto"), default="auto", help="language of the replies")
    parser.add_argument("--config", type=Path, help="a rewriter.toml or pyproject.toml to use instead of searching")
    parser.add_argument("--server", metavar="URL", help="ask a running `rewrite serve` (no cold start); check here if it does not answer")
    return parser


def split_arguments(argv: list[str], parser: argparse.ArgumentParser) -> tuple[list[str], list[str]]:
    """The gate's own options come first and end at `--` (dropped) or at the first argument that is
    neither an option nor an option's value; the rest is sendmail's. Every option before that point
    is the gate's, so one it does not know is an error, never quietly sendmail's."""
    valued = {name for name, action in parser._option_string_actions.items() if action.nargs != 0}
    i = 0
    while i < len(argv):
        if argv[i] == "--":
            return argv[:i], argv[i + 1:]
        if not argv[i].startswith("-") or argv[i] == "-":
            break
        i += 2 if argv[i] in valued else 1
    return argv[:i], argv[i:]


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    own, passed_on = split_arguments(sys.argv[1:] if argv is None else argv, parser)
    args = parser.parse_args(own)
    try:
        message = _read_message()
    except OSError as error:
        print(f"rewrite-presend: error: cannot read the message ({error.strerror or error}); nothing was sent", file=sys.stderr)
        return EXIT_UNSENT
    hold_dir = Path(args.hold_dir).expanduser() if args.hold_dir else default_hold_dir()
    try:
        return _check_and_pass_on(message, args, passed_on, hold_dir)
    except Exception as error:  # noqa: BLE001 - whatever fails, the message is held, never lost
        return _hold(message, hold_dir, f"unexpected fault ({_one_line(error)})", (), EXIT_UNSENT)


def _read_message() -> bytes:
    if sys.stdin is None:
        raise OSError("standard input is closed")
    return sys.stdin.buffer.read()


def _check_and_pass_on(message: bytes, args: argparse.Namespace, passed_on: list[str], hold_dir: Path | None) -> int:
    """Sending is the last step of every path: after it nothing can fail and hold a message already sent."""
    try:
        verdict = judge(message, args)
    except Exception as error:  # noqa: BLE001 - the gate's promise cannot depend on the checker never failing
        reason = _one_line(error, named=not isinstance(error, (InputError, ConfigError, RulePackError)))
        if args.add_header:  # labelling never blocks: say the message went unchecked
            print(f"rewrite-presend: cannot check the message ({reason}); sent as unchecked", file=sys.stderr)
            return _send(message, "unchecked", args.sendmail, passed_on, hold_dir)
        return _hold(message, hold_dir, f"cannot check the message ({reason})", (), EXIT_UNSENT)
    if args.add_header:
        return _send(message, verdict.header, args.sendmail, passed_on, hold_dir)
    if verdict.blocks:
        return _hold(message, hold_dir, f"blocked: {verdict.header}", verdict.report, EXIT_BLOCKED)
    return _send(message, None, args.sendmail, passed_on, hold_dir)


def judge(message: bytes, args: argparse.Namespace) -> Verdict:
    """Lint the message's new text; a reply in neither language is not ours to judge and passes."""
    config = load_config(args.config) if args.config else load_config()
    lang = None if args.lang == "auto" else args.lang
    if args.server:
        verdict = ask_server(args.server, message, lang, args.fail_on or config.fail_on)
        if verdict is not None:
            return verdict
    from .service import Engine  # loads spaCy: only when checking here

    engine = Engine(config)
    engine.linter.check_named_rules()  # a misspelt rule id holds every message, whatever its language
    return engine.judge_message(message, lang, args.fail_on)


def ask_server(url: str, message: bytes, lang: str | None, fail_on: str) -> Verdict | None:
    """The verdict of a running service on the message; None, said on stderr, when it gives none."""
    import json
    import urllib.error
    import urllib.parse
    import urllib.request

    query = urllib.parse.urlencode({"rewrite": "false", "fail_on": fail_on, **({"lang": lang} if lang else {})})
    request = urllib.request.Request(f"{url.rstrip('/')}/v1/message?{query}", data=message, method="POST",
                                     headers={"Content-Type": "message/rfc822"})
    if os.environ.get("REWRITER_TOKEN"):
        request.add_header("Authorization", f"Bearer {os.environ['REWRITER_TOKEN']}")
    try:
        with urllib.request.urlopen(request, timeout=SERVER_TIMEOUT) as response:
            answer = json.load(response)["verdict"]
        return Verdict(bool(answer["blocks"]), str(answer["header"]), tuple(answer["report"]))
    except urllib.error.HTTPError as error:
        reason = f"HTTP {error.code}"
    except (OSError, ValueError, KeyError, TypeError) as error:
        reason = str(getattr(error, "reason", None) or error) or type(error).__name__
    print(f"rewrite-presend: the service at {url} gave no verdict ({reason}); checking here", file=sys.stderr)
    return None


def with_verdict_header(message: bytes, verdict: str) -> bytes:
    """The message with `X-Rewriter-Verdict` on top; every byte after it as it came."""
    line_end = b"\r\n" if message.split(b"\n", 1)[0].endswith(b"\r") else b"\n"
    return b"X-Rewriter-Verdict: " + verdict.encode("ascii") + line_end + message


def _send(message: bytes, verdict: str | None, sendmail: str, arguments: list[str], hold_dir: Path | None) -> int:
    """Hand the message (under an X-Rewriter-Verdict header, if given) to sendmail; unless sendmail takes
    it (exit 0), hold it as it came, whatever sendmail said or did."""
    data = message if verdict is None else with_verdict_header(message, verdict)
    try:
        code = subprocess.run([*shlex.split(sendmail), *arguments], input=data).returncode
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        return _hold(message, hold_dir, f"cannot run {sendmail!r} ({reason})", (), EXIT_UNSENT)
    if code == 0:
        return EXIT_CLEAN
    how = f"was killed by signal {-code}" if code < 0 else f"exited with status {code}"
    return _hold(message, hold_dir, f"{sendmail!r} {how}, so the message may not have left", (), EXIT_UNSENT)


def _hold(message: bytes, hold_dir: Path | None, why: str, report: tuple[str, ...], code: int) -> int:
    """Keep the message in the hold folder and say so in one line; if even that fails, say that, and
    exit 2: the mail client then keeps the message itself."""
    for line in report:
        print(line, file=sys.stderr)
    name = f"{time.strftime('%Y%m%d-%H%M%S')}-{secrets.token_hex(4)}"
    try:
        if hold_dir is None:
            raise InputError("there is no home folder to hold it in (set --hold-dir or REWRITER_HOLD_DIR)")
        write_new_file(hold_dir / f"{name}.eml", message)
    except InputError as error:
        print(f"rewrite-presend: error: {why}; the message was not sent and could not be held: {error}", file=sys.stderr)
        return EXIT_UNSENT
    # beside the message, why it is held; if that fails the message itself is safe and the reason is on stderr
    with contextlib.suppress(InputError):
        write_new_file(hold_dir / f"{name}.txt", ("\n".join(report or (why,)) + "\n").encode("utf-8"))
    print(f"rewrite-presend: {why}; the message is held in {hold_dir / (name + '.eml')}", file=sys.stderr)
    return code


def _one_line(error: BaseException, named: bool = True) -> str:
    """The error's first line; `named` puts its type first, for faults no one wrote a sentence for."""
    said = str(error).strip().splitlines()
    if not named:
        return said[0] if said else type(error).__name__
    return f"{type(error).__name__}: {said[0]}" if said else type(error).__name__


if __name__ == "__main__":
    raise SystemExit(main())
