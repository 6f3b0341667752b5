"""Mail messages: the agent's new text is found, judged and rewritten; every other byte leaves as it came."""
from __future__ import annotations

from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest

from rewriter import Config, Rewriter, lint_message, rewrite_message
from rewriter.decode import InputError
from rewriter.mail import looks_like_mail, read_mail
from rewriter.mime import parse_parts

MAIL = Path(__file__).parent / "corpus" / "mail"
REWRITER = Rewriter(Config())

RU_OWN = """Здравствуйте, Андрей!

Доводим до вашего сведения, что данный заказ № 61502 был отправлен 14 марта.
Была допущена ошибка в адресе. Приносим извинения за возможные неудобства.

Спасибо, что написали!"""
RU_CLEAN = """Андрей, здравствуйте!

Простите, мы ошиблись в адресе и задержали ваш заказ № 61502. Сегодня, 14 марта,
мы отправили его курьером, он будет у вас 15 марта до 18:00.

Спасибо, что написали, и хорошего дня!"""
BG_OWN = """Здравейте, г-н Петров,

Уведомяваме Ви, че въпросната поръчка № 61502 е анулирана поради липса на наличност.
Разчитаме на Вашето разбиране.

Поздрави!"""
BG_CLEAN = """Здравейте, г-н Петров,

Извинете, сбъркахме адреса на поръчка № 61502. Днес, 14 март, я изпратихме отново
и куриерът ще я донесе утре до 18:00.

Благодарим, че ни писахте, и приятен ден!"""

# file: (the agent's own words, language, body content type, charset, whether a check fails)
CORPUS = {
    "ru-gmail-alternative-utf8-qp.eml": (RU_OWN, "ru", "text/plain", "utf-8", True),
    "ru-outlook-alternative-cp1251-base64.eml": (RU_OWN, "ru", "text/plain", "cp1251", True),
    "ru-thunderbird-koi8r-8bit-signature.eml": (RU_OWN, "ru", "text/plain", "koi8-r", True),
    "ru-thunderbird-alternative-koi8r-base64-pdf.eml": (RU_OWN, "ru", "text/plain", "koi8-r", True),
    "ru-outlook-original-message-koi8r-qp.eml": (RU_OWN, "ru", "text/plain", "koi8-r", True),
    "ru-html-only-utf8-qp.eml": (RU_OWN, "ru", "text/html", "utf-8", True),
    "ru-mixed-pdf-attachment-utf8-base64.eml": (RU_OWN, "ru", "text/plain", "utf-8", True),
    "ru-nested-quotes-utf8-8bit.eml": (RU_OWN, "ru", "text/plain", "utf-8", True),
    "ru-no-charset-cp1251-8bit.eml": (RU_OWN, "ru", "text/plain", "cp1251", True),
    "ru-clean-reply-utf8-qp.eml": (RU_CLEAN, "ru", "text/plain", "utf-8", False),
    "bg-gmail-alternative-utf8-base64.eml": (BG_OWN, "bg", "text/plain", "utf-8", True),
    "bg-outlook-cp1251-qp.eml": (BG_OWN, "bg", "text/plain", "cp1251", True),
    "bg-html-only-cp1251-base64.eml": (BG_OWN, "bg", "text/html", "cp1251", True),
    "bg-outlook-html-only-utf8-qp.eml": (BG_OWN, "bg", "text/html", "utf-8", True),
    "bg-mixed-pdf-attachment-cp1251-qp.eml": (BG_OWN, "bg", "text/plain", "cp1251", True),
    "bg-clean-reply-alternative-cp1251-8bit.eml": (BG_CLEAN, "bg", "text/plain", "cp1251", False),
}
WITH_ATTACHMENT = [name for name in CORPUS if "pdf" in name]
CHANGED = [name for name, case in CORPUS.items() if case[4]]


def raw(name: str) -> bytes:
    return (MAIL / name).read_bytes()


def parsed(data: bytes):
    return BytesParser(policy=policy.default).parsebytes(data)


def words(text: str) -> list[str]:
    return text.split()  # layout aside: HTML and wrapped plain text break lines differently


def test_corpus_covers_every_file_on_disk():
    assert sorted(p.name for p in MAIL.glob("*.eml")) == sorted(CORPUS)


@pytest.mark.parametrize("name", CORPUS)
def test_the_agents_own_words_are_the_body_judged(name):
    own, _, content_type, charset, _ = CORPUS[name]
    draft = read_mail(raw(name))
    expected = own.replace("№", "N") if charset == "koi8-r" else own
    assert (draft.content_type, draft.charset) == (content_type, charset)
    assert words(draft.text[draft.start:draft.end]) == words(expected)


@pytest.mark.parametrize("name", CORPUS)
def test_findings_are_inside_the_agents_words_and_the_verdict_is_right(name):
    _, lang, _, _, fails = CORPUS[name]
    checked = lint_message(raw(name))
    assert checked.report.lang == lang
    assert checked.report.fails() is fails
    for f in checked.report.findings:
        assert checked.start <= f.start <= f.end <= checked.end
        assert checked.text[f.start:f.end] == f.text


@pytest.mark.parametrize("name", WITH_ATTACHMENT)
def test_attachment_is_byte_identical_after_rewrite(name):
    before, after = raw(name), rewrite_message(raw(name)).data
    assert after != before
    old = [before[p.start:p.end] for p, _ in parse_parts(before).walk() if p.is_attachment]
    new = [after[p.start:p.end] for p, _ in parse_parts(after).walk() if p.is_attachment]
    assert old and old == new
    assert [a.get_content() for a in parsed(after).iter_attachments()] == [a.get_content() for a in parsed(before).iter_attachments()]


@pytest.mark.parametrize("name", CHANGED)
def test_only_the_body_parts_change_and_keep_charset_and_transfer_encoding(name):
    before = raw(name)
    after = rewrite_message(before).data
    old_parts, new_parts = list(parse_parts(before).walk()), list(parse_parts(after).walk())
    assert before[:old_parts[0][0].body_start] == after[:new_parts[0][0].body_start]  # the message's headers
    for (old, _), (new, _) in zip(old_parts, new_parts, strict=True):
        assert before[old.start:old.body_start] == after[new.start:new.body_start]
        if old.content_type not in ("text/plain", "text/html"):
            assert old.children or before[old.body_start:old.end] == after[new.body_start:new.end]
    old_body, new_body = read_mail(before), read_mail(after)
    assert (new_body.charset, new_body.body.part.transfer_encoding) == (old_body.charset, old_body.body.part.transfer_encoding)


@pytest.mark.parametrize("name", CHANGED)
def test_the_new_text_is_in_the_message_and_the_history_is_untouched(name):
    before = read_mail(raw(name))
    rewritten = rewrite_message(raw(name))
    after = read_mail(rewritten.data)
    assert after.text == rewritten.result.text
    assert after.text[after.end:] == before.text[before.end:]
    assert "Доводим" not in after.text and "Уведомяваме" not in after.text


@pytest.mark.parametrize("name", [n for n in CHANGED if "alternative" in n])
def test_the_html_alternative_gets_the_same_words_and_keeps_its_markup(name):
    rewritten = rewrite_message(raw(name))
    old_html = parsed(raw(name)).get_body(("html",)).get_content()
    new_html = parsed(rewritten.data).get_body(("html",)).get_content()
    plain = read_mail(rewritten.data)
    assert "Доводим" in old_html or "Уведомяваме" in old_html
    assert "Доводим" not in new_html and "Уведомяваме" not in new_html
    new_sentence = plain.text[plain.start:plain.end].split("\n")[2].split(".")[0]
    assert new_sentence in new_html
    assert new_html.count("<") == old_html.count("<")
    assert new_html[new_html.index("<blockquote") if "<blockquote" in new_html else -200:] == \
        old_html[old_html.index("<blockquote") if "<blockquote" in old_html else -200:]


def test_a_body_whose_charset_cannot_hold_the_new_text_switches_to_utf8():
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "help@techshop.ru", "andrey@mail.ru", "Re: 61502"
    draft = "Здравствуйте, Андрей!\n\nДеньги за заказ № 61502 вернём в кратчайшие сроки.\n"
    message.set_content(draft, charset="windows-1251", cte="base64")
    head = '<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>'
    html = f'<html>{head}<body><p>{draft}</p></body></html>'
    message.add_alternative(html, subtype="html", charset="windows-1251", cte="base64")
    rewritten = rewrite_message(message, mark=True)
    assert "⟨" in rewritten.result.text  # a gap mark: cp1251 has no such character
    for kind in ("plain", "html"):
        part = rewritten.message.get_body((kind,))
        assert part.get_content_charset() == "utf-8" and part["Content-Transfer-Encoding"] == "base64"
        assert "⟨" in part.get_content() and "windows-1251" not in part.get_content()


def test_rewrite_message_accepts_an_email_message_and_returns_one():
    message = parsed(raw("bg-gmail-alternative-utf8-base64.eml"))
    rewritten = rewrite_message(message)
    assert rewritten.message.get_body(("plain",)).get_content().startswith("Здравейте, г-н Петров,\n\nПоръчката")
    assert lint_message(message).own_text.startswith("Здравейте")


def test_an_unchanged_message_comes_back_byte_for_byte():
    name = "ru-clean-reply-utf8-qp.eml"
    assert rewrite_message(raw(name)).data == raw(name)


@pytest.mark.parametrize(
    "data, is_mail",
    [
        (b"From: a@b.c\r\nTo: d@e.f\r\nSubject: x\r\n\r\nbody", True),
        (b"From someone  Mon Mar  3 10:00:00 2025\nFrom: a@b.c\nDate: Mon, 3 Mar 2025\n\nbody", True),
        ("От: Иван\nОтправлено: вчера\n\nЗаказ готов.".encode(), False),
        (b"Subject: only one field\n\nbody", False),
        ("Здравствуйте!\n\nЗаказ готов.\n".encode(), False),
    ],
)
def test_mail_is_told_by_its_header_block_not_by_its_name(data, is_mail):
    assert looks_like_mail(data) is is_mail


def test_a_message_with_no_text_body_is_an_input_error():
    data = b"From: a@b.c\nTo: d@e.f\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\nJVBERg==\n"
    with pytest.raises(InputError, match="no text body"):
        read_mail(data)


def test_a_broken_base64_body_is_an_input_error():
    data = b"From: a@b.c\nTo: d@e.f\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n0JfQ\nQ\n"
    with pytest.raises(InputError, match="broken base64"):
        read_mail(data)


def test_an_html_alternative_with_inline_images_gets_the_new_words_and_keeps_its_image():
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "help@techshop.ru", "andrey@mail.ru", "Re: 61502"
    message.set_content("Здравствуйте!\n\nДанный заказ № 61502 отправлен.\n")
    message.add_alternative('<p>Здравствуйте!</p><p>Данный заказ № 61502 отправлен.</p><img src="cid:logo">', subtype="html")
    message.get_payload()[1].add_related(b"\x89PNG\r\n\x1a\n\x00", "image", "png", cid="<logo>")
    before = message.as_bytes()
    rewritten = rewrite_message(before)
    html = rewritten.message.get_body(("html",)).get_content()
    assert "<p>Этот заказ № 61502 отправлен.</p>" in html
    (image,) = [p for p, _ in parse_parts(rewritten.data).walk() if p.content_type == "image/png"]
    (old_image,) = [p for p, _ in parse_parts(before).walk() if p.content_type == "image/png"]
    assert rewritten.data[image.start:image.end] == before[old_image.start:old_image.end]


def test_a_model_rewrite_of_a_message_keeps_its_attachment_byte_identical():
    from replies import DRAFT, GOOD
    from scripted_model import ScriptedChat

    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "support@example.com", "anna@example.com", "Заказ № 48213"
    message.set_content(DRAFT["ru"] + "\n-- \nАнна, служба поддержки\n", charset="utf-8", cte="quoted-printable")
    pdf = b"%PDF-1.4\n" + bytes(range(256)) * 8 + b"\n%%EOF\n"
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename="invoice.pdf")
    before = message.as_bytes()
    rewritten = rewrite_message(message, llm=ScriptedChat(replies=[GOOD["ru"]]))
    after = rewritten.message
    assert rewritten.result.source == "llm"
    assert after.get_body(("plain",)).get_content() == GOOD["ru"] + "\n" + "\n-- \nАнна, служба поддержки\n"
    (attachment,) = after.iter_attachments()
    assert attachment.get_content() == pdf and _attachment_bytes(rewritten.data) == _attachment_bytes(before)


def _attachment_bytes(data: bytes) -> bytes:
    return data[data.index(b"Content-Disposition: attachment"):]
