"""The guards on the evaluation sets (`tests/guard_eval/`, `set2/` to `set21/`, `tests/guard_own/`): the figures
reached so far, less a reply or two, are floors, so a change that lets more bad replies through, or
stops more good ones, fails here.

`python benchmarks/guard_quality.py -v [FOLDER]` prints the same figures and lists each miss."""
from __future__ import annotations

import hashlib
import sys
from functools import cache
from pathlib import Path

import pytest
import yaml

from rewriter import Linter

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from guard_quality import EVAL, Scores, score  # noqa: E402

# (good accepted, fact-format accepted, bad blocked, bad blocked by the right guard), as counts, per set
FLOORS = {
    "set1": {"ru": (43, 20, 44, 44), "bg": (43, 20, 43, 43)},  # bg good 41 -> 42 after lintbg-65, -> 43 after lintbg-72; ru guardsru-79
    "set2": {"ru": (24, 10, 22, 22), "bg": (25, 11, 23, 23)},
    "set3": {"ru": (24, 10, 22, 22), "bg": (21, 9, 22, 21)},
    "set4": {"ru": (24, 10, 22, 21), "bg": (21, 7, 21, 20)},  # bg after lintbg-72
    "set5": {"ru": (23, 10, 22, 22), "bg": (21, 8, 22, 22)},
    "set6": {"ru": (21, 8, 22, 21), "bg": (21, 8, 22, 22)},
    "set7": {"ru": (24, 10, 21, 21), "bg": (14, 4, 21, 21)},
    "set8": {"ru": (20, 8, 21, 21), "bg": (25, 11, 22, 22)},  # after guards-77
    "set9": {"ru": (24, 10, 21, 21), "bg": (25, 11, 23, 23)},  # bg after guardsbg-71, guardsbg-72
    "set10": {"ru": (21, 9, 22, 22), "bg": (24, 10, 23, 23)},  # bg after guardsru-83 (two phrases of a heavy draft kept)
    "set11": {"ru": (23, 9, 22, 22), "bg": (25, 11, 23, 23)},  # bg after guardsbg-77
    "set12": {"ru": (18, 5, 21, 21), "bg": (24, 10, 23, 23)},  # bg after guardsbg-71
    "set13": {"ru": (25, 11, 22, 22), "bg": (24, 10, 23, 23)},  # bg after guardsru-83 (a line of questions at the same phone)
    "set14": {"ru": (25, 11, 23, 23), "bg": (25, 11, 23, 23)},
    "set15": {"ru": (25, 11, 22, 21), "bg": (24, 10, 23, 23)},  # bg after guardsbg-87 („7–9 г.“ = „7 до 9 години“)
    "set16": {"ru": (25, 11, 23, 23), "bg": (24, 11, 22, 22)},  # ru after guards-76
    "set17": {"ru": (25, 11, 23, 23), "bg": (25, 11, 22, 22)},
    "set18": {"ru": (25, 11, 23, 23), "bg": (24, 11, 23, 23)},
    "set19": {"ru": (25, 11, 23, 23), "bg": (24, 10, 23, 23)},  # bg after guardsru-83 (a line of questions at the same phone)
    "set20": {"ru": (24, 10, 23, 23), "bg": (25, 11, 22, 22)},
    "set21": {"ru": (25, 11, 23, 23), "bg": (24, 10, 23, 23)},  # bg after guardsbg-61
    "set22": {"ru": (25, 11, 22, 22), "bg": (24, 10, 22, 22)},  # after the set 22 passes (guardsru-37, guardsbg-37)
    "set23": {"ru": (24, 10, 23, 23), "bg": (25, 11, 23, 23)},  # after the set 23 passes (guardsru-38, guardsbg-38)
    "set24": {"ru": (25, 11, 23, 22), "bg": (19, 7, 23, 22)},  # after guardsru-51, guards-58; ru good guardsru-63, guardsru-72; bg g-75
    "set25": {"ru": (25, 11, 23, 23), "bg": (25, 11, 23, 23)},  # after the set 25 passes (guardsru-40, guardsbg-40)
    "set26": {"ru": (25, 11, 21, 21), "bg": (25, 11, 23, 23)},  # guards-41; ru guardsru-49, bg guardsbg-45
    "set27": {"ru": (25, 11, 23, 23), "bg": (24, 10, 23, 23)},  # after guardsru-43, guardsbg-45
    "set28": {"ru": (25, 11, 23, 20), "bg": (24, 10, 23, 23)},  # after guardsru-51, guards-77
    "set29": {"ru": (25, 11, 23, 23), "bg": (25, 11, 23, 23)},  # after guardsru-51, guardsbg-61
    "set30": {"ru": (25, 11, 23, 22), "bg": (25, 11, 23, 23)},  # after guardsru-49, guardsbg-79
    "set31": {"ru": (25, 11, 23, 23), "bg": (25, 11, 23, 23)},  # after guardsru-47, guardsbg-47
    "set32": {"ru": (25, 11, 23, 23), "bg": (25, 11, 22, 22)},  # after guardsru-49, guardsbg-49; ru after guardsru-65; bg after guardsbg-71
    "set33": {"ru": (25, 11, 23, 23), "bg": (24, 10, 23, 23)},  # after guardsru-51, guardsbg-50
    # set34 at first sight: ru (19, 7, 22, 22), bg (25, 11, 21, 21); set35: ru (20, 8, 23, 22), bg (15, 7, 21, 19)
    "set34": {"ru": (25, 11, 23, 23), "bg": (25, 11, 23, 23)},  # after guardsru-51, guardsbg-51
    "set35": {"ru": (25, 11, 23, 23), "bg": (21, 10, 23, 23)},  # after guardsru-52, guardsbg-53, guards-64
    # set36 at first sight: ru (17, 8, 21, 21), bg (23, 10, 22, 20)
    "set36": {"ru": (25, 11, 23, 23), "bg": (25, 11, 23, 23)},  # after guardsru-53, guardsbg-53; ru guardsru-59
    # set37 at first sight: ru (22, 11, 23, 22), bg (23, 11, 22, 22)
    "set37": {"ru": (25, 11, 23, 23), "bg": (25, 11, 23, 23)},  # after guardsru-54, guardsbg-54, guardsbg-55
    # set38 at first sight: ru (20, 8, 21, 20), bg (20, 9, 22, 22)
    "set38": {"ru": (24, 10, 23, 23), "bg": (25, 11, 23, 23)},  # after guardsru-55, guardsbg-55 (merged)
    # set39 at first sight: ru (19, 7, 21, 20), bg (19, 8, 23, 21)
    "set39": {"ru": (24, 10, 23, 23), "bg": (23, 10, 23, 23)},  # after guardsru-56, guardsbg-56, guardsbg-57 (merged)
    # set40 at first sight: ru (22, 9, 22, 22), bg (18, 7, 23, 22)
    "set40": {"ru": (25, 11, 22, 22), "bg": (25, 11, 23, 23)},  # after guardsru-57, guardsbg-57 (merged)
    # set41 at first sight: ru (22, 9, 23, 23), bg (25, 11, 22, 22)
    "set41": {"ru": (24, 10, 23, 23), "bg": (25, 11, 23, 23)},  # after guards-58
    # set42 at first sight: ru (21, 9, 23, 23), bg (19, 8, 23, 22)
    "set42": {"ru": (25, 11, 23, 23), "bg": (25, 11, 23, 23)},  # after guardsru-59, guardsbg-59 (merged)
    # set43 at first sight: ru (21, 8, 22, 22), bg (14, 4, 22, 21)
    "set43": {"ru": (24, 11, 22, 22), "bg": (25, 11, 23, 23)},  # after guardsru-60, guardsbg-60 (merged); ru guardsru-61
    # set44 at first sight: ru (19, 7, 23, 21), bg (22, 10, 23, 21)
    "set44": {"ru": (25, 11, 23, 23), "bg": (25, 11, 23, 23)},  # after guardsru-61, guardsbg-61 (merged)
    # set45 at first sight: ru (24, 10, 23, 22), bg (24, 10, 21, 21)
    "set45": {"ru": (25, 11, 23, 23), "bg": (25, 11, 23, 23)},  # after guards-62
    # set46 at first sight: ru (24, 11, 23, 23), bg (20, 6, 21, 21)
    "set46": {"ru": (25, 11, 23, 23), "bg": (23, 9, 23, 23)},  # after guardsru-63, guardsbg-63 (merged)
    # set47 at first sight: ru (22, 9, 21, 18), bg (23, 10, 22, 21)
    "set47": {"ru": (24, 10, 23, 23), "bg": (25, 11, 23, 23)},  # after guards-64, guards-76; bg guardsbg-65
    # set48 at first sight: ru (24, 10, 23, 23), bg (22, 8, 22, 22)
    "set48": {"ru": (25, 11, 23, 23), "bg": (25, 11, 23, 23)},  # after guardsru-65, guardsbg-65
    # set49 at first sight: ru (23, 9, 20, 20), bg (19, 8, 20, 19)
    "set49": {"ru": (24, 10, 23, 23), "bg": (25, 11, 23, 23)},  # after guards-67; bg after guardsbg-68
    # set50 at first sight: ru (17, 6, 21, 21), bg (22, 9, 21, 20)
    "set50": {"ru": (25, 11, 23, 23), "bg": (25, 11, 23, 23)},  # after guardsru-68, guardsbg-68
    # set51 at first sight: ru (22, 9, 19, 18), bg (19, 9, 20, 19)
    "set51": {"ru": (25, 11, 23, 23), "bg": (24, 10, 22, 22)},  # after guardsru-69, guardsbg-69
    # set52 at first sight: ru (13, 4, 22, 22), bg (18, 8, 23, 22)
    "set52": {"ru": (25, 11, 23, 23), "bg": (25, 11, 23, 23)},  # after guardsru-70, guardsbg-70; ru guardsru-73
    # set53 at first sight, after this stop's long passes but guardsbg-71: ru (18, 6, 23, 23), bg (17, 6, 21, 20)
    "set53": {"ru": (25, 11, 23, 23), "bg": (22, 9, 23, 23)},  # after guardsru-71, guardsbg-72, guardsbg-73, lintbg-72
    # set54 at first sight: ru (14, 4, 22, 22), bg (21, 9, 23, 22)
    "set54": {"ru": (25, 11, 23, 23), "bg": (25, 11, 23, 23)},  # after guardsru-72, guardsbg-73; ru guardsru-75
    # set55 at first sight, after this stop's long passes: ru (13, 7, 22, 21), bg (19, 7, 23, 22)
    "set55": {"ru": (23, 11, 23, 23), "bg": (25, 11, 23, 23)},  # after guardsru-73, guardsbg-74
    # set56 at first sight: ru (22, 9, 22, 21), bg (22, 10, 23, 23)
    "set56": {"ru": (25, 11, 23, 23), "bg": (25, 11, 23, 23)},  # after guardsru-75, guardsbg-75
    # set57 at first sight, after this stop's long passes: ru (24, 10, 22, 22), bg (19, 9, 22, 22)
    "set57": {"ru": (25, 11, 23, 23), "bg": (25, 11, 23, 23)},  # after guardsru-76, guardsbg-76
    # set58 at first sight: ru (16, 7, 23, 23), bg (19, 8, 21, 21)
    "set58": {"ru": (25, 11, 23, 23), "bg": (25, 11, 22, 22)},  # after guardsru-77, guardsbg-77
    # set59 at first sight, after this stop's long passes: ru (17, 7, 22, 22), bg (20, 9, 21, 21)
    "set59": {"ru": (25, 11, 23, 23), "bg": (25, 11, 23, 23)},  # after guardsru-78, guardsbg-78; ru after guardsru-83
    # set60 at first sight: ru (24, 10, 22, 22), bg (20, 10, 22, 22)
    "set60": {"ru": (25, 11, 23, 23), "bg": (25, 11, 23, 23)},  # after guardsru-79, guardsbg-79, guards-79
    # set61 at first sight, after this stop's long passes: ru (20, 8, 19, 19), bg (20, 8, 22, 22)
    "set61": {"ru": (25, 11, 22, 22), "bg": (24, 10, 22, 22)},  # after guardsru-80, guardsbg-80, guards-79
    # set62 at first sight: ru (22, 9, 22, 22), bg (22, 10, 22, 21)
    "set62": {"ru": (25, 11, 23, 23), "bg": (25, 11, 22, 22)},  # after guardsru-81, guardsbg-81
    # set63 at first sight, after this stop's long passes: ru (16, 7, 21, 21), bg (23, 10, 19, 19)
    "set63": {"ru": (25, 11, 23, 23), "bg": (25, 11, 22, 22)},  # after guardsru-82, guardsbg-82
    # set64 at first sight: ru (22, 10, 23, 23), bg (17, 7, 21, 20)
    "set64": {"ru": (25, 11, 23, 23), "bg": (25, 11, 23, 23)},  # after guardsru-83, guardsbg-83; bg bad after guardsbg-85
    # set65 at first sight, after this stop's long passes: ru (20, 8, 22, 21), bg (22, 10, 21, 21) before guardsbg-83 was
    # merged, (21, 9, 21, 21) after it
    "set65": {"ru": (25, 11, 22, 22), "bg": (24, 11, 21, 21)},  # after guardsru-84, guardsbg-84; bg good after guards-86
    # set66 at first sight: ru (16, 6, 23, 23), bg (21, 9, 22, 22)
    "set66": {"ru": (25, 11, 23, 23), "bg": (25, 11, 23, 23)},  # after guardsru-85, guardsbg-85 („характер“ withdrawn); bg guardsbg-86
    # set67 at first sight, after this stop's long passes: ru (19, 8, 20, 20), bg (20, 7, 20, 20)
    "set67": {"ru": (19, 8, 22, 22), "bg": (23, 9, 22, 22)},  # after guards-87 (its Russian class withdrawn); guardsru-86, guardsbg-86
    # set68 at first sight: ru (16, 7, 21, 21), bg (20, 7, 23, 22)
    "set68": {"ru": (25, 11, 23, 23), "bg": (25, 11, 23, 23)},  # after guardsru-86, guardsbg-86; ru guardsru-95 (labels swapped)
    # set69 at first sight, after this stop's long passes: ru (15, 4, 22, 22), bg (23, 9, 22, 22)
    "set69": {"ru": (25, 11, 23, 23), "bg": (25, 11, 23, 23)},  # after guards-88; ru after guardsru-87, guardsru-89
    # set70 at first sight: ru (22, 10, 22, 22), bg (22, 11, 22, 22)
    "set70": {"ru": (25, 11, 23, 23), "bg": (25, 11, 22, 22)},  # after guardsru-87, guardsbg-87
    # set71 at first sight, after this stop's long passes: ru (17, 7, 22, 22), bg (19, 8, 21, 21)
    "set71": {"ru": (25, 11, 23, 23), "bg": (24, 10, 22, 22)},  # after guardsru-88, guardsbg-88, guardsru-89 with lintru-89, guardsbg-89
    # set72 at first sight: ru (23, 9, 21, 21), bg (22, 9, 23, 22)
    "set72": {"ru": (25, 11, 23, 23), "bg": (25, 11, 23, 23)},  # after guardsru-89, guardsbg-89
    # set73 at first sight, after this stop's long passes: ru (19, 6, 21, 20), bg (21, 8, 22, 22)
    "set73": {"ru": (24, 10, 22, 21), "bg": (23, 10, 22, 22)},  # after guardsru-90, guardsbg-90; ru guardsbg-91 (roles), guardsru-95
    # set74 at first sight: ru (22, 8, 22, 22), bg (22, 9, 21, 20)
    "set74": {"ru": (25, 11, 23, 23), "bg": (23, 10, 23, 23)},  # after guardsru-91, guardsbg-91
    # set75 at first sight, after this stop's long passes: ru (21, 9, 22, 21), bg (20, 8, 22, 22)
    "set75": {"ru": (24, 10, 23, 23), "bg": (25, 11, 22, 22)},  # after guardsru-92, guardsbg-92 (bg 25 with both merged)
    # set76 at first sight: ru (21, 9, 22, 22), bg (19, 9, 22, 21)
    "set76": {"ru": (25, 11, 23, 23), "bg": (23, 10, 23, 23)},  # after guardsru-93, guardsbg-93
    # set77 at first sight, after this stop's long passes: ru (18, 7, 22, 22), bg (21, 10, 22, 22)
    "set77": {"ru": (21, 9, 23, 23), "bg": (23, 10, 23, 23)},  # after guardsru-94, guardsbg-94
    # set78 at first sight: ru (17, 6, 21, 21), bg (10, 2, 22, 22)
    "set78": {"ru": (25, 11, 23, 23), "bg": (20, 8, 22, 22)},  # after guardsru-95, guardsbg-95
    # set79 at first sight, after this stop's long passes: ru (19, 7, 23, 20), bg (19, 8, 22, 22)
    "set79": {"ru": (21, 8, 23, 23), "bg": (19, 8, 22, 22)},  # ru after guardsru-96
    "own": {"ru": (23, 12, 29, 28), "bg": (27, 12, 28, 27)},
}
# "own": replies written by a guards helper, before changing the guards, to check they generalise (not blind)
FOLDERS = {"set1": EVAL, **{f"set{n}": EVAL / f"set{n}" for n in range(2, 80)}, "own": ROOT / "tests" / "guard_own"}


LINTER = Linter()


@cache
def _scores(name: str, lang: str) -> Scores:
    """One set's figures in one language, measured when a test first asks: an xdist worker measures the sets of
    its own tests, not every set of the module."""
    return score(yaml.safe_load((FOLDERS[name] / f"{lang}.yaml").read_text(encoding="utf-8")), lang, LINTER)


def test_the_evaluation_set_is_the_one_hashed_before_the_first_run():
    manifest = dict(reversed(line.split()) for line in (EVAL / "MANIFEST.sha256").read_text().splitlines() if line.strip())
    assert manifest and all(hashlib.sha256((EVAL / name).read_bytes()).hexdigest() == digest for name, digest in manifest.items())


@pytest.mark.parametrize("lang", ["ru", "bg"])
@pytest.mark.parametrize("name", FOLDERS)
def test_the_guards_keep_their_figures_on_the_evaluation_sets(name, lang):
    s = _scores(name, lang)
    reached = (s.good_accepted, s.fact_format_accepted, s.bad_blocked, s.bad_blocked_right)
    assert all(got >= floor for got, floor in zip(reached, FLOORS[name][lang], strict=True)), (reached, FLOORS[name][lang])
