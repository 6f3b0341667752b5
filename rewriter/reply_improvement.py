"""The improvement guard: whether a model's reply is better than its draft by the lint's own measure."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from .findings import SEVERITY_RANK, Finding, Report
from .normalize import fold_case
from .part_content import content_stems

# One finding outweighs any number of milder ones: an error more than all warnings, a warning more than all hints.
_SEVERITY_WEIGHT = {"info": 1, "warning": 1_000, "error": 1_000_000}
# A reply that trades the draft's one serious fault for another has improved only when it drops this many
# warnings at least: swapping «была перенесена» for «Жаль, но» and one warning less is no better.
_STYLE_DROPPED = 2
# A reply that keeps one warning in this many of its draft's has dropped the officialese.
_DROPPED_SHARE = 4
# A reply with this many boilerplate warnings of its own (rules the draft lacks, or more of one than the draft has)
# has swapped the officialese for boilerplate («Ваше обращение очень важно для нас», «Мы ценим каждого клиента»,
# «Стремимся к…»); a careful one adds one thanks at most («Спасибо за терпение!»), or two in one closing.
_BOILERPLATE = "boilerplate"
_BOILERPLATE_ADDED = 3
# A reply with more warnings than its draft and this many of rules the draft lacks has piled officialese on it.
_OWN_PILED = 2
_OFFICIALESE = "bureaucratese"
_EVASION = "evasion"
_NON_APOLOGY = "non_apology"
# A draft with this many warnings is heavy with officialese, which a reply that keeps none of it has plainly dropped.
_HEAVY = 5
# How many of a heavy draft's flagged phrases a reply that dropped most of them may keep word for word (a contact
# heading and a closing thanks, «По вопросам…», «Благодарим за сотрудничество»); one of a lighter draft's.
_KEPT_FROM_HEAVY = 2


def _weight(report: Report) -> int:
    return sum(_SEVERITY_WEIGHT[f.severity] for f in report.findings)


def better_than_draft(draft: Report, reply: Report, fail_on: str, says_sorry: bool = False, owns_fault: bool = False) -> bool:
    """The lint's own judgement of both texts: the reply is no heavier than the draft (an error outweighs
    all warnings, a warning all hints) and keeps none of the draft's findings at or above `fail_on`; it
    may hold one of its own when the draft had several. A model that fixes all of a draft's errors and
    writes one common soft formula («жаль, но») gives a better reply than the offline rules; that one
    stays a finding of `rewrite --check`. One that adds `_BOILERPLATE_ADDED` boilerplate warnings of its own is
    never better, nor one that piles officialese of its own on the draft's (`_officialese_piled`), nor one that keeps
    half a heavy draft's officialese word for word (`_few_words_changed`). `says_sorry`: the
    reply apologises for one of its evasions in that evasion's own sentence (`_account_retold_plainly`); `owns_fault`: the
    reply owns the fault where the draft does not (`_plainly_better`)."""
    if sum((_warning_rules(reply, _BOILERPLATE) - _warning_rules(draft, _BOILERPLATE)).values()) >= _BOILERPLATE_ADDED:
        return False
    if _officialese_piled(draft, reply) or _few_words_changed(draft, reply):
        return False
    threshold = SEVERITY_RANK[fail_on]
    had, left = _serious(draft, threshold), _serious(reply, threshold)
    own = _not_said_again(had, left, draft.lang)
    # one of its own only with the rest improved: a reply that adds officialese the draft lacks («Уведомяваме Ви,
    # че», «подлежи на») has not improved the rest, however light its one fault; one that says some of the draft's
    # faults again, in other words («извините за неудобства» for «приносим извинения за причинённые неудобства»),
    # has improved the rest only with most of the officialese gone, none of its own added («Доводим до вашего сведения» beside
    # «списано автоматически» for «списано системой»), and at most one of its flagged phrases above a hint kept
    # word for word (a fact's label, «вх. №», is no officialese kept); one whose fault is new has not improved the rest
    # when it rewrote the officialese into `_OWN_PILED` phrases of its own («следва да се има предвид», «се осъществява»
    # beside «за евентуално причинените неудобства»)
    said_again = len(own) < len(left)
    rest_improved = (
        _style_dropped(draft, reply) and not _own_warnings(draft, reply)
        and _kept(_not_info(reply), _flagged_words(draft.findings)) <= 1 if said_again
        else _count(reply, "warning") <= _count(draft, "warning") and _own_officialese(draft, reply) < _OWN_PILED
    )
    own_one = len(own) == 1 and len(had) > 1 and own[0].rule not in {f.rule for f in had} and rest_improved
    allowed = not left or own_one
    if allowed and _weight(reply) <= _weight(draft):
        return True
    return (
        _reworded_less_of_the_same(draft, reply, threshold)
        or _plainly_better(draft, reply, threshold, owns_fault)
        or _one_fault_rewritten_style_dropped(draft, reply, threshold, owns_fault)
        or _account_retold_plainly(draft, reply, threshold, says_sorry)
    )


def _officialese_piled(draft: Report, reply: Report) -> bool:
    """More warnings than the draft, `_OWN_PILED` of them at least of rules the draft has none of («было осуществлено»,
    «была произведена» for the draft's «была отснята»): the model turned the draft's fault into officialese of its
    own, which is no better however light the lint now reads it."""
    return _own_officialese(draft, reply) >= _OWN_PILED and _count(reply, "warning") > _count(draft, "warning")


def _few_words_changed(draft: Report, reply: Report) -> bool:
    """After a draft heavy with officialese, as many errors and warnings as the draft, half of its flagged phrases
    above a hint at least kept word for word («изменению не подлежит», «в срок до»): the model changed a few words
    around the officialese and kept it, no better however a hint now weighs. One that fixed an error has improved the
    draft, and a lighter draft's one stock phrase kept («Спасибо за понимание») is no officialese kept."""
    flagged = _flagged_words(_not_info(draft))
    as_many = all(_count(reply, severity) >= _count(draft, severity) for severity in ("error", "warning"))
    heavy = _count(draft, "warning") >= _HEAVY
    return heavy and as_many and 2 * _kept(_not_info(reply), flagged) >= len(flagged)


def _own_officialese(draft: Report, reply: Report) -> int:
    """How many officialese warnings the reply has beyond the draft's of the same rule."""
    return sum((_warning_rules(reply, _OFFICIALESE) - _warning_rules(draft, _OFFICIALESE)).values())


def _account_retold_plainly(draft: Report, reply: Report, threshold: int, says_sorry: bool) -> bool:
    """A draft heavy with officialese retold with none of it left: every serious fault the lint still reads is of a
    kind the draft had, one more at most, and at most one of them in the draft's words («в машине сломался
    термобокс» for «причиной явилось нарушение температурного режима вследствие неисправности термобокса»). The
    model told the draft's account of the failure in plain words, which the lint reads as the same kind of fault;
    one that keeps a warning, or adds a fault of another kind (a non-apology, a blame), has not improved it. A
    lighter draft so retold, none of its faults in the draft's words, is improved when the reply says sorry for one of
    its evasions in that evasion's own sentence («Съжаляваме, че отговорът се забави»): it owns the failure there, and
    may keep a mild passive elsewhere. A heavy draft's reply may keep one warning of a rule the draft has for each `_HEAVY`
    of the draft's, in words of its own (a stock thanks said otherwise)."""
    had, left = _serious(draft, threshold), _serious(reply, threshold)
    kept = _kept(left, _flagged_words(draft.findings))
    heavy = _count(draft, "warning") >= _HEAVY
    if not _warnings_gone(draft, reply, heavy) or not (heavy or (says_sorry and not kept)) or len(left) > len(had) + 1:
        return False
    kinds = {f.category for f in had}
    return all(f.category in kinds for f in left) and kept <= 1


def _warnings_gone(draft: Report, reply: Report, heavy: bool) -> bool:
    """No warning left; after a heavy draft, one at most for each `_HEAVY` of its warnings (a deadline and a thanks
    said otherwise after thirteen), of rules the draft has, none in the draft's words."""
    warnings = [f for f in reply.findings if f.severity == "warning"]
    if not warnings or not heavy or len(warnings) > _count(draft, "warning") // _HEAVY:
        return not warnings
    return not _own_warnings(draft, reply) and not _kept(warnings, _flagged_words(draft.findings))


def _plainly_better(draft: Report, reply: Report, threshold: int, owns_fault: bool = False) -> bool:
    """A reply with fewer serious faults than its draft, about half of them gone at least (one of two or three, two
    of four or five), no warning left (or `_officialese_dropped`) and at most one of the draft's flagged phrases
    kept word for word, two of a heavy draft's (`_may_keep`) when the second is an officialese word in a sentence of
    its own («не состоялись» and «направлено» of its nineteen): a model that drops all the officialese and fixes part
    of the evasion («занятие не состоялось» left where the draft said «было отменено по техническим причинам»)
    improved the whole reply, though the lint still reads its own words as the same kind of fault; one that keeps the
    draft's unowned cause beside its stock closing («из-за технического сбоя», «Надеемся на Ваше понимание») kept the
    draft's fault and formula as they were, and one that trades three of four faults for three of its own («жаль, если
    вы расстроились», «так получилось») has not. A reply that owns the fault the draft left unowned («Грешката е
    наша») tells the draft's agentless account as its own: an evasion it keeps word for word there («…се отлага»)
    hides no one, and counts as no phrase kept."""
    left, had = len(_serious(reply, threshold)), len(_serious(draft, threshold))
    if left >= had or 2 * left > had + 1:
        return False
    if _count(reply, "warning") and not _officialese_dropped(draft, reply, threshold):
        return False
    draft_words = _flagged_words(draft.findings)
    findings = [f for f in _not_info(reply) if not (owns_fault and f.category == _EVASION)]
    beyond_officialese = [f for f in findings if f.category != _OFFICIALESE]
    return _kept(beyond_officialese, draft_words) <= 1 and _kept(findings, draft_words) <= _may_keep(draft)


def _officialese_dropped(draft: Report, reply: Report, threshold: int) -> bool:
    """Three warnings of four dropped at least, none of a rule the draft lacks, and every serious fault left of a
    kind the draft had: the reply tells the draft's account in its own plain sentences («не беше издадено в
    законовия срок» for «Ви уведомяваме, че … не е издадено в законоустановения срок поради…» beside seven more
    warnings), though the lint still reads a fault and a warning there."""
    kinds = {f.category for f in _serious(draft, threshold)}
    return (
        _DROPPED_SHARE * _count(reply, "warning") <= _count(draft, "warning") and not _own_warnings(draft, reply)
        and all(f.category in kinds for f in _serious(reply, threshold))
    )


def _one_fault_rewritten_style_dropped(draft: Report, reply: Report, threshold: int, owns_fault: bool) -> bool:
    """A reply with one serious fault, in words of its own, where the draft had at least one («се отменя» for the
    draft's «е наложена поради», a soft «съжаляваме, но» for its refusal with no cause), at most half the draft's
    warnings (and two fewer at least), none of a rule the draft lacks, and at most one of its milder flagged
    phrases kept word for word («Благодарим Ви за разбирането»), two of a draft heavy with officialese: the model
    rewrote the fault and dropped most of the officialese, adding none, though the lint still reads a fault there.
    A reply that owns the fault its draft left unowned may so trade a draft with no serious fault for a stock apology
    («Причината е в нас … Съжаляваме за неудобството»): what the formula lacks is the fault owned, and the reply owns it."""
    had, left = _serious(draft, threshold), _serious(reply, threshold)
    owned_apology = owns_fault and len(left) == 1 and left[0].category == _NON_APOLOGY
    if len(left) != 1 or not (had or owned_apology) or not _style_dropped(draft, reply) or _own_warnings(draft, reply):
        return False
    draft_words = _flagged_words(draft.findings)
    return not _kept(left, draft_words) and _kept(reply.findings, draft_words) <= _may_keep(draft)


def _may_keep(draft: Report) -> int:
    """How many of the draft's flagged phrases a reply that dropped most of them may keep word for word: two of a draft
    heavy with officialese, one of a lighter one."""
    return _KEPT_FROM_HEAVY if _count(draft, "warning") >= _HEAVY else 1


def _style_dropped(draft: Report, reply: Report) -> bool:
    """The reply has at most half the draft's warnings, and two fewer at least."""
    warnings, draft_warnings = _count(reply, "warning"), _count(draft, "warning")
    return draft_warnings - warnings >= _STYLE_DROPPED and 2 * warnings <= draft_warnings


def _not_said_again(had: list[Finding], left: list[Finding], lang: str) -> list[Finding]:
    """The reply's serious findings but those that say one of the draft's again in other words: of its category,
    sharing a content word with it, not word for word («извините за неудобства» for «причинённые неудобства»)."""
    draft_words = {f.category: content_stems(" ".join(g.text for g in had if g.category == f.category), lang) for f in had}
    flagged = _flagged_words(had)
    return [
        f for f in left
        if folded(f.text) in flagged or not content_stems(f.text, lang) & draft_words.get(f.category, frozenset())
    ]


def _reworded_less_of_the_same(draft: Report, reply: Report, threshold: int) -> bool:
    """A reply no worse than its draft by the draft's own measure: its one finding at or above the
    threshold is of a category the draft had («Извините нас за эту ситуацию» for the draft's «извинения
    за доставленные неудобства»), said in other words with the rest improved; or every finding it keeps
    is of a kind the draft had (by rule, as many times at most) said in other words
    («отменён» for the draft's «аннулирован»: the model rewrote it, the lint still reads the same fault),
    it keeps at most half of them (or only one, when no finding of the reply points at words of the
    draft's findings), and it has fewer warnings. The draft's own words kept are its fault kept, as
    `rewrite --check` says; a reply that keeps the draft's style keeps its warnings too. One with `_OWN_PILED`
    officialese warnings of its own («доводим до Вашего сведения», «надлежит связаться») swapped the draft's
    officialese for other, and what the lint no longer reads as a fault it may have put in officialese too."""
    if _own_officialese(draft, reply) >= _OWN_PILED:
        return False
    had, left = _serious(draft, threshold), _serious(reply, threshold)
    own_words = {folded(f.text) for f in had}
    if len(left) == 1 and left[0].category in {f.category for f in had} and _one_fault_reworded_rest_improved(draft, reply):
        return True
    if len(left) == 1 and len(had) >= 3 and left[0].rule in {f.rule for f in had} and _most_faults_fixed(draft, reply, threshold):
        return True
    if not left or Counter(f.rule for f in left) - Counter(f.rule for f in had) or 2 * len(left) > len(had):
        return False
    return not any(folded(f.text) in own_words for f in left) and _count(reply, "warning") < _count(draft, "warning")


def _one_fault_reworded_rest_improved(draft: Report, reply: Report) -> bool:
    """A reply that keeps one of the draft's faults, in its own words («Извинете, ако това ви създава
    неудобство» for the draft's «извинения за евентуалните неудобства»), and none of the draft's words
    any finding above a hint points at (a fact's label, «вх. №», is no officialese kept), with fewer warnings:
    everything else the model improved."""
    if _kept(_not_info(reply), _flagged_words(draft.findings)):
        return False
    return _count(reply, "warning") < _count(draft, "warning")


def _most_faults_fixed(draft: Report, reply: Report, threshold: int) -> bool:
    """A reply that fixes all but one of three or more serious faults, keeps that one only in its own
    words («часът ви беше отменен» for the draft's «е бил отменен») and adds no warning: a mild formula
    it keeps word for word («Благодарим ви за разбирането») does not make it worse than the draft."""
    if _kept(reply.findings, _flagged_words(_serious(draft, threshold))):
        return False
    return _count(reply, "warning") <= _count(draft, "warning") and _count(reply, "info") <= _count(draft, "info")


def folded(text: str) -> str:
    """Words as compared: case and `ё` folded, any run of spaces one space."""
    return " ".join(fold_case(text).split())


def _serious(report: Report, threshold: int) -> list[Finding]:
    """The report's findings at or above the severity rank `threshold`."""
    return [f for f in report.findings if SEVERITY_RANK[f.severity] >= threshold]


def _flagged_words(findings: Iterable[Finding]) -> set[str]:
    """The words the findings point at, as compared."""
    return {folded(f.text) for f in findings if f.text}


def _not_info(report: Report) -> list[Finding]:
    """The report's findings above a hint: a hint kept word for word (a label of a fact, «вх. №») keeps no officialese."""
    return [f for f in report.findings if f.severity != "info"]


def _kept(findings: Iterable[Finding], words: set[str]) -> int:
    """How many of the findings point at words among `words`: phrases kept word for word."""
    return sum(bool(f.text) and folded(f.text) in words for f in findings)


def _own_warnings(draft: Report, reply: Report) -> bool:
    """The reply has a warning on words of its own of a rule the draft has no warning of («Информируем, что»), or more
    of one than the draft; a part the lint reads as missing points at no words, and the parts guard judges it. A
    thanks or closing formula of another rule is the draft's own said otherwise while the reply has at most one
    boilerplate warning more than the draft («Благодарим Ви, че ползвате…» for «Надяваме се да продължите…», and
    one thanks more) and every error of the reply is of a kind the draft has; after a draft with none, any is the
    reply's own."""
    own = _worded_warning_rules(reply) - _warning_rules(draft)
    drafted = sum(_warning_rules(draft, _BOILERPLATE).values())
    kinds = {f.category for f in draft.findings if f.severity == "error"}
    if drafted and sum(_warning_rules(reply, _BOILERPLATE).values()) <= drafted + 1 \
            and all(f.category in kinds for f in reply.findings if f.severity == "error"):
        own -= _worded_warning_rules(reply, _BOILERPLATE)
    return bool(own)


def _worded_warning_rules(report: Report, category: str | None = None) -> Counter[str]:
    """The report's warnings on words by rule, of `category` only when given: no part the lint reads as missing."""
    return Counter(
        f.rule for f in report.findings if f.severity == "warning" and f.text and category in (None, f.category)
    )


def _warning_rules(report: Report, category: str | None = None) -> Counter[str]:
    """The report's warnings by rule, of `category` only when given."""
    return Counter(f.rule for f in report.findings if f.severity == "warning" and category in (None, f.category))


def _count(report: Report, severity: str) -> int:
    return sum(f.severity == severity for f in report.findings)
