"""Round 55's judged-bad offline changes, by class, in both languages, on whole replies in new wordings and
domains, each with an innocent neighbour the fix still rewrites: each rewrite is idempotent."""
from __future__ import annotations

import pytest

from rewriter import Config, Rewriter

REWRITER = Rewriter(Config(required_parts=()))

CASES = [
    # a listed body held responsible for the work, or sent the matter about it in the dative: the agentless passive
    # about that work keeps its passive, not a «мы» that makes the writer its doer
    ("ru", "Монтаж ведёт подрядчик ООО «Забор», который несёт ответственность за качество ограждения. "
     "Установка ограждения будет произведена до 1 июня.",
     "Монтаж ведёт подрядчик ООО «Забор», который несёт ответственность за качество ограждения. "
     "Установка ограждения будет произведена до 1 июня."),
    ("ru", "Жалоба о ремонте кровли передана управляющей компании для принятия мер. Ремонт кровли будет произведён в апреле.",
     "Жалоба о ремонте кровли передана управляющей компании для принятия мер. Ремонт кровли будет произведён в апреле."),
    # … a matter kept at home, or sent to a body about another thing, still becomes active
    ("ru", "Жалоба о протекании кровли зарегистрирована. Ремонт кровли будет произведён в апреле.",
     "Мы зарегистрировали жалобу о протекании кровли. Мы отремонтируем кровлю в апреле."),
    ("ru", "Ваш отзыв передан курьерской службе. Возврат денег будет осуществлён в течение 3 дней.",
     "Ваш отзыв передан курьерской службе. Мы вернём деньги в течение 3 дней."),
    ("ru", "Наш партнёр отвечает за доставку мебели. Возврат денег будет осуществлён в течение 3 дней.",
     "Наш партнёр отвечает за доставку мебели. Мы вернём деньги в течение 3 дней."),
    # a notice told as done keeps «в установленном порядке», the claim that it kept to the procedure; a promised
    # one loses it
    ("ru", "Извещение о поверке счётчика было отправлено собственнику в установленном порядке.",
     "Извещение о поверке счётчика было отправлено собственнику в установленном порядке."),
    ("ru", "Мы уведомили арендатора о повышении ставки в установленном порядке.",
     "Мы уведомили арендатора о повышении ставки в установленном порядке."),
    ("ru", "О переносе рейса пассажиры будут оповещены в установленном порядке.",
     "О переносе рейса пассажиры будут оповещены."),
    # a bare «Спасибо!» does not close a reply that reminds the reader of a duty
    ("ru", "Шкаф доставлен.\n\nНапоминаем, что до сборки нужно выдержать мебель сутки в тепле.\n\n"
     "Благодарим за выбор нашей фабрики!",
     "Шкаф доставлен.\n\nДо сборки нужно выдержать мебель сутки в тепле.\n\nБлагодарим за выбор нашей фабрики!"),
    ("ru", "Шкаф доставлен, сборщик приедет в среду.\n\nБлагодарим за выбор нашей фабрики!",
     "Шкаф доставлен, сборщик приедет в среду.\n\nСпасибо!"),
    # „от Ваша страна“ after a noun of a person says whose the person is: it stays
    ("bg", "Служителят от Ваша страна не присъства на приемането на обекта.",
     "Служителят от Ваша страна не присъства на приемането на обекта."),
    ("bg", "Не е нужно съдействие от Ваша страна за смяната на брояча.",
     "Не е нужно съдействие от Вас за смяната на брояча."),
    # measures against things „like these“ happening again become a clause of purpose
    ("bg", "Училището взе мерки за недопускане на подобни инциденти занапред.",
     "Училището взе мерки, за да не се повторят подобни инциденти занапред."),
    ("bg", "Банката предприе действия за недопускане на измамни преводи.",
     "Банката предприе действия срещу измамни преводи."),
]


@pytest.mark.parametrize("lang, draft, expected", CASES, ids=[c[1][:40] for c in CASES])
def test_round55_class_rewrites_as_an_editor_wants(lang, draft, expected):
    result = REWRITER.rewrite(draft, lang).text
    assert result == expected
    assert REWRITER.rewrite(result, lang).text == result
