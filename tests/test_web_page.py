"""The web editor at `/`, in a real headless Chromium: findings marked in place, the reply parts, the rewrite as changes."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest

from browser import browser, page  # noqa: F401  (fixtures)
from live_server import LiveServer
from rewriter import Engine
from rewriter.languagetool import interface_strings

pytestmark = pytest.mark.slow
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def server():
    with pytest.MonkeyPatch.context() as patch:
        for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
            patch.delenv(name, raising=False)
        with LiveServer() as live:
            yield live


def marked(findings):
    """The spans the page marks: findings with text, an overlapping later one left to the list."""
    spans, cursor = [], 0
    for f in findings:
        if f.end > f.start and f.start >= cursor:
            spans.append((f.rule, f.text))
            cursor = f.end
    return spans


def open_with(page, server, text):
    page.goto(f"{server.url}/?text={quote(text)}")
    page.wait_for_selector("#draft mark[data-rule]")


def marks(page):
    return page.eval_on_selector_all("#draft mark", "ms => ms.map(m => [m.dataset.rule, m.textContent])")


def test_a_draft_in_the_address_opens_checked_with_each_finding_marked_in_place(page, server):
    text = (EXAMPLES / "draft-ru.txt").read_text(encoding="utf-8")
    open_with(page, server, text)
    assert [tuple(m) for m in marks(page)] == marked(Engine().lint(text).findings)
    assert page.text_content("#draft") == text


def test_an_emoji_before_a_finding_does_not_shift_its_mark(page, server):
    text = "Андрей, привет 😀👍! Данный заказ будет доставлен в кратчайшие сроки."
    open_with(page, server, text)
    assert ["ru.bureaucratese.dannyj", "Данный"] in marks(page)
    assert ["ru.vague_promise.v-kratchajshie-sroki", "в кратчайшие сроки"] in marks(page)


def test_clicking_a_finding_explains_it(page, server):
    text = "Данный заказ будет доставлен в кратчайшие сроки."
    open_with(page, server, text)
    page.click('#draft mark[data-rule="ru.vague_promise.v-kratchajshie-sroki"]')
    finding = next(f for f in Engine().lint(text).findings if f.rule == "ru.vague_promise.v-kratchajshie-sroki")
    assert page.is_visible("#explain")
    assert page.text_content("#explain .message") == finding.message


def test_the_four_reply_parts_are_a_checklist(page, server):
    # the example without its apology: one part missing, three present
    text = (EXAMPLES / "draft-ru.txt").read_text(encoding="utf-8").replace("Приносим извинения за возможные неудобства. ", "")
    open_with(page, server, text)
    sections = Engine().lint(text).sections
    shown = page.eval_on_selector_all("#parts li", "ls => ls.map(l => [l.dataset.part, l.className])")
    assert shown == [[part, "present" if present else "missing"] for part, present in sections.items()]
    assert dict(shown)["apology"] == "missing" and dict(shown)["remedy"] == "present"


def test_typing_a_draft_checks_it(page, server):
    page.goto(server.url + "/")
    page.click("#draft")
    page.keyboard.type("Доводим до вашего сведения, что заказ готов.")
    page.wait_for_selector('#draft mark[data-rule="ru.bureaucratese.dovodim-do-svedeniya"]')
    assert page.text_content("#draft") == "Доводим до вашего сведения, что заказ готов."


def test_the_rewrite_shows_word_changes_to_accept_or_reject(page, server):
    text = "В связи с переездом склада данный заказ задержится. Денежные средства вернём завтра."
    expected = Engine().rewrite(text, offline=True).text
    open_with(page, server, text)
    page.click("#rewrite-button")
    page.wait_for_selector("#rewrite .change")
    changes = page.query_selector_all("#rewrite .change")
    assert len(changes) >= 2
    old_words = changes[0].query_selector("del").text_content().strip()
    new_words = changes[0].query_selector("ins").text_content().strip()
    changes[0].query_selector("button.reject").click()
    page.click("#use-rewrite")
    page.wait_for_function("() => !document.getElementById('draft').textContent.includes('переездом склада данный') ")
    taken = page.text_content("#draft")
    assert taken != expected and taken != text
    assert old_words in taken and (not new_words or new_words not in taken.replace(old_words, ""))
    page.click("#rewrite-button")
    page.wait_for_selector("#rewrite .change")
    page.click("#use-rewrite")
    page.wait_for_function("() => document.getElementById('rewrite-pane').hidden")
    assert page.text_content("#draft") == Engine().rewrite(taken, offline=True).text


def test_the_interface_speaks_bulgarian_too(page, server):
    text = (EXAMPLES / "draft-bg.txt").read_text(encoding="utf-8")
    open_with(page, server, text)
    page.select_option("#ui-lang", "bg")
    words = interface_strings()["bg"]
    assert page.text_content("h1") == words["title"]
    assert page.text_content("#rewrite-button") == words["rewrite"]
    assert words["partNames"]["apology"] in page.text_content("#parts")
    assert [tuple(m) for m in marks(page)] == marked(Engine().lint(text).findings)


def test_on_a_server_with_a_token_the_page_sends_the_one_in_its_address(page):
    from rewriter.http_app import ServeSettings

    text = "Данный заказ будет доставлен в кратчайшие сроки."
    with LiveServer(ServeSettings(token="s3cret")) as locked:
        page.goto(f"{locked.url}/?text={quote(text)}")
        page.wait_for_function("() => document.getElementById('status').textContent.includes('token')")
        assert page.locator("#draft mark").count() == 0
        page.goto(f"{locked.url}/?text={quote(text)}#token=s3cret")
        page.reload()
        page.wait_for_selector('#draft mark[data-rule="ru.bureaucratese.dannyj"]')
