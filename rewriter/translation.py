"""The language the interface speaks, and its gettext catalogs.

The English text in the code is the msgid; `catalogs/<lang>.po` holds its Russian or Bulgarian
translation, read at run time (nothing to compile, the same in a checkout, an editable install and
a wheel). The language is `--ui-lang`, else the first of LANGUAGE, LC_ALL, LC_MESSAGES and LANG
that is set (as gettext reads them), else English. Rule messages are not here: they are in the
draft's language already.
"""
from __future__ import annotations

import ast
import gettext as stdlib_gettext
import os
import re
from collections.abc import Callable, Mapping
from functools import cache, cached_property
from pathlib import Path

from .bundled import bundled_dir

UI_LANGUAGES = ("en", "ru", "bg")
_ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
_KEYWORDS = ("msgctxt", "msgid_plural", "msgid", "msgstr")
# the places of a template whose values are marked texts themselves, translated in turn
_TRANSLATED_VALUES = frozenset({"reason", "problem"})


class PoTranslations(stdlib_gettext.NullTranslations):
    """A catalog read from a .po file; a text it lacks (or leaves empty) stays English."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.messages, self.plurals, self.plural = read_po(path.read_text(encoding="utf-8"))

    def gettext(self, message: str) -> str:
        return self.messages.get(message) or message

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        forms = self.plurals.get(msgid1)
        if not forms or not all(forms):
            return msgid1 if n == 1 else msgid2
        return forms[min(self.plural(n), len(forms) - 1)]

    def translate_made(self, text: str) -> str:
        """`text` translated whole, or as a template of the catalog filled in («{rule}: skipped: the fix
        would {problem}»), its `reason`/`problem` values translated in turn; else as it is."""
        if self.messages.get(text):
            return self.messages[text]
        for pattern, msgid in self._templates:
            found = pattern.fullmatch(text)
            if found:
                values = {k: self.translate_made(v) if k in _TRANSLATED_VALUES else v for k, v in found.groupdict().items()}
                return self.messages[msgid].format(**values)
        return text

    @cached_property
    def _templates(self) -> list[tuple[re.Pattern[str], str]]:
        """The translated msgids with `{name}` places, as patterns; the most literal text first, so
        «the fix would drop the reply's only {parts}» wins over «the fix would {problem}»."""
        made = []
        for msgid, text in self.messages.items():
            pieces = re.split(r"\{(\w+)\}", msgid)
            if len(pieces) == 1 or not text or len(set(pieces[1::2])) < len(pieces[1::2]):
                continue
            regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(pieces))
            made.append((len("".join(pieces[::2])), re.compile(regex, re.DOTALL), msgid))
        return [(pattern, msgid) for _, pattern, msgid in sorted(made, key=lambda m: -m[0])]


def read_po(text: str) -> tuple[dict[str, str], dict[str, tuple[str, ...]], Callable[[int], int]]:
    """(singular texts, plural forms by singular msgid, the header's plural rule) of a .po file.
    Fuzzy entries are left out, as msgfmt leaves them out."""
    messages: dict[str, str] = {}
    plurals: dict[str, tuple[str, ...]] = {}
    header = ""
    for entry in _entries(text):
        msgid = entry.get("msgid", "")
        if entry.get("msgctxt") is not None:
            raise ValueError(f"msgctxt is not used in these catalogs (at {msgid!r})")
        if "msgid_plural" in entry:
            count = sum(1 for key in entry if key.startswith("msgstr["))
            plurals[msgid] = tuple(entry.get(f"msgstr[{i}]", "") for i in range(count))
        elif msgid:
            messages[msgid] = entry.get("msgstr", "")
        else:
            header = entry.get("msgstr", "")
    return messages, plurals, _plural_rule(header)


def _entries(text: str) -> list[dict[str, str]]:
    entries: list[dict[str, str]] = []
    entry: dict[str, str] = {}
    key = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            if entry and (not line or "msgstr" in entry or any(k.startswith("msgstr[") for k in entry)):
                entries.append(entry)  # a blank line or a comment after a translation ends the entry
                entry, key = {}, None
            if line.startswith("#,") and "fuzzy" in line:
                entry["fuzzy"] = "yes"
            continue
        if line.startswith('"'):
            if key is None:
                raise ValueError(f"line {number}: a string with no keyword before it")
            entry[key] += ast.literal_eval(line)
            continue
        key, _, value = line.partition(" ")
        if key.split("[")[0] not in _KEYWORDS:
            raise ValueError(f"line {number}: unknown keyword {key!r}")
        entry[key] = ast.literal_eval(value)
    if entry:
        entries.append(entry)
    return [e for e in entries if "fuzzy" not in e or not e.get("msgid")]


def _plural_rule(header: str) -> Callable[[int], int]:
    for line in header.splitlines():
        name, _, value = line.partition(":")
        if name.strip().lower() == "plural-forms":
            rule = value.split("plural=", 1)[1].strip().rstrip(";")
            return stdlib_gettext.c2py(rule)
    return lambda n: int(n != 1)


def ui_language(requested: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The interface language: the one asked for, else the environment's, else English."""
    if requested:
        return requested
    environ = os.environ if environ is None else environ
    value = next((environ[name] for name in _ENVIRONMENT if environ.get(name)), "")
    for entry in value.split(":"):
        code = entry.split(".")[0].split("@")[0].split("_")[0].lower()
        if code in ("c", "posix"):
            return "en"
        if code in UI_LANGUAGES:
            return code
    return "en"


@cache
def catalog(lang: str) -> stdlib_gettext.NullTranslations:
    """The translations of one interface language; English is the msgids themselves."""
    if lang == "en":
        return stdlib_gettext.NullTranslations()
    return PoTranslations(bundled_dir("catalogs") / f"{lang}.po")


_active: stdlib_gettext.NullTranslations | None = None


def set_ui_language(lang: str) -> None:
    """Speak `lang` from now on in this process (the command line calls this once it has read its options)."""
    global _active
    _active = catalog(lang)


def _current() -> stdlib_gettext.NullTranslations:
    global _active
    if _active is None:
        _active = catalog(ui_language())
    return _active


def gettext(message: str) -> str:
    """`message` in the interface language."""
    return _current().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of `singular`/`plural` for the number `n`, in the interface language."""
    return _current().ngettext(singular, plural, n)


def translate_marked(message: str) -> str:
    """A text marked with `N_` where it was written (an error, a note), in the interface language,
    also when it was made from a marked template; any other text as it is."""
    translations = _current()
    return translations.translate_made(message) if isinstance(translations, PoTranslations) else message


def N_(message: str) -> str:  # the name gettext's extractors look for
    """Marks a text for the catalogs where it is written; it is translated where it is shown."""
    return message
