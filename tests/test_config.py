"""Configuration turns rules on and off, changes severities, adds team rules and allows phrases."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from rewriter import Config, ConfigError, Linter, load_config
from rewriter.config import config_from_mapping
from rewriter.rules import RulePackError, load_rules

DRAFT = "Данный заказ готов. Была допущена ошибка."


def _rules(linter: Linter, text: str = DRAFT) -> list[str]:
    return [f.rule for f in linter.lint(text, "ru").findings if "team" in f.rule]


def test_team_rules_are_added_to_the_bundled_pack(team_linter):
    assert _rules(team_linter) == ["ru.bureaucratese.team-dannyj", "ru.evasion.team-passive"]


def test_disable_by_id_and_by_category_and_enable_back(team_rules):
    by_id = Linter(Config(rules=(team_rules,), disable=frozenset({"ru.evasion.team-passive"})))
    assert _rules(by_id) == ["ru.bureaucratese.team-dannyj"]
    by_category = Linter(Config(rules=(team_rules,), disable=frozenset({"bureaucratese"})))
    assert _rules(by_category) == ["ru.evasion.team-passive"]
    enabled = Linter(
        Config(rules=(team_rules,), disable=frozenset({"bureaucratese"}), enable=frozenset({"ru.bureaucratese.team-dannyj"}))
    )
    assert "ru.bureaucratese.team-dannyj" in _rules(enabled)


def test_severity_override_by_rule_and_by_category(team_rules):
    # the team's rules alone: a bundled rule on the same words would take a lowered team finding into it
    team = frozenset({"ru.bureaucratese.team-dannyj", "ru.evasion.team-passive"})
    linter = Linter(Config(rules=(team_rules,), disable=frozenset({"bureaucratese", "evasion"}), enable=team,
                           severity=(("evasion", "warning"), ("ru.bureaucratese.team-dannyj", "info"))))
    levels = {f.rule: f.severity for f in linter.lint(DRAFT, "ru").findings if "team" in f.rule}
    assert levels == {"ru.bureaucratese.team-dannyj": "info", "ru.evasion.team-passive": "warning"}


def test_allowed_phrase_silences_one_rule_only_there(team_rules):
    linter = Linter(Config(rules=(team_rules,), allow=(("ru.bureaucratese.team-dannyj", ("данный заказ",)),)))
    assert "ru.bureaucratese.team-dannyj" not in _rules(linter)
    assert "ru.bureaucratese.team-dannyj" in _rules(linter, "Данная посылка готова.")


def test_required_parts_decide_structure_findings():
    text = "Заказ № 48213 придёт завтра."
    everything = {f.rule for f in Linter(Config()).lint(text, "ru").findings}
    assert "ru.structure.missing-apology" in everything
    only_remedy = {f.rule for f in Linter(Config(required_parts=("remedy",))).lint(text, "ru").findings}
    assert not {r for r in only_remedy if r.startswith("ru.structure.")}


def test_pyproject_tool_table_is_found_from_a_subfolder(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.rewriter]\nfail_on = "warning"\ndisable = ["boilerplate"]\n', encoding="utf-8"
    )
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    config = load_config(start=nested)
    assert config.fail_on == "warning" and "boilerplate" in config.disable


def test_rewriter_toml_wins_over_pyproject_in_the_same_folder(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.rewriter]\nfail_on = "warning"\n', encoding="utf-8")
    (tmp_path / "rewriter.toml").write_text('fail_on = "info"\n', encoding="utf-8")
    assert load_config(start=tmp_path).fail_on == "info"


def test_team_rule_paths_are_relative_to_the_config_file(tmp_path):
    (tmp_path / "rewriter.toml").write_text('rules = ["rules/team.yaml"]\n', encoding="utf-8")
    assert load_config(start=tmp_path).rules == (tmp_path / "rules" / "team.yaml",)


@pytest.mark.parametrize(
    "table, message",
    [
        ({"disabel": ["x"]}, "unknown key"),
        ({"severity": {"ru.x.y": "fatal"}}, "severity must be one of"),
        ({"required_parts": ["greeting"]}, "required_parts"),
        ({"fail_on": "never"}, "fail_on"),
        ({"disable": "boilerplate"}, "list of strings"),
        ({"severity": "error"}, "`severity` must be a table"),  # a level for everything is `fail_on`'s
        ({"allow": ["в связи с"]}, "`allow` must be a table"),
        # one phrase, not a list: its letters would each be allowed
        ({"allow": {"ru.bureaucratese.v-svyazi-s": "в связи с"}}, "allow: `ru.bureaucratese.v-svyazi-s` must be a list of strings"),
        ({"required_parts": "apology"}, "`required_parts` must be a list of strings"),
    ],
)
def test_bad_config_is_explained(table, message):
    with pytest.raises(ConfigError, match=message):
        config_from_mapping(table)


def test_a_rewriter_toml_may_hold_a_pasted_tool_rewriter_table(tmp_path):
    (tmp_path / "rewriter.toml").write_text('[tool.rewriter]\nfail_on = "warning"\n', encoding="utf-8")
    assert load_config(start=tmp_path).fail_on == "warning"


@pytest.mark.parametrize(
    "table, message",
    [
        ({"disable": ["boilerplat"]}, "disable: unknown category 'boilerplat' \\(did you mean 'boilerplate'\\?\\)"),
        ({"severity": {"evasoin": "warning"}}, "severity: unknown category 'evasoin' \\(did you mean 'evasion'\\?\\)"),
        ({"enable": ["en.boilerplate.x"]}, "is not a rule id"),
    ],
)
def test_a_misspelt_category_or_language_is_refused_with_a_suggestion(table, message):
    with pytest.raises(ConfigError, match=message):
        config_from_mapping(table)


@pytest.mark.parametrize("key", ["disable", "enable", "severity", "allow"])
def test_a_rule_id_no_rule_has_is_refused_when_its_pack_loads(key):
    name = "ru.boilerplate.obrashchenie-vazhnoe"
    value = {"severity": {name: "info"}, "allow": {name: ["x"]}}.get(key, [name])
    linter = Linter(config_from_mapping({key: value}))
    expected = f"{key}: unknown rule '{name}' \\(did you mean 'ru.boilerplate.obrashchenie-vazhno'\\?\\)"
    for _ in range(2):  # refused every time, not only on the first text
        with pytest.raises(ConfigError, match=expected):
            linter.lint("Ваше обращение очень важно для нас.", "ru")


def test_a_bulgarian_id_is_checked_only_against_the_bulgarian_pack():
    linter = Linter(config_from_mapping({"disable": ["bg.boilerplate.no-such-rule"]}))
    assert linter.lint("Ваш заказ уже в пути.", "ru").lang == "ru"
    with pytest.raises(ConfigError, match="bg.boilerplate.no-such-rule"):
        linter.lint("Поръчката Ви вече пътува.", "bg")


def test_the_readme_configuration_example_is_a_valid_config(tmp_path):
    """The sample a team copies must load and name only rules that exist."""
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Configuration", 1)[1]
    sample = section.split("```toml\n", 1)[1].split("```", 1)[0]
    (tmp_path / "support-style").mkdir()
    (tmp_path / "support-style" / "team.yaml").write_text("[]\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(sample, encoding="utf-8")
    linter = Linter(load_config(start=tmp_path))
    assert linter.lint("Ваше обращение очень важно для нас.", "ru").lang == "ru"
    assert linter.lint("Благодарим Ви за търпението.", "bg").lang == "bg"


EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture()
def drafts_with_a_config(tmp_path, monkeypatch):
    """Two Russian drafts and a Bulgarian one beside a config the test writes."""
    for name in ("draft-ru.txt", "reply-ru.txt", "draft-bg.txt"):
        (tmp_path / name).write_text((EXAMPLES / name).read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("argv", [
    ["--check", "."], ["--check", "draft-bg.txt"], ["--check", "--format", "json", "."], ["draft-bg.txt"],
    ["--list-rules", "--lang", "bg"],
], ids=["folder", "a Bulgarian draft only", "json", "rewrite", "list-rules"])
def test_the_command_refuses_a_misspelt_rule_id_once_before_judging_any_draft(drafts_with_a_config, capsys, argv):
    """A Russian id misspelt is an error for every command, not a line per Russian draft while the
    Bulgarian ones are judged as if the config were right."""
    from rewriter import cli

    config = drafts_with_a_config / "rewriter.toml"
    config.write_text('disable = ["ru.bureaucratese.soobshaem-chto"]\n', encoding="utf-8")
    assert cli.main(argv) == 2
    out = capsys.readouterr()
    assert out.out == ""
    assert out.err == (f"rewrite: error: {config}: disable: unknown rule 'ru.bureaucratese.soobshaem-chto' "
                       "(did you mean 'ru.bureaucratese.soobshchaem-chto'?)\n")


@pytest.mark.parametrize("argv", [["--check", "."], ["--offline", "draft-bg.txt", "draft-ru.txt"]], ids=["check", "rewrite"])
def test_a_team_rule_file_that_cannot_be_read_is_one_error_for_the_whole_run(drafts_with_a_config, capsys, argv):
    from rewriter import cli

    (drafts_with_a_config / "rewriter.toml").write_text('rules = ["support-style/team.yaml"]\n', encoding="utf-8")
    assert cli.main(argv) == 2
    out = capsys.readouterr()
    errors = [line for line in out.err.splitlines() if line.startswith("rewrite: error:")]
    assert out.out == "" and len(errors) == 1
    assert errors[0].endswith("support-style/team.yaml: cannot read the file (No such file or directory)")


# A team rule whose `good:` is written twice: YAML alone would keep the second list and drop the first unchecked.
_TWICE_GOOD = """\
- id: ru.bureaucratese.team-dannyj
  category: bureaucratese
  severity: warning
  message: "Тест: «данный» вместо «этот»."
  patterns: ["данный{Apro}"]
  bad: ["Данный заказ готов."]
  good: ["Этот заказ готов."]
  good: ["Данный заказ готов."]
"""


def test_a_team_rule_file_with_a_key_twice_is_refused_with_its_line_from_the_api(tmp_path):
    path = tmp_path / "team.yaml"
    path.write_text(_TWICE_GOOD, encoding="utf-8")
    with pytest.raises(RulePackError) as refused:
        Linter(Config(rules=(path,))).pack("ru")
    assert str(refused.value) == f"{path}: not valid YAML (line 8, column 3: duplicate key 'good' (first at line 7))"


def test_a_team_rule_file_with_a_key_twice_is_one_error_for_the_command(drafts_with_a_config, capsys):
    from rewriter import cli

    (drafts_with_a_config / "team.yaml").write_text(_TWICE_GOOD, encoding="utf-8")
    (drafts_with_a_config / "rewriter.toml").write_text('rules = ["team.yaml"]\n', encoding="utf-8")
    assert cli.main(["--check", "."]) == 2
    out = capsys.readouterr()
    assert out.out == ""
    assert out.err.splitlines() == [
        f"rewrite: error: {drafts_with_a_config / 'team.yaml'}: not valid YAML (line 8, column 3: duplicate key 'good' (first at line 7))"
    ]


def test_a_team_rule_file_may_share_keys_through_a_merge_key_and_write_its_own_beside_it(tmp_path):
    """`<<: *anchor` copies a mapping's keys, and a key written beside it wins: no key is written twice."""
    path = tmp_path / "team.yaml"
    path.write_text(textwrap.dedent("""\
        - &shared
          id: ru.bureaucratese.team-vysheukazannyj
          category: bureaucratese
          severity: info
          message: "Тест: канцелярская ссылка назад."
          patterns: ["вышеуказанный"]
          bad: ["Вышеуказанный счёт оплачен."]
          good: ["Этот счёт оплачен."]
        - <<: *shared
          id: ru.bureaucratese.team-nizheukazannyj
          patterns: ["нижеуказанный"]
          bad: ["Нижеуказанный адрес верен."]
          good: ["Адрес ниже верен."]
        """), encoding="utf-8")
    rules = load_rules(path, "ru", has_grammemes=True)
    assert [(r.id, r.severity, r.bad) for r in rules] == [
        ("ru.bureaucratese.team-vysheukazannyj", "info", ("Вышеуказанный счёт оплачен.",)),
        ("ru.bureaucratese.team-nizheukazannyj", "info", ("Нижеуказанный адрес верен.",)),
    ]
