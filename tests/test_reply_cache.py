"""The reply cache never breaks a rewrite: a damaged entry is a miss, and the next reply overwrites it."""
from __future__ import annotations

import json
import os

import pytest

from replies import DRAFT, GOOD
from rewriter import rewrite
from rewriter.reply_cache import ReplyCache, default_cache_folder
from scripted_model import ScriptedChat


def stored_entries():
    return sorted(default_cache_folder().glob("*/*.json"))


@pytest.mark.parametrize(
    "damage",
    ['["a list"]', '{"text": 3}', '{"text": "x", "cut_off": "no"}', "null", "[" * 100_000 + "]" * 100_000, '{"text": "x"'],
    ids=["list", "text not a string", "cut_off not a bool", "null", "nested past the recursion limit", "cut short"],
)
def test_a_damaged_entry_is_asked_again_and_rewritten(damage):
    rewrite(DRAFT["ru"], llm=ScriptedChat(replies=[GOOD["ru"]]))
    (entry,) = stored_entries()
    entry.write_text(damage, encoding="utf-8")
    model = ScriptedChat(replies=[GOOD["ru"]])
    result = rewrite(DRAFT["ru"], llm=model)
    assert result.source == "llm" and len(model.seen) == 1
    assert json.loads(entry.read_text(encoding="utf-8")) == {"text": GOOD["ru"], "cut_off": False}


def test_without_a_cache_folder_nothing_is_stored_or_found(tmp_path):
    cache = ReplyCache(None)
    cache.put("ab" * 32, {"text": "x", "cut_off": False})
    assert cache.get("ab" * 32) is None


def test_with_an_empty_home_replies_are_not_cached_at_the_root(monkeypatch):
    for name in ("REWRITER_CACHE_DIR", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", "")
    made = []
    monkeypatch.setattr(os, "mkdir", lambda *args, **kwargs: made.append(args))
    result = rewrite(DRAFT["bg"], llm=ScriptedChat(replies=[GOOD["bg"]]))
    assert result.source == "llm" and default_cache_folder() is None and made == []
