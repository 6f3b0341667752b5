"""The README's samples are what the code does: its commands print what it shows, its Python runs.

When one fails, `python tests/readme_samples.py` rewrites the README's samples from the code; read
the diff before committing it.
"""
from __future__ import annotations

import ast
import asyncio
import difflib
import inspect
import re
import sys

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from readme_samples import README, ROOT, regenerate
from rewriter import Linter
from rewriter.rules import CATEGORIES

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

TEXT = README.read_text(encoding="utf-8")


def _blocks(lang: str) -> list[tuple[int, str]]:
    """(line number, body) of every fenced block in this language."""
    found = re.finditer(rf"^```{lang}\n(.*?)^```$", TEXT, flags=re.MULTILINE | re.DOTALL)
    return [(TEXT.count("\n", 0, m.start()) + 2, m[1]) for m in found]


def test_readme_commands_print_what_the_readme_shows():
    regenerated = regenerate(TEXT)
    drift = list(difflib.unified_diff(TEXT.splitlines(), regenerated.splitlines(), "README.md", "from the code", lineterm=""))
    assert not drift, "the README's samples drifted (python tests/readme_samples.py rewrites them):\n" + "\n".join(drift)


def test_readme_shows_commands_with_their_output_and_the_api_in_use():
    shown = re.findall(r"^\$ (rewrite .+)$", TEXT, flags=re.MULTILINE)
    assert {"rewrite --check examples/draft-ru.txt", "rewrite --explain ru.evasion.dopushchena-oshibka"} <= set(shown)
    assert any("from rewriter import lint, Linter" in source for _, source in _blocks("python"))


def _with_checked_values(source: str, first_line: int) -> ast.Module:
    """The sample with each `expression  # literal` line turned into a check that the expression gives that value."""
    tree = ast.parse(source)
    lines = source.splitlines()
    for number, node in enumerate(tree.body):
        comment = lines[node.end_lineno - 1].partition("  # ")[2] if isinstance(node, ast.Expr) else ""
        try:
            expected = ast.literal_eval(comment)
        except (ValueError, SyntaxError):
            continue
        where = f"README.md:{first_line + node.lineno - 1}"
        check = ast.parse(f"__check(None, {expected!r}, {where!r})").body[0]
        check.value.args[0] = node.value
        tree.body[number] = ast.fix_missing_locations(ast.copy_location(check, node))
    return tree


def _check(got: object, expected: object, where: str) -> None:
    assert got == expected, f"{where}: the README says {expected!r}, the code gives {got!r}"


@pytest.mark.parametrize(("line", "source"), _blocks("python"), ids=[f"README.md:{n}" for n, _ in _blocks("python")])
def test_python_samples_run_and_give_the_values_they_show(line, source, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("REWRITER_CACHE_DIR", str(tmp_path))
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    # the names the sample leaves to the reader: drafts, a chat model, a message
    model = FakeListChatModel(responses=["Здравствуйте! Ваш заказ задерживается, простите нас."] * 8)
    names = {
        "__check": _check,
        "text": (ROOT / "examples" / "draft-bg.txt").read_text(encoding="utf-8"),
        "draft": (ROOT / "examples" / "draft-ru.txt").read_text(encoding="utf-8"),
        "drafts": [(ROOT / "examples" / f"draft-{lang}.txt").read_text(encoding="utf-8") for lang in ("ru", "bg")],
        "model": model, "any_langchain_chat_model": model,
        "eml_bytes": (ROOT / "tests" / "corpus" / "mail" / "ru-gmail-alternative-utf8-qp.eml").read_bytes(),
        "message": (ROOT / "tests" / "corpus" / "mail" / "bg-outlook-cp1251-qp.eml").read_bytes(),
    }
    for statement in _with_checked_values(source, line).body:  # a line with `await` runs in an event loop of its own
        code = compile(ast.Module([statement], []), "README.md", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        running = eval(code, names)  # the README's own sample
        if inspect.iscoroutine(running):
            asyncio.run(running)


def test_configuration_sample_names_real_rules_and_categories():
    (_, sample), = [(n, s) for n, s in _blocks("toml") if s.startswith("[tool.rewriter]\n")]
    table = tomllib.loads(sample)["tool"]["rewriter"]
    named = [*table["disable"], *table["enable"], *table["severity"], *table["allow"]]
    linter = Linter()
    unknown = [name for name in named if name not in CATEGORIES and linter.rule(name) is None]
    assert named and not unknown, unknown
