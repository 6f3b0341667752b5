"""Guard set 43's misses as classes, in other domains: a Bulgarian reply with a sentence in Macedonian is in the
wrong language, told by Macedonian's article on a noun Bulgarian has («проблемот») and by its own words for costs,
while the Bulgarian article and the Bulgarian words ending so («животът», «пилот») stay Bulgarian. A Russian job
scheduled in the passive with its workers named («будет произведена силами бригады») is the visit a reply's worker
makes; with none named it may be done elsewhere. A Russian reply that tells a heavy draft's faults in other words the
lint reads as the same kind, its stock thanks said otherwise, is improved."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew

_BOILER = "Котелът в апартамента Ви беше ремонтиран на 14.11. Извиняваме се за забавянето."


@pytest.mark.parametrize("sentence, foreign", [
    # Macedonian's article on a noun Bulgarian has, which Bulgarian writes «-ът»
    ("Проблемот со котела го решивме на место.", "Проблемот"),
    ("Износот за ремонта Ви го враќаме.", "Износот"),
    # Macedonian's own word for costs
    ("Трошоците за ремонта остават за наша сметка.", "Трошоците"),
])
def test_a_macedonian_sentence_in_a_bulgarian_reply_is_in_the_wrong_language(sentence, foreign):
    reply = f"Котелът в апартамента Ви беше ремонтиран на 14.11. {sentence} Извиняваме се за забавянето."
    assert foreign in problems_with("bg", _BOILER, reply).get("language_wrong", ())


@pytest.mark.parametrize("sentence", [
    # the Bulgarian article on the same nouns
    "Проблемът с котела го решихме на място.",
    "Разходите за ремонта остават за наша сметка.",
    # Bulgarian words that end in «-от» of their own
    "Пилотът на новия котел работи, капакът е сменен.",
])
def test_the_bulgarian_article_and_words_ending_so_are_bulgarian(sentence):
    reply = f"Котелът в апартамента Ви беше ремонтиран на 14.11. {sentence} Извиняваме се за забавянето."
    assert "language_wrong" not in problems_with("bg", _BOILER, reply)



@pytest.mark.parametrize("draft, new", [
    # a job the draft schedules in the passive with the workers named after it is the visit a reply's worker makes
    ("Замена стеклопакетов будет произведена до 20.03 бесплатно силами бригады монтажников.", []),
    ("Замена стеклопакетов будет произведена до 20.03 нашим инженером.", []),
    # … while a replacement with no worker named may be done elsewhere: the reply's visit is new
    ("Замена стеклопакетов будет произведена до 20.03.", ["contact"]),
])
def test_a_passive_job_with_its_workers_named_is_the_replys_visit(draft, new):
    assert promised_anew("ru", draft, "Бригада монтажников заменит стеклопакеты до 20.03.") == new


# a draft heavy with officialese, its two evasions retold in other words that the lint still reads as evasion and its
# stock thanks said otherwise: improved; the same reply with the draft's thanks word for word is not
_POOL_DRAFT = ("Уважаемая Ольга Николаевна!\nВаше обращение по вопросу закрытия бассейна в спорткомплексе «Волна» зарегистрировано "
   "под № 318. Приносим извинения за задержку ответа. "
   "Сообщаем, что часы работы бассейна были временно сокращены в связи с проведением ремонта системы фильтрации. "
   "По результатам проверки принято решение "
   "об открытии бассейна с 10.02. Расписание будет размещено на сайте volna-sport.ru.\nБлагодарим Вас за активную гражданскую позицию.")
_POOL_REPLY = ("Ольга Николаевна, здравствуйте!\nМы получили ваше обращение № 318 о бассейне в спорткомплексе «Волна», "
   "простите, что отвечаем с задержкой. "
   "Часы работы бассейна временно сократили на время ремонта системы фильтрации. "
   "Теперь решение принято: с 10.02 бассейн вернётся к прежнему расписанию, расписание появится на сайте volna-sport.ru.\n"
   "Спасибо вам за неравнодушие!")
_POOL_THANKS = ("Спасибо вам за неравнодушие!", "Благодарим Вас за активную гражданскую позицию.")


def test_a_heavy_draft_retold_with_its_thanks_said_otherwise_is_improved_but_not_with_the_drafts_thanks():
    own, drafts = _POOL_THANKS
    replies = (_POOL_REPLY, _POOL_REPLY.replace(own, drafts))
    assert ["not_better" in problems_with("ru", _POOL_DRAFT, reply) for reply in replies] == [False, True]
