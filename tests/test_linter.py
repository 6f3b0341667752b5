"""The Linter API: one shared object, many threads, the same answers."""
from __future__ import annotations

import gc
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import pytest
import yaml

from rewriter import (
    Config,
    ConfigError,
    LanguageError,
    Linter,
    Report,
    RewriterError,
    RulePackError,
    TextTooLong,
    lint,
    rewrite_many,
)
from rewriter.config import config_from_mapping


def test_lint_reports_language_findings_and_sections():
    report = lint("Данный заказ был отправлен вчера. Спасибо!")
    assert isinstance(report, Report) and report.lang == "ru"
    assert set(report.sections) == {"apology", "explanation", "remedy", "closing"}
    assert report.sections["closing"] is True


def test_thanks_that_open_a_reply_are_no_closing_but_thanks_at_its_end_are():
    opening = "Здравствуйте!\n\nСпасибо за отзыв. Деньги вернём завтра.\n\nМы уже сменили курьера.\n\nАнна, «Зерно»\n"
    ending = "Здравствуйте!\n\nДеньги вернём завтра.\n\nСпасибо, что написали!\n\nАнна, «Зерно»\n"
    assert lint(opening, "ru").sections["closing"] is False
    assert lint(ending, "ru").sections["closing"] is True
    bg_opening = "Здравейте!\n\nБлагодарим Ви за сигнала. Върнахме Ви 12 € днес.\n\nСменихме куриера за Варна.\n"
    assert lint(bg_opening, "bg").sections["closing"] is False


def test_a_stock_last_line_is_a_closing_to_a_reader_but_the_rule_still_asks_for_a_warm_one():
    ru = "Здравствуйте!\n\nДеньги вернём на карту до пятницы.\n\nРассчитываем на Ваше понимание и поддержку.\n\nАнна, «Зерно»\n"
    bg = "Здравейте!\n\nВръщаме Ви 12 € до петък.\n\nМолим за Вашето търпение.\n\nАнна, „Зърно“\n"
    for text, lang in ((ru, "ru"), (bg, "bg")):
        report = lint(text, lang)
        assert report.sections["closing"] is True
        assert f"{lang}.structure.missing-closing" in {f.rule for f in report.findings}
    opening = "Здравствуйте!\n\nРассчитываем на Ваше понимание. Деньги вернём на карту до пятницы.\n\nМы уже сменили курьера.\n"
    assert lint(opening, "ru").sections["closing"] is False


def test_a_refused_remedy_is_no_remedy_but_one_offered_in_another_sentence_is():
    refused_ru = "Здравствуйте!\n\nВернуть стоимость билетов мы, к сожалению, не можем: парк работал в обычном режиме.\n"
    refused_bg = "Здравейте!\n\nЗа съжаление сумата от 40 € не подлежи на възстановяване.\n"
    assert lint(refused_ru, "ru").sections["remedy"] is False
    assert lint(refused_bg, "bg").sections["remedy"] is False
    offered = refused_ru + "\nЗато мы начислим вам 500 бонусов до пятницы.\n"
    assert lint(offered, "ru").sections["remedy"] is True


def test_a_bare_sign_off_is_no_closing_but_a_greeting_sent_to_someone_is():
    body = "Здравейте!\n\nВръщаме Ви 12 € до петък.\n\n"
    assert lint(body + "Поздрави,\nАнна, „Зърно“\n", "bg").sections["closing"] is False
    assert lint(body + "Поздрави на малкия!\nАнна, „Зърно“\n", "bg").sections["closing"] is True


def test_a_shared_linter_gives_the_same_findings_from_many_threads(team_linter):
    texts = [
        "Данный заказ готов. Была допущена ошибка.",
        "Въпросната поръчка е готова. Благодарим!",
        "Здравствуйте!\r\nДанная посылка 📦 у курьера.",
    ] * 20
    expected = [team_linter.lint(t) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(team_linter.lint, texts))
    assert results == expected


def test_findings_are_sorted_by_position(team_linter):
    report = team_linter.lint("Была допущена ошибка. Данный заказ готов. Данная посылка тоже.", "ru")
    starts = [f.start for f in report.findings]
    assert starts == sorted(starts)


def test_a_text_over_the_size_limit_is_refused_with_a_clear_error():
    config = Config(max_bytes=1_000)
    with pytest.raises(TextTooLong, match="3,100 bytes, over the limit of 1,000"):
        lint("Заказ отправлен. " * 100, config=config)
    assert lint("Заказ отправлен. " * 10, config=config).lang == "ru"
    assert isinstance(rewrite_many(["Заказ отправлен. " * 100], config=config, offline=True)[0], TextTooLong)


def test_every_error_the_library_raises_on_purpose_is_a_rewriter_error_and_a_value_error():
    for error in (TextTooLong, LanguageError, ConfigError, RulePackError):
        assert issubclass(error, RewriterError) and issubclass(error, ValueError)
    with pytest.raises(ConfigError, match="max_bytes"):
        config_from_mapping({"max_bytes": 0})
    assert config_from_mapping({"max_bytes": 5_000}).max_bytes == 5_000


@pytest.mark.parametrize("collecting", [True, False])
def test_loading_a_pack_leaves_garbage_collection_as_it_found_it(team_rules, tmp_path, collecting):
    """Collections pause while a pack and its pipeline load (they would find nothing to free), and come
    back only if the embedding application had them on."""
    own_copy = tmp_path / "team.yaml"  # a pack of its own: this process has not loaded it yet
    own_copy.write_text(team_rules.read_text(encoding="utf-8"), encoding="utf-8")
    collections: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    (gc.enable if collecting else gc.disable)()
    gc.callbacks.append(count)
    try:
        Linter(Config(rules=(own_copy,))).pack("bg")
        assert gc.isenabled() is collecting
    finally:
        gc.callbacks.remove(count)
        gc.enable()
    assert collections == [2]  # the one full collection before loading, none while ~100,000 objects arrive


def test_a_loaded_pack_is_kept_out_of_garbage_collection():
    """The pack lives as long as the process: no full collection walks its objects while new text is learned."""
    pack = Linter().pack("ru")
    tracked = {id(item) for item in gc.get_objects()}
    assert gc.get_freeze_count() > 0
    assert id(pack.index) not in tracked and id(pack.rules) not in tracked


@contextmanager
def _collector_callbacks(own_process: bool):
    """The collector's callbacks as a process of rewriter's own sets them (or an embedding application's,
    with none of ours), restored after; edited in place, as the collector reads its own list."""
    from rewriter import linter as linter_module

    saved = list(gc.callbacks)
    gc.callbacks[:] = [c for c in saved if c != linter_module._FullCollections.count]
    if own_process:
        linter_module.freeze_what_is_learned()
    try:
        yield
    finally:
        gc.callbacks[:] = saved


def _lint_with_a_full_collection(monkeypatch, linter: Linter, text: str):
    """`analyze`, with a full collection made while the text's words are learned."""
    from rewriter import linter as linter_module

    learn = linter_module.split_sentences

    def collecting_first(tools, text):
        gc.collect()
        return learn(tools, text)

    monkeypatch.setattr(linter_module, "split_sentences", collecting_first)
    return linter.analyze(text, "ru")


def test_what_a_lint_learns_is_frozen_after_a_full_collection_during_it(monkeypatch):
    """In a process of rewriter's own, a full collection while a text is linted leaves only live objects: the
    word analyses learned then are frozen with the pack, so later full passes do not walk them again. A lint
    with none freezes nothing: the application's young objects may hold garbage."""
    linter = Linter()
    linter.lint("Добрый день.", "ru")
    with _collector_callbacks(own_process=True):
        gc.disable()
        try:
            quiet = linter.analyze("Кладовщик Зубарихин переупаковал шкатулку.", "ru")
            assert id(quiet.sentences[0].words[1]) in {id(item) for item in gc.get_objects()}
            collected = _lint_with_a_full_collection(monkeypatch, linter, "Экспедитор Пахомчиков перевязал бандероль.")
        finally:
            gc.enable()
    tracked = {id(item) for item in gc.get_objects()}
    assert id(collected.sentences[0].words[1]) not in tracked
    assert id(quiet.sentences[0].words[1]) not in tracked  # live at that full collection: frozen with the rest


def test_an_embedding_application_keeps_its_collector(monkeypatch):
    """Without `freeze_what_is_learned` (a library call inside someone else's process) a full collection
    during a lint freezes nothing: the application's live objects stay collectable."""
    linter = Linter()
    linter.lint("Добрый день.", "ru")
    with _collector_callbacks(own_process=False):
        analysis = _lint_with_a_full_collection(monkeypatch, linter, "Приёмщица Курочкина упаковала ящик.")
    assert id(analysis.sentences[0].words[1]) in {id(item) for item in gc.get_objects()}


CORPUS = Path(__file__).parent / "corpus"


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_a_reply_written_with_crlf_line_ends_gets_the_findings_it_gets_with_lf(lang):
    # a reply from a Windows mail program: blank lines, closing lines and line-end rules read the same
    linter = Linter()
    for path in sorted(CORPUS.glob(f"*_{lang}.yaml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")):
            lf, crlf = entry["text"], entry["text"].replace("\n", "\r\n")
            expected = [(f.rule, f.text) for f in linter.lint(lf, lang).findings]
            got = linter.lint(crlf, lang).findings
            assert [(f.rule, f.text) for f in got] == expected, entry["id"]
            assert all(crlf[f.start:f.end] == f.text for f in got)
