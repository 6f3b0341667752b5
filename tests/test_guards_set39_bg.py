"""Guard set 39's Bulgarian misses as classes, in other domains: the terms a contract stays on („при същите
условия“) are no condition of a free service beside them; ways offered for the customer to choose between
(„предлагаме Ви … или …“) are an offer, as the draft's „можем да Ви предложим“ is; a part replaced is the same in any
prefix („не е бил подменен“ → „не го сменихме“), so a cause told in the reader's words is kept."""
from __future__ import annotations

import pytest

from guard_checks import promised_anew
from rewriter.part_content import content_stems


@pytest.mark.parametrize("draft, new", [
    # the subscription goes on on its terms: the free repair beside it holds outright
    ("Ремонтът няма да Ви бъде таксуван, а абонаментът продължава при същите условия.", []),
    ("Ремонтът няма да Ви бъде таксуван, а наемът остава при непроменени условия – 90 лв. месечно.", []),
    # … while a condition of the repair itself holds it
    ("Ремонтът няма да Ви бъде таксуван при условие, че гаранцията е валидна.", ["free"]),
])
def test_terms_that_stay_are_no_condition(draft, new):
    assert promised_anew("bg", draft, "Няма да Ви таксуваме ремонта.") == new


_OFFER = "Можем да Ви предложим замяна на уреда на 20.06 или връщане на 240 лв. по банков път."


@pytest.mark.parametrize("reply, new", [
    # ways offered to choose between, as the draft offers them
    ("Предлагаме Ви замяна на уреда на 20.06 или връщане на 240 лв. по банков път.", []),
    ("Предлагаме Ви две възможности: нов уред на 20.06, или 240 лв. обратно по банков път.", []),
    # … while one way promised outright is new
    ("Ще Ви върнем 240 лв. по банков път.", ["refund", "transfer"]),
])
def test_ways_offered_to_choose_between_are_an_offer(reply, new):
    assert promised_anew("bg", _OFFER, reply) == new


@pytest.mark.parametrize("draft, reply, same", [
    # a part replaced, in any prefix: the cause „не е бил подменен“ told as „не го сменихме“
    ("подменен", "сменихме", True),
    ("подмяна", "сменим", True),
    # … and a replacement offered as a remedy („замяна“) is a remedy of its own
    ("подменен", "замяна", False),
    ("смяната", "подменят", True),
    # … while a thing cancelled or changed in its terms is another matter
    ("подменен", "отменихме", False),
    ("подменен", "променихме", False),
])
def test_a_part_replaced_is_the_same_in_any_prefix(draft, reply, same):
    assert bool(content_stems(draft, "bg") & content_stems(reply, "bg")) is same
