"""Shared fixtures: a small team rule file, so engine tests don't depend on the bundled pack's wording."""
from __future__ import annotations

import io
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from rewriter import Config, Linter, cli
from rewriter.translation import set_ui_language

# The interface speaks the environment's language (LANGUAGE first); the tests read English, and the
# catalog tests ask for their language by name.
os.environ["LANGUAGE"] = "en"

TEAM_RULES = textwrap.dedent(
    """\
    - id: ru.bureaucratese.team-dannyj
      category: bureaucratese
      severity: warning
      message: "Тест: «данный» вместо «этот»."
      patterns: ["данный{Apro}"]
      suggestion: "этот"
      bad: ["Данный заказ готов."]
      good: ["Этот заказ готов."]
    - id: ru.evasion.team-passive
      category: evasion
      severity: error
      message: "Тест: безличный пассив о сбое."
      patterns: ["быть? допустить{PRTS,pssv} ошибка"]
      unless: ["мы|нами"]
      bad: ["Была допущена ошибка."]
      good: ["Мы ошиблись."]
    - id: ru.boilerplate.team-regex
      category: boilerplate
      severity: info
      message: "Тест: шаблон по регулярному выражению."
      regex: ['с уважением,\\s+(служба поддержки)']
      bad: ["С уважением, служба поддержки"]
      good: ["Хорошего дня!"]
    - id: ru.boilerplate.team-eshche-raz
      category: boilerplate
      severity: info
      message: "Тест: точная форма с «ё»."
      patterns: ["=ещё =раз"]
      bad: ["Ещё раз спасибо."]
      good: ["Спасибо."]
    - id: bg.bureaucratese.team-vaprosen
      category: bureaucratese
      severity: warning
      message: "Тест: «въпросната»."
      patterns: ["въпросен"]
      bad: ["Въпросната поръчка е готова."]
      good: ["Поръчката е готова."]
    """
)


@pytest.fixture(scope="session")
def team_rules(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("team") / "team.yaml"
    path.write_text(TEAM_RULES, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def team_linter(team_rules) -> Linter:
    return Linter(Config(rules=(team_rules,), required_parts=()))


@pytest.fixture(scope="session")
def python() -> str:
    """The interpreter for tests that run the commands in a subprocess (marked slow for that)."""
    return sys.executable


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that asks for `python` starts processes: `pytest -m 'not slow'` leaves it out. Such tests run
    first, so that xdist shares them out while every worker has work, and no worker is left starting a
    browser or building a wheel at the end while the other has finished."""
    for item in items:
        if "python" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.slow)
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture(scope="session")
def compiled_packs(tmp_path_factory) -> Path:
    """One folder of compiled rule packs for the whole run, shared by the xdist workers: a pack is stored under
    the hash of everything it is made from, so sharing it changes no result, and each command a test starts
    loads the packs instead of compiling ~1,000 patterns again."""
    base = tmp_path_factory.getbasetemp()
    folder = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "compiled-packs"
    folder.mkdir(exist_ok=True)
    return folder


@pytest.fixture(autouse=True)
def no_model_unless_a_test_sets_one(monkeypatch, tmp_path_factory, compiled_packs):
    """A developer's own model settings never leak into a test, and each test has its own cache (replies,
    holds); only the compiled packs in it are the run's. A test that runs the command in process with
    `--ui-lang` leaves the interface in English again for the next one."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "REWRITER_MODEL"):
        monkeypatch.delenv(name, raising=False)
    cache = tmp_path_factory.mktemp("cache")
    (cache / "packs").symlink_to(compiled_packs, target_is_directory=True)
    monkeypatch.setenv("REWRITER_CACHE_DIR", str(cache))
    yield
    set_ui_language("en")


@pytest.fixture()
def run(monkeypatch, capsysbinary):
    """`rewrite ARGS` in process, in the folder `cwd` and with `stdin` as its input: exit code and output as the
    process would give them (`run_process` in test_cli.py starts the command as a process)."""
    def run_in_process(*args: str, stdin: bytes | None = None, cwd=None) -> subprocess.CompletedProcess[bytes]:
        if cwd is not None:
            monkeypatch.chdir(cwd)
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin or b"")))
        try:
            code = cli.main(list(args))
        except SystemExit as exit_:  # argparse refusing the arguments
            code = exit_.code if isinstance(exit_.code, int) else 2
        out, err = capsysbinary.readouterr()
        return subprocess.CompletedProcess(["rewrite", *args], code, out, err)
    return run_in_process
