"""What `rewrite` prints for a person or an agent: flagged words in each line, lines wrapped to the terminal,
a word-level diff, color exactly when asked, one line and exit 2 for contradictory options, and why a
model's rewrite was not used in the summary line."""
from __future__ import annotations

import io
import re
import sys
from dataclasses import replace

import pytest

from replies import DRAFT, PROMISES_REFUND
from rewriter import Fallback, cli, rewrite
from rewriter.rewrite_output import rewrite_summary
from rewriter.terminal import use_color, wrap_width
from scripted_model import ScriptedChat

REWRITE_DRAFT = "Здравствуйте!\nДоводим до вашего сведения, что данный заказ № 48213 отправлен.\n"
BULGARIAN = "Здравейте!\nУведомяваме Ви, че поради технически проблеми доставката на поръчката беше отложена.\n"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture()
def folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    (tmp_path / "rewriter.toml").write_text("required_parts = []\n", encoding="utf-8")
    (tmp_path / "draft.txt").write_text(REWRITE_DRAFT, encoding="utf-8")
    (tmp_path / "bg.txt").write_text(BULGARIAN, encoding="utf-8")
    return tmp_path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_each_finding_line_shows_the_flagged_words_between_guillemets(folder, capsys):
    _, out, _ = run(capsys, "--check", "draft.txt")
    line = next(line for line in out.splitlines() if "dovodim-do-svedeniya" in line)
    assert line.startswith("draft.txt:2:1: warning ru.bureaucratese.dovodim-do-svedeniya «Доводим до вашего сведения, что» ")


def test_text_is_wrapped_at_the_width_asked_and_not_in_a_pipe_by_default(folder, capsys):
    _, unwrapped, _ = run(capsys, "--check", "draft.txt")
    _, wrapped, _ = run(capsys, "--check", "--width", "60", "draft.txt")
    assert max(len(line) for line in unwrapped.splitlines()) > 60
    assert all(len(line) <= 60 for line in wrapped.splitlines())
    continued = [line for line in wrapped.splitlines() if line.startswith("    ")]
    assert continued  # a finding's later lines are indented under its first
    assert " ".join(line.strip() for line in wrapped.splitlines()) == " ".join(unwrapped.split())


@pytest.mark.parametrize("argv", [["--check", "draft.txt"], ["--diff", "--offline", "draft.txt"]], ids=["check", "diff"])
def test_color_always_is_honoured_in_a_pipe_and_never_and_auto_leave_it_plain(folder, capsys, argv):
    _, colored, _ = run(capsys, *argv, "--color", "always")
    _, auto, _ = run(capsys, *argv)
    _, never, _ = run(capsys, *argv, "--color", "never")
    assert ANSI.search(colored) and ANSI.sub("", colored).strip()
    assert not ANSI.search(auto) and not ANSI.search(never)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_auto_colors_a_terminal_unless_no_color_is_set(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    assert use_color("auto", Terminal()) and not use_color("auto", io.StringIO())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not use_color("auto", Terminal()) and use_color("always", io.StringIO())


def test_the_width_is_the_one_asked_else_the_terminals_and_none_in_a_pipe():
    assert wrap_width(50) == 50 and wrap_width(0) is None
    assert wrap_width(None, io.StringIO()) is None
    assert (wrap_width(None, Terminal()) or 0) >= 40


class ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


@pytest.mark.parametrize("argv", [["--list-rules"], ["--check", "draft.txt"], ["--diff", "--offline", "draft.txt"]])
def test_a_reader_that_left_early_ends_the_command_quietly(folder, capsys, monkeypatch, argv):
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert cli.main(argv) == 141
    assert capsys.readouterr().err == ""


def test_the_colored_diff_shows_removed_words_in_red_and_added_ones_in_green(folder, capsys):
    _, out, _ = run(capsys, "--diff", "--offline", "--color", "always", "draft.txt")
    assert "\x1b[31mДоводим до вашего сведения, что данный\x1b[0m\x1b[32mЭтот\x1b[0m заказ № 48213 отправлен." in out
    assert "[-" not in out and "{+" not in out  # the colors mark the change


def test_the_diff_of_a_several_line_draft_shows_only_the_changed_lines(folder, capsys):
    long = "Здравствуйте!\n\nЗаказ № 48213 уже у курьера.\n\n" + REWRITE_DRAFT.split("\n")[1] + "\nХорошего дня!\n"
    (folder / "long.txt").write_text(long, encoding="utf-8")
    _, out, _ = run(capsys, "--diff", "--offline", "long.txt")
    assert out.splitlines()[2:] == ["@@ -5 +5 @@", "[-Доводим до вашего сведения, что данный-]{+Этот+} заказ № 48213 отправлен."]


@pytest.mark.parametrize("argv, said", [
    (["--diff", "--in-place", "draft.txt"], "--diff and --in-place contradict each other: choose one"),
    (["--no-backup", "draft.txt"], "--no-backup only applies with --in-place"),
    (["--check", "--in-place", "draft.txt"], "--check changes nothing, so --in-place does not apply; drop it"),
    (["--check", "--diff", "draft.txt"], "--check changes nothing, so --diff does not apply; drop it"),
    (["--check", "--jobs", "2", "draft.txt"], "--check changes nothing, so --jobs does not apply; drop it"),
    (["--format", "json", "draft.txt"], "--format applies to --check only"),
    (["--width", "80", "draft.txt"], "--width applies to --check only"),
    (["--list-rules", "--explain", "ru.evasion.otmenen"], "--list-rules and --explain contradict each other: choose one"),
    (["--list-rules", "draft.txt"], "--list-rules prints rules, not drafts; drop the files"),
    (["--lang", "bg", "draft.txt"], "draft.txt: --lang bg, but the draft is in Russian; drop --lang or say --lang ru"),
    (["--check", "--lang", "ru", "bg.txt"], "bg.txt: --lang ru, but the draft is in Bulgarian; drop --lang or say --lang bg"),
])
def test_contradictory_options_are_one_line_and_exit_2_with_nothing_written(folder, capsys, argv, said):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert [line for line in err.splitlines() if not line.startswith("rewrite: no model")] == [f"rewrite: error: {said}"]
    assert (folder / "draft.txt").read_text(encoding="utf-8") == REWRITE_DRAFT
    assert "draft.txt:" not in out and "Этот заказ" not in out


def test_the_language_given_is_taken_when_the_draft_agrees(folder, capsys):
    assert run(capsys, "--check", "--lang", "ru", "draft.txt")[0] == 0
    assert run(capsys, "--check", "--lang", "bg", "bg.txt")[0] == 1


def test_a_rejected_model_rewrite_is_named_in_the_summary_line():
    model = ScriptedChat(replies=[PROMISES_REFUND["ru"], PROMISES_REFUND["ru"]])
    result = rewrite(DRAFT["ru"], llm=model)
    assert result.fallback == Fallback("rejected", ("commitments_new",), ("refund",))
    assert result.to_dict()["fallback"] == {"kind": "rejected", "reasons": ["commitments_new"], "promised": ["refund"]}
    summary = rewrite_summary("draft.txt", result, several=False)
    assert " · model rejected: promise of a refund; rules used · 2 model calls" in summary


def test_a_reply_rejected_for_several_reasons_names_each_in_the_summary():
    summary = rewrite_summary("-", replace(rewrite(DRAFT["ru"], offline=True), fallback=Fallback(
        "rejected", ("facts_missing", "language_wrong", "commitments_new"), ("guarantee",))), several=False)
    assert "model rejected: facts lost or changed, wrong language, promise of a guarantee; rules used" in summary


def test_a_failed_model_call_is_named_in_the_summary_line():
    result = rewrite(DRAFT["bg"], llm=ScriptedChat(replies=[ConnectionError("connection refused")]))
    assert result.fallback is not None and result.fallback.kind == "failed"
    assert "model failed: ConnectionError: connection refused; rules used" in rewrite_summary("-", result, several=False)


def test_an_offline_rewrite_has_no_fallback_to_tell():
    result = rewrite(DRAFT["ru"], offline=True)
    assert result.fallback is None
    assert rewrite_summary("a.txt", result, several=True).startswith("a.txt: ru · ")
    assert " · offline rules" in rewrite_summary("a.txt", result, several=True)
