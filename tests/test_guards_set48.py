"""Guard set 48's Russian miss as a class in other domains and both languages: a last line after the body that
names the draft's signer with a post and a department the draft tells elsewhere is a signature, not a cut line."""
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


@pytest.mark.parametrize("last_line, cut", [
    # the signer first, then the post and the department the draft names in its body
    ("М. В. Орлова, начальник отдела кадров колледжа городского хозяйства", False),
    ("Отдел кадров колледжа городского хозяйства, начальник отдела М. В. Орлова", False),
    # … while the same line stopped inside a word, or prose with words the draft lacks, is cut
    ("М. В. Орлова, начальник отдела кадров колледжа городского хозяй", True),
    ("М. В. Орлова, начальник отдела кадров, с радостью ответит на любые вопросы по", True),
])
def test_a_signer_named_with_a_post_the_draft_tells_is_a_signature(last_line, cut):
    problems = problems_with("ru", _RU_SIGNED, _RU_SIGNED_BODY + last_line)
    assert ("shape_truncated" in problems) is cut


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


@pytest.mark.parametrize("last_line, cut", [
    ("Д. Т. Стоянова, началник на отдела по кадрите на общинската болница", False),
    ("Д. Т. Стоянова, началник на отдела по кадрите на общинската бол", True),
])
def test_a_bulgarian_signer_named_with_a_post_the_draft_tells_is_a_signature(last_line, cut):
    problems = problems_with("bg", _BG_SIGNED, _BG_SIGNED_BODY + last_line)
    assert ("shape_truncated" in problems) is cut
