"""The `rewrite` command with input it cannot use: one line and exit 2, never a hang, a traceback or exit 1.
And `--in-place` writes through symlinks and never leaves a half-made backup. Runs main() in process;
the few tests that need a real process (a closed descriptor, a pipe with no writer) are marked slow."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from rewriter import cli
from rewriter.linter import Linter

DRAFT = "Здравствуйте!\nДоводим до вашего сведения, что данный заказ № 48213 отправлен.\n"
REWRITTEN = "Здравствуйте!\nЭтот заказ № 48213 отправлен.\n"


@pytest.fixture()
def folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "rewriter.toml").write_text("required_parts = []\n", encoding="utf-8")
    return tmp_path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(err: str) -> str:
    """The one line said, besides the rewrite's notice that no model is configured."""
    assert "Traceback" not in err
    (line,) = [line for line in err.splitlines() if not line.startswith("rewrite: no model configured")]
    assert line.startswith("rewrite: error: ")
    return line


@pytest.mark.parametrize("mode", [["--check"], []], ids=["check", "rewrite"])
def test_a_closed_standard_input_is_one_line_and_exit_2(folder, capsys, monkeypatch, mode):
    monkeypatch.setattr(sys, "stdin", None)
    code, _, err = run(capsys, *mode, "-")
    assert code == 2 and "standard input is closed" in one_error_line(err)


MODES = {"check": ["--check"], "rewrite": [], "in-place": ["--in-place"]}


# `--check FOLDER` reads the drafts in it: tests/test_check_folders.py
@pytest.mark.parametrize("make, mode", [(make, mode) for make in ("fifo", "device", "folder") for mode in MODES
                                        if (make, mode) != ("folder", "check")])
def test_a_path_that_is_no_regular_file_is_refused_without_reading_it(folder, capsys, make, mode):
    mode = MODES[mode]
    path = {"fifo": folder / "pipe", "device": "/dev/zero", "folder": folder / "sub"}[make]
    if make == "fifo":
        os.mkfifo(path)  # no writer: opening it for reading the usual way waits forever
    elif make == "folder":
        path.mkdir()
    code, _, err = run(capsys, *mode, str(path))
    assert code == 2
    assert ("is a folder" if make == "folder" else "is not a regular file") in one_error_line(err)


def test_after_a_file_error_the_summary_does_not_say_no_findings(folder, capsys):
    (folder / "ok.txt").write_text("Здравствуйте! Ваш заказ 48213 уже в пути, простите за задержку.\n", encoding="utf-8")
    code, out, _ = run(capsys, "--check", "missing.txt")
    assert code == 2 and out.splitlines()[-1] == "1 file not checked"
    code, out, _ = run(capsys, "--check", "ok.txt", "missing.txt")
    assert code == 2 and out.splitlines()[-1].endswith("; 1 file not checked")


@pytest.mark.parametrize("mode", [["--check"], [], ["--in-place"]], ids=["check", "rewrite", "in-place"])
def test_an_unexpected_fault_is_one_line_and_exit_2_with_the_traceback_under_verbose(folder, capsys, monkeypatch, mode):
    (folder / "draft.txt").write_text(DRAFT, encoding="utf-8")

    def broken(*_args, **_kwargs):
        raise ValueError("no such name")

    monkeypatch.setattr(Linter, "analyze", broken)
    code, _, err = run(capsys, *mode, "draft.txt")
    assert code == 2 and "unexpected ValueError: no such name" in one_error_line(err)
    code, _, err = run(capsys, *mode, "-v", "draft.txt")
    assert code == 2 and "Traceback" in err and err.splitlines()[-1].startswith("rewrite: error: ")
    assert (folder / "draft.txt").read_text(encoding="utf-8") == DRAFT


def test_a_damaged_utf8_draft_is_checked_with_a_note(folder, capsys):
    data = DRAFT.encode()
    (folder / "draft.txt").write_bytes(data[:4] + b"\xff" + data[4:])
    code, out, err = run(capsys, "--check", "draft.txt")
    assert code in (0, 1) and err == "rewrite: note: draft.txt: 1 byte is not UTF-8 (the first at byte 4) and reads as �\n"
    assert "ru.bureaucratese" in out  # linted as the Russian it is, not as koi8-r mojibake


def test_a_damaged_utf8_draft_is_not_written_back_over_its_unreadable_bytes(folder, capsys):
    data = DRAFT.encode()
    damaged = data[:4] + b"\xff" + data[4:]
    (folder / "draft.txt").write_bytes(damaged)
    code, _, err = run(capsys, "--in-place", "draft.txt")
    assert code == 2 and "writing would lose those bytes" in err.splitlines()[-1]
    assert (folder / "draft.txt").read_bytes() == damaged and not (folder / "draft.txt.orig").exists()


# -- --in-place: symlinks and the backup ----------------------------------------------------------

def test_in_place_writes_through_a_symlink_to_its_target(folder, capsys):
    (folder / "drafts").mkdir()
    target = folder / "drafts" / "reply.txt"
    target.write_text(DRAFT, encoding="utf-8")
    (folder / "link.txt").symlink_to(target)
    code, _, _ = run(capsys, "--in-place", "link.txt")
    assert code in (0, 1)
    assert (folder / "link.txt").is_symlink() and os.readlink(folder / "link.txt") == str(target)
    assert target.read_text(encoding="utf-8") == REWRITTEN
    assert (folder / "link.txt.orig").read_text(encoding="utf-8") == DRAFT
    assert sorted(p.name for p in (folder / "drafts").iterdir()) == ["reply.txt"]


@pytest.mark.parametrize("old_backup", [None, b"the backup of an earlier run"], ids=["no backup yet", "an older backup"])
def test_a_kill_while_backing_up_leaves_the_draft_and_no_half_made_backup(folder, capsys, monkeypatch, old_backup):
    (folder / "draft.txt").write_text(DRAFT, encoding="utf-8")
    if old_backup:
        (folder / "draft.txt.orig").write_bytes(old_backup)

    def killed(_fd):
        raise KeyboardInterrupt  # as a Ctrl-C or SIGINT lands while the backup is being written

    monkeypatch.setattr(os, "fsync", killed)
    assert run(capsys, "--in-place", "draft.txt")[0] == 130
    assert (folder / "draft.txt").read_text(encoding="utf-8") == DRAFT
    backup = folder / "draft.txt.orig"
    assert (backup.read_bytes() if backup.exists() else None) == old_backup
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []


# -- real processes -------------------------------------------------------------------------------

@pytest.mark.slow
def test_a_closed_standard_input_in_a_real_process(folder, python):
    result = subprocess.run(["sh", "-c", 'exec "$0" -m rewriter --check <&-', python], capture_output=True, timeout=120)
    assert result.returncode == 2 and one_error_line(result.stderr.decode()).endswith("standard input is closed")


@pytest.mark.slow
def test_a_named_pipe_with_no_writer_is_refused_not_waited_on(folder, python):
    os.mkfifo(folder / "pipe")
    result = subprocess.run([python, "-m", "rewriter", "--check", "pipe"], capture_output=True, timeout=120)
    assert result.returncode == 2 and "is not a regular file" in one_error_line(result.stderr.decode())


@pytest.mark.parametrize("mode", [["--check"], []], ids=["check", "rewrite"])
def test_a_closed_standard_output_is_one_line_and_exit_2(folder, capsys, monkeypatch, mode):
    (folder / "draft.txt").write_text(DRAFT, encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", None)
    code, _, err = run(capsys, *mode, "draft.txt")
    assert code == 2 and "standard output is closed" in one_error_line(err)


@pytest.mark.slow
@pytest.mark.parametrize("mode", [["--check", *["draft.txt"] * 20], ["--list-rules"], ["--diff", "--offline", "draft.txt"]],
                         ids=["check", "list-rules", "diff"])
def test_a_reader_that_leaves_early_is_a_quiet_exit_as_from_any_piped_tool(folder, python, mode):
    (folder / "draft.txt").write_text(DRAFT * 200, encoding="utf-8")
    reader_gone = subprocess.Popen([python, "-m", "rewriter", *mode], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    reader_gone.stdout.close()
    err = reader_gone.stderr.read().decode()
    assert reader_gone.wait(timeout=120) == 141  # what a shell shows for `git log | head`: 128 + SIGPIPE
    assert err == ""
