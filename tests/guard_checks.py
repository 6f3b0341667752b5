"""How the guard tests ask the guards about a reply: the draft linted and guarded once, the reply checked."""
from __future__ import annotations

from rewriter import Linter
from rewriter.commitments import find_promises, new_promises
from rewriter.facts import fact_values
from rewriter.guards import check_reply, guarded_draft

LINTER = Linter()


def problems_with(lang: str, draft: str, reply: str, linter: Linter = LINTER) -> dict[str, tuple[str, ...]]:
    """Each guard's problem with `reply` as a rewrite of `draft`, with its details, in the guards' order."""
    guarded = guarded_draft(draft, linter.lint(draft, lang))
    return {r.problem: r.details for r in check_reply(guarded, reply, linter)}


def error_rules(lang: str, text: str) -> list[str]:
    """The rules of the error-severity findings on `text`: what the improvement guard holds against a reply."""
    return [f.rule for f in LINTER.lint(text, lang).findings if f.severity == "error"]


def same_facts(lang: str, draft: str, reply: str) -> bool:
    """True when every fact of `draft` is in `reply` and `reply` has no fact of its own."""
    found = fact_values(reply, lang)
    kept = fact_values(draft, lang)
    return all(any(d.same(r) for r in found) for d in kept if d.required) and all(
        any(r.same(d) for d in kept) for r in found if r.required
    )


def promised_anew(lang: str, draft: str, reply: str) -> list[str]:
    """The kinds of promise `reply` makes that `draft` does not, as the promises guard reads them."""
    return new_promises(find_promises(draft, lang, all_moments=True), find_promises(reply, lang))
