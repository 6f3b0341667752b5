"""The README's samples, made again from what the code does now, so they cannot drift.

A sample is one of:
- a code block of `$ rewrite …` lines, each followed by what it prints on stdout (a finding's
  `path:line:col:` line past 110 characters cut with «…», as the README says);
- a code block under a caption that names an example file («(`examples/draft-ru.txt`):»): the file;
- «(`rewrite …`; stderr: `…`)» in the text: the command's last line on stderr.

tests/test_readme.py fails when the README differs from what `regenerate` makes of it;
`python tests/readme_samples.py` writes the regenerated README in place.
"""
from __future__ import annotations

import contextlib
import io
import os
import re
import shlex
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
WIDTH = 110
_FILE_CAPTION = re.compile(r"\(`(examples/[\w./-]+)`\)[^`]*:$")
_FINDING_LINE = re.compile(r"\S+:\d+:\d+: ")
_STDERR_NOTE = re.compile(r"\(`(rewrite [^`]+)`; stderr: `([^`]+)`\)")
# what the samples must not depend on: a model endpoint, a key, the reader's locale
_UNSET = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "REWRITER_MODEL", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def cut(line: str) -> str:
    """A finding's line as the README shows it: at most WIDTH characters."""
    if len(line) <= WIDTH or not _FINDING_LINE.match(line):
        return line
    return line[: WIDTH - 1] + "…"


@contextlib.contextmanager
def _as_a_reader_runs_it() -> Iterator[None]:
    """The project folder as the current one, English, no model configured."""
    saved_env, saved_dir = dict(os.environ), os.getcwd()
    for name in _UNSET:
        os.environ.pop(name, None)
    os.chdir(ROOT)
    try:
        yield
    finally:
        os.chdir(saved_dir)
        os.environ.clear()
        os.environ.update(saved_env)


def run_rewrite(command: str) -> tuple[str, str]:
    """(stdout, stderr) of a `rewrite …` command line, run in this process from the project folder."""
    from rewriter import cli

    argv = shlex.split(command)
    if argv[0] != "rewrite":
        raise ValueError(f"a README sample runs `rewrite`, not {argv[0]!r}: {command}")
    out, err = io.StringIO(), io.StringIO()
    with _as_a_reader_runs_it(), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        cli.main(argv[1:])
    return out.getvalue(), err.getvalue()


def regenerate(readme: str) -> str:
    """The README with every sample made again from the code and the example files."""
    lines = readme.split("\n")
    made: list[str] = []
    at = 0
    while at < len(lines):
        line = lines[at]
        if not line.startswith("```"):
            made.append(_STDERR_NOTE.sub(_stderr_note, line))
            at += 1
            continue
        end = next(j for j in range(at + 1, len(lines)) if lines[j].startswith("```"))
        caption = next((m for m in reversed(made) if m.strip()), "")
        made += [line, *_block(lines[at + 1:end], caption), lines[end]]
        at = end + 1
    return "\n".join(made)


def _block(body: list[str], caption: str) -> list[str]:
    if body and body[0].startswith("$ "):
        commands = [line for line in body if line.startswith("$ ")]
        return [part for command in commands for part in (command, *_stdout_lines(command[2:]))]
    named = _FILE_CAPTION.search(caption.strip())
    if named:
        return (ROOT / named[1]).read_text(encoding="utf-8").rstrip("\n").split("\n")
    return body


def _stdout_lines(command: str) -> list[str]:
    return [cut(line) for line in run_rewrite(command)[0].rstrip("\n").split("\n")]


def _stderr_note(found: re.Match[str]) -> str:
    last = run_rewrite(found[1])[1].rstrip("\n").split("\n")[-1]
    return f"(`{found[1]}`; stderr: `{last}`)"


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    README.write_text(regenerate(README.read_text(encoding="utf-8")), encoding="utf-8")
