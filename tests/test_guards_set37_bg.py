"""Guard set 37's Bulgarian misses as classes, in other domains: news the draft has sent to the customer in the
passive («сведения … ще Ви бъдат изпращани») is the contact a reply may say in its own words; a reply that rewrote the
draft's faults keeps a fact's label («вх. №») word for word without keeping its officialese."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew

_TRACKING = "Пратката е на склад в Русе. Сведения за движението ѝ ще Ви бъдат изпращани всеки ден на посочения имейл."
_RESULTS = "Информация за резултатите от изследването ще Ви бъде предоставена по телефона до 14.06.2026 г."
_POSTED = "Информацията за резултатите от изследването ще бъде публикувана на сайта до 14.06.2026 г."


@pytest.mark.parametrize("draft, reply, new", [
    # news sent by a channel, said by the reply as a letter or a call
    (_TRACKING, "Пратката е на склад в Русе и всеки ден ще Ви пишем по имейл докъде е стигнала.", []),
    (_RESULTS, "До 14.06.2026 г. ще Ви се обадим с резултатите от изследването.", []),
    # … while news put up for all to read reaches no one
    (_POSTED, "До 14.06.2026 г. ще Ви се обадим с резултатите от изследването.", ["contact"]),
])
def test_news_sent_in_the_passive_is_a_contact(draft, reply, new):
    assert promised_anew("bg", draft, reply) == new


_LIBRARY_DRAFT = (
    "Уважаема г-жо Маринова,\n\nВъв връзка с Ваше запитване с вх. № 318/11.05.2026 г. Ви уведомяваме, че на 09.05.2026 г. "
    "върнатите от Вас 3 книги не са били отчетени от автомата за връщане в читалня 2 поради прекъсване на захранването. "
    "Извиняваме се за причинените неудобства. Начислената неустойка от 4,50 евро ще бъде възстановена по картата, с която е "
    "извършено плащането, в срок до 5 работни дни.\n\nБлагодарим Ви за разбирането.\n\nС уважение,\nГрадска библиотека"
)
_LIBRARY_REPLY = (
    "Здравейте, г-жо Маринова,\n\nСъжаляваме, че на 09.05.2026 г. автоматът не прие 3-те книги, които върнахте в читалня 2, "
    "и се наложи да платите неустойка. Вината е наша: захранването прекъсна и книгите не можаха да бъдат отчетени.\n\n"
    "Неустойката от 4,50 евро ще Ви бъде върната по картата, с която платихте, в срок до 5 работни дни. Запитването Ви е "
    "регистрирано с вх. № 318/11.05.2026 г.\n\n{closing}\n\nГрадска библиотека"
)


@pytest.mark.parametrize("closing, better", [
    # one stock term kept word for word beside the fact's label, the thanks in its own words
    ("Благодарим за разбирането!", True),
    # two of the draft's flagged phrases kept word for word: its officialese stays
    ("Благодарим Ви за разбирането.", False),
])
def test_a_facts_label_kept_word_for_word_keeps_no_officialese(closing, better):
    reply = _LIBRARY_REPLY.format(closing=closing)
    assert ("not_better" not in problems_with("bg", _LIBRARY_DRAFT, reply)) is better
