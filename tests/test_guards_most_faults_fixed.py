"""The improvement guard and a reply that fixes all but one of its draft's serious faults: it keeps that
one in its own words and a mild closing formula word for word, adds no warning, and so is better than
the draft; a reply that keeps the draft's own flagged words of a serious fault is not."""
from __future__ import annotations

import pytest

from guard_checks import problems_with

DRAFT = {
    "ru": "Уважаемая Ольга!\nПриносим извинения за доставленные неудобства.\nВаш урок фортепиано 05.03 был аннулирован ввиду "
          "болезни преподавателя, уведомление не было направлено по причине сбоя системы.\nПредлагаем новое время 08.03 в "
          "17:00 или 09.03 в 11:00; предоплата сохраняется.\nБлагодарим за понимание.",
    "bg": "Уважаеми г-н Петров,\nСъжаляваме за възникналото неудобство.\nУрокът Ви по пиано на 05.03 е бил отменен поради "
          "заболяване на преподавателя, като системата не е изпратила съобщение.\nПредлагаме Ви нов час при г-жа Илиева на "
          "08.03 в 17:00 или на 09.03 в 11:00. Предплатата остава валидна за новия час.\nБлагодарим Ви за разбирането.",
}
# the cancellation said in the model's own passive, the closing formula kept, everything else owned
MOST_FIXED = {
    "ru": "Ольга, здравствуйте!\nПростите нас! Урок фортепиано 05.03 был отменён — преподаватель заболел, а наша система не "
          "отправила вам сообщение.\nМожем предложить новое время: 08.03 в 17:00 или 09.03 в 11:00, предоплата сохраняется.\n"
          "Благодарим за понимание.",
    "bg": "Здравейте, г-н Петров,\nИзвинете ни! Урокът ви по пиано на 05.03 беше отменен — преподавателят се разболя, а "
          "съобщението от системата ни не тръгна.\nИмаме свободен час при г-жа Илиева на 08.03 в 17:00 или на 09.03 в "
          "11:00. Предплатата ви важи за новия час.\nБлагодарим ви за разбирането!",
}
# the same reply with the draft's own words of the cancellation
CANCELLED = {"ru": ("был отменён", "был аннулирован"), "bg": ("беше отменен", "е бил отменен")}


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_a_reply_that_fixes_all_but_one_fault_and_keeps_a_mild_closing_is_better(lang):
    assert "not_better" not in problems_with(lang, DRAFT[lang], MOST_FIXED[lang])


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_a_reply_that_keeps_the_drafts_own_words_of_a_serious_fault_is_no_better(lang):
    own, drafts = CANCELLED[lang]
    assert "not_better" in problems_with(lang, DRAFT[lang], MOST_FIXED[lang].replace(own, drafts))
