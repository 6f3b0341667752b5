"""Bulgarian promises a draft says in the passive or by negation, which a reply may say in the active: a lower
installment or rent by an amount with cents, nothing to pay said as „не се заплаща“ or „не подлежи на заплащане“;
and a gift given by its verb („ще Ви подарим …“), which is new unless the sentence names what is given."""
from __future__ import annotations

import pytest

from guard_checks import promised_anew


@pytest.mark.parametrize("draft, reply", [
    ("Абонаментната вноска за май ще бъде намалена с 12,50 лв.", "Ще намалим вноската Ви за май с 12,50 лв."),
    ("Наемът на лодката за събота ще бъде намален с 15 €.", "Ще Ви намалим наема на лодката за събота с 15 €."),
    ("Повторната дегустация не се заплаща допълнително.", "Повторната дегустация е за наша сметка."),
    ("Смяната на каишката не се таксува.", "Ще сменим каишката безплатно."),
    ("Вторият час на корта не подлежи на заплащане.", "Вторият час на корта не се заплаща."),
])
def test_a_promise_the_draft_says_in_the_passive_or_by_negation_covers_the_replys(draft, reply):
    assert promised_anew("bg", draft, reply) == []


@pytest.mark.parametrize("draft, reply, kind", [
    ("Вноската за май остава 48,00 лв.", "Ще намалим вноската Ви за май с 12,50 лв.", "discount"),
    ("Повторната дегустация е на 14.05.", "Повторната дегустация е за наша сметка.", "free"),
    ("Новата каишка ще бъде изпратена с куриер.", "Ще Ви подарим и калъф за часовника.", "gift"),
])
def test_the_same_promise_in_a_reply_whose_draft_never_makes_it_is_new(draft, reply, kind):
    assert kind in promised_anew("bg", draft, reply)


def test_a_discount_given_with_a_verb_of_giving_is_the_drafts_discount():
    draft, reply = "Ще получите отстъпка от 10% за следващата поръчка.", "Подаряваме Ви 10% отстъпка за следващата поръчка."
    assert promised_anew("bg", draft, reply) == []
