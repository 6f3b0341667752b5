"""Rule packs: YAML files of rules, validated strictly and compiled once.

A pack is a folder `lint_rules/<lang>/`; every YAML file in it is a list of rules, except
`parts.yaml` (cues for the reply parts) and `language.yaml` (what the language looks like).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from .bundled import bundled_dir
from .errors import RewriterError, unknown_name
from .fixes import Fix, FixError, parse_fixes
from .normalize import fold_case
from .patterns import PatternError, TokenPattern, compile_pattern

CATEGORIES = ("bureaucratese", "evasion", "non_apology", "boilerplate", "vague_promise", "structure")
SEVERITIES = ("info", "warning", "error")
PARTS = ("apology", "explanation", "remedy", "closing")
LANGUAGES = ("ru", "bg")
SPECIAL_FILES = {"parts.yaml", "language.yaml", "commitments.yaml", "facts.yaml", "words.yaml"}

# libyaml's loader reads the packs several times faster than the pure-Python one; both are safe loaders.
try:
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # a PyYAML built without libyaml
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]
_MERGE_TAG = "tag:yaml.org,2002:merge"


class YamlLoader(_SafeLoader):
    """The safe loader, refusing a mapping with a key twice: YAML would keep the last and drop the first
    without a word (a rule's second `good:` list, and its first never checked). Merge keys (`<<:`) still merge."""

    def get_single_data(self) -> Any:
        node = self.get_single_node()
        if node is None:
            return None
        _check_unique_keys(node)
        return self.construct_document(node)


def _check_unique_keys(root: yaml.Node) -> None:
    """Raise on the document's first mapping that writes one key twice, before a merge adds its keys."""
    seen_nodes: set[int] = set()
    stack = [root]  # children pushed last first: the walk goes in document order
    while stack:
        node = stack.pop()
        if id(node) in seen_nodes or isinstance(node, yaml.ScalarNode):
            continue
        seen_nodes.add(id(node))
        if isinstance(node, yaml.MappingNode):
            _check_mapping(node)
            stack += [part for pair in reversed(node.value) for part in reversed(pair)]
        else:
            stack += reversed(node.value)


def _check_mapping(node: yaml.MappingNode) -> None:
    first: dict[tuple[str, str], yaml.Node] = {}
    for key, _ in node.value:
        if not isinstance(key, yaml.ScalarNode) or key.tag == _MERGE_TAG:
            continue
        earlier = first.setdefault((key.tag, key.value), key)
        if earlier is not key:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key.value!r} (first at line {earlier.start_mark.line + 1})", key.start_mark)

_REQUIRED = {"id", "category", "severity", "message", "bad", "good"}
_OPTIONAL = {
    "patterns", "regex", "unless", "suggestion", "source", "part", "fix", "gap", "fix_examples", "messages", "fallback", "one_phrase",
    "aliases",
}
# Where an `unless` pattern is looked for: a bare pattern in the match's sentence; `clause:` only in the
# clause that holds the match («сбой у партнёра, с которым у нас договор»: the «у нас» is another clause's);
# `reply:` anywhere in the reply («Мы ошиблись… Извините, что так получилось»); `match:` inside the matched
# words themselves (LanguageTool's antipattern: «было получено» is news, not a hidden fault); `next:` in the
# sentence right after the match's («…была исключена из программы. Это решение принял врач»); `paragraph:` anywhere
# in the match's paragraph, which tells one matter („Това е наша грешка: … Стойката се е разхлабила“), where an
# admission in another paragraph owns another fault; `quote:` in the quotation the match stands in («Пункт 4.2:
# «Исполнитель устраняет недостатки в срок до 10 дней»»: words cited are not the writer's to change).
UNLESS_SCOPES = ("match", "clause", "sentence", "next", "paragraph", "reply", "quote")


class RulePackError(RewriterError):
    """A rule file that does not follow the format; the message names the file and the rule."""


@dataclass(frozen=True)
class Rule:
    id: str
    lang: str
    category: str
    severity: str
    message: str
    patterns: tuple[TokenPattern, ...] = ()
    regexes: tuple[re.Pattern[str], ...] = ()
    unless: tuple[TokenPattern, ...] = ()
    unless_clause: tuple[TokenPattern, ...] = ()
    unless_reply: tuple[TokenPattern, ...] = ()
    unless_match: tuple[TokenPattern, ...] = ()
    unless_next: tuple[TokenPattern, ...] = ()
    unless_paragraph: tuple[TokenPattern, ...] = ()
    unless_quote: tuple[TokenPattern, ...] = ()
    # (when, message): the first whose patterns match the whole match says the message instead
    messages: tuple[tuple[tuple[TokenPattern, ...], str], ...] = ()
    suggestion: str | None = None
    source: str | None = None
    part: str | None = None
    bad: tuple[str, ...] = ()
    good: tuple[str, ...] = ()
    fix: tuple[Fix, ...] = ()
    gap: str | None = None
    # a construction rule: where a narrower rule reports the same words, its finding (and message) is kept
    fallback: bool = False
    # the words it reports must read as one phrase of common words (see matching.one_phrase)
    one_phrase: bool = False
    fix_examples: tuple[tuple[str, str], ...] = ()
    # former ids (the rule moved to another category): a config or `--explain` naming one means this rule
    aliases: tuple[str, ...] = ()
    origin: str = field(default="", compare=False)


@dataclass(frozen=True)
class PartCues:
    """Cues that tell a kind is present: a reply part, or (for the model guards) a kind of promise."""

    part: str
    patterns: tuple[TokenPattern, ...]
    regexes: tuple[re.Pattern[str], ...]
    # cues that count only in the reply's last paragraph: thanks that open a reply close nothing
    final: bool = False
    # final cues that are stock formulas («Надеемся на понимание»): the part is there for a reader,
    # but a rewrite may drop the formula without losing it
    stock: bool = False
    # cues of a sign-off line („Поздрави,“ above the name): no part for a reader, but a rewrite that
    # keeps the line need not write another closing
    sign_off: bool = False
    # cues that refuse the part in their sentence: «вернуть деньги мы не можем» is no remedy
    refusal: bool = False
    # cues of an apology that only own the fault («мы ошиблись», „грешката е наша“): an apology for a reader,
    # but no word of apology or regret a rewrite may drop
    admission: bool = False


def builtin_pack_dir(lang: str) -> Path:
    """The bundled pack folder, from a checkout or an installed wheel alike."""
    return bundled_dir("lint_rules") / lang


def rule_file(rule: Rule) -> Path:
    """The file a rule was read from: a bundled one in this install, or a team's own."""
    origin = Path(rule.origin)
    return origin if origin.is_absolute() else bundled_dir("lint_rules") / origin


def load_rules(path: Path, lang: str, has_grammemes: bool, mixed: bool = False) -> list[Rule]:
    """Load and compile one YAML file of rules; a `mixed` (team) file may hold other languages' rules too."""
    entries = read_yaml(path)
    if not isinstance(entries, list):
        raise RulePackError(f"{path}: expected a list of rules")
    if mixed:
        entries = [e for e in entries if not (isinstance(e, dict) and _language_of(e) in set(LANGUAGES) - {lang})]
    return [_compile_rule(entry, path, lang, has_grammemes) for entry in entries]


def _language_of(entry: dict[str, Any]) -> str:
    return str(entry.get("id", "")).split(".", 1)[0]


def load_pack(lang: str, has_grammemes: bool, extra_files: Iterable[Path] = ()) -> list[Rule]:
    """All rules of the bundled pack for `lang`, then a team's own files; ids must be unique."""
    folder = builtin_pack_dir(lang)
    files = [p for p in sorted(folder.glob("*.yaml")) if p.name not in SPECIAL_FILES]
    # A bundled rule's origin is relative ("ru/evasion.yaml"): a compiled pack cached on disk is shared
    # by every install with the same files, so it may not hold one install's paths.
    rules = [replace(rule, origin=f"{lang}/{path.name}") for path in files for rule in load_rules(path, lang, has_grammemes)]
    rules += [rule for path in extra_files for rule in load_rules(Path(path), lang, has_grammemes, mixed=True)]
    seen: dict[str, str] = {}
    for rule in rules:
        if rule.id in seen:
            raise RulePackError(f"{rule.origin}: rule id {rule.id} is already used in {seen[rule.id]}")
        seen[rule.id] = rule.origin
    _check_aliases(rules)
    return rules


def _check_aliases(rules: list[Rule]) -> None:
    """A former id belongs to one rule only and is no current rule's id."""
    current = {rule.id for rule in rules}
    owner: dict[str, str] = {}
    for rule in rules:
        for alias in rule.aliases:
            if alias in current:
                raise RulePackError(f"{rule.origin}: rule {rule.id}: alias {alias} is a current rule's id")
            if alias in owner:
                raise RulePackError(f"{rule.origin}: rule {rule.id}: alias {alias} is already an alias of {owner[alias]}")
            owner[alias] = rule.id


def rule_named(rules: Iterable[Rule], name: str) -> Rule | None:
    """The rule a user means by `name`, its current id or a former one (`aliases`); None if no rule's: the one
    way from a rule id a user wrote (config, `--explain`, the Python API) to a rule."""
    return next((rule for rule in rules if name == rule.id or name in rule.aliases), None)


def load_part_cues(lang: str, has_grammemes: bool) -> list[PartCues]:
    return load_cues(lang, "parts.yaml", PARTS, has_grammemes)


def load_cues(lang: str, name: str, kinds: Iterable[str], has_grammemes: bool) -> list[PartCues]:
    """Cue sets of one data file, one per kind (a reply part, a kind of promise), in the order given,
    then one more for each kind with `final` cues, one with `stock` cues (final too), one with `sign_off`
    cues, one with `refused` cues, one with `admission` cues and one with `final_regex` cues (final regexes)."""
    kinds = tuple(kinds)
    path = builtin_pack_dir(lang) / name
    data = read_yaml(path)
    if not isinstance(data, dict) or set(data) != set(kinds):
        raise RulePackError(f"{path}: expected cues for exactly these: {', '.join(kinds)}")
    cues = [
        PartCues(
            kind,
            compile_patterns(data[kind].get("patterns", []), path, kind, has_grammemes, lang),
            _compile_regexes(data[kind].get("regex", []), path, kind),
        )
        for kind in kinds
    ]
    cues += [
        PartCues(kind, compile_patterns(data[kind][key], path, kind, has_grammemes, lang), (), final=key in ("final", "stock"),
                 stock=key == "stock", sign_off=key == "sign_off", refusal=key == "refused", admission=key == "admission")
        for key in ("final", "stock", "sign_off", "refused", "admission")
        for kind in kinds
        if data[kind].get(key)
    ]
    # a whole last line told by its shape, not its words: a short wish («Ясного неба!»)
    cues += [
        PartCues(kind, (), _compile_regexes(data[kind]["final_regex"], path, kind), final=True)
        for kind in kinds
        if data[kind].get("final_regex")
    ]
    return cues


def load_language_data(lang: str) -> dict[str, Any]:
    return load_data_file(lang, "language.yaml")


@cache
def language_words(lang: str, key: str) -> frozenset[str]:
    """One word list of `language.yaml` («greetings», «polite_pronouns», …), case-folded."""
    return frozenset(fold_case(w) for w in load_language_data(lang).get(key, []))


def load_data_file(lang: str, name: str) -> Any:
    """One of a language folder's data files (not rules): `language.yaml`, `facts.yaml`, …"""
    return read_yaml(builtin_pack_dir(lang) / name)


def read_yaml(path: Path, error: type[RewriterError] = RulePackError, where: str | None = None) -> Any:
    """A YAML data file; one that cannot be read or is not valid YAML (a key twice in a mapping too) is a one-line
    `error`, naming the file as `where` (its path by default)."""
    where = where or str(path)
    try:
        with open(path, encoding="utf-8") as handle:
            return yaml.load(handle, Loader=YamlLoader)
    except OSError as failure:
        raise error(f"{where}: cannot read the file ({failure.strerror})") from None
    except yaml.YAMLError as failure:
        raise error(f"{where}: not valid YAML ({_one_line(failure)})") from None


def _one_line(error: yaml.YAMLError) -> str:
    """PyYAML's message spans several lines; an error for people is one."""
    mark, problem = getattr(error, "problem_mark", None), getattr(error, "problem", None)
    if mark is not None and problem:
        return f"line {mark.line + 1}, column {mark.column + 1}: {problem}"
    return " ".join(str(error).split())


def _compile_rule(entry: Any, path: Path, lang: str, has_grammemes: bool) -> Rule:
    where = f"{path}: rule {entry.get('id', '?') if isinstance(entry, dict) else '?'}"
    if not isinstance(entry, dict):
        raise RulePackError(f"{where}: each rule is a mapping")
    missing = [f"missing {key!r}" for key in sorted(_REQUIRED - entry.keys())]
    unknown = [unknown_name("", str(key), "key", _REQUIRED | _OPTIONAL) for key in sorted(entry.keys() - _REQUIRED - _OPTIONAL)]
    if missing or unknown:
        raise RulePackError(f"{where}: " + "; ".join(missing + unknown))
    _check_fields(entry, where, lang)
    return Rule(
        id=entry["id"],
        lang=lang,
        category=entry["category"],
        severity=entry["severity"],
        message=entry["message"].strip(),
        patterns=compile_patterns(entry.get("patterns", []), path, entry["id"], has_grammemes, lang),
        regexes=_compile_regexes(entry.get("regex", []), path, entry["id"]),
        **_compile_unless(entry.get("unless", []), path, entry["id"], has_grammemes, lang),
        messages=_compile_messages(entry.get("messages", []), path, entry["id"], has_grammemes, lang),
        suggestion=entry.get("suggestion"),
        source=entry.get("source"),
        part=entry.get("part"),
        bad=tuple(entry["bad"]),
        good=tuple(entry["good"]),
        fix=_compile_fix(entry.get("fix"), where, has_grammemes, lang),
        gap=entry.get("gap"),
        fallback=bool(entry.get("fallback", False)),
        one_phrase=bool(entry.get("one_phrase", False)),
        fix_examples=_fix_examples(entry.get("fix_examples", []), where),
        aliases=tuple(entry.get("aliases", ())),
        origin=str(path),
    )


def _compile_fix(data: Any, where: str, has_grammemes: bool, lang: str) -> tuple[Fix, ...]:
    if data is None:
        return ()
    try:
        return parse_fixes(data, has_grammemes, lambda source: expand_word_classes(source, lang))
    except FixError as error:
        raise RulePackError(f"{where}: {error}") from None


def _fix_examples(data: Any, where: str) -> tuple[tuple[str, str], ...]:
    if not isinstance(data, list) or not all(
        isinstance(pair, list) and len(pair) == 2 and all(isinstance(t, str) for t in pair) for pair in data
    ):
        raise RulePackError(f"{where}: `fix_examples` is a list of [draft, fixed draft] pairs")
    return tuple((before, after) for before, after in data)


def _check_fields(entry: dict[str, Any], where: str, lang: str) -> None:
    if entry["category"] not in CATEGORIES:
        raise RulePackError(f"{where}: {unknown_name('', str(entry['category']), 'category', CATEGORIES)}; "
                            f"one of {', '.join(CATEGORIES)}")
    if not re.fullmatch(rf"{lang}\.{entry['category']}\.[a-z0-9]+(-[a-z0-9]+)*", str(entry["id"])):
        raise RulePackError(f"{where}: the id must read {lang}.<category>.<kebab-name> (ids start with "
                            f"{' or '.join(code + '.' for code in LANGUAGES)})")
    aliases = entry.get("aliases", [])
    categories = "|".join(CATEGORIES)
    if not isinstance(aliases, list) or not all(
        isinstance(a, str) and re.fullmatch(rf"{lang}\.({categories})\.[a-z0-9]+(-[a-z0-9]+)*", a) for a in aliases
    ):
        raise RulePackError(f"{where}: `aliases` is a list of former ids, each {lang}.<category>.<kebab-name>")
    if entry["severity"] not in SEVERITIES:
        raise RulePackError(f"{where}: severity must be one of {', '.join(SEVERITIES)}")
    if not isinstance(entry["message"], str) or not entry["message"].strip():
        raise RulePackError(f"{where}: the message is empty")
    for key in ("bad", "good"):
        examples = entry[key]
        if not isinstance(examples, list) or not examples or not all(isinstance(e, str) and e.strip() for e in examples):
            raise RulePackError(f"{where}: `{key}` must be a non-empty list of example texts")
    has_matcher = bool(entry.get("patterns") or entry.get("regex"))
    if "part" in entry and (entry["category"] != "structure" or entry["part"] not in PARTS or has_matcher):
        raise RulePackError(f"{where}: `part` ({', '.join(PARTS)}) is the whole matcher of a structure rule")
    if "part" not in entry and not has_matcher:
        raise RulePackError(f"{where}: the rule needs `patterns` or `regex` (or, for structure, `part`)")


# equal slots and atoms of one language's patterns, compiled once (see patterns.compile_pattern)
_SHARED_PARTS: dict[str, dict] = {}


def compile_patterns(sources: Any, path: Path, owner: str, has_grammemes: bool, lang: str) -> tuple[TokenPattern, ...]:
    """A data file's list of token patterns for `owner`, compiled; a bad one names the file."""
    if not isinstance(sources, list):
        raise RulePackError(f"{path}: {owner}: patterns must be a list")
    try:
        shared = _SHARED_PARTS.setdefault(lang, {})
        return tuple(compile_pattern(expand_word_classes(str(s), lang), has_grammemes, shared) for s in sources)
    except (PatternError, re.error) as error:
        raise RulePackError(f"{path}: {owner}: {error}") from None


def _compile_unless(data: Any, path: Path, owner: str, has_grammemes: bool, lang: str) -> dict[str, tuple[TokenPattern, ...]]:
    """`unless` entries by scope: a bare pattern is the sentence's, `{clause: …}`, `{next: …}`, `{paragraph: …}`,
    `{reply: …}` or `{quote: …}` say theirs."""
    if not isinstance(data, list):
        raise RulePackError(f"{path}: {owner}: unless must be a list")
    scoped: dict[str, list[Any]] = {scope: [] for scope in UNLESS_SCOPES}
    for item in data:
        if isinstance(item, dict):
            if len(item) != 1 or next(iter(item)) not in UNLESS_SCOPES:
                raise RulePackError(f"{path}: {owner}: an unless entry is a pattern or one of {{{', '.join(UNLESS_SCOPES)}: pattern}}")
            scope, item = next(iter(item.items()))
        else:
            scope = "sentence"
        scoped[scope].append(item)
    compiled = {scope: compile_patterns(items, path, owner, has_grammemes, lang) for scope, items in scoped.items()}
    return {"unless": compiled["sentence"], "unless_clause": compiled["clause"], "unless_reply": compiled["reply"],
            "unless_match": compiled["match"], "unless_next": compiled["next"], "unless_paragraph": compiled["paragraph"],
            "unless_quote": compiled["quote"]}


def _compile_messages(
    data: Any, path: Path, owner: str, has_grammemes: bool, lang: str
) -> tuple[tuple[tuple[TokenPattern, ...], str], ...]:
    """`messages`: [{when: PATTERN or [PATTERNS], message: TEXT}], the message for matches of that shape."""
    if not isinstance(data, list) or not all(isinstance(d, dict) and set(d) == {"when", "message"} for d in data):
        raise RulePackError(f"{path}: {owner}: messages is a list of {{when, message}}")
    return tuple(
        (compile_patterns([d["when"]] if isinstance(d["when"], str) else d["when"], path, owner, has_grammemes, lang),
         d["message"].strip())
        for d in data
    )


_CLASS_TOKEN = re.compile(r"(?<![^\s|])@([a-z_]+)(?=[?|\s]|$)")


@cache
def word_classes(lang: str) -> dict[str, str]:
    """`words.yaml`: named word classes (`@third_party`), each the alternatives of one pattern token."""
    path = builtin_pack_dir(lang) / "words.yaml"
    data = read_yaml(path) if path.exists() else {}
    if not isinstance(data, dict) or not all(isinstance(v, list) and v for v in data.values()):
        raise RulePackError(f"{path}: expected named lists of token alternatives")
    return {name: "|".join(map(str, words)) for name, words in data.items()}


def expand_word_classes(source: str, lang: str) -> str:
    """`@name` (a token, `@name?`, or one alternative of a token: `a|@name|b`) becomes the alternatives of that
    class in `words.yaml`."""
    if "@" not in source:
        return source
    classes = word_classes(lang)

    def alternatives(found: re.Match[str]) -> str:
        if found[1] not in classes:
            raise PatternError(f"no word class @{found[1]} in {lang}/words.yaml")
        return classes[found[1]]

    return _CLASS_TOKEN.sub(alternatives, source)


def _compile_regexes(sources: Any, path: Path, owner: str) -> tuple[re.Pattern[str], ...]:
    if not isinstance(sources, list):
        raise RulePackError(f"{path}: {owner}: regex must be a list")
    try:
        return tuple(re.compile(str(s), re.IGNORECASE) for s in sources)
    except re.error as error:
        raise RulePackError(f"{path}: {owner}: bad regex ({error})") from None
