"""The gate's first promise, under every fault: a message is sent, or held whole, never lost.

Each test breaks one step of `rewrite-presend` (reading, configuration, parsing, checking, the
verdict, sendmail, holding, the home folder) and checks the same invariant: either sendmail took
the message (exit 0) and nothing is held, or the hold folder has it byte for byte (exit 1 when
blocked, 2 for a fault), or, when not even the hold folder can be written, exit 2 and one line
saying so (the mail client keeps the message). Runs in process; sendmail is a small shell script.
"""
from __future__ import annotations

import io
import os
import pwd
import shlex
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from rewriter import presend
from rewriter.linter import Linter
from test_mail import MAIL

CLEAN = (MAIL / "ru-clean-reply-utf8-qp.eml").read_bytes()
BLOCKED = (MAIL / "bg-mixed-pdf-attachment-cp1251-qp.eml").read_bytes()
PLAIN_HEADERS = b"From: help@techshop.ru\r\nTo: andrey@mail.ru\r\nSubject: Re: order\r\n"


@dataclass
class Run:
    code: int
    stderr: str
    sent: bytes | None
    held: list[bytes]


@pytest.fixture()
def gate(tmp_path, monkeypatch, capsys):
    """Run the gate's main() on a message with a sendmail script; what sendmail received and what was held."""

    def run(message: bytes | None, *options: str, sendmail: str = "", hold: Path | None = None) -> Run:
        script = tmp_path / "sendmail.sh"  # `sent.eml` appears only when it exits 0, having taken the message
        script.write_text(f'#!/bin/sh\ncat > "{tmp_path}/taking.eml"\n{sendmail}\nmv "{tmp_path}/taking.eml" "{tmp_path}/sent.eml"\n',
                          encoding="utf-8")
        script.chmod(0o755)
        hold = hold or tmp_path / "held"
        monkeypatch.setattr(sys, "stdin", None if message is None else io.TextIOWrapper(io.BytesIO(message)))
        argv = [*options, "--sendmail", str(script), "--hold-dir", str(hold), "--", "andrey@mail.ru"]
        if "--hold-dir" in options or "--sendmail" in options:
            argv = [*options, "--", "andrey@mail.ru"]
        code = presend.main(argv)
        sent_file = tmp_path / "sent.eml"
        sent = sent_file.read_bytes() if sent_file.exists() else None
        sent_file.unlink(missing_ok=True)
        held = [p.read_bytes() for p in sorted(hold.glob("*.eml"))] if hold.is_dir() else []
        return Run(code, capsys.readouterr().err, sent, held)

    return run


def assert_sent_or_held_whole(run: Run, message: bytes, header: bytes = b"") -> None:
    assert "Traceback" not in run.stderr
    if run.code == 0:
        assert run.sent == header + message and run.held == []
    elif run.held:
        assert run.held == [message] and run.code in (1, 2)
        assert "the message is held in" in run.stderr.splitlines()[-1]
    else:
        assert run.code == 2 and run.sent is None and "could not be held" in run.stderr.splitlines()[-1]


def deep_message(levels: int) -> bytes:
    opening = b"".join(b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i) for i in range(levels))
    closing = b"".join(b"\r\n--b%d--" % i for i in reversed(range(levels)))
    body = "Content-Type: text/plain; charset=utf-8\r\n\r\nЗдравствуйте! Заказ 48213 уже в пути.".encode()
    return PLAIN_HEADERS + b"MIME-Version: 1.0\r\n" + opening + body + closing + b"\r\n"


# -- reading and configuration --------------------------------------------------------------------

def test_a_closed_standard_input_is_one_line_and_exit_2_with_nothing_sent(gate):
    run = gate(None)
    assert run.code == 2 and run.sent is None and run.held == []
    assert run.stderr.count("\n") == 1 and "standard input is closed" in run.stderr


def test_a_broken_config_holds_the_message(gate, tmp_path):
    (tmp_path / "bad.toml").write_text("disable = 3\n", encoding="utf-8")
    run = gate(CLEAN, "--config", str(tmp_path / "bad.toml"))
    assert run.code == 2 and run.sent is None
    assert_sent_or_held_whole(run, CLEAN)


def test_a_misspelt_rule_id_of_the_other_language_holds_the_message_too(gate, tmp_path):
    # CLEAN is Russian; the config misspells a Bulgarian id, which a lint of this message alone never loads
    (tmp_path / "typo.toml").write_text('disable = ["bg.boilerplate.no-such-rule"]\n', encoding="utf-8")
    run = gate(CLEAN, "--config", str(tmp_path / "typo.toml"))
    assert run.code == 2 and run.sent is None and "bg.boilerplate.no-such-rule" in run.stderr
    assert_sent_or_held_whole(run, CLEAN)


# -- parsing --------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "message, why",
    [
        (PLAIN_HEADERS + b"\r\n" + bytes(range(128, 256)) * 8, "cannot decode"),
        (PLAIN_HEADERS + b"Content-Type: application/pdf\r\n\r\n%PDF-1.4\r\n", "no text body"),
        (PLAIN_HEADERS + b"Content-Type: text/plain; charset=x-no-such\r\n\r\ntext\r\n", "unknown charset"),
        (PLAIN_HEADERS + b"Content-Transfer-Encoding: base64\r\n\r\nQUJDR\r\n", "base64"),
        (deep_message(1500), "nested more than"),
    ],
    ids=["undecodable body", "no text body", "unknown charset", "broken base64", "MIME 1,500 levels deep"],
)
def test_a_message_that_cannot_be_read_is_held_whole_with_its_reason(gate, tmp_path, message, why):
    run = gate(message)
    assert run.code == 2 and run.sent is None and why in run.stderr
    assert_sent_or_held_whole(run, message)
    (reason,) = (tmp_path / "held").glob("*.txt")
    assert why in reason.read_text(encoding="utf-8")


def test_a_message_nested_a_few_levels_as_mail_clients_do_is_checked(gate):
    message = deep_message(4)
    run = gate(message)
    assert run.code == 0
    assert_sent_or_held_whole(run, message)


# -- checking -------------------------------------------------------------------------------------

@pytest.mark.parametrize("fault", [ValueError("no such name"), RecursionError("too deep"), MemoryError(), KeyError("x")])
def test_any_fault_in_the_checker_holds_the_message(gate, monkeypatch, fault):
    def broken(*_args, **_kwargs):
        raise fault

    monkeypatch.setattr(Linter, "lint", broken)
    run = gate(CLEAN)
    assert run.code == 2 and run.sent is None and type(fault).__name__ in run.stderr
    assert_sent_or_held_whole(run, CLEAN)


def test_with_add_header_a_fault_in_the_checker_sends_the_message_marked_unchecked(gate, monkeypatch):
    monkeypatch.setattr(Linter, "lint", lambda *_args, **_kwargs: 1 / 0)
    run = gate(CLEAN, "--add-header")
    assert_sent_or_held_whole(run, CLEAN, header=b"X-Rewriter-Verdict: unchecked\r\n")
    assert run.code == 0


@pytest.mark.parametrize(
    "letter", ["\U00017000", "\U0001e900", "\U000118a0", "\ud7fb"], ids=["Tangut", "Adlam", "Warang Citi", "Hangul Jamo"]
)
def test_a_body_with_a_rare_script_letter_is_sent_or_held_whole(gate, letter):
    body = f"Здравствуйте! Ваш заказ 48213 уже в пути {letter}, простите за задержку."
    message = PLAIN_HEADERS + b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.encode("utf-8", "surrogatepass")
    assert_sent_or_held_whole(gate(message), message)


# -- the verdict ----------------------------------------------------------------------------------

def test_a_blocked_message_is_held_whole_with_exit_1(gate):
    run = gate(BLOCKED)
    assert run.code == 1 and run.sent is None
    assert_sent_or_held_whole(run, BLOCKED)


# -- sendmail -------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "sendmail, said",
    [
        ("exit 75", "exited with status 75"),
        ("exit 1", "exited with status 1"),
        ("kill -9 $$", "killed by signal 9"),
        ("kill -15 $$", "killed by signal 15"),
    ],
    ids=["temporary failure (75)", "failure (1)", "killed (SIGKILL)", "terminated (SIGTERM)"],
)
@pytest.mark.parametrize("options", [(), ("--add-header",)], ids=["gate", "add-header"])
def test_a_sendmail_that_fails_or_is_killed_leaves_the_message_held_and_exit_2(gate, sendmail, said, options):
    run = gate(CLEAN, *options, sendmail=sendmail)
    assert run.code == 2 and said in run.stderr and run.held == [CLEAN]
    assert_sent_or_held_whole(run, CLEAN)


@pytest.mark.parametrize("command", ["{tmp}/no-such-sendmail", "{tmp}/not-executable", "'unbalanced"],
                         ids=["missing", "not executable", "unparsable command"])
def test_a_sendmail_that_cannot_run_leaves_the_message_held(gate, tmp_path, command):
    (tmp_path / "not-executable").write_text("exit 0\n", encoding="utf-8")
    run = gate(CLEAN, "--sendmail", command.format(tmp=tmp_path), "--hold-dir", str(tmp_path / "held"))
    assert run.code == 2 and "cannot run" in run.stderr and run.stderr.count("\n") == 1
    assert_sent_or_held_whole(run, CLEAN)


# -- holding --------------------------------------------------------------------------------------

def test_an_unwritable_hold_folder_is_one_line_exit_2_and_nothing_sent(gate, tmp_path):
    (tmp_path / "a-file").write_bytes(b"")
    run = gate(CLEAN, sendmail="exit 75", hold=tmp_path / "a-file" / "held")
    assert run.code == 2 and run.stderr.count("\n") == 1
    assert_sent_or_held_whole(run, BLOCKED)


def test_a_kill_while_holding_leaves_no_half_written_message(gate, tmp_path, monkeypatch):
    def killed(_fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", killed)
    with pytest.raises(KeyboardInterrupt):
        gate(BLOCKED)
    assert list((tmp_path / "held").iterdir()) == [] and not (tmp_path / "sent.eml").exists()


# -- no home folder -------------------------------------------------------------------------------

@pytest.fixture()
def no_home(monkeypatch):
    for name in ("HOME", "REWRITER_CACHE_DIR", "REWRITER_HOLD_DIR", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(pwd, "getpwuid", lambda uid: (_ for _ in ()).throw(KeyError(uid)))


def test_with_no_home_a_clean_message_is_sent(gate, tmp_path, no_home):
    script = tmp_path / "accept.sh"
    script.write_text(f'#!/bin/sh\ncat > "{tmp_path}/sent.eml"\n', encoding="utf-8")
    script.chmod(0o755)
    run = gate(CLEAN, "--sendmail", shlex.quote(str(script)))
    assert run.code == 0
    assert_sent_or_held_whole(run, CLEAN)


def test_with_no_home_a_blocked_message_is_not_sent_and_says_where_to_hold_it(gate, tmp_path, no_home):
    run = gate(BLOCKED, "--sendmail", str(tmp_path / "never-run"))
    assert run.code == 2 and "no home folder" in run.stderr.splitlines()[-1]
    assert_sent_or_held_whole(run, BLOCKED)
