"""`rewrite` on mail as a user runs it: a message in, a verdict or a whole message out, nothing lost. The check's verdict and exit
code come from the command as a process; the other tests, about what it prints and writes, run main() in process."""
from __future__ import annotations

import json
import os
import shutil

import pytest

from rewriter import cli, rewrite_message
from test_cli import run_process
from test_mail import MAIL

BLOCKED = "ru-mixed-pdf-attachment-utf8-base64.eml"
CLEAN = "ru-clean-reply-utf8-qp.eml"


@pytest.fixture()
def folder(tmp_path):
    for name in (BLOCKED, CLEAN, "bg-html-only-cp1251-base64.eml"):
        shutil.copy(MAIL / name, tmp_path / name)
    return tmp_path


def test_check_gives_the_verdict_and_exit_code_as_for_text(python, folder):
    blocked = run_process(python, "--check", BLOCKED, cwd=folder)
    assert blocked.returncode == 1
    assert f"{BLOCKED}:4:1: error ru.evasion.dopushchena-oshibka «" in blocked.stdout.decode()
    assert run_process(python, "--check", CLEAN, cwd=folder).returncode == 0


def test_json_says_where_the_agents_text_is_and_findings_point_into_the_body(run, folder):
    name = "bg-html-only-cp1251-base64.eml"
    data = json.loads(run("--check", "--format", "json", name, cwd=folder).stdout)
    (entry,) = data["files"]
    body = entry["body"]
    assert (body["content_type"], body["charset"], entry["lang"]) == ("text/html", "cp1251", "bg")
    assert body["text"][body["start"]:body["end"]].startswith("Здравейте, г-н Петров,")
    assert body["text"][body["start"]:body["end"]].endswith("Поздрави!")
    assert entry["findings"]
    for finding in entry["findings"]:
        assert body["start"] <= finding["start"] <= finding["end"] <= body["end"]
        assert body["text"][finding["start"]:finding["end"]] == finding["text"]


def test_mail_is_recognised_by_content_under_any_name_and_on_stdin(run, folder):
    (folder / "reply.txt").write_bytes((MAIL / BLOCKED).read_bytes())
    by_name = json.loads(run("--check", "--format", "json", "reply.txt", cwd=folder).stdout)
    by_stdin = json.loads(run("--check", "--format", "json", "-", stdin=(MAIL / BLOCKED).read_bytes(), cwd=folder).stdout)
    assert by_name["files"][0]["body"]["content_type"] == by_stdin["files"][0]["body"]["content_type"] == "text/plain"


def test_rewrite_prints_the_whole_message_as_the_api_writes_it(run, folder):
    result = run(BLOCKED, cwd=folder)
    assert result.stdout == rewrite_message((MAIL / BLOCKED).read_bytes()).data
    assert result.stdout.startswith(b"Return-Path: <anna@techshop.ru>\r\n")
    assert "offline rules" in result.stderr.decode()


def test_in_place_writes_the_message_back_and_keeps_the_original(run, folder):
    original = (folder / BLOCKED).read_bytes()
    run("--in-place", BLOCKED, cwd=folder)
    assert (folder / BLOCKED).read_bytes() == rewrite_message(original).data != original
    assert (folder / f"{BLOCKED}.orig").read_bytes() == original


def test_a_read_only_disk_leaves_the_message_whole_with_one_line_and_exit_2(folder, monkeypatch, capsys):
    original = (folder / BLOCKED).read_bytes()

    def read_only(*_args):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(os, "replace", read_only)
    monkeypatch.chdir(folder)
    assert cli.main(["--offline", "--in-place", "--no-backup", BLOCKED]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Read-only file system" in err and "unchanged" in err
    assert (folder / BLOCKED).read_bytes() == original
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".")) == []


def test_a_model_that_cannot_be_reached_still_leaves_a_whole_message(run, folder, monkeypatch):
    original = (folder / BLOCKED).read_bytes()
    (folder / "rewriter.toml").write_text("[model]\ntimeout = 0.5\ndeadline = 1.5\n", encoding="utf-8")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")  # nothing listens on the discard port
    result = run("-v", "--in-place", BLOCKED, cwd=folder)
    assert result.returncode in (0, 1), result.stderr
    assert "model failed: APIConnectionError" in result.stderr.decode()
    assert (folder / f"{BLOCKED}.orig").read_bytes() == original
    assert (folder / BLOCKED).read_bytes() == rewrite_message(original, offline=True).data
