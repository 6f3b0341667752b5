"""The Russian rules the offline rewrite left most, by class, on whole replies in new wordings and domains, each
with an innocent neighbour that stays as written: each rewrite is idempotent."""
from __future__ import annotations

import pytest

from rewriter import Config, Rewriter

REWRITER = Rewriter(Config(required_parts=()))

CASES = [
    # the reply frame «В ответ на Ваш … № / от …» with «сообщаем, что»: «Отвечаем на …» and the news as a sentence
    ("В ответ на Вашу претензию № 2041 от 8 апреля сообщаем, что бойлер заменён по гарантии.",
     "Отвечаем на Вашу претензию № 2041 от 8 апреля. Бойлер заменён по гарантии."),
    ("В ответ на Ваше письмо от 02.10.2026 сообщаем Вам о том, что пропуск в архив продлён до марта.",
     "Отвечаем на Ваше письмо от 02.10.2026. Пропуск в архив продлён до марта."),
    ("В ответ на телеграмму экипажа № 4 сообщаем, что лоцман будет на борту в 6:00.",
     "Отвечаем на телеграмму экипажа № 4. Лоцман будет на борту в 6:00."),
    # … not with a second ground joined to the letter, nor news that points back with «это», nor «сообщаем о …»
    ("В ответ на Вашу жалобу № 9 и согласно уставу сообщаем, что взнос пересчитан.",
     "В ответ на Вашу жалобу № 9 и согласно уставу сообщаем, что взнос пересчитан."),
    ("В ответ на Ваше письмо № 31 сообщаем, что это была плановая проверка.",
     "В ответ на Ваше письмо № 31 сообщаем, что это была плановая проверка."),
    ("В ответ на Ваш запрос № 31 сообщаем о переносе приёма.", "В ответ на Ваш запрос № 31 сообщаем о переносе приёма."),
    # «может являться» → «может быть»: the modal's infinitive link, its instrumental kept
    ("Появление конденсата на стёклах может являться следствием слабой вентиляции.",
     "Появление конденсата на стёклах может быть следствием слабой вентиляции."),
    ("Устная договорённость с курьером не может являться подтверждением доставки.",
     "Устная договорённость с курьером не может быть подтверждением доставки."),
    # … a finite «являлась» and «может» of another verb stay as written
    ("Эта скидка являлась сезонной, и мы можем продлить её.", "Эта скидка являлась сезонной, и мы можем продлить её."),
]


@pytest.mark.parametrize("draft, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_left_rule_class_rewrites_as_an_editor_wants(draft, expected):
    result = REWRITER.rewrite(draft, "ru").text
    assert result == expected
    assert REWRITER.rewrite(result, "ru").text == result
