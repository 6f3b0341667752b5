"""The sendmail gate end to end: a real SMTP server on 127.0.0.1 and a relay standing in for sendmail."""
from __future__ import annotations

import io
import json
import shlex
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from rewriter.presend import build_parser, split_arguments
from rewriter.presend import main as presend_main
from test_mail import MAIL

CLEAN = "ru-clean-reply-utf8-qp.eml"
BLOCKED = "bg-mixed-pdf-attachment-cp1251-qp.eml"
SENDMAIL_ARGS = ["-oem", "-oi", "--", "andrey@mail.ru"]

RELAY = r"""
import json, pathlib, re, smtplib, sys
folder, port, args = pathlib.Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
data = sys.stdin.buffer.read()
(folder / "relay-args.json").write_text(json.dumps(args))
(folder / "relay-input.eml").write_bytes(data)
with smtplib.SMTP("127.0.0.1", port) as smtp:
    # as sendmail does: lines end in CRLF on the wire, whatever they ended in on standard input
    smtp.sendmail("help@techshop.ru", args[args.index("--") + 1:], re.sub(rb"\r?\n", b"\r\n", data))
"""


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((list(envelope.rcpt_tos), envelope.original_content))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture()
def inbox():
    box = Inbox()
    controller = Controller(box, hostname="127.0.0.1", port=_free_port())
    controller.start()
    box.port = controller.port
    yield box
    controller.stop()


@pytest.fixture()
def gate(tmp_path, inbox, monkeypatch, capsysbinary):
    """The gate's main() in process, in the test's folder, on the message as its standard input, with the relay as
    its sendmail (a real process, to a real server): exit code and stderr as the process gives them. The gate as a
    process is run by the tests of the documented command and of a sendmail that cannot run."""
    relay = tmp_path / "relay.py"
    relay.write_text(RELAY, encoding="utf-8")
    sendmail = shlex.join([sys.executable, str(relay), str(tmp_path), str(inbox.port)])
    monkeypatch.chdir(tmp_path)

    def run(message: bytes, *options: str, hold: Path | None = None) -> subprocess.CompletedProcess[bytes]:
        hold_dir = hold or tmp_path / "held"
        args = ["--hold-dir", str(hold_dir), "--sendmail", sendmail, *options, "--", *SENDMAIL_ARGS]
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(message)))
        code = presend_main(args)
        out, err = capsysbinary.readouterr()
        return subprocess.CompletedProcess(["rewrite-presend", *args], code, out, err)

    return run


def held(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.eml")) if folder.exists() else []


def test_a_clean_reply_reaches_the_server_byte_for_byte_with_its_sendmail_arguments(gate, inbox, tmp_path):
    message = (MAIL / CLEAN).read_bytes()
    result = gate(message)
    assert result.returncode == 0, result.stderr.decode()
    assert (tmp_path / "relay-input.eml").read_bytes() == message
    assert json.loads((tmp_path / "relay-args.json").read_text()) == SENDMAIL_ARGS
    assert inbox.messages == [(["andrey@mail.ru"], message)]
    assert held(tmp_path / "held") == []


def test_a_reply_with_errors_is_blocked_reported_and_held_whole(gate, inbox, tmp_path):
    message = (MAIL / BLOCKED).read_bytes()
    result = gate(message)
    err = result.stderr.decode()
    assert result.returncode == 1
    assert inbox.messages == [] and not (tmp_path / "relay-input.eml").exists()
    assert "error bg.evasion.poradi-lipsa «" in err
    (kept,) = held(tmp_path / "held")
    assert kept.read_bytes() == message
    assert f"held in {kept}" in err.splitlines()[-1]
    assert "bg.evasion.poradi-lipsa" in kept.with_suffix(".txt").read_text(encoding="utf-8")


def test_with_add_header_every_reply_goes_out_carrying_its_verdict(gate, inbox, tmp_path):
    for name in (CLEAN, BLOCKED):
        assert gate((MAIL / name).read_bytes(), "--add-header").returncode == 0
    (_, clean), (_, blocked) = inbox.messages
    assert clean == b"X-Rewriter-Verdict: pass (no findings)\r\n" + (MAIL / CLEAN).read_bytes()
    assert blocked.startswith(b"X-Rewriter-Verdict: fail (2 error, ")
    assert blocked.split(b"\n", 1)[1].replace(b"\r\n", b"\n") == (MAIL / BLOCKED).read_bytes()
    assert held(tmp_path / "held") == []


def test_fail_on_warning_blocks_what_error_lets_through(gate, inbox, tmp_path):
    message = "From: a@b.c\r\nTo: d@e.f\r\nSubject: x\r\n\r\nДанный заказ уже у курьера, простите за задержку.\r\n".encode()
    assert gate(message, "--fail-on", "warning").returncode == 1
    assert gate(message).returncode == 0
    assert len(held(tmp_path / "held")) == 1 and len(inbox.messages) == 1


def test_an_unwritable_hold_folder_blocks_with_one_line_and_exit_2(gate, inbox, tmp_path):
    not_a_folder = tmp_path / "held-file"
    not_a_folder.write_bytes(b"")
    result = gate((MAIL / BLOCKED).read_bytes(), hold=not_a_folder / "held")
    assert result.returncode == 2
    last = result.stderr.decode().splitlines()[-1]
    assert last.startswith("rewrite-presend: error: blocked:") and "could not be held" in last
    assert "Traceback" not in result.stderr.decode() and inbox.messages == []


def test_a_sendmail_that_cannot_run_leaves_the_message_held(tmp_path, python):
    message = (MAIL / CLEAN).read_bytes()
    result = subprocess.run(
        [python, "-m", "rewriter.presend", "--hold-dir", str(tmp_path), "--sendmail", str(tmp_path / "no-sendmail"), "--", "x@y.z"],
        input=message, capture_output=True, timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr.decode().count("\n") == 1 and "cannot run" in result.stderr.decode()
    assert [p.read_bytes() for p in held(tmp_path)] == [message]


def test_a_message_that_cannot_be_checked_is_held_not_sent(gate, inbox, tmp_path):
    message = b"From: a@b.c\r\nTo: d@e.f\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n"
    result = gate(message)
    assert result.returncode == 2 and "no text body" in result.stderr.decode()
    assert inbox.messages == [] and [p.read_bytes() for p in held(tmp_path / "held")] == [message]


def test_with_add_header_a_message_that_cannot_be_checked_goes_out_marked_unchecked(gate, inbox, tmp_path):
    message = b"From: a@b.c\r\nTo: d@e.f\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n"
    assert gate(message, "--add-header").returncode == 0
    assert inbox.messages == [(["andrey@mail.ru"], b"X-Rewriter-Verdict: unchecked\r\n" + message)]
    assert held(tmp_path / "held") == []


def test_a_reply_in_neither_language_is_not_judged_and_passes(gate, inbox):
    message = b"From: a@b.c\r\nTo: d@e.f\r\nSubject: x\r\n\r\nHello, your order has shipped today.\r\n"
    assert gate(message).returncode == 0
    assert inbox.messages == [(["andrey@mail.ru"], message)]


@pytest.mark.parametrize(
    "argv, own, passed_on",
    [
        (["--hold-dir", "h", "--", "-oi", "--", "a@b.c"], ["--hold-dir", "h"], ["-oi", "--", "a@b.c"]),
        (["--", "-oem", "-oi", "--", "a@b.c"], [], ["-oem", "-oi", "--", "a@b.c"]),
        (["--add-header", "--sendmail=/usr/bin/msmtp", "--", "-t"], ["--add-header", "--sendmail=/usr/bin/msmtp"], ["-t"]),
        (["--hold-dir", "h", "a@b.c", "-oi"], ["--hold-dir", "h"], ["a@b.c", "-oi"]),  # the first non-option ends them
        (["-v", "--hold-dir", "h", "a@b.c"], ["-v", "--hold-dir", "h"], ["a@b.c"]),  # -v is the gate's, to refuse
    ],
)
def test_the_gates_options_end_at_a_double_dash_or_the_first_non_option(argv, own, passed_on):
    assert split_arguments(argv, build_parser()) == (own, passed_on)


@pytest.mark.parametrize("argv", [["-v", "--hold-dir", "h"], ["-oi", "-t"], ["--hold", "h", "--"]],
                         ids=["unknown flag", "sendmail's options before --", "an abbreviation"])
def test_an_option_the_gate_does_not_know_is_one_line_and_exit_2_before_the_message_is_read(argv, capsys, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "stdin", None)  # reading it would fail differently: it must not be read at all
    with pytest.raises(SystemExit) as stopped:
        presend_main([*argv, "--", "a@b.c"])
    err = capsys.readouterr().err
    assert stopped.value.code == 2
    assert err.count("\n") == 1 and err.startswith("rewrite-presend: error: unrecognized arguments: ")
    assert "nothing was sent" in err and not (tmp_path / "h").exists()


@pytest.mark.parametrize("message, code", [(CLEAN, 0), (BLOCKED, 1)], ids=["clean: sent", "errors: held"])
def test_the_documented_try_it_command_runs_as_written(tmp_path, python, message, code):
    """examples/sendmail-presend.md's "Try it" line, with its /tmp paths moved into the test's folder."""
    guide = (Path(__file__).resolve().parents[1] / "examples" / "sendmail-presend.md").read_text(encoding="utf-8")
    block = guide.split("Try it", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    (command,) = [line for line in block.splitlines() if line.startswith("rewrite-presend ")]
    command = command.replace("/tmp/held", str(tmp_path / "held")).replace("/tmp/sent.eml", str(tmp_path / "sent.eml"))
    data = (MAIL / message).read_bytes()
    (tmp_path / "reply.eml").write_bytes(data)
    path = f"{Path(python).parent}:/usr/bin:/bin"
    done = subprocess.run(["sh", "-c", command], cwd=tmp_path, capture_output=True, timeout=120, env={"PATH": path, "HOME": str(tmp_path)})
    assert done.returncode == code, done.stderr.decode()
    if code == 0:
        assert (tmp_path / "sent.eml").read_bytes() == data and held(tmp_path / "held") == []
    else:
        assert not (tmp_path / "sent.eml").exists() and [p.read_bytes() for p in held(tmp_path / "held")] == [data]
