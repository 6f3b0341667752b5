"""LanguageTool's HTTP API (v2) over our findings, so its browser extensions, LTeX and other clients work unchanged.

Pure functions, no web framework: read a check request's parameters, turn annotated markup into the text
that is checked, and write the answer as LanguageTool does. Offsets in the answer are UTF-16 code units
(as Java counts them) into the whole original, markup included.
"""
from __future__ import annotations

import bisect
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources

from .errors import RewriterError
from .findings import Finding, Report

LANGUAGES = {"ru": ("Russian", "ru-RU"), "bg": ("Bulgarian", "bg-BG")}
NO_LANGUAGE = {"name": "No language", "code": "zz"}
_CONTEXT_CHARS = 40
_SENTENCE_END = re.compile(r"[.!?…]+[\s\"»“”)]*\s|\n\s*\n")


class CheckRequestError(RewriterError):
    """A check request LanguageTool itself would refuse (HTTP 400); the message says why."""


@dataclass(frozen=True)
class Annotated:
    """The text that is checked, the whole original it came from, and how offsets carry between them.

    `segments` are (plain start, plain end, original start, original end, is text) in order."""

    plain: str
    original: str
    segments: tuple[tuple[int, int, int, int, bool], ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        if not self.segments:
            return start, end
        begin = self._carry(start, at_end=False)
        return begin, begin if end == start else max(begin, self._carry(end, at_end=True))

    def _carry(self, offset: int, at_end: bool) -> int:
        starts = [s[0] for s in self.segments]
        index = (bisect.bisect_left if at_end else bisect.bisect_right)(starts, offset) - 1
        for segment in self.segments[max(index, 0):]:
            plain_start, plain_end, original_start, original_end, is_text = segment
            inside = plain_start < offset <= plain_end if at_end else plain_start <= offset < plain_end
            if inside:
                if is_text:
                    return original_start + offset - plain_start
                return original_end if at_end else original_start
            if plain_start > offset:
                break
        return len(self.original)


@dataclass(frozen=True)
class CheckRequest:
    text: Annotated
    language: str | None  # None: detect it
    enabled_rules: frozenset[str]
    disabled_rules: frozenset[str]
    enabled_categories: frozenset[str]
    disabled_categories: frozenset[str]
    enabled_only: bool
    picky: bool

    def wants(self, finding: Finding) -> bool:
        """LanguageTool's rule selection; `level=picky` adds the hints (our `info` findings)."""
        category = finding.category.upper()
        chosen = finding.rule in self.enabled_rules or category in self.enabled_categories
        if self.enabled_only:
            return chosen
        if finding.rule in self.disabled_rules or category in self.disabled_categories:
            return False
        return chosen or self.picky or finding.severity != "info"


def languages() -> list[dict[str, str]]:
    """The answer to GET /v2/languages."""
    return [{"name": name, "code": code, "longCode": long_code} for code, (name, long_code) in LANGUAGES.items()]


def parse_check(params: Mapping[str, object]) -> CheckRequest:
    """A check request from its parameters (form, query string or JSON, merged by the caller)."""
    if "text" in params and "data" in params:
        raise CheckRequestError("Error: set either 'text' or 'data', not both")
    if "text" in params:
        text = Annotated(_string(params, "text"), _string(params, "text"), ())
    elif "data" in params:
        text = read_annotation(params["data"])
    else:
        raise CheckRequestError("Error: missing 'text' or 'data' parameter")
    if "language" not in params:
        raise CheckRequestError("Error: missing 'language' parameter; use ru-RU, bg-BG or auto")
    return CheckRequest(
        text=text,
        language=language_code(_string(params, "language")),
        enabled_rules=_list(params, "enabledRules"),
        disabled_rules=_list(params, "disabledRules"),
        enabled_categories=frozenset(c.upper() for c in _list(params, "enabledCategories")),
        disabled_categories=frozenset(c.upper() for c in _list(params, "disabledCategories")),
        enabled_only=_string(params, "enabledOnly", "false").lower() == "true",
        picky=_string(params, "level", "default").lower() == "picky",
    )


def language_code(value: str) -> str | None:
    """"ru", "ru-RU", "bg-BG"… to our code; "auto" to None."""
    if value.lower() == "auto":
        return None
    code = value.split("-")[0].lower()
    if code not in LANGUAGES:
        raise CheckRequestError(f"Error: '{value}' is not a language this server checks; use ru-RU, bg-BG or auto")
    return code


def read_annotation(data: object) -> Annotated:
    """`{"annotation": [{"text": …}, {"markup": …, "interpretAs": …}]}`: markup is skipped in the checked text
    (or read as its `interpretAs`) but counted in the offsets of the answer. Unknown keys are ignored."""
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except ValueError as error:
            raise CheckRequestError(f"Error: 'data' is not valid JSON ({error})") from None
    nodes = data.get("annotation") if isinstance(data, dict) else None
    if not isinstance(nodes, list):
        raise CheckRequestError("Error: 'data' needs an 'annotation' list")
    plain, original, segments = [], [], []
    plain_at = original_at = 0
    for node in nodes:
        if not isinstance(node, dict) or ("text" in node) == ("markup" in node):
            raise CheckRequestError("Error: each annotation node has either 'text' or 'markup'")
        if "text" in node and "interpretAs" in node:
            raise CheckRequestError("Error: only a 'markup' node may have 'interpretAs'")
        is_text = "text" in node
        raw = node["text"] if is_text else node["markup"]
        read = raw if is_text else node.get("interpretAs", "")
        if not isinstance(raw, str) or not isinstance(read, str):
            raise CheckRequestError("Error: annotation values must be strings")
        segments.append((plain_at, plain_at + len(read), original_at, original_at + len(raw), is_text))
        plain.append(read)
        original.append(raw)
        plain_at += len(read)
        original_at += len(raw)
    return Annotated("".join(plain), "".join(original), tuple(segments))


def check_response(request: CheckRequest, report: Report | None, fixes: Mapping[Finding, tuple[int, int, str]]) -> dict[str, object]:
    """The answer to POST /v2/check; `report` is None for a text in neither language (no matches).
    A finding with a safe fix is answered over the span the fix rewrites, with that fix as its replacement."""
    if report is None:
        language = {**NO_LANGUAGE, "detectedLanguage": {**NO_LANGUAGE, "confidence": 0.0}}
        matches: list[dict[str, object]] = []
    else:
        name, long_code = LANGUAGES[report.lang]
        detected = {"name": name, "code": long_code, "confidence": 1.0}
        language = {"name": name, "code": long_code, "detectedLanguage": detected}
        units = Utf16(request.text.original)
        matches = [_match(f, fixes.get(f), request.text, units) for f in report.findings if request.wants(f)]
    return {
        "software": {
            "name": "rewriter",
            "version": _version(),
            "buildDate": None,
            "apiVersion": 1,
            "premium": False,
            "premiumHint": "",
            "status": "",
        },
        "warnings": {"incompleteResults": False},
        "language": language,
        "matches": matches,
    }


class Utf16:
    """Code point offsets of one string to UTF-16 code units: each character outside the BMP counts twice."""

    def __init__(self, text: str) -> None:
        self.astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def __call__(self, offset: int) -> int:
        return offset + bisect.bisect_left(self.astral, offset)


def _match(finding: Finding, fix: tuple[int, int, str] | None, text: Annotated, units: Utf16) -> dict[str, object]:
    plain_start, plain_end, new = fix or (finding.start, finding.end, None)
    start, end = text.to_original(plain_start, plain_end)
    if fix and end - start != plain_end - plain_start:  # the fix's words straddle markup: offer no replacement
        plain_start, plain_end, new = finding.start, finding.end, None
        start, end = text.to_original(plain_start, plain_end)
    message = " ".join(finding.message.split())
    category = {"id": finding.category.upper(), "name": category_name(finding.rule.split(".")[0], finding.category)}
    return {
        "message": f"{message} → {finding.suggestion}" if finding.suggestion else message,
        "shortMessage": category["name"],
        "replacements": [] if new is None else [{"value": new}],
        "offset": units(start),
        "length": units(end) - units(start),
        "context": _context(text.plain, plain_start, plain_end),
        "sentence": _sentence(text.plain, plain_start, plain_end),
        "type": {"typeName": "Hint" if finding.severity == "info" else "Other"},
        "rule": {
            "id": finding.rule,
            "description": _first_sentence(message),
            "issueType": "omission" if finding.category == "structure" else "style",
            "category": category,
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def _context(plain: str, start: int, end: int) -> dict[str, object]:
    left, right = max(0, start - _CONTEXT_CHARS), min(len(plain), end + _CONTEXT_CHARS)
    before = ("..." if left else "") + plain[left:start]
    context = before + plain[start:right] + ("..." if right < len(plain) else "")
    units = Utf16(context)
    return {"text": context, "offset": units(len(before)), "length": units(len(before) + end - start) - units(len(before))}


def _sentence(plain: str, start: int, end: int) -> str:
    begin = 0
    for boundary in _SENTENCE_END.finditer(plain, 0, start):
        begin = boundary.end()
    after = _SENTENCE_END.search(plain, max(end, start))
    return plain[begin:after.end() if after else len(plain)].strip()


def _first_sentence(message: str) -> str:
    found = _SENTENCE_END.search(message + " ")
    return message[:found.end()].strip() if found else message


@lru_cache(maxsize=1)
def interface_strings() -> dict[str, dict]:
    """The web page's and this API's words in each language (category and part names among them)."""
    return json.loads((resources.files("rewriter") / "web" / "strings.json").read_text(encoding="utf-8"))


def category_name(lang: str, category: str) -> str:
    return interface_strings().get(lang, {}).get("categories", {}).get(category, category)


@lru_cache(maxsize=1)
def _version() -> str:
    try:
        return metadata.version("rewriter")
    except metadata.PackageNotFoundError:
        return "0"


def _string(params: Mapping[str, object], name: str, default: str = "") -> str:
    value = params.get(name, default)
    if not isinstance(value, str):
        raise CheckRequestError(f"Error: '{name}' must be a string")
    return value


def _list(params: Mapping[str, object], name: str) -> frozenset[str]:
    return frozenset(item.strip() for item in _string(params, name).split(",") if item.strip())
