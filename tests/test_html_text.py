"""HTML read as text, and a change of that text made in the markup: tags, styles and quotes stay."""
from __future__ import annotations

from rewriter.html_text import TextEdit, apply_to_markup, render_html
from rewriter.text_edits import carry_edits, diff_edits

GMAIL = (
    '<div dir="ltr"><div>Здравствуйте!</div><div><br></div><div>Данный  заказ&nbsp;№ 5 <b>отправлен</b>.</div>'
    '<div class="gmail_quote"><div class="gmail_attr">On Mon, Ivan &lt;i@x.ru&gt; wrote:<br></div>'
    '<blockquote class="gmail_quote">Где <i>мой</i><br>заказ?</blockquote></div></div>'
)


def test_html_reads_as_lines_with_quotes_marked_and_styles_hidden():
    text = render_html("<html><head><style>p {color: red}</style></head><body>" + GMAIL + "</body></html>").text
    assert text == "Здравствуйте!\n\nДанный заказ\xa0№ 5 отправлен.\nOn Mon, Ivan <i@x.ru> wrote:\n> Где мой\n> заказ?\n"


def test_every_character_read_comes_from_its_place_in_the_markup():
    rendering = render_html(GMAIL)
    for ch, origin in zip(rendering.text, rendering.origins, strict=True):
        if origin is not None and not ch.isspace() and ch != "\xa0" and ch not in "<>":
            assert GMAIL[origin[0]:origin[1]] == ch


def test_an_edit_of_the_text_changes_only_those_characters_of_the_markup():
    rendering = render_html(GMAIL)
    start = rendering.text.index("Данный")
    assert apply_to_markup(GMAIL, rendering, [TextEdit(start, start + 6, "Этот & тот")]) == GMAIL.replace("Данный", "Этот &amp; тот")


def test_an_edit_across_tags_keeps_the_tags():
    rendering = render_html(GMAIL)
    start, end = rendering.text.index("№ 5"), rendering.text.index("отправлен") + len("отправлен")
    changed = apply_to_markup(GMAIL, rendering, [TextEdit(start, end, "№ 6 в пути")])
    assert "№ 6 в пути<b></b>." in changed and changed.count("<") == GMAIL.count("<")


def test_edits_of_the_plain_part_are_carried_to_the_same_words_of_the_html():
    plain = "Здравствуйте!\n\nДоводим до вашего сведения, что данный заказ\n№ 5 отправлен.\n"
    new = "Здравствуйте!\n\nЭтот заказ\n№ 5 отправлен.\n"
    html_text = "Здравствуйте!\n\nДоводим до вашего сведения, что данный заказ № 5 отправлен.\n> Доводим\n"
    carried = carry_edits(diff_edits(plain, new), plain, html_text, (0, html_text.index(">")))
    assert carried == [TextEdit(15, html_text.index("данный") + 6, "Этот")]


def test_a_deleted_sentence_is_the_whole_sentence_not_a_shifted_stretch():
    old = "наличност.\nРазчитаме на Вашето разбиране.\n\nПоздрави!"
    (edit,) = diff_edits(old, "наличност.\n\nПоздрави!")
    assert old[edit.start:edit.end] == "\nРазчитаме на Вашето разбиране."
