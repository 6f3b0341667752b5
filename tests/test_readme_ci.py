"""The README's CI and pre-commit sections work as written: the hook it names exists and takes the files
`rewrite --check` reads by default, its `rev` is this version's tag, and the workflow's commands run."""
from __future__ import annotations

import json
import re
import shlex
import sys

import pytest
import yaml

from readme_samples import README, ROOT
from rewriter import __version__, cli
from rewriter.draft_files import DEFAULT_INCLUDE

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

SECTION = README.read_text(encoding="utf-8").split("## In CI and pre-commit", 1)[1].split("\n## ", 1)[0]
HOOKS = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))


def _yaml_block(first_line: str) -> dict:
    (block,) = [b for b in re.findall(r"^```yaml\n(.*?)^```$", SECTION, flags=re.MULTILINE | re.DOTALL)
                if b.startswith(first_line)]
    return yaml.safe_load(block)


def test_the_hook_runs_the_check_on_the_files_rewrite_reads_by_default():
    (hook,) = HOOKS
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert hook["entry"] == "rewrite --check" and "rewrite" in scripts and hook["language"] == "python"
    takes = re.compile(hook["files"])
    assert all(takes.search("templates/reply" + glob.removeprefix("*")) for glob in DEFAULT_INCLUDE)
    assert not any(takes.search(name) for name in ("notes.md", "reply.txt.orig", "script.py"))


def test_the_readme_pre_commit_config_names_the_hook_at_this_versions_tag_and_only_drafts():
    (repo,) = _yaml_block("# .pre-commit-config.yaml")["repos"]
    (hook,) = repo["hooks"]
    assert hook["id"] == HOOKS[0]["id"]
    # a `files:` here replaces the hook's own pattern: an image under templates/ must not reach the check
    takes = re.compile(hook["files"])
    assert takes.search("templates/refund.txt") and takes.search("templates/mail/refund.eml")
    assert not any(takes.search(name) for name in ("templates/logo.png", "templates/README", "docs/refund.txt"))
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert repo["rev"] == f"v{version}" == f"v{__version__}"


@pytest.fixture()
def team_repository(tmp_path, monkeypatch):
    """A team's repository as the workflow checks it out: templates, one in neither language."""
    templates = tmp_path / "templates"
    (templates / "bg").mkdir(parents=True)
    (templates / "refund.txt").write_text((ROOT / "examples" / "draft-ru.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (templates / "bg" / "refund.txt").write_text((ROOT / "examples" / "draft-bg.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (templates / "english.txt").write_text("Hello, your refund is on its way and will arrive on Friday.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _workflow_commands() -> list[list[str]]:
    steps = _yaml_block("# .github/workflows/replies.yml")["jobs"]["replies"]["steps"]
    runs = [shlex.split(step["run"].partition(">")[0]) for step in steps if step.get("run", "").startswith("rewrite ")]
    assert [argv[:4] for argv in runs] == [["rewrite", "--check", "--format", "github"], ["rewrite", "--check", "--format", "sarif"]]
    return runs


def test_the_workflows_annotations_step_fails_the_job_on_errors_and_notes_the_skipped_file(team_repository, capsys):
    github, _ = _workflow_commands()
    assert cli.main(github[1:]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("::error file=templates/refund.txt,line=3,") for line in lines)
    assert any(line.startswith("::error file=templates/bg/refund.txt,line=3,") for line in lines)
    assert "::notice file=templates/english.txt::skipped: " in "\n".join(lines)
    assert all(line.startswith("::") for line in lines)


def test_the_workflows_sarif_step_writes_a_log_code_scanning_takes(team_repository, capsys):
    _, sarif = _workflow_commands()
    assert cli.main(sarif[1:]) == 1
    log = json.loads(capsys.readouterr().out)
    (run,) = log["runs"]
    assert log["version"] == "2.1.0" and run["invocations"][0]["executionSuccessful"] is True
    places = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]}
    assert places == {"templates/refund.txt", "templates/bg/refund.txt"}
