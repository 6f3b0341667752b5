"""Guard set 48's Russian miss and a dropped cause left open before it, as classes in other domains and both
languages: a last line after the body that names the draft's signer with a post and a department the draft tells
elsewhere is a signature, not a cut line; and a cause's own words said only where the reply retells what the draft
says came after the cause (that sentence's facts, none of the cause's, no cause of its own) do not keep the cause."""
from __future__ import annotations

import pytest

from guard_checks import problems_with

_RU_SIGNED = (
    "Уважаемая Лариса Андреевна!\n"
    "Отдел кадров колледжа городского хозяйства рассмотрел Ваше заявление № К-418. Приносим извинения: справка "
    "о стаже была выдана с опечаткой в дате приёма. Исправленная справка будет готова 12.02.2027. "
    "Телефон отдела: 8 (3852) 40-17-63.\n"
    "Начальник отдела кадров М. В. Орлова\n"
)
_RU_SIGNED_BODY = (
    "Здравствуйте, Лариса Андреевна!\n"
    "Простите нас: в справке о стаже мы ошиблись в дате приёма. Ваше заявление № К-418 мы рассмотрели, исправленная "
    "справка будет готова 12.02.2027. Если будут вопросы, звоните: 8 (3852) 40-17-63.\n"
    "Спасибо за терпение.\n"
)


def test_a_long_signature_needs_the_body_to_have_ended():
    """The same line straight after a sentence left open is the sentence going on, not a signature."""
    body = _RU_SIGNED_BODY.replace("Спасибо за терпение.\n", "Спасибо за терпение и за то, что написали нам\n")
    problems = problems_with("ru", _RU_SIGNED, body + "М. В. Орлова, начальник отдела кадров колледжа городского хозяйства")
    assert "shape_truncated" in problems


_BG_SIGNED = (
    "Уважаема госпожо Илиева,\n"
    "Отделът по кадрите на общинската болница разгледа Вашето заявление № К-207. Поднасяме извинения: в служебната "
    "бележка е посочена грешна дата на назначаване. Поправената бележка ще бъде готова на 15.03.2027. "
    "Телефон за връзка: 052 611 402.\n"
    "Началник на отдела Д. Т. Стоянова\n"
)
_BG_SIGNED_BODY = (
    "Здравейте, госпожо Илиева,\n"
    "Съжаляваме, сгрешихме датата на назначаване в служебната Ви бележка. Разгледахме заявлението Ви № К-207 и "
    "поправената бележка ще е готова на 15.03.2027. Ако имате въпроси, обадете се на 052 611 402.\n"
    "Благодарим Ви за търпението.\n"
)


_SIGNED = {"ru": (_RU_SIGNED, _RU_SIGNED_BODY), "bg": (_BG_SIGNED, _BG_SIGNED_BODY)}


@pytest.mark.parametrize("lang, last_line, cut", [
    # the signer first, then the post and the department the draft names in its body
    ("ru", "М. В. Орлова, начальник отдела кадров колледжа городского хозяйства", False),
    ("ru", "Отдел кадров колледжа городского хозяйства, начальник отдела М. В. Орлова", False),
    ("bg", "Д. Т. Стоянова, началник на отдела по кадрите на общинската болница", False),
    # … while the same line stopped inside a word, or prose with words the draft lacks, is cut
    ("ru", "М. В. Орлова, начальник отдела кадров колледжа городского хозяй", True),
    ("ru", "М. В. Орлова, начальник отдела кадров, с радостью ответит на любые вопросы по", True),
    ("bg", "Д. Т. Стоянова, началник на отдела по кадрите на общинската бол", True),
])
def test_a_signer_named_with_a_post_the_draft_tells_is_a_signature(lang, last_line, cut):
    draft, body = _SIGNED[lang]
    problems = problems_with(lang, draft, body + last_line)
    assert ("shape_truncated" in problems) is cut


_RU_DEPOSIT = (
    "Уважаемый Олег Иванович!\n"
    "Приносим извинения за задержку возврата залога по договору аренды № АР-7731. Задержка вызвана ошибкой "
    "управляющей компании в подписанном акте приёмки квартиры. Исправленный акт приёмки получен 14.03.2026. "
    "Залог в размере 25 000 руб. будет перечислен на Вашу карту до 20.03.2026.\n"
    "Благодарим за терпение.\n"
)
_RU_DEPOSIT_OPENING = (
    "Здравствуйте, Олег Иванович!\n"
    "Простите, что залог по договору аренды № АР-7731 возвращаем с опозданием. "
)
_RU_DEPOSIT_CLOSING = " 25 000 руб. перечислим на вашу карту до 20.03.2026.\nСпасибо за терпение.\n"


_BG_REPAIR = (
    "Уважаема госпожо Маринова,\n"
    "Поднасяме извинения за забавения ремонт на пералнята Ви по поръчка № Р-5120. Забавянето се дължи на късната "
    "доставка на резервната помпа от вносителя. Помпата пристигна в сервиза на 03.04.2026. Пералнята ще бъде готова "
    "на 07.04.2026.\n"
    "Благодарим за търпението.\n"
)


_BG_REPAIR_OPENING = (
    "Здравейте, госпожо Маринова,\nСъжаляваме, че ремонтът на пералнята Ви по поръчка № Р-5120 се забави. "
)
_BG_REPAIR_CLOSING = " Пералнята ще е готова на 07.04.2026.\nБлагодарим Ви за търпението.\n"
_TOLD = {
    "ru": (_RU_DEPOSIT, _RU_DEPOSIT_OPENING, _RU_DEPOSIT_CLOSING),
    "bg": (_BG_REPAIR, _BG_REPAIR_OPENING, _BG_REPAIR_CLOSING),
}


@pytest.mark.parametrize("lang, middle, dropped", [
    # the cause's own words said only where the reply retells what the draft says came after it: the cause is gone
    ("ru", "Подписанный акт приёмки квартиры от управляющей компании мы получили 14.03.2026.", True),
    ("bg", "Резервната помпа от вносителя пристигна в сервиза на 03.04.2026.", True),
    # … while the cause told with a cue of its own beside that date, or in a sentence of its own, is kept
    ("ru", "Залог задержался, потому что управляющая компания ошиблась в подписанном акте приёмки квартиры: "
     "исправленный акт мы получили только 14.03.2026.", False),
    ("ru", "Задержка вышла из-за ошибки управляющей компании в подписанном акте приёмки квартиры. Исправленный акт мы "
     "получили 14.03.2026.", False),
    ("bg", "Забавихме се, защото вносителят достави резервната помпа късно: пристигна в сервиза чак на 03.04.2026.", False),
])
def test_a_cause_said_only_where_the_reply_tells_what_came_after_is_dropped(lang, middle, dropped):
    draft, opening, closing = _TOLD[lang]
    problems = problems_with(lang, draft, opening + middle + closing)
    assert ("explanation" in problems.get("parts_missing", ())) is dropped, problems
