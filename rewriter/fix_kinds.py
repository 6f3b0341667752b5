"""The registry of fix kinds: one small class per kind, with its own keys, validation and `plan()`.

A rule's `fix` mapping names its kind by a key (`replace`, `active`, `drop`…); the loader finds the
class registered for that key and lets it read the rest. A new kind is one class, registered with
`@fix_kind`, in the module of its stage (word fixes, clause fixes), and its tests.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from .edits import Context, Edit
from .errors import RewriterError
from .matching import Sentence

CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})


class FixError(RewriterError):
    """A `fix` entry that cannot be used; the message says which key."""


@dataclass(frozen=True)
class Target:
    """What a fix works on: the words `first`..`last` of `sentence`, and the view span `start`..`end`
    of the match (with any absorbed text after it)."""

    sentence: Sentence
    first: int
    last: int
    start: int
    end: int


class FixKind:
    """One kind of fix. `key` names it in a rule; `keys` are all the keys it reads (its own first);
    `grammemes` says whether it needs a language with grammemes (Russian)."""

    key: ClassVar[str]
    keys: ClassVar[frozenset[str]]
    grammemes: ClassVar[bool] = False

    @classmethod
    def parse(cls, data: Mapping[str, Any], has_grammemes: bool) -> FixKind:
        """The kind's fields from the rule's `fix` mapping; a FixError says what is wrong."""
        raise NotImplementedError

    def plan(self, target: Target, rule_id: str, context: Context) -> list[Edit] | str:
        """The edits that make this fix at `target`, or the reason it cannot be made there."""
        raise NotImplementedError

    def new_subject(self) -> str | None:
        """The subject this kind writes in front of a clause it makes active («мы»), if it writes one."""
        return None


@dataclass(frozen=True)
class Switch(FixKind):
    """A kind with no fields: its key takes one value (`definite: true`, `drop: sentence`)."""

    value: ClassVar[object] = True

    @classmethod
    def parse(cls, data: Mapping[str, Any], has_grammemes: bool) -> FixKind:
        if data[cls.key] != cls.value or type(data[cls.key]) is not type(cls.value):
            shown = "true" if cls.value is True else cls.value
            raise FixError(f"{cls.key}: {shown} is the only kind of {cls.key}")
        return cls()


KINDS: dict[str, type[FixKind]] = {}


def fix_kind(key: str, *options: str, grammemes: bool = False) -> Callable[[type[FixKind]], type[FixKind]]:
    """Register a fix kind under `key`; `options` are the other keys it reads."""

    def register(cls: type[FixKind]) -> type[FixKind]:
        if key in KINDS:
            raise ValueError(f"fix kind {key} is registered twice")
        cls.key, cls.keys, cls.grammemes = key, frozenset({key, *options}), grammemes
        KINDS[key] = cls
        return cls

    return register


def kind_of(data: Mapping[str, Any], shared: frozenset[str], has_grammemes: bool) -> type[FixKind]:
    """The one kind a `fix` mapping names: a key that is another named kind's option («verb» beside «active») is that kind's."""
    named = [KINDS[k] for k in data if k in KINDS]
    named = [k for k in named if not any(k.key in other.keys and other is not k for other in named)]
    if len(named) != 1:
        raise FixError(f"`fix` needs exactly one of {', '.join(sorted(KINDS))}")
    kind = named[0]
    unknown = set(data) - kind.keys - shared
    if unknown:
        raise FixError(f"`fix` with {kind.key} takes keys among {', '.join(sorted(kind.keys | shared))}, not {', '.join(sorted(unknown))}")
    if kind.grammemes and not has_grammemes:
        raise FixError(f"{kind.key} needs a language with grammemes")
    return kind


def case_option(data: Mapping[str, Any], key: str, has_grammemes: bool) -> str | None:
    """A key whose value is a case («govern: gent»), which only a language with grammemes has."""
    value = data.get(key)
    if value is not None and not has_grammemes:
        raise FixError(f"{key} needs a language with grammemes")
    if value not in (None, *CASES):
        raise FixError(f"{key} must be a case: {', '.join(sorted(CASES))}")
    return value
