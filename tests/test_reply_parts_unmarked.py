"""Reply parts said with no marker word (round 20): a fault owned after the act that was the fault, what
was done set against what was asked or due, a guessed cause, work under way on the problem, thanks for
a partnership or the reader's case under watch as the last line; a stop after a name's initial ends no
paragraph of the letter."""
from __future__ import annotations

import pytest

from rewriter import lint

_RU_BODY = "Здравствуйте!\n\nКуртку привезём в пятницу.\n\n"
_BG_BODY = "Здравейте!\n\nВръщаме Ви 12 € до петък.\n\n"


@pytest.mark.parametrize(
    "text, lang, part",
    [
        # a past act, then owned as our fault: the act is the explanation
        ("Мы отправили саженцы без влажного мха — это наша оплошность.", "ru", "explanation"),
        ("Настроихме котела на летен режим – това беше наша грешка.", "bg", "explanation"),
        # what the customer asked, set against what we did
        ("Вы заказывали торт без орехов, а мы положили в крем фундук.", "ru", "explanation"),
        ("Поискахте стая с изглед към морето, а ние Ви настанихме към паркинга.", "bg", "explanation"),
        # what was done, then what was due
        ("Раму собрали на обычные винты, а нужно было на усиленные.", "ru", "explanation"),
        ("Монтирахме щорите без дюбели, а трябваше.", "bg", "explanation"),
        # a guessed cause, with a hedge of several words
        ("Навигатор, по всей видимости, был обновлён с ошибкой на складе.", "ru", "explanation"),
        ("Пратката по всяка вероятност е била отворена на митницата.", "bg", "explanation"),
        # a negated past with a pronoun between
        ("Плащането Ви не сме го отразили в системата.", "bg", "explanation"),
        # the fault owned as ours
        ("Проверить пломбы перед выездом — это наша ответственность.", "ru", "apology"),
        ("Проверката на колана преди скока е наша отговорност, не Ваша.", "bg", "apology"),
        # our people at work on the problem now
        ("Инженеры сейчас работают над устранением утечки.", "ru", "remedy"),
        ("Техниците ни работят по отстраняването на повредата в асансьора.", "bg", "remedy"),
        # the last line: a partnership valued, the reader's case under watch
        (_RU_BODY + "Ценим наше партнёрство!\n", "ru", "closing"),
        (_BG_BODY + "Ценим сътрудничеството с Вас!\n", "bg", "closing"),
        (_RU_BODY + "Ваша жалоба находится на контроле у главного врача.\n", "ru", "closing"),
        (_BG_BODY + "Вашият сигнал е под контрола на управителя.\n", "bg", "closing"),
    ],
)
def test_a_part_said_with_no_marker_word_is_found(text, lang, part):
    assert lint(text, lang).sections[part] is True


@pytest.mark.parametrize(
    "text, lang, part",
    [
        # a fault denied, a plan for the customer, a future step: none of them the part
        ("Сохранность груза в пути — не наша ответственность, а перевозчика.", "ru", "apology"),
        ("Проверката на документите не е наша отговорност.", "bg", "apology"),
        ("Вы выбрали дату, а мы подтвердим её завтра.", "ru", "explanation"),
        ("Если нужно, а нужно будет только подписать акт, курьер заедет в среду.", "ru", "explanation"),
        ("Работать над ошибками на курсе будем вместе.", "ru", "remedy"),
    ],
)
def test_a_denial_or_a_future_step_is_not_taken_for_a_part(text, lang, part):
    assert lint(text, lang).sections[part] is False


@pytest.mark.parametrize(
    "body, signature, lang",
    [
        (_RU_BODY, "Спасибо за терпение.\n\nС уважением,\nмастерская «Рамка»\nСоколова Е. В.\n", "ru"),
        (_BG_BODY, "Благодарим за търпението.\n\nС уважение,\nателие „Рамка“\nСоколова Е. В.\n", "bg"),
    ],
)
def test_thanks_above_a_signature_that_ends_on_initials_close_the_reply(body, signature, lang):
    assert lint(body + signature, lang).sections["closing"] is True
