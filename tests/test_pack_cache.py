"""Compiled packs on disk: reused while their sources are unchanged, rebuilt when anything changes."""
from __future__ import annotations

import pickle
import pwd
import re
from functools import cache
from pathlib import Path

import pytest

from rewriter import pack_cache
from rewriter.linter import CompiledPack, compile_pack
from rewriter.pack_cache import cached_pack
from rewriter.rules import builtin_pack_dir
from rewriter.user_folders import cache_root


@cache
def _compiled(lang: str) -> CompiledPack:
    """The bundled pack, compiled once per worker: the tests count how often the cache calls its compiler,
    and the compiler's work is the same each time."""
    return compile_pack(lang)


class Compiler:
    def __init__(self, lang: str) -> None:
        self.lang, self.calls = lang, 0

    def __call__(self):
        self.calls += 1
        return _compiled(self.lang)


def sources(lang: str):
    return sorted(builtin_pack_dir(lang).glob("*.yaml"))


def test_a_pack_is_compiled_once_then_loaded_the_same(tmp_path, monkeypatch):
    monkeypatch.setenv("REWRITER_CACHE_DIR", str(tmp_path / "cache"))  # not the run's shared packs: count the build
    compiler = Compiler("ru")
    first = cached_pack("ru", sources("ru"), compiler, CompiledPack)
    again = cached_pack("ru", sources("ru"), compiler, CompiledPack)
    assert compiler.calls == 1 and again is not first
    assert again.rules == first.rules and len(again.regexes) == len(first.regexes)


def test_a_changed_team_file_compiles_afresh(tmp_path, team_rules, monkeypatch):
    monkeypatch.setenv("REWRITER_CACHE_DIR", str(tmp_path / "cache"))  # not the run's shared packs: count the builds
    team = tmp_path / "team.yaml"
    team.write_text(team_rules.read_text(encoding="utf-8"), encoding="utf-8")
    compiler = Compiler("ru")
    cached_pack("ru", [*sources("ru"), team], compiler, CompiledPack)
    team.write_text(team.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    cached_pack("ru", [*sources("ru"), team], compiler, CompiledPack)
    assert compiler.calls == 2


def test_a_damaged_cache_file_is_compiled_over(tmp_path, monkeypatch):
    monkeypatch.setenv("REWRITER_CACHE_DIR", str(tmp_path / "cache"))
    compiler = Compiler("bg")
    cached_pack("bg", sources("bg"), compiler, CompiledPack)
    for stored in (tmp_path / "cache" / "packs").glob("bg-*.pickle"):
        stored.write_bytes(b"not a pickle")
    pack = cached_pack("bg", sources("bg"), compiler, CompiledPack)
    assert compiler.calls == 2 and pack.rules


def stored_packs(folder, lang):
    return list((folder / "packs").glob(f"{lang}-*.pickle"))


def test_a_valid_pickle_of_another_type_is_compiled_over_and_replaced(tmp_path, monkeypatch):
    monkeypatch.setenv("REWRITER_CACHE_DIR", str(tmp_path))
    compiler = Compiler("bg")
    cached_pack("bg", sources("bg"), compiler, CompiledPack)
    (stored,) = stored_packs(tmp_path, "bg")
    stored.write_bytes(pickle.dumps({"rules": []}))
    assert isinstance(cached_pack("bg", sources("bg"), compiler, CompiledPack), CompiledPack)
    assert isinstance(cached_pack("bg", sources("bg"), compiler, CompiledPack), CompiledPack)
    assert compiler.calls == 2, "the bad file was replaced, so the third run loaded it"


@pytest.mark.parametrize("where", [0.0, 0.3, 0.6, 0.999], ids=["magic", "early", "middle", "last byte"])
def test_a_flipped_byte_anywhere_is_noticed_and_the_file_rewritten(tmp_path, monkeypatch, where):
    monkeypatch.setenv("REWRITER_CACHE_DIR", str(tmp_path))
    compiler = Compiler("bg")
    first = cached_pack("bg", sources("bg"), compiler, CompiledPack)
    (stored,) = stored_packs(tmp_path, "bg")
    data = bytearray(stored.read_bytes())
    data[int(len(data) * where)] ^= 0x01
    stored.write_bytes(bytes(data))
    assert cached_pack("bg", sources("bg"), compiler, CompiledPack).rules == first.rules
    assert compiler.calls == 2
    assert cached_pack("bg", sources("bg"), compiler, CompiledPack).rules == first.rules and compiler.calls == 2


@pytest.mark.parametrize("home", [None, "", "/"], ids=["no HOME", "empty HOME", "HOME is /"])
def test_without_a_home_nothing_is_cached_and_nothing_written_at_the_root(monkeypatch, home):
    for name in ("REWRITER_CACHE_DIR", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    if home is None:
        monkeypatch.delenv("HOME", raising=False)
        monkeypatch.setattr(pwd, "getpwuid", lambda uid: (_ for _ in ()).throw(KeyError(uid)))
    else:
        monkeypatch.setenv("HOME", home)
    written = []
    monkeypatch.setattr(pack_cache, "_store", lambda path, pack: written.append(path))
    assert cache_root() is None
    assert cached_pack("ru", sources("ru"), Compiler("ru"), CompiledPack).rules and written == []


def test_a_cache_that_cannot_be_written_still_gives_the_pack(tmp_path, monkeypatch):
    (tmp_path / "file").write_text("not a folder")
    monkeypatch.setenv("REWRITER_CACHE_DIR", str(tmp_path / "file"))
    compiler = Compiler("ru")
    for _ in range(2):
        assert cached_pack("ru", sources("ru"), compiler, CompiledPack).rules
    assert compiler.calls == 2


def test_a_loaded_pack_matches_exactly_what_the_compiled_one_does(monkeypatch, tmp_path):
    from replies import DRAFT
    from rewriter.linter import sentences_of

    monkeypatch.setenv("REWRITER_CACHE_DIR", str(tmp_path))  # empty: not the run's shared packs
    compiler = Compiler("ru")
    first = cached_pack("ru", sources("ru"), compiler, CompiledPack)
    loaded = cached_pack("ru", sources("ru"), compiler, CompiledPack)
    text = DRAFT["ru"] + " Данный заказ будет доставлен в кратчайшие сроки. Просим ожидать."

    def found(pack):
        return [(getattr(m.owner, "id", None) or m.owner.part, m.start, m.end) for m in pack.index.matches(sentences_of(text, "ru"))]

    assert compiler.calls == 1 and len(found(first)) > 5 and found(loaded) == found(first)


@pytest.mark.skipif(not hasattr(re, "_compiler"), reason="before Python 3.11 a stored regex is compiled again on load")
def test_a_loaded_pack_compiles_none_of_its_regexes_and_holds_the_same_ones(monkeypatch, tmp_path):
    """Its ~1,300 regexes (bg) come back as the code `re` compiled them to: loading parses none of them."""
    monkeypatch.setenv("REWRITER_CACHE_DIR", str(tmp_path))
    compiler = Compiler("bg")
    first = cached_pack("bg", sources("bg"), compiler, CompiledPack)
    compiled = []
    compile_regex = re._compile  # type: ignore[attr-defined]
    monkeypatch.setattr(re, "_compile", lambda *arguments: compiled.append(arguments) or compile_regex(*arguments))
    loaded = cached_pack("bg", sources("bg"), compiler, CompiledPack)
    assert compiler.calls == 1 and compiled == []
    # a regex is equal to another of the same source, flags and compiled code; the rules hold every one
    assert loaded.rules == first.rules and [r for _, r, _ in loaded.regexes] == [r for _, r, _ in first.regexes]


@pytest.mark.parametrize("regex", [
    re.compile(r"(?P<word>\w+)(?:-(?P=word))?(?<!\d)"),
    re.compile(r"^\s*(a|b)+?$", re.IGNORECASE | re.MULTILINE),
    re.compile(rb"[\x00-\x1f]{2,}"),
], ids=["named groups and a look-behind", "flags", "bytes"])
def test_a_stored_regex_comes_back_as_the_same_regex(regex):
    again = pickle.loads(_pickled(regex))
    assert again == regex and again.groupindex == regex.groupindex and again.groups == regex.groups
    sample = "слово-слово 12" if isinstance(regex.pattern, str) else b"\x01\x02 x"
    assert [m.span() for m in again.finditer(sample)] == [m.span() for m in regex.finditer(sample)]


def test_where_re_is_not_as_expected_a_regex_is_stored_as_its_source(monkeypatch):
    monkeypatch.setattr(pack_cache, "_RE_COMPILER", None)
    regex = re.compile(r"(?P<n>\d+)\s*руб")
    assert pickle.loads(_pickled(regex)) == regex and b"_sre" not in _pickled(regex)


def _pickled(value: object) -> bytes:
    import io

    buffer = io.BytesIO()
    pack_cache._PackPickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return buffer.getvalue()


def test_a_cached_pack_holds_no_path_of_the_install_that_built_it():
    """Installs with the same files share cache entries, so a pickled pack may not name one of them."""
    import pickle

    from rewriter.bundled import bundled_dir

    pack = _compiled("ru")
    assert str(bundled_dir("lint_rules")).encode() not in pickle.dumps(pack)
    assert all(r.origin.startswith("ru/") for r in pack.rules)


def test_a_bundled_rule_still_names_its_file_in_this_install():
    from rewriter.rules import rule_file

    rule = next(r for r in _compiled("bg").rules if r.category == "evasion")
    assert rule_file(rule) == builtin_pack_dir("bg") / "evasion.yaml" and rule_file(rule).is_file()


@pytest.fixture()
def another_install(tmp_path, monkeypatch):
    """A copy of the engine and the rule packs in another folder, as a second install would have them."""
    import shutil

    from rewriter.bundled import bundled_dir

    engine = tmp_path / "site-packages" / "rewriter"
    # a checkout's data links beside the engine (rewriter/lint_rules → ../lint_rules) are no part of the engine's copy
    shutil.copytree(
        Path(pack_cache.__file__).parent, engine,
        ignore=shutil.ignore_patterns("__pycache__", "web", "lint_rules", "prompts", "catalogs"),
    )
    shutil.copytree(bundled_dir("lint_rules"), engine / "lint_rules", ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(pack_cache, "__file__", str(engine / "pack_cache.py"))
    monkeypatch.setattr(pack_cache, "builtin_pack_dir", lambda lang: engine / "lint_rules" / lang)
    return engine


def test_the_key_is_the_content_so_two_installs_of_the_same_files_share_it(another_install, monkeypatch):
    there = pack_cache._key(sorted((another_install / "lint_rules" / "ru").glob("*.yaml")))
    monkeypatch.undo()  # back to this install
    assert pack_cache._key(sources("ru")) == there


@pytest.mark.parametrize("module", ["fixes.py", "normalize.py", "word_diff.py", "a_new_stage.py"])
def test_any_engine_module_changed_or_added_compiles_afresh(another_install, module):
    """Not a kept list of the modules that matter: any of them may shape what the pickled pack holds."""
    ru = sorted((another_install / "lint_rules" / "ru").glob("*.yaml"))
    before = pack_cache._key(ru)
    with open(another_install / module, "a", encoding="utf-8") as changed:
        changed.write("\n# changed\n")
    assert pack_cache._key(ru) != before


def test_a_changed_bundled_rule_file_compiles_afresh(another_install):
    ru = sorted((another_install / "lint_rules" / "ru").glob("*.yaml"))
    before = pack_cache._key(ru)
    with open(ru[0], "a", encoding="utf-8") as changed:
        changed.write("\n# changed\n")
    assert pack_cache._key(ru) != before
