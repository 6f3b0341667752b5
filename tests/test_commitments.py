"""Promise cues: every kind is found in any inflected form, and a Russian cue lemma is a dictionary form."""
from __future__ import annotations

import pytest

from rewriter.commitments import _commitment_index, find_commitments
from rewriter.nlp import morphology

PROMISES = [
    ("ru", "Мы вернём вам 1 200 руб. на карту.", "refund"),
    ("ru", "Возмещение придёт в течение недели.", "refund"),
    ("ru", "Начислим вам 300 бонусов за ожидание.", "compensation"),
    ("ru", "Дарим промокод на следующий заказ.", "discount"),
    ("ru", "Доставку сделаем бесплатной.", "gift"),
    ("ru", "Курьер приедет послезавтра.", "deadline"),
    ("ru", "Всё исправим за три дня.", "deadline"),
    ("bg", "Ще Ви възстановим сумата по картата.", "refund"),
    ("bg", "Ще получите компенсация за забавянето.", "compensation"),
    ("bg", "Изпращаме Ви ваучер за следващата поръчка.", "discount"),
    ("bg", "Доставката ще е безплатна.", "gift"),
    ("bg", "Куриерът ще дойде в петък.", "deadline"),
]


@pytest.mark.parametrize("lang, text, kind", PROMISES)
def test_each_kind_of_promise_is_found(lang, text, kind):
    assert kind in find_commitments(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("ru", "Простите, мы перепутали адрес. Хорошего дня!"),
    ("bg", "Извинете, сбъркахме адреса. Приятен ден!"),
])
def test_an_apology_with_a_warm_closing_promises_nothing(lang, text):
    assert find_commitments(text, lang) == frozenset()


def test_quoted_history_promises_nothing_for_the_agent():
    assert find_commitments("Спасибо за письмо.\n\nИван пишет:\n> Верните деньги завтра!", "ru") == frozenset()


def test_russian_cue_lemmas_are_dictionary_forms():
    analyzer = morphology("ru")
    _, cues = _commitment_index("ru")
    atoms = [a for cue in cues for p in cue.patterns for slot in p.slots for a in slot.atoms if a.lemma and a.form is None]
    assert atoms and [a.lemma for a in atoms if a.lemma not in {p.lemma for p in analyzer.analyze(a.lemma).parses}] == []
