"""What a cold `rewrite --check` loads: no more than the check needs, and the same analyses as before."""
from __future__ import annotations

import subprocess
import sys

import pymorphy3
import pymorphy3.analyzer

from rewriter.morphology import RussianMorphology


def _readings(morph, word: str) -> list[tuple[str, str, str, float]]:
    return [(p.word, str(p.tag), p.normal_form, p.score) for p in morph.parse(word)]


def test_the_russian_dictionary_is_opened_by_its_path_with_no_search_of_installed_packages(monkeypatch):
    own = pymorphy3.MorphAnalyzer()
    monkeypatch.setattr(pymorphy3.analyzer, "_iter_entry_points", lambda *groups: (_ for _ in ()).throw(AssertionError(groups)))
    monkeypatch.delenv(pymorphy3.MorphAnalyzer.DICT_PATH_ENV_VARIABLE, raising=False)
    morph = RussianMorphology()._morph
    assert morph.dictionary.path == own.dictionary.path and morph.lang == own.lang == "ru"
    for word in ("стали", "данной", "банка-эмитента", "шмыгнули", "кфх"):
        assert _readings(morph, word) == _readings(own, word)


def test_a_dictionary_named_in_the_environment_is_still_the_one_opened(monkeypatch):
    path = pymorphy3.MorphAnalyzer().dictionary.path
    monkeypatch.setenv(pymorphy3.MorphAnalyzer.DICT_PATH_ENV_VARIABLE, path)
    opened = []

    def choose(cls, chosen=None, lang=None):
        opened.append(chosen)
        return chosen

    monkeypatch.setattr(pymorphy3.MorphAnalyzer, "choose_dictionary_path", classmethod(choose))
    RussianMorphology()
    assert opened == [path]


def test_checking_a_plain_draft_imports_neither_the_mail_parsers_nor_the_model_stack(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("Уважаемый клиент! Доводим до вашего сведения, что заказ отправлен.\n", encoding="utf-8")
    script = (
        "import sys; from rewriter.cli import main; main(['--check', '--lang', 'ru', sys.argv[1]]); "
        "print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in ('rewriter', 'langchain_core', 'openai'))))"
    )
    loaded = subprocess.run([sys.executable, "-c", script, str(draft)], capture_output=True, text=True, check=True).stdout.split()
    assert "rewriter.linter" in loaded
    assert not {"rewriter.mime", "rewriter.html_text", "rewriter.text_edits", "langchain_core", "openai"} & set(loaded)
