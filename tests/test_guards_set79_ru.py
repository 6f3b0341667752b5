"""Guard set 79's Russian classes, in other domains: a reply in a neighbouring language (Bulgarian, Belarusian) whose
last line is a signature in that language is refused as in the wrong language, not as cut off, since a last line is
read by the draft language's words only in a reply written in that language; a reply in Russian cut off in its last
line is still refused as cut off. A draft's worker present at the job («будет присутствовать наш техник») is the visit
a reply says with «будет у вас»; an unnumbered heading of another version of a part of the letter is the shape."""
from __future__ import annotations

import pytest

from guard_checks import problems_with, promised_anew

_DRAFT = (
    "Уважаемый Аркадий Львович!\n\nСообщаем, что абонемент № 3318 в бассейн «Волна» был ошибочно заблокирован "
    "05.03.2026. Приносим извинения.\n\nАбонемент разблокирован 06.03.2026, срок его действия продлён до 30.04.2026. "
    "Справки по телефону 8 (4812) 55-20-17.\n\nАдминистратор бассейна\nЕ. П. Сорокина"
)


@pytest.mark.parametrize("reply, first", [
    # Bulgarian, signed in Bulgarian with no final stop
    (
        "Здравейте, Аркадий Львович!\n\nНа 05.03.2026 по грешка блокирахме Вашия абонамент № 3318 за басейна «Волна». "
        "Извиняваме се.\n\nНа 06.03.2026 го отблокирахме, а срокът му е удължен до 30.04.2026. За въпроси: "
        "8 (4812) 55-20-17.\n\nЕ. П. Сорокина, администратор на басейна",
        "language_wrong",
    ),
    # Belarusian, signed in Belarusian
    (
        "Аркадзь Львовіч, добры дзень!\n\n05.03.2026 мы памылкова заблакавалі ваш абанемент № 3318 у басейн «Волна». "
        "Прабачце нас.\n\n06.03.2026 абанемент разблакаваны, тэрмін яго дзеяння працягнуты да 30.04.2026. Пытанні: "
        "8 (4812) 55-20-17.\n\nЕ. П. Сарокіна, адміністратар басейна",
        "language_wrong",
    ),
    # … while a Russian reply whose last line breaks off mid-clause is still cut off
    (
        "Здравствуйте, Аркадий Львович!\n\n05.03.2026 мы по ошибке заблокировали ваш абонемент № 3318 в бассейн "
        "«Волна». Простите нас.\n\n06.03.2026 абонемент разблокирован, а срок его действия продлён до 30.04.2026. "
        "Если остались вопросы, звоните по телефону 8 (4812) 55-20-17 и",
        "shape_truncated",
    ),
])
def test_a_reply_signed_in_another_language_is_refused_by_language_not_as_cut_off(reply, first):
    assert next(iter(problems_with("ru", _DRAFT, reply))) == first


def _lift_draft(presence: str) -> str:
    return (
        "Уважаемая Софья Игнатьевна!\n\nСообщаем, что лифт в подъезде № 2 дома по ул. Заречной, д. 9, был остановлен "
        f"11.04.2026 из-за износа троса. Приносим извинения.\n\nТрос будет заменён до 15.04.2026. {presence}"
        "\n\nС уважением,\nООО «Лифтсервис»"
    )


@pytest.mark.parametrize("presence, new", [
    # the draft's worker present at the job, said with «присутствовать», is the reply's «будет у вас»
    ("При пуске лифта после ремонта будет присутствовать наш техник.", []),
    # … while a draft that names no worker there has no visit for the reply to keep
    ("Акт о замене троса будет размещён на доске объявлений.", ["contact"]),
])
def test_a_worker_present_at_the_job_is_the_visit_a_reply_says_with_be(presence, new):
    reply = (
        "Здравствуйте, Софья Игнатьевна!\n\n11.04.2026 мы остановили лифт в подъезде № 2 дома по ул. Заречной, д. 9: "
        "износился трос. Простите нас.\n\nЗаменим трос до 15.04.2026, а когда будем пускать лифт, наш техник будет "
        "у вас.\n\nС уважением,\nООО «Лифтсервис»"
    )
    assert promised_anew("ru", _lift_draft(presence), reply) == new


_PARCEL_DRAFT = (
    "Уважаемый Тимур Ренатович!\n\nСообщаем, что посылка № 77120 была ошибочно направлена в г. Тверь. Приносим "
    "извинения.\n\nПосылка будет доставлена до 18.06.2026.\n\nС уважением,\nслужба доставки «Вектор»"
)
_PARCEL_REPLY = (
    "Здравствуйте, Тимур Ренатович!\n\nПростите: мы по ошибке отправили посылку № 77120 в г. Тверь.\n\nДоставим её "
    "до 18.06.2026.{after}\n\nС уважением,\nслужба доставки «Вектор»"
)


@pytest.mark.parametrize("after, shape", [
    # another version of a part of the letter, headed with no number, after the letter
    ("\n\nВерсия второго абзаца помягче:\nПосылку привезём до 18.06.2026.", True),
    ("\n\nПо-кратък вариант на първия абзац:\nПростите за грешката с посылката.", True),
    # … while a line of the letter that offers the customer a choice names no part of the letter
    (" Вариант доставки на выбор: курьер или пункт выдачи.", False),
])
def test_an_unnumbered_heading_of_another_version_of_the_letter_is_the_shape(after, shape):
    problems = problems_with("ru", _PARCEL_DRAFT, _PARCEL_REPLY.format(after=after))
    assert ("shape_commentary" in problems) == shape
