"""How the guard tests ask the guards about a reply: the draft linted and guarded once, the reply checked."""
from __future__ import annotations

from rewriter import Linter
from rewriter.guards import check_reply, guarded_draft

LINTER = Linter()


def problems_with(lang: str, draft: str, reply: str, linter: Linter = LINTER) -> dict[str, tuple[str, ...]]:
    """Each guard's problem with `reply` as a rewrite of `draft`, with its details, in the guards' order."""
    guarded = guarded_draft(draft, linter.lint(draft, lang))
    return {r.problem: r.details for r in check_reply(guarded, reply, linter)}
