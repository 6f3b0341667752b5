"""A rule moved to another category keeps its former id as an alias: whatever names it still means the rule."""
from __future__ import annotations

import json
import textwrap

import pytest

from rewriter import Config, ConfigError, Linter
from rewriter.cli import main as rewrite_main
from rewriter.config import config_from_mapping
from rewriter.rule_check import main as rule_check_main

FORMER = "bg.bureaucratese.zhest-na-dobra-volya"
CURRENT = "bg.evasion.zhest-na-dobra-volya"
DRAFT = Linter().rule(CURRENT).bad[0]  # type: ignore[union-attr]


def _findings(config: Config) -> list:
    return [f for f in Linter(config).lint(DRAFT, "bg").findings if f.rule == CURRENT]


def test_the_moved_rule_fires_under_its_current_id_and_keeps_the_former_one():
    assert Linter().rule(CURRENT).aliases == (FORMER,)  # type: ignore[union-attr]
    assert _findings(Config())


@pytest.mark.parametrize("key", ["disable", "allow"])
def test_a_config_naming_the_former_id_turns_the_rule_off(key):
    phrase = _findings(Config())[0].text
    config = config_from_mapping({"disable": [FORMER]} if key == "disable" else {"allow": {FORMER: [phrase]}})
    linter = Linter(config)
    assert not [f for f in linter.lint(DRAFT, "bg").findings if f.rule == CURRENT]
    assert linter.renamed_rules == {FORMER: CURRENT}


def test_severity_and_enable_by_the_former_id_reach_the_rule_and_findings_carry_the_current_id():
    config = config_from_mapping({"disable": ["evasion"], "enable": [FORMER], "severity": {FORMER: "info"}})
    found = _findings(config)
    assert found and {(f.rule, f.severity) for f in found} == {(CURRENT, "info")}


def test_a_former_id_of_one_language_is_not_taken_for_another_and_a_misspelt_one_is_still_refused():
    with pytest.raises(ConfigError, match="unknown rule 'bg.bureaucratese.zhest-na-dobra-volq'"):
        Linter(config_from_mapping({"disable": ["bg.bureaucratese.zhest-na-dobra-volq"]})).lint(DRAFT, "bg")


def test_the_command_notes_the_new_id_once_and_reports_the_current_one(tmp_path, monkeypatch, capsys):
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    config = tmp_path / "rewriter.toml"
    config.write_text(f'severity = {{"{FORMER}" = "info"}}\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    rewrite_main(["--check", "--format", "json", "--lang", "bg", "draft.txt"])
    out = capsys.readouterr()
    assert out.err == f"rewrite: note: {config}: {FORMER} is now {CURRENT}\n"
    rules = {f["rule"]: f["severity"] for result in json.loads(out.out)["files"] for f in result["findings"]}
    assert rules.get(CURRENT) == "info" and FORMER not in rules
    rewrite_main(["--check", "--format", "sarif", "--lang", "bg", "draft.txt"])
    run = json.loads(capsys.readouterr().out)["runs"][0]
    assert CURRENT in {r["ruleId"] for r in run["results"]}
    assert FORMER not in json.dumps(run)


def test_explain_by_the_former_id_shows_the_rule(capsys):
    assert rewrite_main(["--explain", FORMER]) == 0
    out = capsys.readouterr()
    assert out.out.startswith(f"{CURRENT} · evasion · error")
    assert out.err == f"rewrite: note: {FORMER} is now {CURRENT}\n"


TEAM = textwrap.dedent(
    """\
    - id: ru.boilerplate.team-{name}
      aliases: [{alias}]
      category: boilerplate
      severity: info
      message: "Тест: «оставайтесь на связи»."
      patterns: ["оставаться на связь"]
      bad: ["Оставайтесь на связи!"]
      good: ["Пишите, если что."]
    """
)


@pytest.mark.parametrize("aliases, said", [
    (["ru.bureaucratese.dannyj"], "alias ru.bureaucratese.dannyj is a current rule's id"),
    (["ru.evasion.team-old", "ru.evasion.team-old"], "alias ru.evasion.team-old is already an alias of ru.boilerplate.team-0"),
    (["bg.evasion.team-old"], "`aliases` is a list of former ids, each ru.<category>.<kebab-name>"),
    (["ru.evasoin.team-old"], "`aliases` is a list of former ids"),
], ids=["a current id", "shared by two rules", "another language", "no category"])
def test_the_rule_file_checker_refuses_a_bad_alias(tmp_path, capsys, aliases, said):
    path = tmp_path / "team.yaml"
    path.write_text("".join(TEAM.format(name=i, alias=alias) for i, alias in enumerate(aliases)), encoding="utf-8")
    assert rule_check_main([str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("rule_check: error: ") and said in err and err.count("\n") == 1
