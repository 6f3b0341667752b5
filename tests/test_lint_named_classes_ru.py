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
