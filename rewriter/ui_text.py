"""Every user-facing sentence of the command line that is not a rule's message, by id, in English.

One place, so the interface can be translated: catalogs/ru.po and catalogs/bg.po map each English
text (its gettext msgid) to Russian or Bulgarian (see translation.py). Code asks for a text by id
(`say("summary.rules-used")`, `say_count("check.files", 3)`), never spells it.
"""
from __future__ import annotations

from .translation import gettext, ngettext

TEXTS: dict[str, str] = {
    # `rewrite: error: …` and `rewrite: note: …` keep those words in every language: scripts look for them
    "rewrite.no-model": "no model configured (set OPENAI_API_KEY or OPENAI_BASE_URL); using the offline rules",
    # `rewrite --explain RULE`
    "explain.write-instead": "Write instead: {suggestion}",
    "explain.source": "Source: {source}",
    "explain.flags": "Flags:",
    "explain.leaves-alone": "Leaves alone:",
    # the summary line of a rewrite, on stderr
    "summary.source.llm": "model",
    "summary.source.rules": "offline rules",
    "summary.source.original": "unchanged",
    "summary.from-cache": "{hits} from cache",
    "summary.tokens": "{tokens} tokens",
    "summary.model-rejected": "model rejected: {reasons}",
    "summary.model-failed": "model failed: {reason}",
    "summary.model-not-asked": "model not asked: {reason}",
    "summary.rules-used": "rules used",
    "summary.draft-kept": "draft kept",
    # why the guards turned a model's reply down, as the summary names it
    "rejected.shape_empty": "empty reply",
    "rejected.shape_truncated": "reply cut off",
    "rejected.shape_too_long": "reply far too long",
    "rejected.shape_commentary": "talk about the edit",
    "rejected.shape_markup": "markup headings",
    "rejected.shape_placeholder": "unfilled template slot",
    "rejected.facts_missing": "facts lost or changed",
    "rejected.facts_new": "facts not in the draft",
    "rejected.parts_missing": "a part dropped",
    "rejected.language_wrong": "wrong language",
    "rejected.commitments_new": "a promise not in the draft",
    "rejected.not_better": "no better than the draft",
    "rejected.promise-of": "promise of {what}",
    # the kinds of promise the guards know (lint_rules/<lang>/commitments.yaml)
    "promise.refund": "a refund",
    "promise.transfer": "a transfer to a card or an account",
    "promise.compensation": "compensation",
    "promise.discount": "a discount",
    "promise.gift": "a gift",
    "promise.free": "something free of charge",
    "promise.contact": "a call or letter",
    "promise.guarantee": "a guarantee",
    "promise.attempt": "a try at what the draft refuses",
    "promise.deadline": "a deadline",
    # `rewrite --check`
    "check.skipped": "skipped: {reason}",
    "check.excluded": "excluded by the config",
    "check.no-findings": "no findings",
    "check.no-drafts": "no drafts found (a folder is read for its include globs: *.txt and *.eml unless the config says)",
    # conflicting options
    "flags.diff-in-place": "--diff and --in-place contradict each other: choose one",
    "flags.no-backup-alone": "--no-backup only applies with --in-place",
    "flags.check-with": "--check changes nothing, so {option} does not apply; drop it",
    "flags.check-only": "{option} applies to --check only",
    "flags.list-and-explain": "--list-rules and --explain contradict each other: choose one",
    "flags.listing-with-files": "{option} prints rules, not drafts; drop the files",
    "flags.lang-disagrees": "--lang {given}, but the draft is in {language}; drop --lang or say --lang {detected}",
    "language.ru": "Russian",
    "language.bg": "Bulgarian",
}


# Texts with a number: (singular, plural), as ngettext takes them; `{n}` is the number.
COUNTED: dict[str, tuple[str, str]] = {
    "summary.model-calls": ("{n} model call", "{n} model calls"),
    "summary.notes": ("{n} note (-v)", "{n} notes (-v)"),
    "summary.findings": ("{n} findings → {after}", "{n} findings → {after}"),
    "check.files": ("{n} file", "{n} files"),
    "check.not-checked": ("{n} file not checked", "{n} files not checked"),
    "check.skipped-count": ("{n} skipped", "{n} skipped"),
}


def say(text_id: str, **values: object) -> str:
    """The text with this id in the interface language, its `{name}` places filled."""
    return gettext(TEXTS[text_id]).format(**values)


def say_count(text_id: str, n: int, **values: object) -> str:
    """The form of the text with this id for the number `n`, in the interface language."""
    singular, plural = COUNTED[text_id]
    return ngettext(singular, plural, n).format(n=n, **values)
