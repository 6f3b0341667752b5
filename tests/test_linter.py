"""The Linter API: one shared object, many threads, the same answers."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from rewriter import Report, lint


def test_lint_reports_language_findings_and_sections():
    report = lint("Данный заказ был отправлен вчера. Спасибо!")
    assert isinstance(report, Report) and report.lang == "ru"
    assert set(report.sections) == {"apology", "explanation", "remedy", "closing"}
    assert report.sections["closing"] is True


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
