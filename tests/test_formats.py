"""`--format sarif` and `--format github` are read by machines: their shapes and escapes are exact."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from rewriter import __version__
from rewriter.cli import main

ROOT = Path(__file__).resolve().parents[1]
DRAFT = ROOT / "examples" / "draft-ru.txt"


def check(capsys, *args: str) -> tuple[int, str]:
    code = main(["--check", *args])
    return code, capsys.readouterr().out


def test_sarif_names_each_fired_rule_once_and_points_each_result_at_its_words(capsys):
    code, out = check(capsys, "--format", "sarif", str(DRAFT))
    assert code == 1
    sarif = json.loads(out)
    assert sarif["version"] == "2.1.0"
    (run,) = sarif["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "rewriter" and driver["version"] == __version__
    rules = driver["rules"]
    assert len({r["id"] for r in rules}) == len(rules)
    text = DRAFT.read_text(encoding="utf-8")
    assert run["results"]
    for result in run["results"]:
        rule = rules[result["ruleIndex"]]
        assert rule["id"] == result["ruleId"]
        assert rule["fullDescription"]["text"] and rule["help"]["text"]
        region = result["locations"][0]["physicalLocation"]["region"]
        start, length = region["charOffset"], region["charLength"]
        assert text[start:start + length] == region["snippet"]["text"]
        assert result["level"] in {"error", "warning", "note"}
    levels = {r["ruleId"]: r["level"] for r in run["results"]}
    assert levels["ru.evasion.otmenen"] == "error"
    assert levels["ru.structure.missing-closing"] == "note"


def test_sarif_of_a_clean_reply_has_no_results(capsys):
    code, out = check(capsys, "--format", "sarif", str(ROOT / "examples" / "reply-ru.txt"))
    assert code == 0
    run = json.loads(out)["runs"][0]
    assert run["results"] == [] and run["tool"]["driver"]["rules"] == []


def test_github_annotations_escape_the_separators_of_their_properties(capsys, tmp_path):
    odd = tmp_path / "a,b:c%d.txt"
    odd.write_text(DRAFT.read_text(encoding="utf-8"), encoding="utf-8")
    _, out = check(capsys, "--format", "github", str(odd))
    first = out.splitlines()[0]
    assert "file=" + str(tmp_path).replace(":", "%3A").replace(",", "%2C") + "/a%2Cb%3Ac%25d.txt," in first
    assert first.count("::") == 2  # the command, then the message: no stray separator in between


def test_version_is_printed(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"rewrite {__version__}"
