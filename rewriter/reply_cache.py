"""A local cache of model replies, so a repeated rewrite of the same draft costs no model call.

Entries are keyed by a hash of the prompt version, the model's identity and the exact messages;
API keys are never part of the identity and nothing but the reply is stored.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Sequence

_SECRET_WORDS = ("key", "token", "secret", "password", "auth")


def cache_root() -> Path:
    """REWRITER_CACHE_DIR, else the user's cache folder (XDG_CACHE_HOME or ~/.cache) / rewriter."""
    if os.environ.get("REWRITER_CACHE_DIR"):
        return Path(os.environ["REWRITER_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "rewriter"


def default_cache_folder() -> Path:
    return cache_root() / "replies"


def model_identity(llm: Any) -> str:
    """The model's class and identifying parameters (name, base URL, temperature…), secrets left out."""
    params = getattr(llm, "_identifying_params", {}) or {}
    safe = {k: v for k, v in dict(params).items() if not any(word in k.lower() for word in _SECRET_WORDS)}
    return json.dumps([f"{type(llm).__module__}.{type(llm).__qualname__}", safe], sort_keys=True, default=str)


class ReplyCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @staticmethod
    def key(version: str, identity: str, messages: Sequence[Any]) -> str:
        turns = [[m.type, m.content] for m in messages]
        return hashlib.sha256(json.dumps([version, identity, turns], ensure_ascii=False).encode()).hexdigest()

    def get(self, key: str) -> dict[str, Any] | None:
        try:
            return json.loads((self.folder / key[:2] / f"{key}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def put(self, key: str, entry: dict[str, Any]) -> None:
        """Store an entry atomically; a cache that cannot be written is skipped, never an error."""
        folder = self.folder / key[:2]
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
        except OSError:
            return
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(entry, out, ensure_ascii=False)
            os.replace(temporary, folder / f"{key}.json")
        except OSError:
            Path(temporary).unlink(missing_ok=True)
