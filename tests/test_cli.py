"""The `rewrite` command as a user runs it, with real files: what it prints and the exit codes it gives. A
few tests start it as a process, with a real pipe (marked slow for that); the others run main() in process
with the same arguments, folder and input, since they are about the output, not the process."""
from __future__ import annotations

import json
import subprocess

import pytest

DRAFT_RU = "Здравствуйте!\nДанный заказ был отправлен. Была допущена ошибка.\n"
PLAIN_RU = "Здравствуйте!\nЭтот заказ уже у курьера.\n"


def run_process(python, *args, stdin: bytes | None = None, cwd=None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [python, "-m", "rewriter", *args], input=stdin, capture_output=True, cwd=cwd, timeout=120
    )


@pytest.fixture()
def project(tmp_path, team_rules):
    """A folder with a config that adds the team rules, so the CLI sees them."""
    (tmp_path / "rewriter.toml").write_text(
        f'rules = ["{team_rules.as_posix()}"]\nrequired_parts = []\n', encoding="utf-8"
    )
    return tmp_path


def test_findings_at_error_exit_1_and_print_compiler_style_lines(python, project):
    (project / "draft.txt").write_text(DRAFT_RU, encoding="utf-8")
    result = run_process(python, "--check", "draft.txt", cwd=project)
    out = result.stdout.decode()
    assert result.returncode == 1, result.stderr
    # a team's rule on the same words as a bundled one is the finding kept
    assert "draft.txt:2:29: error ru.evasion.team-passive «Была допущена ошибка» Тест: безличный пассив о сбое.\n" in out
    assert "draft.txt:2:1: warning ru.bureaucratese.team-dannyj «Данный» Тест: «данный» вместо «этот». → этот\n" in out
    assert "\x1b[" not in out  # no color when not on a terminal


def test_warnings_alone_exit_0_unless_fail_on_is_lowered(run, project):
    (project / "draft.txt").write_text("Данный заказ готов.\n", encoding="utf-8")
    assert run("--check", "draft.txt", cwd=project).returncode == 0
    assert run("--check", "--fail-on", "warning", "draft.txt", cwd=project).returncode == 1


def test_json_output_has_the_documented_shape(run, project):
    (project / "draft.txt").write_text(DRAFT_RU, encoding="utf-8")
    data = json.loads(run("--check", "--format", "json", "draft.txt", cwd=project).stdout)
    (entry,) = data["files"]
    assert entry["path"] == "draft.txt" and entry["lang"] == "ru"
    assert set(entry["sections"]) == {"apology", "explanation", "remedy", "closing"}
    finding = next(f for f in entry["findings"] if f["rule"] == "ru.bureaucratese.team-dannyj")
    assert set(finding) == {"rule", "category", "severity", "start", "end", "line", "column", "text", "message", "suggestion", "merged"}
    assert finding["merged"] == ["ru.bureaucratese.dannyj"]
    assert DRAFT_RU[finding["start"]:finding["end"]] == finding["text"] == "Данный"


def test_github_format_annotates_lines(run, project):
    (project / "draft.txt").write_text(DRAFT_RU, encoding="utf-8")
    out = run("--check", "--format", "github", "draft.txt", cwd=project).stdout.decode()
    assert "::error file=draft.txt,line=2,col=29,endLine=2,endColumn=49,title=evasion ru.evasion.team-passive::" in out
    assert "::warning file=draft.txt,line=2,col=1," in out


def test_stdin_is_read_with_a_dash(python, project):
    result = run_process(python, "--check", "--format", "json", "-", stdin=DRAFT_RU.encode(), cwd=project)
    assert result.returncode == 1
    assert json.loads(result.stdout)["files"][0]["path"] == "-"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251", "koi8-r"])
def test_drafts_in_every_mail_encoding_are_decoded(run, project, encoding):
    (project / "draft.txt").write_bytes(DRAFT_RU.encode(encoding))
    data = json.loads(run("--check", "--format", "json", "draft.txt", cwd=project).stdout)
    texts = {f["text"] for f in data["files"][0]["findings"]}
    assert {"Данный", "Была допущена ошибка"} <= texts


@pytest.mark.parametrize(
    "setup, args, message",
    [
        (None, ["--check", "missing.txt"], "missing.txt: no such file"),
        ("binary", ["--check", "blob.bin"], "binary"),
        ("english", ["en.txt"], "Russian or Bulgarian"),
        (None, ["--check", "--lang", "de", "x.txt"], "invalid choice"),
        (None, ["--explain", "ru.nope.nothing"], "no rule"),
        (None, ["--in-place", "-"], "--in-place"),
        ("badconfig", ["--check", "--config", "bad.toml", "x.txt"], "bad.toml"),
        ("big", ["--check", "--max-bytes", "40", "big.txt"], "big.txt: the text is 117 bytes, over the limit of 40"),
        ("big", ["--offline", "--max-bytes", "40", "big.txt"], "big.txt: the text is 117 bytes, over the limit of 40"),
    ],
)
def test_usage_and_input_errors_exit_2_with_one_line_and_no_traceback(run, project, setup, args, message):
    (project / "blob.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (project / "en.txt").write_text("Hello, your order has shipped.", encoding="utf-8")
    (project / "bad.toml").write_text("disable = 3\n", encoding="utf-8")
    (project / "big.txt").write_text(DRAFT_RU, encoding="utf-8")
    result = run(*args, cwd=project)
    err = result.stderr.decode()
    assert result.returncode == 2
    assert message in err
    assert "Traceback" not in err


def test_list_rules_prints_one_line_per_rule(run, project):
    out = run("--list-rules", cwd=project).stdout.decode().splitlines()
    assert any(line.startswith("ru.evasion.team-passive ") for line in out)
    assert len(out) == len(set(line.split()[0] for line in out))


def test_explain_prints_message_and_marked_examples(run, project):
    out = run("--explain", "ru.bureaucratese.team-dannyj", cwd=project).stdout.decode()
    assert "Тест: «данный» вместо «этот»." in out
    assert "⟦Данный⟧ заказ готов." in out
    assert "✓ Этот заказ готов." in out


REWRITE_DRAFT = "Здравствуйте!\nДоводим до вашего сведения, что данный заказ № 48213 отправлен.\n"


def test_rewrite_prints_the_new_reply_and_a_summary(python, tmp_path):
    (tmp_path / "draft.txt").write_text(REWRITE_DRAFT, encoding="utf-8")
    result = run_process(python, "draft.txt", cwd=tmp_path)
    out, err = result.stdout.decode(), result.stderr.decode()
    assert out == "Здравствуйте!\nЭтот заказ № 48213 отправлен.\n"
    said_offline, summary = err.splitlines()
    assert "no model configured" in said_offline and "offline rules" in said_offline
    assert summary.startswith("ru · ") and summary.endswith("offline rules")
    assert (tmp_path / "draft.txt").read_text(encoding="utf-8") == REWRITE_DRAFT


def test_diff_shows_the_changed_words_on_the_changed_lines(run, tmp_path):
    (tmp_path / "draft.txt").write_text(REWRITE_DRAFT, encoding="utf-8")
    out = run("--diff", "draft.txt", cwd=tmp_path).stdout.decode()
    assert out == (
        "--- a/draft.txt\n+++ b/draft.txt\n@@ -2 +2 @@\n"
        "[-Доводим до вашего сведения, что данный-]{+Этот+} заказ № 48213 отправлен.\n"
    )


@pytest.mark.parametrize("encoding", ["utf-8", "cp1251", "koi8-r"])
def test_in_place_rewrites_atomically_keeping_a_backup_and_the_encoding(run, tmp_path, encoding):
    draft = REWRITE_DRAFT.replace("№ ", "")
    path = tmp_path / "draft.txt"
    path.write_bytes(draft.encode(encoding))
    assert run("--in-place", "draft.txt", cwd=tmp_path).returncode in (0, 1)
    assert path.read_bytes() == "Здравствуйте!\nЭтот заказ 48213 отправлен.\n".encode(encoding)
    assert (tmp_path / "draft.txt.orig").read_bytes() == draft.encode(encoding)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_in_place_without_backup_and_several_files(run, tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(REWRITE_DRAFT, encoding="utf-8")
    result = run("--in-place", "--no-backup", "a.txt", "b.txt", cwd=tmp_path)
    assert result.returncode in (0, 1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]
    assert all("Этот заказ" in (tmp_path / n).read_text(encoding="utf-8") for n in ("a.txt", "b.txt"))
    assert result.stderr.decode().count(" · ") >= 4


def test_rewrite_reads_stdin_and_refuses_in_place_for_it(run, tmp_path):
    assert run("-", stdin=REWRITE_DRAFT.encode(), cwd=tmp_path).stdout.decode().startswith("Здравствуйте!\nЭтот")
    result = run("--in-place", "-", stdin=REWRITE_DRAFT.encode(), cwd=tmp_path)
    assert result.returncode == 2 and "--in-place" in result.stderr.decode()


def test_mark_leaves_a_gap_that_check_will_not_let_through(run, tmp_path):
    (tmp_path / "draft.txt").write_text("Здравствуйте! Деньги вернём в кратчайшие сроки.\n", encoding="utf-8")
    marked = run("--mark", "--in-place", "--no-backup", "draft.txt", cwd=tmp_path)
    text = (tmp_path / "draft.txt").read_text(encoding="utf-8")
    assert "⟨" in text and "⟩" in text, marked.stderr.decode()
    check = run("--check", "draft.txt", cwd=tmp_path)
    assert check.returncode == 1
    assert "ru.structure.unfilled-gap" in check.stdout.decode()
