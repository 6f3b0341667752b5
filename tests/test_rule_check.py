"""`python -m rewriter.rule_check` checks a team's rule file the way the suite checks the bundled packs."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from rewriter import bundled
from rewriter.rule_check import main

ROOT = Path(__file__).resolve().parents[1]

TEAM_RULE = """
- id: ru.boilerplate.team-ostavaytes-na-svyazi
  category: boilerplate
  severity: warning
  message: "«Оставайтесь на связи» ничего не обещает: скажите, когда и как вы напишете сами."
  patterns:
    - "оставаться =на =связи"
  bad:
    - "{bad}"
  good:
    - "Я напишу вам завтра до 12:00, как только склад ответит."
"""


def team_file(tmp_path: Path, bad: str = "Оставайтесь на связи!") -> Path:
    path = tmp_path / "team.yaml"
    path.write_text(TEAM_RULE.format(bad=bad), encoding="utf-8")
    return path


def test_a_team_rule_whose_examples_behave_passes(tmp_path, capsys):
    assert main([str(team_file(tmp_path))]) == 0
    assert "checked 1 rule: no problems" in capsys.readouterr().err


class ClosedPipe:
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        pass


def test_a_reader_that_leaves_early_ends_the_check_quietly(tmp_path, capsys, monkeypatch):
    path = team_file(tmp_path, bad="Будем рады помочь.")  # a problem to print
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert main([str(path)]) == 141
    assert capsys.readouterr().err == ""


def test_a_bad_example_the_rule_misses_is_printed_and_fails(tmp_path, capsys):
    assert main([str(team_file(tmp_path, bad="Будем рады помочь."))]) == 1
    out = capsys.readouterr()
    assert "ru.boilerplate.team-ostavaytes-na-svyazi: bad example not caught: 'Будем рады помочь.'" in out.out
    assert "checked 1 rule: 1 problem" in out.err


def test_a_file_without_rules_is_a_problem_not_a_pass(tmp_path, capsys):
    empty = tmp_path / "empty.yaml"
    empty.write_text("[]\n", encoding="utf-8")
    assert main([str(empty)]) == 1
    assert "no rules of a known language in this file" in capsys.readouterr().out


@pytest.mark.parametrize("content", ["id: not-a-list\n", "- [unclosed\n"])
def test_a_file_that_is_not_a_rule_list_is_an_input_error(tmp_path, capsys, content):
    broken = tmp_path / "broken.yaml"
    broken.write_text(content, encoding="utf-8")
    assert main([str(broken)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("rule_check: error: ") and err.count("\n") == 1


def test_a_missing_file_is_an_input_error(tmp_path, capsys):
    assert main([str(tmp_path / "nowhere.yaml")]) == 2
    assert "no such rule file" in capsys.readouterr().err


def test_a_bundled_pack_file_is_checked_by_its_own_rules(capsys):
    assert main([str(ROOT / "lint_rules" / "ru" / "non_apology.yaml")]) == 0
    checked = capsys.readouterr().err
    assert "checked" in checked and "checked 0 rules" not in checked


def test_the_bundled_data_is_found_beside_a_source_package(monkeypatch):
    """Run as `python -m rewriter.rule_check` from a checkout, `rewriter` is the source folder, which has
    no `lint_rules` subpackage: the data stands one level up."""
    def not_installed(name):
        raise ModuleNotFoundError(name)

    monkeypatch.setattr(bundled.resources, "files", not_installed)
    assert bundled.bundled_dir("lint_rules") == ROOT / "lint_rules"
    assert (bundled.bundled_dir("prompts") / "ru" / "rewrite.yaml").is_file()


@pytest.mark.slow
def test_rule_check_runs_from_the_projects_own_checkout():
    result = subprocess.run(
        [sys.executable, "-m", "rewriter.rule_check", "lint_rules/bg/boilerplate.yaml"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no problems" in result.stderr


def test_with_no_files_every_rule_in_use_is_checked_whatever_the_config_turns_off(tmp_path, capsys, monkeypatch):
    """A team that disables a category, raises a severity or allows a phrase has not broken those rules'
    examples: only the team's own file is taken from the config, and its problem is the one printed."""
    team_file(tmp_path, bad="Будем рады помочь.")
    (tmp_path / "rewriter.toml").write_text(
        'disable = ["boilerplate", "bureaucratese"]\nrules = ["team.yaml"]\n'
        '[severity]\nevasion = "info"\n[allow]\n"ru.bureaucratese.v-svyazi-s" = ["в связи с"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main([]) == 1
    out = capsys.readouterr()
    assert out.out.splitlines() == ["ru.boilerplate.team-ostavaytes-na-svyazi: bad example not caught: 'Будем рады помочь.'"]
    checked = int(out.err.split()[1])
    assert checked > 400 and out.err.endswith("rules: 1 problem\n")


def test_with_no_files_a_config_naming_a_rule_no_pack_has_is_an_error(tmp_path, capsys, monkeypatch):
    (tmp_path / "rewriter.toml").write_text('[tool.rewriter]\nenable = ["bg.boilerplate.razchitame-na-razbiraneto-vi"]\n',
                                            encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main([]) == 2
    err = capsys.readouterr().err
    assert err.startswith("rule_check: error: ") and err.count("\n") == 1
    assert "enable: unknown rule 'bg.boilerplate.razchitame-na-razbiraneto-vi' (did you mean" in err


@pytest.mark.parametrize("change, said", [
    (("patterns:", "paterns:"), "unknown key 'paterns' (did you mean 'patterns'?)"),
    (("category: boilerplate", "category: boilerplat"), "unknown category 'boilerplat' (did you mean 'boilerplate'?)"),
    (("  message:", "  mesage:"), "missing 'message'; unknown key 'mesage' (did you mean 'message'?)"),
], ids=["key", "category", "missing"])
def test_a_misspelt_key_or_category_in_a_team_rule_is_named_with_the_nearest_real_one(tmp_path, capsys, change, said):
    path = team_file(tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace(*change), encoding="utf-8")
    assert main([str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"rule_check: error: {path}: rule ru.boilerplate.team-ostavaytes-na-svyazi: {said}") and err.count("\n") == 1
