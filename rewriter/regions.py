"""Find the agent's own words: quoted history and the signature are masked out.

Masking replaces those characters with spaces (line breaks kept), so offsets into the
masked text are offsets into the original and later stages need no remapping.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from .rules import YAML_LOADER


@dataclass(frozen=True)
class QuotingConventions:
    attribution: tuple[re.Pattern[str], ...]
    signature: re.Pattern[str]
    quote_mark: str


@lru_cache(maxsize=1)
def quoting_conventions() -> QuotingConventions:
    data = yaml.load((resources.files("rewriter.lint_rules") / "quoting.yaml").read_text(encoding="utf-8"), Loader=YAML_LOADER)
    return QuotingConventions(
        tuple(re.compile(p, re.IGNORECASE) for p in data["attribution"]),
        re.compile(data["signature"]),
        data["quote_mark"],
    )


def foreign_lines(lines: list[str], conventions: QuotingConventions) -> list[bool]:
    """For each line (without its line break): True if it is quoted history or signature."""
    foreign = [line.lstrip().startswith(conventions.quote_mark) for line in lines]
    for i, line in enumerate(lines):
        if conventions.signature.match(line):
            foreign[i:] = [True] * (len(lines) - i)
            break
        if not foreign[i] and any(p.match(line.strip()) for p in conventions.attribution):
            following = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
            foreign[i] = following is None or foreign[following]
    return foreign


def mask_foreign(text: str) -> str:
    """The text with quoted history and signature blanked out, same length."""
    conventions = quoting_conventions()
    if conventions.quote_mark not in text and "--" not in text and not text.rstrip().endswith(":"):
        return text  # no quote, no signature line, no attribution line closing the text
    lines = text.splitlines(keepends=True)
    bare = [line.rstrip("\r\n") for line in lines]
    flags = foreign_lines(bare, conventions)
    return "".join(
        re.sub(r"[^\r\n]", " ", line) if flag else line for line, flag in zip(lines, flags)
    )


def split_agent_text(text: str) -> tuple[str, str]:
    """The text up to the first line of quoted history or signature, and the rest, which is not the
    agent's to rewrite (an answer written between quotes stays there too)."""
    lines = text.splitlines(keepends=True)
    flags = foreign_lines([line.rstrip("\r\n") for line in lines], quoting_conventions())
    first = next((i for i, flag in enumerate(flags) if flag), len(lines))
    cut = sum(len(line) for line in lines[:first])
    return text[:cut], text[cut:]
