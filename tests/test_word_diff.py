"""The word diff of `rewrite --diff`: it shows every change and loses no text, whatever the two texts hold."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rewriter.word_diff import word_changes, word_diff

WORDS = st.lists(st.sampled_from(["заказ", "№", "48213", " ", "  ", "\n", "\r\n", ",", "«", "»", "мы", "данный", "Этот", "\t"]),
                 max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(original=WORDS, new=WORDS)
def test_the_changes_rebuild_both_texts_exactly(original, new):
    changes = word_changes(original, new)
    assert "".join(t for kind, t in changes if kind != "added") == original
    assert "".join(t for kind, t in changes if kind != "removed") == new
    assert all(t for _, t in changes)


def test_a_lone_space_between_two_changes_joins_them():
    assert word_changes("мы были рады", "вы будете рады") == [("removed", "мы были"), ("added", "вы будете"), ("equal", " рады")]


def test_lines_after_a_removed_line_keep_their_own_numbers():
    out = word_diff("один\nдва\nтри\nчетыре\n", "один\nтри\nпять\n", "x.txt")
    assert out.splitlines() == ["--- a/x.txt", "+++ b/x.txt", "@@ -2 +2 @@", "[-два", "-]три", "@@ -4 +3 @@", "[-четыре-]{+пять+}"]


def test_a_long_draft_of_repeated_lines_is_aligned_line_by_line():
    # word by word over the whole text this took 20 s (every space and «заказ» repeats); lines repeat less
    original = "Здравствуйте!\nДоводим до вашего сведения, что заказ № 48213 отправлен.\n" * 100
    new = "Здравствуйте!\nЗаказ № 48213 отправлен.\n" * 100
    changes = word_changes(original, new)
    assert [t for kind, t in changes if kind == "removed"] == ["Доводим до вашего сведения, что заказ"] * 100
    assert [t for kind, t in changes if kind == "added"] == ["Заказ"] * 100


def test_no_change_is_no_output():
    assert word_diff("Спасибо!\n", "Спасибо!\n", "x.txt") == ""
