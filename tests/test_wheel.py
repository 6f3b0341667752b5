"""The rule packs and prompts ship inside the wheel: an installed copy lints with no checkout."""
from __future__ import annotations

import json
import shutil
import site
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from rewriter.prompting import prompts_for

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow  # builds a wheel and a venv


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh venv holding only the built wheel; the dependencies come from this environment."""
    work = tmp_path_factory.mktemp("wheel")
    source = _copy_of_the_checkout(work / "source")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(work / "dist"), str(source)],
        capture_output=True, text=True, timeout=300,
    )
    assert built.returncode == 0, built.stderr  # pip's own words when the build fails
    (wheel,) = (work / "dist").glob("rewriter-*.whl")
    env_dir = work / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    purelib = _purelib(python)
    (purelib / "dependencies.pth").write_text("\n".join([sysconfig.get_path("purelib"), *site.getsitepackages()]) + "\n")
    put = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", "--quiet", str(wheel)],
        capture_output=True, text=True, timeout=300,
    )
    assert put.returncode == 0, put.stderr
    return env_dir


@pytest.fixture(scope="module")
def wheel_cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("wheel-cache")


@pytest.fixture(autouse=True)
def own_cache(monkeypatch, wheel_cache):
    """The installed copy compiles its packs from the files the wheel carries, not the run's shared packs: once,
    for all the tests of the wheel a worker built."""
    monkeypatch.setenv("REWRITER_CACHE_DIR", str(wheel_cache))


def test_installed_wheel_lints_from_its_own_rule_packs(installed, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("Доводим до вашего сведения, что данный заказ был отправлен.\n", encoding="utf-8")
    where = subprocess.run(
        [str(installed / "bin" / "python"), "-c", "import rewriter, rewriter.lint_rules as r; print(rewriter.__file__); print(r.__file__)"],
        capture_output=True, text=True, cwd=tmp_path, check=True,
    ).stdout.split()
    assert all(str(installed) in path for path in where), where
    result = subprocess.run(
        [str(installed / "bin" / "rewrite"), "--check", "--format", "json", str(draft)],
        capture_output=True, text=True, cwd=tmp_path, timeout=120,
    )
    assert result.returncode in (0, 1), result.stderr
    findings = json.loads(result.stdout)["files"][0]["findings"]
    assert any(f["category"] == "bureaucratese" for f in findings)


def test_installed_checks_json_follows_the_schema_the_wheel_carries(installed, tmp_path):
    import jsonschema

    (tmp_path / "draft.txt").write_text("Доводим до вашего сведения, что данный заказ был отправлен.\n", encoding="utf-8")
    python = str(installed / "bin" / "python")
    schema = subprocess.run([python, "-c", "from importlib import resources; "
                             "print(resources.files('rewriter').joinpath('schemas/check-v1.json').read_text('utf-8'))"],
                            capture_output=True, text=True, cwd=tmp_path, check=True).stdout
    result = subprocess.run([str(installed / "bin" / "rewrite"), "--check", "--format", "json", "."],
                            capture_output=True, text=True, cwd=tmp_path, timeout=120)
    jsonschema.validate(json.loads(result.stdout), json.loads(schema), cls=jsonschema.Draft202012Validator)
    assert json.loads(result.stdout)["files"][0]["path"] == "./draft.txt"


def test_wheel_carries_every_rule_file_prompt_and_catalog(installed):
    purelib = _purelib(installed / "bin" / "python")
    package = purelib / "rewriter"
    shipped = {p.relative_to(package).as_posix() for p in package.rglob("*") if p.suffix in {".yaml", ".md", ".po"}}
    expected = {("lint_rules/" + p.relative_to(ROOT / "lint_rules").as_posix()) for p in (ROOT / "lint_rules").rglob("*.yaml")}
    expected |= {("prompts/" + p.relative_to(ROOT / "prompts").as_posix()) for p in (ROOT / "prompts").rglob("*.*ml")}
    expected |= {("prompts/" + p.relative_to(ROOT / "prompts").as_posix()) for p in (ROOT / "prompts").rglob("*.md")}
    expected |= {("catalogs/" + p.name) for p in (ROOT / "catalogs").glob("*.po")}
    assert any(path.startswith("prompts/ru/") for path in expected) and expected <= shipped


def test_installed_wheel_renders_its_own_prompts(installed, tmp_path):
    code = "from rewriter.prompting import prompts_for; print(*(prompts_for(lang).version for lang in ('ru', 'bg')))"
    done = subprocess.run([str(installed / "bin" / "python"), "-c", code], capture_output=True, text=True, cwd=tmp_path, check=True)
    assert done.stdout.split() == [prompts_for(lang).version for lang in ("ru", "bg")]


def test_installed_wheel_has_the_presend_gate(installed):
    result = subprocess.run([str(installed / "bin" / "rewrite-presend"), "--help"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and "--hold-dir" in result.stdout


def test_installed_wheel_serves_its_own_web_page(installed, tmp_path):
    code = (
        "from starlette.testclient import TestClient; from rewriter.http_app import create_app\n"
        "with TestClient(create_app()) as c:\n"
        "    print(c.get('/').status_code, c.get('/static/app.js').status_code, c.get('/static/strings.json').json()['bg']['check'])"
    )
    done = subprocess.run([str(installed / "bin" / "python"), "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert done.stdout.split() == ["200", "200", "Провери"], done.stderr


def _copy_of_the_checkout(to: Path) -> Path:
    """What a build reads, copied: pip builds in the source tree (its build/ folder), and each xdist worker that
    runs a test of this module builds a wheel of its own at the same time."""
    left_out = {".git", ".venv", ".ci-venv", ".pytest_cache", ".hypothesis", "build", "tests", "benchmarks"}
    shutil.copytree(ROOT, to, ignore=lambda folder, names: [
        n for n in names if (Path(folder) == ROOT and n in left_out) or n == "__pycache__" or n.endswith(".egg-info")
    ])
    return to


def _purelib(python: Path) -> Path:
    """Where `python`'s environment installs pure-Python packages."""
    return Path(subprocess.check_output([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], text=True).strip())


def test_installed_wheel_is_typed_and_tells_its_version(installed):
    """`py.typed` ships, so mypy reads the API's types; `--version` is the project's own version."""
    assert (_purelib(installed / "bin" / "python") / "rewriter" / "py.typed").is_file()
    version = subprocess.run([str(installed / "bin" / "rewrite"), "--version"], capture_output=True, text=True, timeout=120)
    project = next(line for line in (ROOT / "pyproject.toml").read_text(encoding="utf-8").splitlines() if line.startswith("version"))
    assert version.stdout.split() == ["rewrite", project.split('"')[1]]


@pytest.mark.parametrize("where", ["a team folder", "the project's checkout"])
def test_installed_rule_check_checks_a_team_file_from_any_folder(installed, tmp_path, where):
    team = tmp_path / "team.yaml"
    team.write_text(
        '- id: ru.boilerplate.team-ostavaytes-na-svyazi\n  category: boilerplate\n  severity: warning\n'
        '  message: "«Оставайтесь на связи» ничего не обещает."\n  patterns: ["оставаться =на =связи"]\n'
        '  bad: ["Будем рады помочь."]\n  good: ["Я напишу вам завтра до 12:00."]\n', encoding="utf-8")
    folder = tmp_path if where == "a team folder" else ROOT
    done = subprocess.run([str(installed / "bin" / "python"), "-m", "rewriter.rule_check", str(team)],
                          capture_output=True, text=True, cwd=folder, timeout=300)
    assert done.returncode == 1, done.stderr
    assert done.stdout == "ru.boilerplate.team-ostavaytes-na-svyazi: bad example not caught: 'Будем рады помочь.'\n"
    assert done.stderr == "checked 1 rule: 1 problem\n"
