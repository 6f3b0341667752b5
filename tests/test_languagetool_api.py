"""LanguageTool's API (v2): its own Python client and its browser extension's requests work unchanged."""
from __future__ import annotations

import json

import language_tool_python
import pytest
import requests
from language_tool_python import download_lt

from live_server import LiveServer
from rewriter import Engine
from rewriter.languagetool import Utf16, read_annotation

DRAFT = "Доводим до вашего сведения, что данный заказ был отменён в связи с отсутствием товара."
BG_DRAFT = "Уведомяваме Ви, че въпросната поръчка е анулирана поради липса на наличност."


@pytest.fixture(scope="module")
def server():
    with LiveServer() as live:
        yield live


@pytest.fixture(autouse=True)
def no_downloads(monkeypatch):
    """The client must only talk to our server: downloading LanguageTool itself fails the test."""
    def refuse(*args, **kwargs):
        raise AssertionError("language-tool-python tried to download LanguageTool")

    monkeypatch.setattr(download_lt.LocalLanguageTool, "download", refuse)
    monkeypatch.setattr(language_tool_python.LanguageTool, "_start_local_server", refuse)


def check(server, **params):
    answer = requests.post(f"{server.url}/v2/check", data=params, timeout=30)
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_the_python_client_finds_what_the_engine_finds(server):
    with language_tool_python.LanguageTool("ru-RU", remote_server=server.url) as tool:
        matches = tool.check(DRAFT)
    report, fixes = Engine().lint_with_fixes(DRAFT)
    spans = [(f.rule, *fixes.get(f, (f.start, f.end, None))[:2]) for f in report.findings if f.severity != "info"]
    assert [(m.rule_id, m.offset, m.offset + m.error_length) for m in matches] == spans
    dannyj = next(m for m in matches if m.rule_id == "ru.bureaucratese.dannyj")
    assert DRAFT[dannyj.offset:dannyj.offset + dannyj.error_length] == "данный"
    assert dannyj.replacements == ["этот"] and dannyj.category == "BUREAUCRATESE" and dannyj.message


def test_replacements_are_the_offline_fixes_so_the_client_corrects_as_the_rewrite_does(server):
    draft = "Данный заказ задержится в связи с переездом склада. Вам необходимо подождать."
    with language_tool_python.LanguageTool("ru-RU", remote_server=server.url) as tool:
        corrected = tool.correct(draft)
        advice_only = [m for m in tool.check(draft) if m.rule_id.startswith("ru.structure.")]
    assert corrected == Engine().rewrite(draft, offline=True).text != draft
    assert advice_only and all(m.replacements == [] for m in advice_only)


def test_the_python_client_checks_bulgarian_and_knows_both_languages(server):
    with language_tool_python.LanguageTool("bg-BG", remote_server=server.url) as tool:
        rules = {m.rule_id for m in tool.check(BG_DRAFT)}
    assert "bg.bureaucratese.uvedomyavame-vi" in rules
    assert requests.get(f"{server.url}/v2/languages", timeout=10).json() == [
        {"name": "Russian", "code": "ru", "longCode": "ru-RU"},
        {"name": "Bulgarian", "code": "bg", "longCode": "bg-BG"},
    ]


def test_offsets_are_utf16_units_so_an_emoji_before_a_finding_does_not_shift_it(server):
    text = "Привет 😀👍! " + DRAFT
    answer = check(server, language="ru-RU", text=text)
    dannyj = next(m for m in answer["matches"] if m["rule"]["id"] == "ru.bureaucratese.dannyj")
    as_java = text.encode("utf-16-le")
    assert as_java[2 * dannyj["offset"]:2 * (dannyj["offset"] + dannyj["length"])].decode("utf-16-le") == "данный"
    assert dannyj["offset"] == text.index("данный") + 2
    context = dannyj["context"]
    in_context = context["text"].encode("utf-16-le")[2 * context["offset"]:2 * (context["offset"] + context["length"])]
    assert in_context.decode("utf-16-le") == "данный"


def test_auto_detects_the_language_and_says_so(server):
    answer = check(server, language="auto", text=BG_DRAFT)
    assert answer["language"]["detectedLanguage"]["code"] == "bg-BG"
    assert answer["software"]["premium"] is False and answer["software"]["apiVersion"] == 1
    match = answer["matches"][0]
    assert {"message", "shortMessage", "replacements", "offset", "length", "context", "sentence", "type", "rule"} <= set(match)
    assert {"id", "description", "issueType", "category"} <= set(match["rule"]) and {"id", "name"} <= set(match["rule"]["category"])


def test_text_in_neither_language_gets_no_matches(server):
    answer = check(server, language="auto", text="Your order has shipped.")
    assert answer["matches"] == [] and answer["language"]["code"] == "zz"


def test_the_browser_extension_request_with_annotated_markup(server):
    """As the extension posts a rich-text editor: form-encoded `data`, offsets into the whole HTML."""
    nodes = [
        {"markup": "<p>"},
        {"text": "Здравствуйте! 😀 "},
        {"markup": "<b class=\"x\">", "ignoredKey": 1},
        {"text": "Данный"},
        {"markup": "</b>"},
        {"text": " заказ будет доставлен в кратчайшие сроки."},
        {"markup": "</p>", "interpretAs": "\n\n"},
    ]
    original = "".join(n.get("text", n.get("markup")) for n in nodes)
    answer = requests.post(
        f"{server.url}/v2/check",
        data={"data": json.dumps({"annotation": nodes}), "language": "auto", "enabledOnly": "false", "level": "picky",
              "motherTongue": "ru", "preferredVariants": "", "disabledRules": "WHITESPACE_RULE"},
        headers={"content-type": "application/x-www-form-urlencoded; charset=UTF-8", "origin": "chrome-extension://abc"},
        timeout=30,
    ).json()
    units = original.encode("utf-16-le")
    found = {m["rule"]["id"]: units[2 * m["offset"]:2 * (m["offset"] + m["length"])].decode("utf-16-le") for m in answer["matches"]}
    assert found["ru.bureaucratese.dannyj"] == "Данный"
    assert found["ru.vague_promise.v-kratchajshie-sroki"] == "в кратчайшие сроки"


def test_query_string_and_json_bodies_are_read_too(server):
    by_query = requests.post(f"{server.url}/v2/check", params={"language": "ru-RU", "text": DRAFT}, timeout=30).json()
    by_get = requests.get(f"{server.url}/v2/check", params={"language": "ru-RU", "text": DRAFT}, timeout=30).json()
    by_json = requests.post(f"{server.url}/v2/check", json={"language": "ru-RU", "text": DRAFT}, timeout=30).json()
    form_as_json = requests.post(f"{server.url}/v2/check", data={"language": "ru-RU", "text": DRAFT},
                                 headers={"content-type": "application/json"}, timeout=30).json()
    assert by_query["matches"] == by_get["matches"] == by_json["matches"] == form_as_json["matches"] != []


def test_rule_and_category_selection_as_languagetool_does_it(server):
    everything = {m["rule"]["id"] for m in check(server, language="ru-RU", text=DRAFT, level="picky")["matches"]}
    default = {m["rule"]["id"] for m in check(server, language="ru-RU", text=DRAFT)["matches"]}
    assert "ru.structure.missing-closing" in everything - default  # a hint (info) only when picky
    no_evasion = {m["rule"]["id"] for m in check(server, language="ru-RU", text=DRAFT, disabledCategories="EVASION")["matches"]}
    assert not any(".evasion." in r for r in no_evasion) and any(".evasion." in r for r in default)
    only = check(server, language="ru-RU", text=DRAFT, enabledRules="ru.bureaucratese.dannyj", enabledOnly="true")
    assert [m["rule"]["id"] for m in only["matches"]] == ["ru.bureaucratese.dannyj"]
    without = {m["rule"]["id"] for m in check(server, language="ru-RU", text=DRAFT, disabledRules="ru.bureaucratese.dannyj")["matches"]}
    assert without == default - {"ru.bureaucratese.dannyj"}


@pytest.mark.parametrize(
    "params, says",
    [
        ({"language": "ru-RU", "text": "x", "data": '{"annotation": []}'}, "not both"),
        ({"text": DRAFT}, "language"),
        ({"language": "en-US", "text": "Hello"}, "en-US"),
        ({"language": "ru-RU", "data": '{"annotation": [{"text": "a", "markup": "<b>"}]}'}, "either"),
    ],
)
def test_requests_languagetool_refuses_get_400_in_plain_text(server, params, says):
    answer = requests.post(f"{server.url}/v2/check", data=params, timeout=30)
    assert answer.status_code == 400 and says in answer.text and not answer.text.startswith("{")


def test_utf16_units_count_astral_characters_twice():
    units = Utf16("a😀b😀c")
    assert [units(i) for i in range(6)] == [0, 1, 3, 4, 6, 7]


def test_markup_between_words_is_counted_in_offsets_but_not_checked():
    text = read_annotation({"annotation": [{"text": "ab"}, {"markup": "<br>", "interpretAs": "\n"}, {"text": "cd"}]})
    assert text.plain == "ab\ncd" and text.original == "ab<br>cd"
    assert text.to_original(3, 5) == (6, 8) and text.to_original(0, 2) == (0, 2) and text.to_original(1, 4) == (1, 7)


def test_on_a_server_with_a_token_a_client_may_send_it_as_its_api_key():
    from rewriter.http_app import ServeSettings

    with LiveServer(ServeSettings(token="s3cret")) as locked:
        refused = requests.post(f"{locked.url}/v2/check", data={"language": "ru-RU", "text": DRAFT}, timeout=30)
        let_in = requests.post(f"{locked.url}/v2/check", data={"language": "ru-RU", "text": DRAFT, "apiKey": "s3cret", "username": "me"},
                               timeout=30)
    assert refused.status_code == 401 and "token" in refused.text
    assert let_in.status_code == 200 and let_in.json()["matches"]


def test_a_fix_whose_words_straddle_markup_is_not_offered(server):
    nodes = [{"text": "Данный заказ задержится в связи "}, {"markup": "<i>"}, {"text": "с переездом склада."}, {"markup": "</i>"}]
    answer = check(server, language="ru-RU", data=json.dumps({"annotation": nodes}))
    by_rule = {m["rule"]["id"]: m for m in answer["matches"]}
    original = "".join(n.get("text", n.get("markup")) for n in nodes)
    straddling = by_rule["ru.bureaucratese.v-svyazi-s"]
    assert straddling["replacements"] == []
    assert original[straddling["offset"]:straddling["offset"] + straddling["length"]] == "в связи <i>с"
    assert by_rule["ru.bureaucratese.dannyj"]["replacements"] == [{"value": "Этот"}]
