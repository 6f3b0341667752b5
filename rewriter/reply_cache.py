"""A local cache of model replies, so a repeated rewrite of the same draft costs no model call.

Entries are keyed by a hash of the prompt version, the model's identity and the exact messages;
API keys are never part of the identity and nothing but the reply is stored.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .user_folders import cache_root

_SECRET_WORDS = ("key", "token", "secret", "password", "auth")


def default_cache_folder() -> Path | None:
    """None when the user has no cache folder (no home): then nothing is cached."""
    root = cache_root()
    return root / "replies" if root is not None else None


def model_identity(llm: Any) -> str:
    """The model's class and identifying parameters (name, base URL, temperature…), secrets left out."""
    params = getattr(llm, "_identifying_params", {}) or {}
    safe = {k: v for k, v in dict(params).items() if not any(word in k.lower() for word in _SECRET_WORDS)}
    return json.dumps([f"{type(llm).__module__}.{type(llm).__qualname__}", safe], sort_keys=True, default=str)


class ReplyCache:
    """Entries as JSON files; a missing, unreadable or damaged entry is a miss, and the next reply overwrites it."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    @staticmethod
    def key(version: str, identity: str, messages: Sequence[Any]) -> str:
        turns = [[m.type, m.content] for m in messages]
        return hashlib.sha256(json.dumps([version, identity, turns], ensure_ascii=False).encode()).hexdigest()

    def get(self, key: str) -> dict[str, Any] | None:
        """The stored entry, `{"text": str, "cut_off": bool}`; None for anything else found there."""
        if self.folder is None:
            return None
        try:
            entry = json.loads((self.folder / key[:2] / f"{key}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):
            return None
        if not isinstance(entry, dict) or not isinstance(entry.get("text"), str):
            return None
        if not isinstance(entry.get("cut_off", False), bool) or set(entry) - {"text", "cut_off"}:
            return None
        return entry

    def put(self, key: str, entry: dict[str, Any]) -> None:
        """Store an entry atomically; a cache that cannot be written is skipped, never an error."""
        if self.folder is None:
            return
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
