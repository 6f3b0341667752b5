"""Options of `rewrite` that contradict each other, or the draft: said in one line, never silently dropped."""
from __future__ import annotations

import argparse

from .language import clear_language
from .nlp import language_profile
from .regions import mask_foreign
from .rules import LANGUAGES
from .ui_text import say

_REWRITE_ONLY = {"diff": "--diff", "in_place": "--in-place", "no_backup": "--no-backup", "mark": "--mark",
                 "offline": "--offline", "jobs": "--jobs"}


def conflicting_options(args: argparse.Namespace) -> str | None:
    """The first contradiction among the options given, in words; None when they agree."""
    listing = "--list-rules" if args.list_rules else "--explain" if args.explain else None
    if args.list_rules and args.explain:
        return say("flags.list-and-explain")
    if listing and (args.files or args.check):
        return say("flags.listing-with-files", option=listing)
    if args.check:
        given = [option for name, option in _REWRITE_ONLY.items() if getattr(args, name) not in (None, False)]
        return say("flags.check-with", option=given[0]) if given else None
    if listing:
        return None
    if args.format != "text" or args.width is not None:
        return say("flags.check-only", option="--format" if args.format != "text" else "--width")
    if args.diff and args.in_place:
        return say("flags.diff-in-place")
    if args.no_backup and not args.in_place:
        return say("flags.no-backup-alone")
    return None


def language_disagreement(text: str, lang: str | None) -> str | None:
    """When `--lang` names one language and the draft is plainly written in the other, that in words."""
    if lang is None:
        return None
    detected = clear_language(mask_foreign(text), {code: language_profile(code) for code in LANGUAGES})
    if detected is None or detected == lang:
        return None
    return say("flags.lang-disagrees", given=lang, detected=detected, language=say(f"language.{detected}"))
