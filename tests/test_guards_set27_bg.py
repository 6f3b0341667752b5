"""Guard set 27's Bulgarian misses, as classes in other domains and both languages: a cause told in the sentence
that opens on the letter's topic, dropped by a reply that keeps the topic; a courteous last sentence dropped by a reply
whose only closing words are a contact offered inside a step of the remedy."""
from __future__ import annotations

import pytest

from guard_checks import problems_with

# An air-conditioner fitter and a piano tuner: the letter opens on the reader's request, past commas, and the
# cause (which names the request again) follows in the same sentence.
_FITTER = (
    "Уважаема госпожо Илиева,\n\nВъв връзка с Вашата заявка № 5521 за монтаж на климатик, подадена на 14.05.2026 г., Ви "
    "уведомяваме, че монтажът не беше извършен в уговорения ден поради прехвърляне на заявката към бригада в друг град. "
    "Поднасяме извиненията си. Монтажът ще бъде извършен на 20.05.2026 г. от 10:00 ч.\n\nС уважение,\nКлимаСервиз"
)
_FITTER_REPLY = (
    "Здравейте, госпожо Илиева,\n\nИзвиняваме се, че монтажът на климатика по заявката Ви № 5521, подадена на 14.05.2026 г., "
    "не беше извършен в уговорения ден{cause}. Ще го монтираме на 20.05.2026 г. от 10:00 ч.\n\nПоздрави,\nКлимаСервиз"
)
_TUNER = (
    "Уважаемый Олег Петрович!\n\nВ связи с Вашей претензией № 3380 по настройке рояля, поступившей 02.04.2026, сообщаем, "
    "что настройка рояля была перенесена из-за ошибочной передачи претензии в другой филиал компании. Приносим извинения. "
    "Мастер приедет к Вам 09.04.2026 в 12:00.\n\nС уважением,\nстудия «Камертон»"
)
_TUNER_REPLY = (
    "Здравствуйте, Олег Петрович!\n\nПростите, что настройку рояля по вашей претензии № 3380, поступившей 02.04.2026, "
    "пришлось перенести{cause}. Мастер приедет к вам 09.04.2026 в 12:00.\n\nС уважением,\nстудия «Камертон»"
)
# A locksmith and a furniture assembler: the draft ends on thanks and a hope to be called again; the reply offers the
# worker's phone inside the step that sends him, and goes on with the fee.
_LOCKSMITH = (
    "Уважаеми господин Колев,\n\nПоднасяме извинения, че ключарят не дойде на 11.03.2026 г. Причината е объркан адрес в "
    "графика на диспечера. Ключарят Иван Славов ще дойде утре, 12.03.2026 г., до 11:00 ч., тел. 0887 204 316. Таксата за "
    "посещението от 30 € няма да Ви бъде начислена. Благодарим Ви за търпението и се надяваме да ни се обадите пак, когато "
    "имате нужда.\n\nС уважение,\n„Ключ-Експрес“ ООД"
)
_LOCKSMITH_REPLY = (
    "Здравейте, господин Колев,\n\nИзвиняваме се, че ключарят не дойде на 11.03.2026 г.: диспечерът обърка адреса в графика. "
    "Утре, 12.03.2026 г., до 11:00 ч. ще дойде ключарят Иван Славов – ако искате да се свържете с него, телефонът му е "
    "0887 204 316. Таксата от 30 € за посещението няма да Ви начисляваме.{closing}\n\nПоздрави,\n„Ключ-Експрес“ ООД"
)
_ASSEMBLER = (
    "Уважаемая Инна Сергеевна!\n\nПриносим извинения: сборщик не приехал 11.03.2026. Причина — ошибка в адресе в графике "
    "диспетчера. Сборщик Павел Ершов приедет завтра, 12.03.2026, до 11:00, тел. 8 912 604-21-17. Стоимость сборки 1 500 руб. "
    "оплачивать не нужно. Благодарим за терпение и надеемся, что вы и дальше будете обращаться к нам.\n\nС уважением,\n"
    "сервис «Шуруп»"
)
_ASSEMBLER_REPLY = (
    "Здравствуйте, Инна Сергеевна!\n\nПростите, что сборщик не приехал 11.03.2026: диспетчер ошибся в адресе в графике. "
    "Завтра, 12.03.2026, до 11:00 приедет сборщик Павел Ершов — если захотите связаться с ним, звоните по номеру "
    "8 912 604-21-17. За сборку 1 500 руб. платить не нужно.{closing}\n\nС уважением,\nсервис «Шуруп»"
)
PARTS = [  # (lang, draft, reply, the part, whether the reply drops it)
    ("bg", _FITTER, _FITTER_REPLY.format(cause=""), "explanation", True),
    ("bg", _FITTER, _FITTER_REPLY.format(cause=": по грешка прехвърлихме заявката Ви към бригадата ни в друг град"), "explanation", False),
    ("ru", _TUNER, _TUNER_REPLY.format(cause=""), "explanation", True),
    ("ru", _TUNER, _TUNER_REPLY.format(cause=": мы по ошибке передали претензию в другой наш филиал"), "explanation", False),
    ("bg", _LOCKSMITH, _LOCKSMITH_REPLY.format(closing=""), "closing", True),
    ("bg", _LOCKSMITH, _LOCKSMITH_REPLY.format(closing=" Благодарим Ви, че ни изчакахте. Ще се радваме да ни потърсите отново."),
     "closing", False),
    ("bg", _LOCKSMITH, _LOCKSMITH_REPLY.format(closing=" Ако имате още въпроси, пишете ни."), "closing", False),
    ("ru", _ASSEMBLER, _ASSEMBLER_REPLY.format(closing=""), "closing", True),
    ("ru", _ASSEMBLER, _ASSEMBLER_REPLY.format(closing=" Спасибо, что подождали, будем рады помочь снова."), "closing", False),
    ("ru", _ASSEMBLER, _ASSEMBLER_REPLY.format(closing=" Если появятся вопросы, пишите нам."), "closing", False),
]


@pytest.mark.parametrize("lang, draft, reply, part, dropped", PARTS)
def test_a_part_is_kept_only_by_words_that_say_it_where_the_draft_does(lang, draft, reply, part, dropped):
    """A cause beside the letter's topic, kept only by the cause's own words; a courteous last sentence, not kept by
    a contact offered inside a step of the remedy."""
    assert (part in problems_with(lang, draft, reply).get("parts_missing", ())) is dropped
