"""Whether a reply keeps a part of its draft: an apology or a closing when it has one of its own; a cause
or a step of the remedy when it keeps enough of what that clause says (`part_content` tells what it says).
"""
from __future__ import annotations

from .part_content import BY_CLAUSE, SAID_ANY_WAY, SAYS_SOMETHING, Clause, Fact, PartContent

# Share of a part's content words a reply must keep: alone, or with a cue of that part of its own.
_KEPT_SHARE, _KEPT_SHARE_WITH_CUE = 0.25, 0.15
# Share of a cause's whole sentence that keeps the cause however its clause is said.
_SENTENCE_KEPT = 0.5
# An excuse in place of a cause says this many content words at most («по не зависящим от нас причинам»).
_EXCUSE_WORDS = 3
# A cause with this many words no other sentence says («техническа грешка в системата за автоматични
# съобщения») is dropped by a reply that keeps none of them; with fewer, a paraphrase may say it
# («высокая загруженность мастера» → «у мастера много работы»).
_OWN_CAUSE = 3
_HOURS_A_DAY = 24
# A step of the remedy this long says what we do; a shorter one («Параметры исправлены») may be said
# in other words, so the reply's own cue covers it.
_STEP_WORDS = 5
# A step with a fact in it says this many words no other sentence says («изпрати», «безплатно», «гаранция») when a
# reply that tells its facts elsewhere must keep some of them.
_OWN_STEP_WORDS = 4
# A cause's sentence with this many words no other sentence says tells something a paraphrase keeps some of;
# with fewer, it may say all of it anew («высокая загруженность мастера» → «у мастера много работы»).
_SENTENCE_OWN = 6


def part_kept(
    content: PartContent, reply_has_cue: bool, reply_stems: frozenset[str], reply_facts: tuple[frozenset[Fact], ...] = (),
    reply_tells_a_cause: bool = True, facts_of_steps: tuple[frozenset[Fact], ...] = (),
) -> bool:
    """Kept when the reply keeps enough of each clause of the part that says something beyond one
    word (the failure alone, «задержалась», is no cause) and is not part of a longer one: every
    cause, and every step of the remedy («новое оборудование заказано», «менеджер свяжется с вами»).
    `facts_of_steps`: the facts of each sentence of the reply that may tell a step (a cue of its remedy, or of no part)."""
    if content.part in SAID_ANY_WAY:
        return reply_has_cue
    if content.explains_nothing:
        return True
    # a reply that tells no cause of its own and keeps none of the words a cue opens («поради повреда в хидравликата»)
    # has dropped the cause, however much of the clause around it (the firm, the machine its remedy names again) it
    # keeps, unless it keeps another cause whole («порывы ветра до 14 м/с» beside «неблагоприятным метеопрогнозом»)
    dropped = [c for c in content.opened_by_cue if _cue_dropped(c, content, reply_stems)]
    if content.part in BY_CLAUSE and not reply_tells_a_cause and dropped and not _a_cause_whole(content, reply_stems, dropped):
        return False
    everything = tuple(dict.fromkeys(w for c in content.clauses for w in c))
    least = SAYS_SOMETHING if content.part in BY_CLAUSE else _STEP_WORDS
    long = [c for c in content.clauses if len(c) >= least and not _nested(c, content, least)]
    # a step that says when («готов на 11.02 след 15:00», «выплата поступит до 25.04») told by none of its moments,
    # however short: the decision goes with its date
    if content.part not in BY_CLAUSE and any(_facts_dropped(c, content, reply_facts) for c in content.clauses if len(c) >= SAYS_SOMETHING):
        return False
    # a step whose facts the reply tells only with another part (the part's price in what it owns: «има пропуск и от
    # наша страна: не сменихме датчика, който струва 640 €») and whose own words it mostly drops («ще изпратим техник …
    # безплатно по гаранция») is dropped
    if content.part not in BY_CLAUSE and any(
        _facts_told_elsewhere(c, content, reply_facts, facts_of_steps, reply_stems) for c in long
    ):
        return False
    said = [c for c in long if not _facts_kept(c, content, reply_facts, reply_stems)]
    # a reply with no remedy of its own that tells a measure of a step nowhere (its term or sum: «повторное покрытие
    # 3 рогов … в течение 14 дней»): the words of the step it keeps are the rest of the letter's (the failure, the
    # greeting's «день»); a bare number or a time may be written so that the reply's sentences read it otherwise
    told = _counted(frozenset().union(*reply_facts))
    if content.part not in BY_CLAUSE and not reply_has_cue and any(
        _is_measure(f) and f not in told for c in said for f in _counted(dict(content.facts_of).get(c, frozenset()))
    ):
        return False
    if long and not said and content.part in BY_CLAUSE:
        return True  # every cause names facts («до −41 °C»), which the reply tells together
    if not said and content.part not in BY_CLAUSE and reply_has_cue:
        return True  # only short steps, which the reply's own remedy may say in other words
    said = said or [everything]
    said = [c for c in said if c]
    if not said:
        return reply_has_cue
    share = min(_share_kept(clause, content, reply_stems, reply_has_cue, reply_tells_a_cause) for clause in said)
    own = [
        words for clause, words in content.own_words
        if clause in said and len(words) >= SAYS_SOMETHING and content.part not in BY_CLAUSE
    ]
    own_share = min((sum(bool(w & reply_stems) for w in words) / len(words) for words in own), default=1.0)
    return (share >= _KEPT_SHARE or (reply_has_cue and share >= _KEPT_SHARE_WITH_CUE)) and own_share >= _KEPT_SHARE_WITH_CUE


def _share_kept(clause: Clause, content: PartContent, reply_stems: frozenset[str], reply_has_cue: bool, tells_a_cause: bool) -> float:
    """How much of the clause the reply keeps; all of a cause whose sentence it mostly keeps, as when the
    draft's clause is an excuse («по не зависящим от нас причинам») beside the cause it states
    («срок продлён консульством»), which the reply tells instead."""
    def kept(words: Clause) -> float:
        return sum(bool(w & reply_stems) for w in words) / len(words) if words else 0.0

    if _names_a_cause_beside(clause, content):
        return 1.0
    # a reply that keeps none of the words only a cause longer than an excuse says (no other sentence of
    # the draft has them) keeps what the rest of the letter says, not the cause
    own = next((words for c, words in content.own_words if c == clause), ())
    # … as does one with no cause of its own that keeps none of a short cause whose every word is the draft's
    # own and no excuse («некачествена партида от производителя» beside the failure it explains): what it keeps
    # of the sentence is the failure; with a cue of its own it may say the cause anew («времето ни провали»)
    all_own = not reply_has_cue and len(own) == len(clause) and clause not in content.excuses
    own_cause = len(clause) > _EXCUSE_WORDS or all_own
    # … or none of the causes chained with the clause in its sentence, each short, when its cue tells only the failure
    # («не состоялись» for «ввиду неявки бригады, вызванной ошибкой в графике выездов»)
    if content.part in BY_CLAUSE and not tells_a_cause and len(own) < _OWN_CAUSE and clause not in content.excuses:
        own, own_cause = _chained_own(clause, content), True
    # an excuse that says what kind of reasons («независещи от мен обстоятелства от здравословен характер») is told by
    # a reply that says what it names in words of the same meaning («разболях се»), not by a greeting's «здрав»
    told_otherwise = clause in content.excuses and _said_otherwise(clause, reply_stems)
    if own_cause and len(own) >= _OWN_CAUSE and not kept(own) and not told_otherwise:
        return 0.0
    # nor does one that keeps none of the words only the cause's whole sentence says («грешка при комплектоването
    # в склада, при което е избран артикул със сходен номер»), however short the cause's clause
    sentence_own = next((words for c, words in content.sentence_own if c == clause), ())
    if len(sentence_own) >= _SENTENCE_OWN and not kept(sentence_own):
        return 0.0
    sentences = [sentence for c, sentence in content.sentence_of if c == clause]
    # an excuse is short or says only that there were reasons (`excuse_words` in `language.yaml`); a cause
    # that names what happened («въведена от общината забрана за движение на конски впрягове») is dropped
    # when the reply keeps none of it, however much of its sentence it keeps
    # a short cause put first («поради технически проблеми доставката беше отложена») is an excuse only to a reply
    # that gives a cause of its own: one that keeps the rest of its sentence and no cause tells only what it explains
    short = len(clause) <= _EXCUSE_WORDS and (clause not in content.fronted or reply_has_cue)
    excuse = short or kept(clause) > 0 or clause in content.excuses
    if excuse and any(kept(sentence) >= _SENTENCE_KEPT for sentence in sentences):
        return 1.0
    if short and any(kept(cause) >= _SENTENCE_KEPT for cause in _causes_before(clause, content)):
        return 1.0  # a detail of the cause before it, told with that cause
    beyond = _beyond_the_failure(clause, content)
    if len(beyond) < SAYS_SOMETHING:
        return kept(clause)
    # a reply that keeps of the cause only the names in it (the worker who comes next time) keeps no cause
    names = frozenset().union(*(w for c, words in content.names_of if c == clause for w in words))
    return kept(clause) if any(w & reply_stems and not w <= names for w in beyond) else 0.0


def _said_otherwise(clause: Clause, reply_stems: frozenset[str]) -> bool:
    """The reply says a word of the clause by a word of the same meaning (`same_meaning` in `language.yaml`)."""
    return any(stem.startswith("~") for word in clause for stem in word & reply_stems)


def _names_a_cause_beside(clause: Clause, content: PartContent) -> bool:
    """An excuse that a cause of its sentence, or one the draft tells after it, tells («поради форсмажорни обстоятелства
    — наводнение на подлеза вследствие на пороен дъжд»; „… поради обстоятелства от технически характер. Установено бе,
    че …“): the cause, weighed on its own, says what the excuse only names, so a reply need not keep its words.
    A longer clause with a word of an excuse („Причината е отсъствие по болест на шофьора“) tells a cause of its own,
    unless the reasons are named in passing and the clause runs on to the failure („по независещи от нас причини е
    допуснато превишаване на срока“)."""
    if clause not in content.excuses or (len(clause) > _EXCUSE_WORDS and clause not in content.in_passing):
        return False
    sentences = {sentence for c, sentence in content.sentence_of if c == clause}
    after = content.clauses[content.clauses.index(clause) + 1:] if clause in content.clauses else ()
    return any(
        (sentence in sentences or other in after) and other not in content.excuses and len(other) > _EXCUSE_WORDS
        and not set(clause) <= set(other) and not _nested(other, content, SAYS_SOMETHING)
        for other, sentence in content.sentence_of
    )


def _causes_before(clause: Clause, content: PartContent) -> list[Clause]:
    """The causes longer than an excuse said before the clause in its sentence, which a short clause after them tells
    more of («занят с предходен обект, който се проточил»: how long the job took is a detail of the job)."""
    if clause not in content.clauses:  # the part's words taken whole
        return []
    sentences = {sentence for c, sentence in content.sentence_of if c == clause}
    before = content.clauses[:content.clauses.index(clause)]
    return [
        c for c in before
        if len(c) > _EXCUSE_WORDS and any(sentence in sentences for other, sentence in content.sentence_of if other == c)
    ]


def _cue_dropped(clause: Clause, content: PartContent, reply_stems: frozenset[str]) -> bool:
    """A cause its cue opens, no excuse, with words of its own (no other sentence says them, no name) the reply keeps
    none of."""
    names = frozenset().union(*(w for _, words in content.names_of for w in words))
    own = [w for c, words in content.own_words if c == clause for w in words if not w <= names]
    return clause not in content.excuses and len(own) >= SAYS_SOMETHING and not any(w & reply_stems for w in own)


def _a_cause_whole(content: PartContent, reply_stems: frozenset[str], dropped: list[Clause]) -> bool:
    """The reply keeps every word of its own of a cause that says something, no excuse, and not told in a sentence
    before every dropped cause: what a later sentence explains is the failure («вместо заказанного порошка отгружена
    другая марка. Данное несоответствие возникло вследствие ошибки при комплектовании»)."""
    return any(
        len(own) >= SAYS_SOMETHING and all(w & reply_stems for w in own) and not _told_before(clause, dropped, content)
        for clause, own in content.own_words if clause not in content.excuses
    )


def _told_before(clause: Clause, others: list[Clause], content: PartContent) -> bool:
    """The clause is said in a sentence before each of the others'."""
    sentence = dict(content.sentence_of)
    order = content.clauses
    return clause in order and all(
        c in order and order.index(clause) < order.index(c) and sentence.get(clause) != sentence.get(c) for c in others
    )


def _chained_own(clause: Clause, content: PartContent) -> Clause:
    """The words no other sentence says of the causes chained with the clause in its sentence, excuses aside («ввиду
    неявки бригады, вызванной ошибкой в графике выездов»): together they say what happened."""
    sentences = {sentence for c, sentence in content.sentence_of if c == clause}
    chained = {c for c, sentence in content.sentence_of if sentence in sentences and c not in content.excuses}
    return tuple(dict.fromkeys(w for c, words in content.own_words if c in chained for w in words))


def _facts_kept(clause: Clause, content: PartContent, reply_facts: tuple[frozenset[Fact], ...], reply_stems: frozenset[str]) -> bool:
    """The clause names facts (a step: its sentence), and one sentence of the reply holds them all; with a word
    of a cause beside its measure («на ферме −41 °C» for «понижение температуры на территории фермы до −41 °C»),
    or of a cause its sentence gives with it («из-за морозов ниже −45 °C» for «из-за погодных условий (температура
    воздуха ниже −45 °C)»): the measure is what that cause amounts to."""
    facts = next((f for c, f in content.facts_of if c == clause), frozenset())
    sentence = {s for c, s in content.sentence_of if c == clause}
    beside = (c for c, s in content.sentence_of if s in sentence and len(c) >= SAYS_SOMETHING)
    # a count in pieces («180 броя», «12 шт.») is worded by its unit, which a reply may leave out («вместо поръчаните 180»),
    # and a clause of no more words than a name of its fact is worded by that fact («установленного времени (06:30)»)
    worded = content.part not in BY_CLAUSE or all(map(_is_count, facts)) or len(clause) <= SAYS_SOMETHING \
        or any(w & reply_stems for c in (clause, *beside) for w in c)
    return bool(facts) and worded and any(_all_told(_counted(facts), _counted(said)) for said in reply_facts)


def _facts_told_elsewhere(
    clause: Clause, content: PartContent, reply_facts: tuple[frozenset[Fact], ...], facts_of_steps: tuple[frozenset[Fact], ...],
    reply_stems: frozenset[str],
) -> bool:
    """The step names a measure (a price, an amount) and its facts are told, though by no sentence that may tell a
    step, with less than a quarter of the words only the step says, when it has enough of them."""
    own = next((words for c, words in content.own_fact_words if c == clause), ())
    kept = sum(bool(w & reply_stems) for w in own)
    measured = any(map(_is_measure, next((f for c, f in content.facts_of if c == clause), frozenset())))
    return measured and len(own) >= _OWN_STEP_WORDS and kept / len(own) < _KEPT_SHARE \
        and _facts_kept(clause, content, reply_facts, reply_stems) and not _facts_kept(clause, content, facts_of_steps, reply_stems)


def _all_told(facts: frozenset[Fact], said: frozenset[Fact]) -> bool:
    """Every fact is among `said`, a moment in any form («с 10 до 14 часов» for «с 10:00 до 14:00»)."""
    told = set().union(*map(_moments_of, said))
    return all(_moments_of(f) & told for f in facts)


def _is_count(fact: Fact) -> bool:
    """A count in pieces: «180 броя», «12 шт.»."""
    return len(fact) == 2 and fact[1] == "item"


def _is_measure(fact: Fact) -> bool:
    """A number with its unit or currency: «14 дней», «40 €»."""
    return len(fact) == 2 and isinstance(fact[1], str)


def _counted(facts: frozenset[Fact]) -> frozenset[Fact]:
    """The facts with each count in pieces as its bare number, as the facts guard reads them («180 броя» is «180»)."""
    return frozenset(f[:1] if _is_count(f) else f for f in facts)


def _facts_dropped(clause: Clause, content: PartContent, reply_facts: tuple[frozenset[Fact], ...]) -> bool:
    """The step says when (its dates and times) or how much money («ще Ви върнем 40 € … до 10 работни дни») and the
    reply tells none of its facts anywhere, its moments in any form, a date with or without its year: the words of the
    step it keeps are the rest of the letter's. A reply that keeps the step's other facts (the order's number) has kept
    the step and only lost its date or its sum, which the facts guard stops; amounts a reply may say in words («една
    седмица» for «7 дни») tell nothing here."""
    facts = next((f for c, f in content.facts_of if c == clause), frozenset())
    # a moment another clause of the part gives too («в 16:40 вместо согласованных 09:00» beside «замена … до 09:00»)
    # tells that clause's when the reply keeps it: the step is told by a moment or a sum of its own, where it has one
    others = {f for c, f_of in content.facts_of if c != clause for f in f_of}
    if any(_is_moment(f) or _is_sum(f) for f in facts - others):
        facts = facts - others
    # a bare number the draft gives another clause or sentence («клетка № 9») tells that one's fact, not this step's hour («9:00»)
    elsewhere = {f for c, f_of in content.facts_of if c != clause for f in f_of if len(f) == 1} | content.numbers_told
    told = set().union(*(_moments_of(f) for said in reply_facts for f in said if f not in elsewhere))
    return any(_is_moment(f) or _is_sum(f) for f in facts) and not any(_moments_of(f) & told for f in facts)


def _is_sum(fact: Fact) -> bool:
    """Money, by its value: a number and its currency's code, in capitals («40», «EUR»), where units are in lowercase."""
    return len(fact) == 2 and isinstance(fact[1], str) and fact[1].isupper()


def _is_moment(fact: Fact) -> bool:
    """A date (day, month, year or None) or a time of day (hour, minute), by its value."""
    return len(fact) in (2, 3) and isinstance(fact[0], int) and all(isinstance(x, int | None) for x in fact)


def _moments_of(fact: Fact) -> set[Fact]:
    """What a fact may say of when: a date as its day and month («5 декабря» is «05.12.2026»), and one with no year
    also as the time or the number its figures may be («14.05 ч.» is «14:05 ч.»); a whole hour also as its bare
    number («с 10 до 19» for «с 10:00 до 19:00») and its hours («17 ч.»); any other fact as it is."""
    if len(fact) == 3 and _is_moment(fact):
        day, month = fact[0], fact[1]
        dotted = {(day, month), (f"{day}.{month}",)} if fact[2] is None else set()
        return {("date", day, month)} | dotted
    if _is_moment(fact) and fact[1] == 0:
        return {fact, (str(fact[0]),)}
    hour = fact[0] if len(fact) == 2 and fact[1] == "hour" else None
    return {(int(hour), 0)} if isinstance(hour, str) and hour.isdigit() and int(hour) <= _HOURS_A_DAY else {fact}


def _beyond_the_failure(clause: Clause, content: PartContent) -> Clause:
    """The cause's words that the rest of its sentence does not say: in «изготовление задерживается в
    связи с задержкой поставки материала» the delay is the failure told twice, and a reply that keeps only
    it («стельки задерживаются») keeps no cause. One such word may be the failure said another way
    («при комплектоването» beside «комплектът»), so it takes two to tell a cause of its own."""
    outside = frozenset().union(*(w for c, words in content.told_beside if c == clause for w in words))
    return tuple(w for w in clause if not w & outside)


def _nested(clause: Clause, content: PartContent, least: int) -> bool:
    """Of two nested clauses, the one that speaks for the cause: the outer one («в связи с ошибкой
    сотрудника при сборке заказа» around «при сборке заказа», «обусловлен отсутствием специалиста по
    причине…» around «причине…»), but the inner one when the outer adds a single word, the failure
    («задержался из-за поломки машины» around «поломки машины», «вышита надпись «Сакол» вместо «Сокол»
    вследствие опечатки в макете» around «опечатки в макете»), which a reply that drops the cause still says."""
    own = set(clause)
    # the words cues open their clauses with: «неисправность обусловлена износом топливного шланга» wraps
    # «износом …» wrapping «топливного шланга», and only the innermost speaks for the cause
    cue_words = {c[0] for c in content.opened_by_cue if c}
    for other in content.clauses:
        theirs = set(other)
        if theirs < own and len(other) >= least and len(own - theirs) == 1:
            return True
        wrapped_by_failure = len(theirs - own) == 1 and len(own) >= least
        if own < theirs and not wrapped_by_failure and not (other in content.opened_by_cue and theirs - own <= cue_words):
            return True
    return False
