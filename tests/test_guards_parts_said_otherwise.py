"""Parts said in other words around the same facts and causes told beside the failure (guard set 13's
classes, in other domains): the good reply keeps the part, the reply that really drops it does not. What
the sentence splitter must not cut is in test_sentences.py."""
from __future__ import annotations

import pytest

from guard_checks import problems_with

# A step that tells the customer what to do around a fact, said in other words around the same fact.
STEP_WITH_FACTS = [
    ("ru", "Здравствуйте!\nПриносим извинения за ошибку в счёте.\nСчёт будет исправлен 12.05.\n"
           "В случае возникновения вопросов просим обращаться по адресу billing@vodokanal.ru.\nХорошего дня!",
     "Здравствуйте!\nПростите, мы ошиблись в счёте.\nИсправим его 12.05.\n"
     "Если что-то останется непонятным, пишите на billing@vodokanal.ru, ответим.\nХорошего дня!"),
    ("ru", "Добрый день!\nПриносим извинения за задержку ремонта.\nВелосипед будет готов 20.06.\n"
           "Велосипед необходимо забрать в мастерской по адресу пр. Мира, 21, при предъявлении квитанции.\nСпасибо!",
     "Добрый день!\nПростите, что ремонт затянулся.\nВелосипед будет готов 20.06.\n"
     "Приходите за ним с квитанцией: мы на пр. Мира, 21.\nСпасибо!"),
    ("bg", "Здравейте!\nИзвиняваме се за забавянето на ремонта.\nЛаптопът ще бъде готов на 20.06.\n"
           "При необходимост от промяна на часа за получаване можете да се свържете с нас на тел. 02 944 11 22.\nБлагодарим Ви!",
     "Здравейте!\nИзвинете ни за забавянето.\nЛаптопът ще е готов на 20.06.\n"
     "Ако Ви трябва друг час, звъннете ни на 02 944 11 22.\nБлагодарим Ви!"),
    ("bg", "Здравейте!\nИзвиняваме се за грешката във фактурата.\nФактурата ще бъде коригирана до 12.05.\n"
           "При въпроси е необходимо да се обърнете към нас на billing@toplo.bg.\nПриятен ден!",
     "Здравейте!\nИзвинете, сбъркахме във фактурата.\nЩе я поправим до 12.05.\n"
     "Ако нещо не е ясно, пишете ни на billing@toplo.bg.\nПриятен ден!"),
]


@pytest.mark.parametrize("lang, draft, reply", STEP_WITH_FACTS)
def test_a_step_said_in_other_words_around_its_facts_is_kept(lang, draft, reply):
    assert "parts_missing" not in problems_with(lang, draft, reply)


# A cause whose own words no other sentence says, beside the failure the rest of the letter says again.
CAUSE_BESIDE_FAILURE = {
    "ru": ("Здравствуйте!\nПриносим извинения за неудобство с билетом № 4471, который не пришёл на почту.\n"
           "Из-за сбоя в модуле рассылки электронных билетов билет № 4471 не был отправлен на почту.\n"
           "Билет № 4471 отправлен повторно 03.04.\nХорошей поездки!"),
    "bg": ("Здравейте!\nСъжаляваме за неудобството с билет № 4471, който не пристигна на пощата Ви.\n"
           "Поради срив в модула за изпращане на електронни билети билет № 4471 не е бил изпратен на пощата Ви.\n"
           "Билет № 4471 е изпратен повторно на 03.04.\nПриятно пътуване!"),
}
CAUSE_KEPT = {
    "ru": "Здравствуйте!\nПростите за неудобство с билетом № 4471: у нас сломался модуль рассылки, и билет не ушёл на почту.\n"
          "03.04 мы отправили билет № 4471 ещё раз.\nХорошей поездки!",
    "bg": "Здравейте!\nИзвинете за неудобството с билет № 4471: модулът ни за изпращане се срина и билетът не стигна до пощата Ви.\n"
          "На 03.04 изпратихме билет № 4471 отново.\nПриятно пътуване!",
}
CAUSE_DROPPED = {
    "ru": "Здравствуйте!\nПростите за неудобство с билетом № 4471, который не был отправлен на почту.\n"
          "03.04 мы отправили билет № 4471 ещё раз.\nХорошей поездки!",
    "bg": "Здравейте!\nИзвинете за неудобството с билет № 4471, който не е бил изпратен на пощата Ви.\n"
          "На 03.04 изпратихме билет № 4471 отново.\nПриятно пътуване!",
}


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_a_cause_told_in_its_own_words_beside_the_failure_is_kept(lang):
    assert "parts_missing" not in problems_with(lang, CAUSE_BESIDE_FAILURE[lang], CAUSE_KEPT[lang])


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_a_reply_that_keeps_only_the_failure_the_letter_repeats_drops_the_cause(lang):
    assert "explanation" in problems_with(lang, CAUSE_BESIDE_FAILURE[lang], CAUSE_DROPPED[lang]).get("parts_missing", ())


@pytest.mark.parametrize("lang, draft, reply", [
    # the failure named by what was done instead («вместо»), then the cause: a reply that keeps the failure drops it
    ("ru", "Здравствуйте!\nНа 3 кружках напечатали «Мама» вместо «Папа» вследствие опечатки в файле заказа.\n"
           "Приносим извинения.\nКружки перепечатаем до 15.07.\nСпасибо за понимание.",
     "Здравствуйте!\nПростите: на 3 кружках оказалось «Мама» вместо «Папа».\nКружки перепечатаем до 15.07.\nСпасибо за понимание!"),
    ("ru", "Здравствуйте!\nНа табличке выгравировали «Иванов» вместо «Иванова» по причине ошибки оператора при наборе текста.\n"
           "Приносим извинения.\nТабличку переделаем до 15.07.\nСпасибо за понимание.",
     "Здравствуйте!\nПростите: на табличке вышло «Иванов» вместо «Иванова».\nТабличку переделаем до 15.07.\nСпасибо за понимание!"),
])
def test_a_reply_that_keeps_what_went_wrong_instead_but_not_why_drops_the_cause(lang, draft, reply):
    assert "explanation" in problems_with(lang, draft, reply).get("parts_missing", ())


@pytest.mark.parametrize("lang, draft, reply", [
    # a gloss in brackets goes on with the cause: the reply names the part by the gloss
    ("bg", "Здравейте!\nСъжаляваме за забавянето.\nЗабавянето се дължи на неполучена навреме резервна част (помпа) от вносителя.\n"
           "Пералнята ще е готова на 20.06.\nБлагодарим Ви!",
     "Здравейте!\nИзвинете за забавянето. Чакахме нова помпа от вносителя.\nПералнята ще е готова на 20.06.\nБлагодарим Ви!"),
    ("ru", "Здравствуйте!\nПриносим извинения за задержку.\nЗадержка связана с поздней поставкой комплектующих (шарниров) от завода.\n"
           "Шкаф соберём 20.06.\nСпасибо!",
     "Здравствуйте!\nПростите за задержку: завод поздно прислал шарниры.\nШкаф соберём 20.06.\nСпасибо!"),
    # an apology formula holding «за» is no cause («просим принять извинения за…»)
    ("ru", "Здравствуйте!\nПросим принять извинения за опоздание мастера.\nМастер приедет 20.06 с 10:00 до 12:00.\nСпасибо!",
     "Здравствуйте!\nПростите, что мастер опоздал.\nОн приедет 20.06 с 10:00 до 12:00.\nСпасибо!"),
])
def test_a_cause_said_by_its_gloss_or_an_apology_formula_needs_no_cause(lang, draft, reply):
    assert "parts_missing" not in problems_with(lang, draft, reply)
