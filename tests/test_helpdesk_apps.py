"""The helpdesk examples' JavaScript in headless Chromium, against a fake helpdesk client and the running service.

The apps' page is served from another origin than the service, so the CORS allow-list is on the way too.
"""
from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from browser import browser, page  # noqa: F401  (fixtures)
from live_server import LiveServer
from rewriter.http_app import ServeSettings

pytestmark = pytest.mark.slow
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
DRAFT = (EXAMPLES / "draft-ru.txt").read_text(encoding="utf-8")
REPLY = (EXAMPLES / "reply-ru.txt").read_text(encoding="utf-8")

FAKE_ZENDESK = """
var fake = {
  handlers: {}, comment: {text: "", type: "publicReply"},
  on: function (name, handler) { this.handlers[name] = handler; },
  get: function () { return Promise.resolve({"ticket.comment.text": this.comment.text, "ticket.comment.type": this.comment.type}); }
};
window.save = function (html, type) {
  fake.comment = {text: html, type: type || "publicReply"};
  return Promise.resolve(fake.handlers["ticket.save"]()).then(
    function (ok) { return ok === false ? "blocked" : "saved"; },
    function (reason) { return "blocked: " + reason; });
};
registerSaveCheck(fake, SETTINGS, document.getElementById("findings"), document.getElementById("state"));
"""

FAKE_FRESHDESK = """
var fake = {
  events: {on: function (name, handler, options) { this.name = name; this.handler = handler; this.options = options; }},
  interface: {trigger: function (action, data) { window.notified = data; return Promise.resolve(); }}
};
window.send = function (html) {
  return new Promise(function (resolve) {
    fake.events.handler({helper: {
      getData: function () { return {body: html}; },
      done: function () { resolve("sent"); },
      fail: function (reason) { resolve("blocked: " + reason); }
    }});
  });
};
window.registered = function () { return [fake.events.name, fake.events.options]; };
registerSendCheck(fake, SETTINGS, document.getElementById("findings"));
"""


class Helpdesk:
    """The page the app runs in, served from its own origin on 127.0.0.1 (as a helpdesk serves an app's iframe)."""

    def __init__(self) -> None:
        self.html = b""
        helpdesk = self

        class Page(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.end_headers()
                self.wfile.write(helpdesk.html)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Page)
        self.origin = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture(scope="module")
def helpdesk():
    host = Helpdesk()
    yield host
    host.server.shutdown()


@pytest.fixture(scope="module")
def server(helpdesk):
    with LiveServer(ServeSettings(cors_origins=(helpdesk.origin,))) as live:
        yield live


def closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


def open_app(page, helpdesk: Helpdesk, hook: Path, fake: str, server_url: str) -> None:
    settings = json.dumps({"serverUrl": server_url})
    helpdesk.html = (
        '<!doctype html><meta charset="utf-8"><p id="state"></p><ol id="findings"></ol>'
        f"<script>{CORE.read_text(encoding='utf-8')}</script><script>{hook.read_text(encoding='utf-8')}</script>"
        f"<script>var SETTINGS = {settings};{fake}</script>"
    ).encode()
    page.goto(f"{helpdesk.origin}/app.html")


def as_html(text: str) -> str:
    return "".join(f"<p>{line}</p>" if line else "<p><br></p>" for line in text.split("\n"))


CORE = EXAMPLES / "helpdesk" / "reply-check.js"
ZENDESK = EXAMPLES / "zendesk-app" / "assets" / "save-hook.js"
FRESHDESK = EXAMPLES / "freshdesk-app" / "app" / "scripts" / "send-hook.js"


def test_zendesk_blocks_a_save_with_errors_and_lists_the_findings(page, helpdesk, server):
    open_app(page, helpdesk, ZENDESK, FAKE_ZENDESK, server.url)
    outcome = page.evaluate("html => save(html)", as_html(DRAFT))
    assert outcome.startswith("blocked: «")
    rules = page.eval_on_selector_all("#findings li", "items => items.map(i => i.dataset.rule)")
    # the two non-apology rules on «Приносим извинения за возможные неудобства» fold into one finding
    assert "ru.evasion.otmenen" in rules and any(rule.startswith("ru.non_apology.") for rule in rules)


def test_zendesk_saves_a_good_reply_and_an_internal_note_unchecked(page, helpdesk, server):
    open_app(page, helpdesk, ZENDESK, FAKE_ZENDESK, server.url)
    assert page.evaluate("html => save(html)", as_html(REPLY)) == "saved"
    assert page.evaluate("html => save(html, 'internalNote')", as_html(DRAFT)) == "saved"


def test_zendesk_fails_open_when_the_service_is_down(page, helpdesk):
    open_app(page, helpdesk, ZENDESK, FAKE_ZENDESK, closed_port_url())
    assert page.evaluate("html => save(html)", as_html(DRAFT)) == "saved"
    assert "unchecked" in page.text_content("#state")


def test_freshdesk_intercepts_send_reply_and_stops_a_reply_with_errors(page, helpdesk, server):
    open_app(page, helpdesk, FRESHDESK, FAKE_FRESHDESK, server.url)
    assert page.evaluate("registered()") == ["ticket.sendReply", {"intercept": True}]
    outcome = page.evaluate("html => send(html)", as_html(DRAFT))
    assert outcome.startswith("blocked: «")
    assert page.evaluate("window.notified.type") == "danger"
    assert page.locator("#findings li.error").count() >= 1


def test_freshdesk_sends_a_good_reply_and_text_in_another_language(page, helpdesk, server):
    open_app(page, helpdesk, FRESHDESK, FAKE_FRESHDESK, server.url)
    assert page.evaluate("html => send(html)", as_html(REPLY)) == "sent"
    assert page.evaluate("html => send(html)", "<p>Thanks, your refund is on its way.</p>") == "sent"


def test_freshdesk_fails_open_when_the_service_is_down(page, helpdesk):
    open_app(page, helpdesk, FRESHDESK, FAKE_FRESHDESK, closed_port_url())
    assert page.evaluate("html => send(html)", as_html(DRAFT)) == "sent"


def test_an_origin_not_on_the_allow_list_gets_no_answer_and_the_app_fails_open(page, helpdesk):
    with LiveServer(ServeSettings(cors_origins=("https://other.example",))) as elsewhere:
        open_app(page, helpdesk, FRESHDESK, FAKE_FRESHDESK, elsewhere.url)
        assert page.evaluate("html => send(html)", as_html(DRAFT)) == "sent"
        assert page.locator("#findings li").count() == 0
