"""The editor's judging sheets: every finding and every changed sentence is listed, and the tally
counts only the verdicts a sheet allows."""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from judging_sheets import main, sentence_around  # noqa: E402

DRAFT = ("Здравствуйте!\n\nДоводим до вашего сведения, что ваш заказ № 4512 был отменён.\n"
         "Благодарим за понимание.\n\nС уважением, служба поддержки")


def _round(tmp_path: Path) -> Path:
    folder = tmp_path / "round"
    folder.mkdir()
    entry = [{"id": "x-ru-01", "domain": "test", "text": DRAFT, "gold": [], "sections": [], "facts": ["№ 4512"]}]
    (folder / "drafts_ru.yaml").write_text(yaml.safe_dump(entry, allow_unicode=True), encoding="utf-8")
    (folder / "drafts_bg.yaml").write_text("[]", encoding="utf-8")
    return folder


def test_sheets_list_each_finding_with_its_sentence_and_each_changed_sentence(tmp_path):
    assert main([str(_round(tmp_path)), "--out", str(tmp_path / "out")]) == 0
    findings = yaml.safe_load((tmp_path / "out" / "findings_ru.yaml").read_text(encoding="utf-8"))
    changes = yaml.safe_load((tmp_path / "out" / "changes_ru.yaml").read_text(encoding="utf-8"))
    assert any(row["flagged"] in row["sentence"] and row["sentence"] in DRAFT for row in findings)
    assert changes and all(row["before"] != row["after"] and row["verdict"] == "" for row in changes)


def test_a_findings_sentence_is_the_linters_sentence_an_abbreviations_full_stop_ends_none():
    text = "Във връзка с Ваше запитване с вх. № 118 от 3 юни Ви уведомяваме за следното. Поръчката е изпратена."
    start = text.index("Във връзка с")
    assert sentence_around(text, "bg", start, start + 12) == text[: text.index(" Поръчката")]


def test_tally_counts_verdicts_and_refuses_one_the_sheet_does_not_allow(tmp_path, capsys):
    sheet = tmp_path / "changes_ru.yaml"
    sheet.write_text(yaml.safe_dump([{"verdict": "good"}, {"verdict": "good"}, {"verdict": "unnatural"}]), encoding="utf-8")
    assert main(["--tally", str(sheet)]) == 0
    assert "2/3 (67%) good; unnatural 1" in capsys.readouterr().out
    sheet.write_text(yaml.safe_dump([{"verdict": "right"}]), encoding="utf-8")
    assert main(["--tally", str(sheet)]) == 2
