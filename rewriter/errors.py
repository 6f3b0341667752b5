"""The one base of the errors a user can cause: bad input, a bad config or rule file, a language we lack.

Callers that only want to tell "the user's mistake, say it in one line" from a bug catch `RewriterError`.
"""
from __future__ import annotations


class RewriterError(Exception):
    """An error whose message is one clear line for a person: what went wrong and what to do."""
