"""Drafts are decoded from the encodings mail uses; binary input is refused."""
from __future__ import annotations

import pytest

from rewriter.decode import InputError, decode_draft

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
