"""Russian evasion and non-apologies named by what makes them so (pass lintru-65, issue 9).

New sentences in other domains than the blind rounds: each class is reported in its own category over
the whole reply (after overlapping findings are folded), and its innocent neighbour, or the same words
in a reply that owns the fault, gets nothing of that category.
"""
from __future__ import annotations

import pytest

from rewriter import Config, Linter

LINTER = Linter(Config(required_parts=()))


def _categories(text: str) -> set[str]:
    return {f.category for f in LINTER.lint(text, "ru").findings}


@pytest.mark.parametrize(
    "text",
    [
        # compliance as the whole answer
        "Освещённость в классе составила 420 лк, что соответствует санитарным нормам.",
        "Абонентская плата за июль начислена правомерно.",
        "Каждая партия муки проходит лабораторный контроль.",
        # the customer's own people as the doer
        "Пароль был изменён вашим бухгалтером без согласования с нами.",
        "Сигнализация отключена пользователем в личном кабинете.",
        # the customer's signature as the proof
        "Комплектность подтверждается накладной, подписанной вашим прорабом.",
        # owned and taken back, shared by everyone, a limited mode, a favour
        "Мы не отрицаем своей вины, однако просим учесть загруженность трассы.",
        "Такие морозы — форс-мажор для любой теплосети.",
        "В праздники терминалы работали в ограниченном режиме.",
        "Банк принял решение вернуть комиссию в порядке исключения.",
    ],
)
def test_evasion_named_by_its_construction(text):
    assert "evasion" in _categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Освещённость в классе составила 420 лк: лампы мы заменим до понедельника, хотя по нормам её хватает.",
        "Ваш проект соответствует стандарту пожарной безопасности, сертификат пришлём завтра.",
        "Пароль мы изменили по вашей просьбе, новый пришлём в СМС.",
        "Подписанную вами накладную мы получили, груз отправим сегодня.",
        "Мы ошиблись с графиком, простите: терминалы в праздники работали через раз.",
        "Скидка действует для любого заказа до конца мая.",
    ],
)
def test_their_innocent_neighbours_are_not_evasion(text):
    assert "evasion" not in _categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Простите, что с доставкой торта так получилось.",
        "Нам жаль, что так вышло. Курьер партнёра перепутал подъезд.",
        "Сожалеем, что у вашего водителя возникли затруднения на проходной.",
        "Приносим извинения за испорченное настроение на празднике.",
        "Просим извинить нас за временные ограничения в работе приложения.",
        "Заказ приедет в пятницу. Спасибо за ваше терпение!",
        "Благодарим Вас за понимание и терпение.",
    ],
)
def test_non_apologies_named_as_non_apologies(text):
    assert "non_apology" in _categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # the reply owns the fault, so the apology has its object
        "Я перепутала дату доставки. Простите, что так вышло: торт привезём завтра к 10:00.",
        "Это моя ошибка, я не перезвонила вам вовремя. Жаль, что так получилось.",
        "Простите, что заставили вас ждать три дня: мы потеряли заявку. Спасибо за терпение!",
    ],
)
def test_an_owned_fault_stands_the_non_apology_down(text):
    assert "non_apology" not in _categories(text)


def test_a_first_person_check_is_not_officialese():
    """«Мы провели внутреннюю проверку» names a step of its own; «провели разъяснительную работу» is the empty verb."""
    assert "bureaucratese" not in _categories("Мы провели внутреннюю проверку: курьер отметил доставку раньше времени.")
    assert "bureaucratese" in _categories("Мы провели разъяснительную работу с курьерами.")


# Round 51's recurring misses (pass lintru-68): each class below, in new wordings and trades, beside its innocent
# neighbour; every first case got nothing of its category before this pass.
RECURRING_CLASSES = [
    # the fault called the norm: «нормальная история», «нормальный показатель»
    ("evasion", "Мутная вода в первый день после чистки — нормальная история.",
     "Мутная вода в бассейне — не нормальная история, мы перезапустим фильтр завтра."),
    ("evasion", "Вибрация 4 мм/с — нормальный показатель для станков этой серии.",
     "Вибрация 4 мм/с — не нормальный показатель, мастер приедет в четверг."),
    # the fault met often, so nobody's
    ("evasion", "Отслоение плёнки по краям встречается довольно часто.",
     "Отслоение плёнки встречается часто, и мы переклеим её бесплатно."),
    # a guessed cause after «возможно»
    ("evasion", "Возможно, в анкете что-то пропустили при переносе.",
     "Возможно, мы что-то пропустили в анкете при переносе — проверим сегодня."),
    # our part denied outright
    ("evasion", "Поставщик прислал не тот цвет, а мы тут ни при чём.",
     "Поставщик тут ни при чём: цвет перепутали мы сами."),
    # the customer's people signed without remarks, or their signature on the act, as the proof
    ("evasion", "Ваш завхоз принял стулья без замечаний, так что замену не делаем.",
     "Ваш завхоз принял стулья с замечаниями, и три стула мы заменим в среду."),
    ("evasion", "Настройка подтверждается подписью вашего администратора в акте.",
     "Подпись вашего администратора в акте не нужна, настройку повторим завтра."),
    # the customer's own data held up as the ground of what was done
    ("evasion", "При раскрое использовались размеры, присланные вами по почте.",
     "При раскрое мы использовали размеры, присланные вами, но ошиблись в одном — перешьём."),
    ("evasion", "Площадь зала была указана вами как 60 м², поэтому ламината не хватило.",
     "Площадь зала указана вами верно, ламинат довезём в пятницу."),
    ("evasion", "Значки отлиты строго по эскизу, утверждённому вашим дизайнером.",
     "Строго по эскизу, утверждённому вами, мы отлили 200 значков."),
    # the customer's staying with us valued
    ("boilerplate", "Ценим, что вы с нами уже третий год!",
     "Ценим, что вы с нами поспорили: правило о залоге перепишем к маю."),
    # something to be thought up, the matter to be come back to, with no date
    ("vague_promise", "По чехлу что-нибудь придумаем.",
     "Для чехла придумаем новый крой и пришлём эскиз завтра."),
    ("vague_promise", "После отпуска бухгалтера мы вернёмся к этому вопросу.",
     "Мы вернёмся к этому вопросу в понедельник до 12:00."),
]


@pytest.mark.parametrize(("category", "text", "neighbour"), RECURRING_CLASSES)
def test_round51_recurring_class_is_named_and_spares_its_neighbour(category, text, neighbour):
    assert category in _categories(text)
    assert category not in _categories(neighbour)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Экскурсия по заводу 3 марта не состоялась.", "кто отменил"),
        ("Ваша заявка на пропуск затерялась.", "у кого она пропала"),
        ("Доставка плитки задерживается.", "кто задержал"),
    ],
)
def test_a_fallen_through_or_lost_thing_gets_a_message_that_fits(text, words):
    messages = [f.message for f in LINTER.lint(text, "ru").findings if f.rule == "ru.evasion.zaderzhivaetsya"]
    assert messages and words in messages[0]


def test_a_supplied_papers_participle_is_not_told_as_the_rassmotrev_opener():
    """«предоставленные сведения» alone gets a message that names it, not only the «Рассмотрев…» opener."""
    messages = [f.message for f in LINTER.lint("Мы проверили предоставленные сведения.", "ru").findings
                if f.rule == "ru.bureaucratese.rassmotrev"]
    assert messages and "предоставленные сведения" in messages[0]
