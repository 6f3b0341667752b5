"""Parts a reply keeps or drops by what the draft's part really says (`guard_parts_cases.yaml`, guard set 14's
classes written anew in other domains): a connector on the reader's own matter («В связи с Вашей заявкой № 12
сообщаем», „Във връзка с Ваша поръчка № 7 Ви уведомяваме“) is no cause; «…, вследствие чего» / „…, поради
което“ points to the clause before it in its own sentence; a cause said in the reader's words («детали пришли
позже», „само ден предварително“) keeps it; and a reply that really drops the part is still rejected."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from guard_checks import problems_with

with open(Path(__file__).parent / "guard_parts_cases.yaml", encoding="utf-8") as _handle:
    CASES = yaml.safe_load(_handle)


def _lost(case: dict, reply: str) -> tuple[str, ...]:
    return problems_with(case["lang"], case["draft"], reply).get("parts_missing", ())


@pytest.mark.parametrize("case", [c for c in CASES if "kept" in c], ids=lambda c: c["id"])
def test_a_reply_that_keeps_the_part_in_its_own_words_keeps_it(case):
    assert case["part"] not in _lost(case, case["kept"])


@pytest.mark.parametrize("case", [c for c in CASES if "dropped" in c], ids=lambda c: c["id"])
def test_a_reply_that_drops_the_part_is_rejected_for_it(case):
    assert case["part"] in _lost(case, case["dropped"])
