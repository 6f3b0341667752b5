"""Configuration: `[tool.rewriter]` in pyproject.toml, or rewriter.toml, found upward.

Replies have no comment syntax, so turning a rule off for a phrase lives here too (`allow`).
"""
from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

from .draft_files import DEFAULT_INCLUDE
from .errors import DEFAULT_MAX_BYTES, RewriterError, unknown_name
from .rules import CATEGORIES, LANGUAGES, PARTS, SEVERITIES, Rule, rule_named

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

_KEYS = {"disable", "enable", "severity", "required_parts", "rules", "allow", "fail_on", "model", "max_bytes", "include", "exclude"}
_MODEL_KEYS = {"name", "base_url", "timeout", "deadline", "reasks", "cache"}


class ConfigError(RewriterError):
    """A configuration file that cannot be used; the message says which key and why."""


@dataclass(frozen=True)
class ModelSettings:
    """The chat model for `rewrite`: `[tool.rewriter.model]`; OPENAI_BASE_URL and REWRITER_MODEL override
    `base_url` and `name`, and the key comes only from OPENAI_API_KEY."""

    name: str | None = None
    base_url: str | None = None
    timeout: float = 30.0      # seconds for one request
    deadline: float = 60.0     # seconds for all attempts at one request, retries included
    reasks: int = 1            # follow-up turns after a reply the guards reject
    cache: bool = True         # serve identical requests from the local reply cache


def model_configured(settings: ModelSettings) -> bool:
    """Whether a model is set up (a key or a base URL), decided without importing the model stack."""
    return bool(os.environ.get("OPENAI_API_KEY") or os.environ.get("OPENAI_BASE_URL") or settings.base_url)


@dataclass(frozen=True)
class Config:
    disable: frozenset[str] = frozenset()
    enable: frozenset[str] = frozenset()
    severity: tuple[tuple[str, str], ...] = ()
    required_parts: tuple[str, ...] = PARTS
    rules: tuple[Path, ...] = ()
    allow: tuple[tuple[str, tuple[str, ...]], ...] = ()
    fail_on: str = "error"
    model: ModelSettings = ModelSettings()
    max_bytes: int = DEFAULT_MAX_BYTES  # a longer text is refused with TextTooLong
    include: tuple[str, ...] = DEFAULT_INCLUDE  # globs of the drafts `rewrite --check FOLDER` reads
    exclude: tuple[str, ...] = ()  # globs of files and folders it leaves out
    source: Path | None = field(default=None, compare=False)

    def is_enabled(self, rule_id: str, category: str) -> bool:
        if rule_id in self.enable:
            return True
        return rule_id not in self.disable and category not in self.disable

    def severity_of(self, rule_id: str, category: str, default: str) -> str:
        levels = self._severity_levels
        return levels.get(rule_id, levels.get(category, default)) if levels else default

    @cached_property
    def _severity_levels(self) -> dict[str, str]:
        return dict(self.severity)

    def allowed_phrases(self, rule_id: str) -> tuple[str, ...]:
        return self._allowed.get(rule_id, ()) if self.allow else ()

    @cached_property
    def _allowed(self) -> dict[str, tuple[str, ...]]:
        return dict(self.allow)

    def with_current_ids(self, lang: str, rules: Sequence[Rule]) -> tuple[Config, dict[str, str]]:
        """This config with every former rule id of `lang` it names put as the rule's current id, and those
        renames (former → current); raise ConfigError naming every id of `lang` that no rule has or had."""
        named = {name: rule_named(rules, name) for _, name in self._names() if name.startswith(f"{lang}.")}
        unknown = [(key, name) for key, name in self._names() if name in named and named[name] is None]
        if unknown:
            where = f"{self.source}: " if self.source else ""
            known = [rule.id for rule in rules]
            raise ConfigError(where + "; ".join(unknown_name(key, name, "rule", known) for key, name in unknown))
        renames = {name: rule.id for name, rule in named.items() if rule is not None and rule.id != name}
        if not renames:
            return self, {}

        def current(name: str) -> str:
            return renames.get(name, name)

        allowed: dict[str, tuple[str, ...]] = {}
        for name, phrases in self.allow:
            allowed[current(name)] = allowed.get(current(name), ()) + phrases
        return replace(
            self,
            disable=frozenset(map(current, self.disable)),
            enable=frozenset(map(current, self.enable)),
            severity=tuple(sorted(dict((current(name), level) for name, level in self.severity).items())),
            allow=tuple(sorted(allowed.items())),
        ), renames

    def named_languages(self) -> tuple[str, ...]:
        """The languages whose rule ids this config names, so a command can check them before any draft."""
        return tuple(lang for lang in LANGUAGES if any(name.startswith(f"{lang}.") for _, name in self._names()))

    def _names(self) -> list[tuple[str, str]]:
        """(key, name) for every category or rule id the config names."""
        return [
            *(("disable", n) for n in sorted(self.disable)),
            *(("enable", n) for n in sorted(self.enable)),
            *(("severity", n) for n, _ in self.severity),
            *(("allow", n) for n, _ in self.allow),
        ]


def find_config_file(start: Path) -> Path | None:
    """The nearest rewriter.toml, or pyproject.toml with a [tool.rewriter] table, upward from `start`."""
    for folder in [start, *start.parents]:
        own = folder / "rewriter.toml"
        if own.is_file():
            return own
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "rewriter" in _read_toml(pyproject).get("tool", {}):
            return pyproject
    return None


def load_config(path: Path | None = None, start: Path | None = None) -> Config:
    """Read `path`, or the file found from `start` (default: the current folder); defaults if none."""
    path = path or find_config_file((start or Path.cwd()).resolve())
    if path is None:
        return Config()
    data = _read_toml(path)
    # rewriter.toml may hold the bare table or, pasted from a pyproject.toml, a [tool.rewriter] one
    nested = path.name == "pyproject.toml" or set(data) == {"tool"}
    table = data.get("tool", {}).get("rewriter", {}) if nested else data
    return config_from_mapping(table, path)


def config_from_mapping(table: Mapping[str, Any], source: Path | None = None) -> Config:
    """Build a Config from a mapping with the same keys as the TOML table."""
    where = f"{source}: " if source else ""
    unknown = set(table) - _KEYS
    if unknown:
        named = "; ".join(unknown_name("config", key, "key", _KEYS) for key in sorted(unknown))
        raise ConfigError(f"{where}{named}; known: {', '.join(sorted(_KEYS))}")
    severity = _table(table, "severity", where)
    allow = _table(table, "allow", where)
    bad_levels = {k: v for k, v in severity.items() if v not in SEVERITIES}
    if bad_levels:
        raise ConfigError(f"{where}severity must be one of {', '.join(SEVERITIES)}: {bad_levels}")
    parts = tuple(_strings(table, "required_parts", where, PARTS))
    if set(parts) - set(PARTS):
        raise ConfigError(f"{where}required_parts may hold only {', '.join(PARTS)}")
    fail_on = table.get("fail_on", "error")
    if fail_on not in SEVERITIES:
        raise ConfigError(f"{where}fail_on must be one of {', '.join(SEVERITIES)}")
    max_bytes = table.get("max_bytes", DEFAULT_MAX_BYTES)
    if not isinstance(max_bytes, int) or isinstance(max_bytes, bool) or max_bytes < 1:
        raise ConfigError(f"{where}max_bytes must be a whole number above 0")
    base = source.parent if source else Path.cwd()
    config = Config(
        disable=frozenset(_strings(table, "disable", where)),
        enable=frozenset(_strings(table, "enable", where)),
        severity=tuple(sorted(severity.items())),
        required_parts=parts,
        rules=tuple(base / p for p in _strings(table, "rules", where)),
        allow=tuple(sorted((rule, tuple(_strings(allow, rule, f"{where}allow: "))) for rule in allow)),
        fail_on=fail_on,
        model=_model_settings(table.get("model", {}), where),
        max_bytes=max_bytes,
        include=_globs(table, "include", where, DEFAULT_INCLUDE),
        exclude=_globs(table, "exclude", where, ()),
        source=source,
    )
    _check_names(config, where)
    return config


def _check_names(config: Config, where: str) -> None:
    """Categories must exist and rule ids must name a language; whether each id exists is known only
    once its language's pack is loaded (`Config.with_current_ids`)."""
    problems = []
    for key, name in config._names():
        if "." not in name and name not in CATEGORIES:
            problems.append(unknown_name(key, name, "category", CATEGORIES))
        elif "." in name and name.split(".", 1)[0] not in LANGUAGES:
            problems.append(f"{key}: {name!r} is not a rule id (ids start with {' or '.join(f'{code}.' for code in LANGUAGES)})")
    if problems:
        raise ConfigError(where + "; ".join(problems))


def _model_settings(table: Any, where: str) -> ModelSettings:
    if not isinstance(table, Mapping):
        raise ConfigError(f"{where}`model` must be a table")
    if "api_key" in table:
        raise ConfigError(f"{where}model.api_key: keys are read only from OPENAI_API_KEY, never from a file")
    unknown = set(table) - _MODEL_KEYS
    if unknown:
        raise ConfigError(f"{where}unknown model key(s) {', '.join(sorted(unknown))}; known: {', '.join(sorted(_MODEL_KEYS))}")
    checks: dict[str, type | tuple[type, ...]] = {
        "name": str, "base_url": str, "timeout": (int, float), "deadline": (int, float), "reasks": int, "cache": bool,
    }
    for key, kind in checks.items():
        if key in table and (not isinstance(table[key], kind) or isinstance(table[key], bool) is not (kind is bool)):
            raise ConfigError(f"{where}model.{key} has the wrong type")
    if table.get("reasks", 1) < 0 or min(table.get("timeout", 1), table.get("deadline", 1)) <= 0:
        raise ConfigError(f"{where}model.reasks must be 0 or more, timeout and deadline above 0")
    return ModelSettings(**table)


def _table(table: Mapping[str, Any], key: str, where: str) -> dict[str, Any]:
    value = table.get(key, {})
    if not isinstance(value, Mapping):
        raise ConfigError(f"{where}`{key}` must be a table: one `name = …` line per category or rule id")
    return dict(value)


def _strings(table: Mapping[str, Any], key: str, where: str, default: Sequence[str] = ()) -> list[str]:
    value = table.get(key, list(default))
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}`{key}` must be a list of strings")
    return value


def _globs(table: Mapping[str, Any], key: str, where: str, default: tuple[str, ...]) -> tuple[str, ...]:
    if key not in table:
        return default
    globs = _strings(table, key, where)
    if not all(g.strip() for g in globs):
        raise ConfigError(f"{where}`{key}` holds an empty glob")
    return tuple(globs)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise ConfigError(f"{path}: cannot read the config ({error.strerror})") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML ({error})") from None

