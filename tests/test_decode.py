"""Drafts are decoded from the encodings mail uses; binary input is refused."""
from __future__ import annotations

import codecs
from pathlib import Path

import pytest
import yaml

from rewriter.decode import InputError, decode_draft, known_word_share
from rewriter.mail import read_mail

TEXT = "Здравствуйте! Ваш заказ 48213 уже в пути. Спасибо, что ждёте."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1251", "koi8-r"])
def test_each_encoding_round_trips(encoding):
    draft = decode_draft(TEXT.encode(encoding))
    assert draft.text == TEXT
    assert draft.encode(draft.text) == TEXT.encode(encoding)


def test_short_all_caps_cp1251_is_still_told_from_koi8r():
    assert decode_draft("Спасибо".encode("cp1251")).text == "Спасибо"
    assert decode_draft("Спасибо".encode("koi8-r")).text == "Спасибо"


@pytest.mark.parametrize("data", [b"\x00\x01\x02binary", bytes(range(1, 32)) * 4, b"\xff\xfe\xfd" * 2 + b"\x00"])
def test_binary_is_refused(data):
    with pytest.raises(InputError):
        decode_draft(data)


def test_undecodable_latin_bytes_are_refused():
    with pytest.raises(InputError):
        decode_draft(b"caf\xe9 cr\xe8me")


CORPUS = Path(__file__).parent / "corpus"
REPLIES = [case["text"] for name in ("drafts_ru", "drafts_bg", "plain_ru", "plain_bg")
           for case in yaml.safe_load((CORPUS / f"{name}.yaml").read_text(encoding="utf-8"))]


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
def test_every_corpus_reply_in_a_legacy_codepage_is_read_in_that_codepage(encoding):
    misread = []
    for text in REPLIES:
        data = text.encode(encoding, "replace")  # koi8-r has no «» or №
        draft = decode_draft(data)
        if (draft.encoding, draft.text) != (encoding, data.decode(encoding)):
            misread.append((draft.encoding, text[:40]))
    assert misread == [] and len(REPLIES) > 100


ENCODED = TEXT.encode("utf-8")


@pytest.mark.parametrize(
    "data, note",
    [
        (b"\xff" + ENCODED, "1 byte is not UTF-8 (the first at byte 0)"),
        (ENCODED[:10] + b"\xff" + ENCODED[10:], "1 byte is not UTF-8 (the first at byte 10)"),
        (ENCODED[:11] + b"\xff" + ENCODED[11:], "3 bytes are not UTF-8 (the first at byte 10)"),  # the letter it split too
        (ENCODED[:-2], f"1 byte is not UTF-8 (the first at byte {len(ENCODED) - 3})"),  # «ждёте.» cut inside «е»
    ],
    ids=["first byte", "between letters", "inside a letter", "last letter cut"],
)
def test_utf8_with_a_broken_byte_stays_utf8_with_a_note_never_a_legacy_guess(data, note):
    draft = decode_draft(data)
    assert draft.encoding == "utf-8" and "\ufffd" in draft.text and draft.damage.startswith(note)
    assert "Ваш заказ 48213 уже в пути" in draft.text


@pytest.mark.parametrize("declared", [b"", b"Content-Type: text/plain; charset=utf-8\r\n"], ids=["undeclared", "declared utf-8"])
def test_a_message_body_with_a_broken_byte_is_read_as_utf8_too(declared):
    body = ENCODED[:10] + b"\xff" + ENCODED[10:]
    message = read_mail(b"From: a@b.c\r\nTo: d@e.f\r\n" + declared + b"\r\n" + body)
    assert message.charset == "utf-8" and message.text == TEXT[:5] + "\ufffd" + TEXT[5:]
    assert message.damage.startswith("1 byte is not UTF-8")


def test_a_broken_byte_after_a_utf8_bom_is_noted_not_a_crash():
    draft = decode_draft(codecs.BOM_UTF8 + ENCODED + b"\xc0")
    assert draft.encoding == "utf-8-sig" and draft.text == TEXT + "\ufffd"
    assert f"the first at byte {len(codecs.BOM_UTF8 + ENCODED)})" in draft.damage


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(0xC0, 0x100)) * 20,  # every Cyrillic letter of both codepages, in no word
        ENCODED[1::2] * 3,
        TEXT.encode("cp1251").decode("koi8-r").encode("cp1251", "replace"),  # mojibake saved as a file
    ],
    ids=["letters in no order", "half of every UTF-8 letter", "mojibake saved as cp1251"],
)
def test_bytes_that_read_as_no_words_in_any_codepage_are_refused(data):
    with pytest.raises(InputError, match="not Russian or Bulgarian words"):
        decode_draft(data)


def test_mojibake_scores_low_and_real_words_high():
    for mojibake in (TEXT.encode().decode("koi8-r"), TEXT.encode().decode("cp1251"), TEXT.encode("cp1251").decode("koi8-r")):
        assert known_word_share(mojibake) < 0.1, mojibake
    assert known_word_share(TEXT) == 1.0
