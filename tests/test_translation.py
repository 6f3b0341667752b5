"""The interface in Russian and Bulgarian: gettext catalogs, chosen by --ui-lang or the locale, English otherwise."""
from __future__ import annotations

import ast
import os
import re
import subprocess
from pathlib import Path

import pytest

from rewriter import cli
from rewriter.bundled import bundled_dir
from rewriter.translation import PoTranslations, catalog, read_po, ui_language
from rewriter.ui_text import COUNTED, TEXTS

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
PLURAL_FORMS = {"ru": 3, "bg": 2}
_PLACE = re.compile(r"\{(\w*)[^{}]*\}")


def _texts_in_code() -> dict[str | tuple[str, str], str]:
    """Every text the code hands to gettext (`_`, `gettext`, `N_`, `ngettext`, and the tables of
    rewriter/ui_text.py that `say` and `say_count` read), with where it is."""
    found: dict[str | tuple[str, str], str] = {}
    for text_id, text in TEXTS.items():
        found.setdefault(text, f"ui_text.TEXTS[{text_id!r}]")
    for text_id, (singular, plural) in COUNTED.items():
        found.setdefault((singular, plural), f"ui_text.COUNTED[{text_id!r}]")
    for path in sorted((ROOT / "rewriter").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            name, where = node.func.id, f"{path.relative_to(ROOT)}:{node.lineno}"
            if name not in ("_", "gettext", "N_", "ngettext") or path.name == "ui_text.py":
                continue
            texts = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            wanted = 2 if name == "ngettext" else 1
            assert len(texts) >= wanted, f"{where}: {name}() needs constant text (translate first, then .format)"
            found.setdefault(texts[0] if wanted == 1 else (texts[0], texts[1]), where)
    return found


def _catalog(lang: str) -> PoTranslations:
    translations = catalog(lang)
    assert isinstance(translations, PoTranslations)
    return translations


def _check(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_every_text_in_the_code_is_translated_in_both_catalogs(lang):
    translations = _catalog(lang)
    texts = _texts_in_code()
    missing = [f"{where}: {text!r}" for text, where in texts.items()
               if not (translations.plurals.get(text[0]) if isinstance(text, tuple) else translations.messages.get(text))]
    assert not missing, f"not in catalogs/{lang}.po:\n" + "\n".join(missing)
    wrong_forms = [t for t in texts if isinstance(t, tuple) and len(translations.plurals[t[0]]) != PLURAL_FORMS[lang]]
    assert not wrong_forms, f"{lang} has {PLURAL_FORMS[lang]} plural forms: {wrong_forms}"
    used = {t[0] if isinstance(t, tuple) else t for t in texts}
    stale = (set(translations.messages) | set(translations.plurals)) - used
    assert not stale, f"catalogs/{lang}.po holds texts the code no longer uses: {sorted(stale)}"


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_translations_keep_every_place_of_the_english_text(lang):
    translations = _catalog(lang)
    pairs = [(msgid, text) for msgid, text in translations.messages.items()]
    pairs += [(msgid, form) for msgid, forms in translations.plurals.items() for form in forms]
    broken = [(msgid, text) for msgid, text in pairs if set(_PLACE.findall(msgid)) != set(_PLACE.findall(text))]
    assert not broken


@pytest.mark.parametrize(("lang", "words"), [
    ("ru", r"1 файл: .*\d+ (ошибка|ошибки|ошибок|предупреждение|предупреждения|предупреждений|подсказка|подсказки|подсказок)"),
    ("bg", r"1 файл: .*\d+ (грешка|грешки|предупреждение|предупреждения|съвет|съвета)"),
])
def test_check_summary_speaks_the_interface_language(lang, words, capsys):
    draft = str(EXAMPLES / "draft-ru.txt")
    english = _check(["--ui-lang", "en", "--check", draft], capsys)[1].splitlines()[-1]  # the counts to say again
    counts = re.findall(r"(\d+) (error|warning|info)", english)
    code, out, _err = _check(["--ui-lang", lang, "--check", draft], capsys)
    translations = _catalog(lang)
    said = ", ".join(translations.ngettext(f"{{n}} {level}", f"{{n}} {level}", int(n)).format(n=n) for n, level in counts)
    assert code == 1 and counts and re.fullmatch(words, out.splitlines()[-1])
    assert out.splitlines()[-1] == translations.ngettext("{n} file", "{n} files", 1).format(n=1) + ": " + said


def test_rewrite_summary_and_notice_in_russian(capsys):
    code, _out, err = _check(["--ui-lang", "ru", str(EXAMPLES / "draft-ru.txt")], capsys)
    notice, summary = err.splitlines()[-2:]
    assert notice.startswith("rewrite: модель не настроена") and notice.endswith("используются офлайн-правила")
    assert re.fullmatch(r"ru · \d+ замечани(е|я|й) → \d+ · офлайн-правила · \d+ примечани(е|я|й) \(-v\)", summary), summary


def test_verbose_notes_in_russian_keep_the_rule_and_the_quoted_words(capsys):
    english = _check(["-v", str(EXAMPLES / "draft-ru.txt")], capsys)[2]
    code, _out, err = _check(["--ui-lang", "ru", "-v", str(EXAMPLES / "draft-ru.txt")], capsys)
    notes = [line for line in err.splitlines() if line.startswith("  ")]
    english_notes = [line for line in english.splitlines() if line.startswith("  ")]
    assert notes and len(notes) == len(english_notes)
    for note, said in zip(notes, english_notes, strict=True):
        at = re.fullmatch(r"  (\S+): skipped at «(.*?)»: (.*)", said)
        if at is None:  # a note on the whole reply: the drop would take its only part or warm closing line
            rule, parts = re.fullmatch(r"  (\S+): skipped: the fix would drop the reply's only (.*)", said).groups()
            assert note == f"  {rule}: пропущено: исправление убрало бы из ответа единственное: {parts}"
            continue
        rule, quoted, reason = at.groups()
        shown = "у этой формулировки нет безопасного исправления" if reason == "this wording has no safe fix" else reason
        assert note == f"  {rule}: пропущено в «{quoted}»: {shown}"


def test_a_note_is_translated_by_its_most_literal_template():
    translations = _catalog("bg")
    said = translations.translate_made("ru.x: skipped: the fix would drop the reply's only apology")
    assert said == "ru.x: пропуснато: поправката би премахнала единственото в отговора: apology"
    assert translations.translate_made("ru.x: skipped: the fix would change a fact") == "ru.x: пропуснато: поправката би променила факт"
    assert translations.translate_made("a text no catalog has") == "a text no catalog has"


def test_explain_labels_in_bulgarian(capsys):
    code, out, _err = _check(["--ui-lang", "bg", "--explain", "bg.boilerplate.razchitame-na-razbiraneto"], capsys)
    assert code == 0 and "Отбелязва:" in out.splitlines() and "Не засяга:" in out.splitlines()


def test_errors_in_the_interface_language(tmp_path, capsys):
    code, _out, err = _check(["--ui-lang", "bg", "--check", str(tmp_path / "missing.txt")], capsys)
    # `rewrite: error:` stays as it is in every language: scripts look for it
    assert code == 2 and err.splitlines()[0] == f"rewrite: error: {tmp_path / 'missing.txt'}: няма такъв файл"


def test_help_in_russian(capsys):
    with pytest.raises(SystemExit) as done:
        cli.main(["--ui-lang", "ru", "--help"])
    out = capsys.readouterr().out
    assert done.value.code == 0 and out.startswith("использование: rewrite")
    assert "проверить черновики и перечислить замечания, ничего не меняя" in " ".join(out.split())


@pytest.mark.parametrize(("environ", "lang"), [
    ({"LANG": "ru_RU.UTF-8"}, "ru"),
    ({"LC_MESSAGES": "bg_BG.UTF-8", "LANG": "ru_RU.UTF-8"}, "bg"),
    ({"LC_ALL": "bg_BG", "LC_MESSAGES": "ru_RU.UTF-8"}, "bg"),
    ({"LANGUAGE": "de:ru", "LANG": "bg_BG.UTF-8"}, "ru"),
    ({"LANGUAGE": "", "LANG": "bg_BG@latin"}, "bg"),
    ({"LC_ALL": "C", "LANG": "ru_RU.UTF-8"}, "en"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({}, "en"),
])
def test_the_locale_chooses_the_interface_language(environ, lang):
    assert ui_language(None, environ) == lang


def test_ui_lang_overrides_the_locale():
    assert ui_language("en", {"LANG": "ru_RU.UTF-8"}) == "en"


def test_an_unknown_locale_gets_english(monkeypatch, capsys):
    monkeypatch.setenv("LANGUAGE", "de:fr")
    code, out, _err = _check(["--check", str(EXAMPLES / "draft-ru.txt")], capsys)
    assert re.fullmatch(r"1 file: \d+ error, \d+ warning, \d+ info", out.splitlines()[-1])


def test_russian_plural_forms_follow_the_number():
    forms = {n: _catalog("ru").ngettext("{n} file", "{n} files", n).format(n=n) for n in (1, 2, 5, 11, 21, 22, 111)}
    assert forms == {1: "1 файл", 2: "2 файла", 5: "5 файлов", 11: "11 файлов", 21: "21 файл", 22: "22 файла", 111: "111 файлов"}


def test_po_reader_joins_continued_strings_and_leaves_out_fuzzy_entries():
    messages, plurals, plural = read_po(
        'msgid ""\nmsgstr ""\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
        '#, fuzzy\nmsgid "draft"\nmsgstr "чернова"\n\n'
        'msgid "a long "\n"text"\nmsgstr "дълъг "\n"текст \\"в кавички\\""\n\n'
        'msgid "{n} file"\nmsgid_plural "{n} files"\nmsgstr[0] "{n} файл"\nmsgstr[1] "{n} файла"\n'
    )
    assert messages == {"a long text": 'дълъг текст "в кавички"'}
    assert plurals == {"{n} file": ("{n} файл", "{n} файла")} and (plural(1), plural(2)) == (0, 1)


def test_catalogs_ship_beside_the_rule_packs():
    assert {p.name for p in bundled_dir("catalogs").glob("*.po")} == {"ru.po", "bg.po"}


def test_lang_from_the_environment_reaches_the_command(python, tmp_path):
    environ = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    done = subprocess.run(
        [python, "-m", "rewriter", "--check", str(EXAMPLES / "draft-bg.txt")],
        capture_output=True, text=True, env={**environ, "LANG": "bg_BG.UTF-8"}, cwd=tmp_path, timeout=120,
    )
    assert done.returncode == 1 and re.fullmatch(r"1 файл: \d+ грешк(а|и), .*", done.stdout.splitlines()[-1])


@pytest.mark.parametrize("lang, said", [
    ("ru", "модель отклонена: обещание срока, обещание возврата денег; использованы правила"),
    ("bg", "моделът е отхвърлен: обещание за срок, обещание за връщане на парите; използвани са правилата"),
])
def test_a_model_fallback_is_told_in_the_interface_language(lang, said):
    from dataclasses import replace

    from rewriter import Fallback, rewrite
    from rewriter.rewrite_output import rewrite_summary
    from rewriter.translation import set_ui_language

    result = rewrite((EXAMPLES / "draft-ru.txt").read_text(encoding="utf-8"), offline=True)
    set_ui_language(lang)
    try:
        summary = rewrite_summary("-", replace(result, fallback=Fallback("rejected", ("commitments_new",), ("deadline", "refund"))),
                                  several=False)
    finally:
        set_ui_language("en")
    assert f" · {said} · " in summary
