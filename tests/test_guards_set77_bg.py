"""Guard set 77's Bulgarian misses, as classes in other domains and words: a labelled note in round brackets on what to
check before sending („(Бележка: да се провери …)“, «(Прим.: уточнить …)») is talk about the edit, while a
parenthesis of the letter's own (a city code, an abbreviation, a note that tells the reader a fact) is none; „няма да
Ви струва нищо допълнително“ beside the price that stays is nothing more to pay, no free service."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew

_PIANO = (
    "Уважаеми господин Димов,\n\nНастройката на пианото, насрочена за 14.05.2027 г., се отлага, защото нашият "
    "настройчик е болен. Поднасяме извинения.\n\nНастройката ще бъде извършена на 21.05.2027 г. от 10:00 ч. "
    "Цената от 90 € остава същата.\n\nЗа въпроси: тел. 02 981 44 70.\n\nБлагодарим Ви за търпението.\n\n"
    "С уважение,\nАлбена Кирова\n„Камертон“ ООД"
)


@pytest.mark.parametrize("aside, stopped", [
    # a note left to a colleague, labelled and told impersonally or in the singular imperative
    ("(Бележка: да се провери дали г-н Димов ще е в София – иначе да предложим друг ден.)", True),
    ("(Забележка: уточни с настройчика кой час му е удобен.)", True),
    ("(NB: check the tuner's calendar)", True),
    # … while a parenthesis of the letter's own passes: a city code, an abbreviation, the tax, a fact for the reader, a
    # polite step for the reader
    ("Можете да ни потърсите и на (02) 981 44 70.", False),
    ("Цената е 90 € (вкл. ДДС).", False),
    ("(Забележка: офисът ни е затворен в неделя.)", False),
    ("(Бележка: проверете и папка „Спам“ за потвърждението.)", False),
])
def test_a_labelled_note_in_round_brackets_to_check_something_is_talk_about_the_edit(aside, stopped):
    reply = (
        "Здравейте, господин Димов,\n\nсъжаляваме, но трябва да отложим настройката на пианото от 14.05.2027 г.: "
        f"настройчикът ни е болен. Ще дойдем на 21.05.2027 г. от 10:00 ч. {aside} Цената остава 90 €.\n\n"
        "За въпроси: тел. 02 981 44 70.\n\nБлагодарим Ви за търпението.\n\nС уважение,\nАлбена Кирова\n„Камертон“ ООД"
    )
    assert ("shape_commentary" in problems_with("bg", _PIANO, reply)) is stopped


@pytest.mark.parametrize("lang, draft, reply, stopped", [
    # the same note in Russian, labelled by the abbreviation or in full, told by the infinitive
    ("ru", "Замер кухни перенесён на 12.03. Приносим извинения.",
     "Простите нас: замер кухни перенесли на 12.03. (Прим.: уточнить у замерщика, успеет ли он к десяти.)", True),
    ("ru", "Замер кухни перенесён на 12.03. Приносим извинения.",
     "Простите нас: замер кухни перенесли на 12.03. (Примечание: проверить, свободен ли замерщик.)", True),
    # a labelled note that tells the reader a fact is the letter's own
    ("ru", "Замер кухни перенесён на 12.03. Приносим извинения.",
     "Простите нас: замер кухни перенесли на 12.03. (Примечание: замерщик приезжает с 9 до 18 часов.)", False),
])
def test_a_labelled_note_to_check_in_round_brackets_is_stopped_in_russian_too(lang, draft, reply, stopped):
    assert ("shape_commentary" in problems_with(lang, draft, reply)) is stopped


_PERMIT = (
    "Уважаема госпожо Енева,\n\nЗаявлението Ви за разрешение за строеж беше върнато на 03.02.2027 г. поради липсваща "
    "скица. Повторното внасяне не води до допълнителни разходи; хонорарът остава 640 €.\n\nС уважение,\n"
    "„Архиплан“ ООД"
)


@pytest.mark.parametrize("said, promises_free", [
    # nothing more to pay beside the fee that stays, said with „допълнително“
    ("Повторното внасяне няма да Ви струва нищо допълнително – хонорарът остава 640 €.", False),
    # … while the new filing said to cost nothing at all is a free service the draft does not give
    ("Повторното внасяне няма да Ви струва нищо, а хонорарът от 640 € ще Ви върнем.", True),
])
def test_nothing_extra_to_pay_beside_the_fee_that_stays_is_no_free_service(said, promises_free):
    reply = (
        "Здравейте, госпожо Енева,\n\nзаявлението Ви за разрешение за строеж ни върнаха на 03.02.2027 г., защото "
        f"пропуснахме скицата. {said}\n\nС уважение,\n„Архиплан“ ООД"
    )
    assert ("free" in promised_anew("bg", _PERMIT, reply)) is promises_free


_CLEANERS = (
    "Уважаеми господин Стоев,\n\nВъв връзка с Ваша рекламация от 12.06.2027 г. Ви уведомяваме, че след извършена "
    "проверка се потвърди наличието на петна по 3 от 8-те предадени ризи. Причина за несъответствието е използван "
    "препарат с некоректна концентрация. Моля, приемете нашите извинения.\n\nРизите ще бъдат почистени повторно до "
    "16.06.2027 г. Сумата по поръчката в размер на 36 € остава непроменена.\n\nБлагодарим Ви за сътрудничеството.\n\n"
    "С уважение,\nХимическо чистене „Бяла лилия“"
)


@pytest.mark.parametrize("cause, opening, better", [
    # the fault owned in words, the officialese gone: the stock apology beside it hides no one
    ("Грешката е наша – използвахме препарат с грешна концентрация.", "Благодарим Ви за рекламацията от 12.06.2027 г.",
     True),
    # … while the same formula after a cause told without its doer, or beside the draft's officialese kept, is not
    ("Причината е препарат с грешна концентрация.", "Благодарим Ви за рекламацията от 12.06.2027 г.", False),
    ("Грешката е наша – използвахме препарат с грешна концентрация.",
     "Във връзка с Ваша рекламация от 12.06.2027 г. Ви уведомяваме, че след извършена проверка", False),
])
def test_a_stock_apology_beside_the_fault_owned_is_better_than_an_unowned_draft(cause, opening, better):
    reply = (
        f"Здравейте, господин Стоев,\n\n{opening} – проверихме ризите: по 3 от 8-те наистина има "
        f"петна. {cause} Съжаляваме за неудобството.\n\nДо 16.06.2027 г. ще почистим ризите отново. Сумата по "
        "поръчката остава 36 €.\n\nРадваме се, че ни писахте.\n\nПоздрави,\nХимическо чистене „Бяла лилия“"
    )
    assert ("not_better" not in problems_with("bg", _CLEANERS, reply)) is better
