"""Bulgarian passives made active from the rule's listed forms, for a language without grammemes: «ще бъде
разгледана» → «ще разгледаме», the subject moving after the verb as its object with the object's article, or
staying in front with a clitic that doubles it («Сумата … ще я възстановим»)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .clause_shape import clause_start
from .edits import Context, Edit, original
from .fix_kinds import FixError, FixKind, Target, fix_kind
from .matching import Sentence
from .normalize import fold_case


@fix_kind("active_forms")
@dataclass(frozen=True)
class ActiveForms(FixKind):
    """`active_forms: {LEMMA: FORM}`: a passive's auxiliary and participle become the listed active form."""

    forms: tuple[tuple[str, str], ...]

    @classmethod
    def parse(cls, data: Mapping[str, Any], has_grammemes: bool) -> ActiveForms:
        forms = data["active_forms"]
        if not (isinstance(forms, Mapping) and forms and all(isinstance(v, str) and v for v in forms.values())):
            raise FixError("active_forms maps a participle's verb to the active form that replaces it")
        return cls(tuple((fold_case(str(k)), v) for k, v in forms.items()))

    def plan(self, target: Target, rule_id: str, context: Context) -> list[Edit] | str:
        return active_forms(self, target.sentence, target.first, target.last, rule_id, context)


def active_forms(fix: ActiveForms, sentence: Sentence, first: int, last: int, rule_id: str, context: Context) -> list[Edit] | str:
    """For a language without grammemes: the auxiliary and participle become the listed active form
    («ще бъде разгледана» → «ще разгледаме»); a subject before them moves after the verb as its object,
    with the object's article («Достъпът ще бъде възстановен» → «Ще възстановим достъпа»)."""
    forms = dict(fix.forms)
    found = [i for i in range(first + 1, last + 1) if {p.lemma for p in sentence.words[i].parses} & set(forms)]
    if len(found) != 1:
        return "no single participle with a listed active form"
    participle = found[0]
    form = next(forms[p.lemma] for p in sentence.words[participle].parses if p.lemma in forms)
    verb_start, verb_end = original(context, sentence.spans[participle - 1][0], sentence.spans[participle][1])
    start = clause_start(sentence, first, context)
    if start == first:
        fronted = _fronted_object_clitic(sentence, start, participle, rule_id, context)
        if fronted is None:
            return "cannot tell whether an object stands before the verb"
        clitic, object_form = fronted
        if clitic and (participle - first > 2 and first > 6 or _past_long_aside(sentence, first, context)):
            # an object fronted far, with an aside of many words, doubled beside a dative clitic («Таксата от …,
            # преведена по …, ще Ви я възстановим») reads clumsy (judged unnatural, round 32), and so does one whose
            # aside is long («Сумата от 100 лв., платена от Вас на 28.02.2026 г., ще я възстановим», round 41): the
            # passive stays
            return "an object doubled far from its verb, past an aside"
        return [*object_form, Edit(verb_start, verb_end, f"{clitic} {form}".lstrip(), rule_id)]
    if first - start > 8:
        return "the words before the verb are too many to be its subject"
    if any(fold_case(w.form) in context.grammar.coordinators for w in sentence.words[start:first]):
        return "a conjunction joins another clause to the words before the verb"
    if first - start == 1 and fold_case(sentence.words[start].form) in context.grammar.adjunct_openers:
        return _adverb_before(sentence, participle, form, (verb_start, verb_end), rule_id, context)
    subject = _as_object(sentence, start, context)
    if subject is None:
        after_opening = _subject_after_opening(sentence, start, first, context)
        if after_opening is None:
            return _doubled_subject(sentence, start, first, participle, form, (verb_start, verb_end), rule_id, context)
        start, subject = after_opening
    subject_start, _ = original(context, *sentence.spans[start])
    if context.text[subject_start:subject_start + 1].isupper() and fold_case(subject) in context.grammar.polite_pronouns:
        subject = subject[:1].upper() + subject[1:]  # «Вашата рекламация» keeps the capital of politeness further in
    return _moved_after_verb(sentence, start, first, subject, form, (verb_start, verb_end), rule_id, context)


def _subject_after_opening(sentence: Sentence, start: int, first: int, context: Context) -> tuple[int, str] | None:
    """The subject right before the verb, a noun with its article (and a possessive clitic), after the words that
    open its clause: a conjunction («…, че сумата ще бъде възстановена» → «…, че ще възстановим сумата») or a phrase
    in front opened by a preposition («При постъпване на частите машината ще бъде ремонтирана» → «При постъпване на
    частите ще ремонтираме машината»). Its start and its first word as an object, or None where the word before it
    is a preposition (the noun is then the phrase's: «За писмото ще бъде разгледан въпросът»)."""
    grammar = context.grammar
    at = first - 1
    if at > start and fold_case(sentence.words[at].form) in grammar.clitics:
        at -= 1  # «заявката Ви ще бъде обработена»: the possessive clitic goes with its noun
    opening = fold_case(sentence.words[start].form)
    if at <= start or fold_case(sentence.words[at - 1].form) in grammar.prepositions:
        return None
    if opening not in grammar.clause_openers and (opening not in grammar.prepositions or at - start > 6):
        return None
    subject = _as_object(sentence, at, context)
    return None if subject is None else (at, subject)


def _moved_after_verb(
    sentence: Sentence, start: int, first: int, subject: str, form: str, verb: tuple[int, int], rule_id: str,
    context: Context,
) -> list[Edit]:
    """The subject (its first word already in the object's form, `subject`) moves after the new verb, and the word
    after it («ще») opens the sentence: «Достъпът ще бъде възстановен» → «Ще възстановим достъпа»."""
    subject_start, first_end = original(context, *sentence.spans[start])
    _, subject_end = original(context, *sentence.spans[first - 1])
    moved = subject + context.text[first_end:subject_end]
    if moved.endswith(".") and context.text[verb[1]:verb[1] + 1] == ".":
        # a subject that ends on an abbreviation («сумата от 35 лв.») ends the sentence with its own point
        verb = (verb[0], verb[1] + 1)
    opener_start, opener_end = original(context, *sentence.spans[first])
    opener = context.text[opener_start:opener_end]
    if context.text[subject_start:subject_start + 1].isupper():
        opener = opener[:1].upper() + opener[1:]
    return [
        Edit(subject_start, opener_end, opener, rule_id),
        Edit(*verb, f"{form} {moved}", rule_id),
    ]


def _adverb_before(
    sentence: Sentence, participle: int, form: str, verb: tuple[int, int], rule_id: str, context: Context
) -> list[Edit] | str:
    """«Допълнително ще Ви бъде изпратено писмо» → «Допълнително ще Ви изпратим писмо»: one adverb before the verb
    is not its subject, which stands after the participle and stays there as the object, with the object's
    article («Утре ще бъде изпратен договорът» → «Утре ще изпратим договора»); with no subject after it, the
    passive stays («Утре ще бъде изпратена.»: which clitic stands for it is not told)."""
    if not _subject_follows(sentence, participle, context):
        return "cannot tell the subject of the passive after an adverb"
    after = participle + 1
    start, end = original(context, *sentence.spans[after])
    folded = fold_case(context.text[start:end])
    edits = [Edit(*verb, form, rule_id)]
    for article, short in context.grammar.object_articles:
        if folded.endswith(article) and short != article:
            as_object = _as_object(sentence, after, context)
            if as_object is None or not context.text[start:end][1:].islower():
                return "cannot tell the object's form of the subject after the verb"
            edits.append(Edit(start, end, context.text[start:start + 1] + as_object[1:], rule_id))
    return edits


def _doubled_subject(
    sentence: Sentence, start: int, first: int, participle: int, form: str, verb: tuple[int, int], rule_id: str,
    context: Context,
) -> list[Edit] | str:
    """«Надвзетата сума ще бъде възстановена» → «Надвзетата сума ще я възстановим»: the subject's first word has no
    object form the dictionary knows (a participle), so the subject stays in front and a clitic, agreeing with the
    participle, doubles it, or, where it is the same word as an object, moves after the verb; a masculine one takes the
    object's short article («Ваучерът» → «Ще изпратим ваучера», «ДОКУМЕНТЪТ» → «ДОКУМЕНТА ще го изпратим»), built
    from the lemma when the dictionary lacks it; where neither tells it, the passive stays.
    Only a short subject that opens the sentence with the article of the participle's gender
    and number, and no word after the participle that could be the subject instead («…ще бъде изпратена пратката»)."""
    grammar = context.grammar
    clitic = dict(grammar.object_clitics).get(sentence.words[participle].form[-1:])
    opening = fold_case(sentence.words[start].form)
    article = next((a for a, _ in grammar.object_articles if opening.endswith(a)), None)
    bare = article is None and _bare_subject(sentence, start, first, participle, context)
    after = participle + 1
    follows = after < len(sentence.words) and not context.view.text[sentence.spans[participle][1]:sentence.spans[after][0]].strip()
    if (start or first - start > 6 or clitic is None
            or not bare and dict(grammar.subject_clitics).get(article or "") != clitic
            or follows and fold_case(sentence.words[after].form) not in grammar.adjunct_openers):
        return "cannot tell that the words before the verb are its subject"
    if bare:
        # a bare subject is the same word as an object: «Допълнителна информация ще Ви бъде изпратена» → «Ще Ви
        # изпратим допълнителна информация»
        return _moved_after_verb(sentence, start, first, opening, form, verb, rule_id, context)
    if first - start == 1 and opening == article:
        # a pronoun alone, all article («Те ще Ви бъдат изпратени»), gives way to its clitic: «Ще Ви ги изпратим»
        pronoun_start, _ = original(context, *sentence.spans[start])
        opener_start, opener_end = original(context, *sentence.spans[first])
        opener = context.text[opener_start:opener_end]
        return [Edit(pronoun_start, opener_end, opener[:1].upper() + opener[1:], rule_id),
                Edit(*verb, f"{clitic} {form}", rule_id)]
    short = dict(grammar.object_articles).get(article, article) if article else None
    # a feminine, neuter or plural subject is the same word as an object: it moves after the verb, as a noun's
    # does («Надвзетата сума ще Ви бъде възстановена» → «Ще Ви възстановим надвзетата сума»); the doubled
    # «… сума ще Ви я възстановим» reads colloquial in a letter (judged unnatural, round 17)
    word = sentence.words[start].form
    if short == article and word[1:].islower() and opening.isalpha():
        return _moved_after_verb(sentence, start, first, opening, form, verb, rule_id, context)
    edits = [Edit(*verb, f"{clitic} {form}", rule_id)]
    if article and short and short != article:
        # the object takes the short article: a masculine subject moves after the verb with it, as a feminine one does
        # («Коригираният отчет ще Ви бъде изпратен» → «Ще Ви изпратим коригирания отчет»: the doubled «Коригирания
        # отчет ще Ви го изпратим» reads colloquial, as judged in round 17); one in capitals stays doubled
        # («ДОКУМЕНТА ще го изпратим»)
        word_start, word_end = original(context, *sentence.spans[start])
        ending = context.text[word_end - len(article):word_end]
        word = fold_case(context.text[word_start:word_end])
        if fold_case(ending) != article or not _has_short_form(sentence, start, word, article, short, context):
            return "cannot tell the subject's form with the short article"
        if context.text[word_start + 1:word_end].islower() and word.isalpha():
            return _moved_after_verb(sentence, start, first, word[:-len(article)] + short, form, verb, rule_id, context)
        edits.insert(0, Edit(word_end - len(article), word_end, short.upper() if ending.isupper() else short, rule_id))
    return edits


def _bare_subject(sentence: Sentence, start: int, first: int, participle: int, context: Context) -> bool:
    """Whether the words `start`..`first` are a subject with no article that agrees with the participle, told from
    an adverb by its words' endings (`bare_subject_endings`: «Нова пратка ще бъде изпратена», never «Тогава ще бъде
    изпратена»): each word before a preposition is a plain lowercase word that is no adjunct and no polite pronoun,
    and no mark stands among them."""
    grammar = context.grammar
    endings = dict(grammar.bare_subject_endings).get(fold_case(sentence.words[participle].form)[-1:])
    text, spans = context.view.text, sentence.spans
    if not endings or any(text[spans[at][1]:spans[at + 1][0]].strip() for at in range(start, first)):
        return False  # a mark inside («Суми, платени с карта, ще…»): an aside, not a plain subject
    head: list[tuple[str, str]] = []
    for word in sentence.words[start:first]:
        folded = fold_case(word.form)
        if head and folded in grammar.adjunct_openers:
            break
        head.append((word.form, folded))
    return all(
        form.isalpha() and form[1:].islower() and folded[-1] in endings
        and folded not in grammar.adjunct_openers and folded not in grammar.polite_pronouns
        for form, folded in head
    )


def _has_short_form(sentence: Sentence, at: int, word: str, article: str, short: str, context: Context) -> bool:
    """Whether the word takes the short article in place of the full one: the dictionary knows that form, or the
    word is its lemma plus the full article, a noun whose short form is built the same way («ваучерът» → «ваучера»)."""
    stem = word[: len(word) - len(article)]
    return context.morphology.is_known(stem + short) or stem in {p.lemma for p in sentence.words[at].parses}


def _fronted_object_clitic(
    sentence: Sentence, start: int, participle: int, rule_id: str, context: Context
) -> tuple[str, list[Edit]] | None:
    """The clitic the new verb needs ("" for none) and the edit that gives a fronted object its object form, None
    when that cannot be told. «Сумата, която платихте, ще бъде възстановена» → «…, ще я възстановим»: the sentence
    opens with the subject and an aside parts it from the verb, so the object stays in front and a clitic doubles
    it; a masculine one takes the short article («Вашият сигнал относно … ще го предадем» is ungrammatical, judged
    in round 63: «Вашия сигнал …»). A sentence that opens with a clause of its own («След като получим стоката, ще
    бъде възстановена сумата») needs none, unless no subject follows the verb either: then it was told before, and
    the clitic stands for it («Ако сте имали разходи, опишете ги — ще бъдат разгледани» → «…— ще ги разгледаме»)."""
    clitic = dict(context.grammar.object_clitics).get(sentence.words[participle].form[-1:])
    if start == 0 or fold_case(sentence.words[0].form) in context.grammar.clitic_free_openers:
        needed = "" if _subject_follows(sentence, participle, context) else clitic
        return None if needed is None else (needed, [])
    as_object = _as_object(sentence, 0, context)
    if as_object is None or clitic is None:
        return None
    word_start, word_end = original(context, *sentence.spans[0])
    word = context.text[word_start:word_end]
    if fold_case(word) == as_object:
        return clitic, []
    return clitic, [Edit(word_start, word_end, word[:1] + as_object[1:], rule_id)]


def _past_long_aside(sentence: Sentence, first: int, context: Context) -> bool:
    """Whether the sentence opens with the object and an aside set off by commas, many words before the verb."""
    opener = fold_case(sentence.words[0].form)
    return (first > 8 and opener not in context.grammar.clitic_free_openers
            and "," in context.view.text[sentence.spans[0][0]:sentence.spans[first][0]])


def _subject_follows(sentence: Sentence, participle: int, context: Context) -> bool:
    """Whether a word that may be the passive's subject comes right after the participle, in the same clause:
    not a punctuation mark, not a word that opens an adjunct («по», «индивидуално»)."""
    after = participle + 1
    if after >= len(sentence.words):
        return False
    between = context.view.text[sentence.spans[participle][1]:sentence.spans[after][0]]
    return not between.strip() and fold_case(sentence.words[after].form) not in context.grammar.adjunct_openers


def _as_object(sentence: Sentence, at: int, context: Context) -> str | None:
    """The subject's first word with the object's article, lowercased, if it carries a subject article on its lemma."""
    start, end = original(context, *sentence.spans[at])
    word = context.text[start:end]
    folded = fold_case(word)
    lemmas = {p.lemma for p in sentence.words[at].parses} - {folded}
    for article, as_object in context.grammar.object_articles:
        stem = folded[: len(folded) - len(article)]
        # a noun with its article: the lemma is the word less the article («сумата»), or less its plural too («парите»)
        if folded.endswith(article) and stem and lemmas and (
            any(stem.startswith(lemma) for lemma in lemmas) or context.morphology.is_known(stem)
        ):
            if not word[1:].islower() or not _has_short_form(sentence, at, folded, article, as_object, context):
                return None
            return stem + as_object
    return None
