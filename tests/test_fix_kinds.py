"""Fix kinds are a registry: a rule names one kind by its key, and a new kind is one registered class."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from rewriter import CATEGORIES, Config, Rewriter, rewrite
from rewriter.edits import Edit, original
from rewriter.fix_kinds import KINDS, FixKind, fix_kind
from rewriter.rules import RulePackError, load_rules

# one rule, whose `fix` each test fills in
RULE = (
    '- {{id: ru.bureaucratese.t-kind, category: bureaucratese, severity: warning, message: "Тест.",'
    ' patterns: ["данный{{Apro}}"], fix: {fix}, bad: ["Данный заказ готов."], good: ["Этот заказ готов."]}}\n'
)


def _load(tmp_path, fix: str):
    path = tmp_path / "rule.yaml"
    path.write_text(RULE.format(fix=fix), encoding="utf-8")
    return load_rules(path, "ru", has_grammemes=True)


@dataclass(frozen=True)
class Shout(FixKind):
    """A kind a team might add: the matched words become its word, in capitals."""

    word: str

    @classmethod
    def parse(cls, data, has_grammemes):
        return cls(str(data["t_shout"]))

    def plan(self, target, rule_id, context):
        return [Edit(*original(context, target.start, target.end), self.word.upper(), rule_id)]


@pytest.fixture
def shouting_kind():
    """Registered by its key, and nothing else touched."""
    yield fix_kind("t_shout")(Shout)
    del KINDS["t_shout"]


def test_a_new_fix_kind_is_one_registered_class(tmp_path, shouting_kind):
    path = tmp_path / "rule.yaml"
    path.write_text(RULE.format(fix='{t_shout: "этот"}'), encoding="utf-8")
    only_t_kind = Config(rules=(path,), disable=frozenset(CATEGORIES), enable=frozenset({"ru.bureaucratese.t-kind"}), required_parts=())
    rewriter = Rewriter(only_t_kind)
    assert rewriter.rewrite("Данный заказ готов.", "ru").text == "ЭТОТ заказ готов."


def test_every_kind_the_rule_format_documents_is_registered():
    assert {"replace", "inflect", "verb", "active", "active_forms", "noun_active", "imperative", "drop", "definite",
            "sentence", "topic", "frame", "drop_conjunct", "agent_active", "front_active", "predicate"} <= set(KINDS)


def test_a_verb_map_beside_active_belongs_to_active(tmp_path):
    (rule,) = _load(tmp_path, '{active: "мы", verb: {возврат: [вернуть, возвращать]}}')
    assert type(rule.fix[0].kind).__name__ == "Active"


@pytest.mark.parametrize(
    "fix, says",
    [
        ('{replace: "этот", drop: sentence}', "exactly one of"),
        ("{when: \"данный\"}", "exactly one of"),
        ("{drop: sentence, govern: gent}", "not govern"),
        ("{drop: paragraph}", "drop: sentence is the only kind of drop"),
        ("{definite: yes please}", "definite: true"),
        ('{replace: "этот", governed: ablt}', r"governed \(the old case\) goes with govern"),
        ('{replace: "этот", govern: genitive}', "govern must be a case"),
        ('{verb: {возврат: [вернуть]}}', "perfective verb, imperfective verb"),
        ('{active: "мы"}', "needs a verb map"),
        ('{active: "мы", verb: {возврат: [вернуть, возвращать]}, light: осуществление}', "light lists the nouns"),
        ('{active_forms: {}}', "active_forms maps"),
        ('{noun_active: {}}', "noun_active maps"),
        ("{agent_active: управление}", "agent_active lists the nouns"),
        ('{front_active: " "}', "front_active is the new subject"),
        ('{noun_active: {возврат: вернём}, linker: на}', "needs `auxiliary`"),
        ('{noun_active: {возврат: вернём}, auxiliary: [будет]}', "needs `linker`"),
        ('{replace: "этот", when: "данный{{Zzzz}}"}', "fix:"),
        ('{topic: " "}', "topic is the text"),
        ("{imperative: false}", "imperative: true is the only kind"),
        ("{predicate: short}", "predicate: true"),
        ("{predicate: true, short: обязательный}", "`short` a list"),
        ('{imperative: true, please: "будьте добры"}', "one word of politeness"),
        ('{frame: "Отвечаем на"}', "frame needs `tail`"),
        ('{frame: " ", tail: "x"}', "frame is the text"),
        ('{frame: "Отвечаем на", tail: "("}', "tail:"),
        ('{frame: "Отвечаем на", tail: "x", split: "yes"}', "split is true or false"),
        ('{frame: "Отвечаем на", tail: "x", opening: 5}', "opening is a regex"),
        ('{frame: "Отвечаем на", tail: "x", opening: "("}', "opening:"),
        ('{frame: "отвечает на", tail: "x", subject: "ООО"}', "subject is a regex"),
        ('{frame: "отвечает на", tail: "x", opening: "на", subject: "("}', "subject:"),
        ('{replace: "этот", unless: 5}', "a token pattern or a list of them"),
        ('{replace: "этот", unless: "данный{{Zzzz}}"}', "fix:"),
        ('{replace: "этот", unless: "@no_such_class данный"}', "no word class @no_such_class"),
    ],
)
def test_a_fix_that_cannot_be_used_is_a_clear_error(tmp_path, fix, says):
    with pytest.raises(RulePackError, match=says):
        _load(tmp_path, fix)


def test_kinds_that_need_grammemes_are_refused_for_a_language_without_them(tmp_path):
    path = tmp_path / "rule.yaml"
    path.write_text(RULE.format(fix='{inflect: "этот"}').replace("ru.", "bg.").replace("{Apro}", ""), encoding="utf-8")
    with pytest.raises(RulePackError, match="inflect needs a language with grammemes"):
        load_rules(path, "bg", has_grammemes=False)


def test_a_fix_steps_aside_where_its_unless_context_takes_in_the_match(tmp_path):
    path = tmp_path / "rule.yaml"
    path.write_text(RULE.format(fix='{inflect: "этот", unless: "@third_party данный"}'), encoding="utf-8")
    only_t_kind = Config(rules=(path,), disable=frozenset(CATEGORIES), enable=frozenset({"ru.bureaucratese.t-kind"}), required_parts=())
    rewriter = Rewriter(only_t_kind)
    assert rewriter.rewrite("Данный заказ готов.", "ru").text == "Этот заказ готов."
    steps_aside = rewriter.rewrite("Ответ партнёра данный заказ не касается.", "ru")
    assert steps_aside.text == "Ответ партнёра данный заказ не касается."
    assert [f.text for f in steps_aside.findings_before] == ["данный"]


def _only_t_kind(tmp_path, fix: str) -> Rewriter:
    path = tmp_path / "rule.yaml"
    path.write_text(RULE.format(fix=fix), encoding="utf-8")
    return Rewriter(Config(rules=(path,), disable=frozenset(CATEGORIES), enable=frozenset({"ru.bureaucratese.t-kind"}), required_parts=()))


def test_a_fix_steps_aside_where_its_reply_context_stands_anywhere_in_the_reply(tmp_path):
    rewriter = _only_t_kind(tmp_path, '{replace: "этот", unless: {reply: "уважаемый"}}')
    assert rewriter.rewrite("Здравствуйте!\n\nДанный заказ готов.", "ru").text == "Здравствуйте!\n\nЭтот заказ готов."
    formal = "Уважаемый клиент!\n\nДанный заказ готов."
    assert rewriter.rewrite(formal, "ru").text == formal


def test_a_fix_steps_aside_where_its_sentence_is_the_only_one_of_the_reply_with_the_context(tmp_path):
    rewriter = _only_t_kind(tmp_path, '{replace: "этот", unless: {alone: "{futr}"}}')
    assert rewriter.rewrite("Данный заказ придёт завтра. Чек пришлём в пятницу.", "ru").text == (
        "Этот заказ придёт завтра. Чек пришлём в пятницу."
    )
    only_promise = "Данный заказ придёт завтра. Чек уже на почте."
    assert rewriter.rewrite(only_promise, "ru").text == only_promise


def test_a_fix_steps_aside_where_its_context_stands_in_the_paragraph_right_before(tmp_path):
    rewriter = _only_t_kind(tmp_path, '{replace: "этот", unless: {before: "напоминать"}}')
    right_after = "Напоминаем о скидке.\n\nДанный заказ готов."
    assert rewriter.rewrite(right_after, "ru").text == right_after
    further_up = "Напоминаем о скидке.\n\nЧек на почте.\n\nДанный заказ готов."
    assert rewriter.rewrite(further_up, "ru").text == "Напоминаем о скидке.\n\nЧек на почте.\n\nЭтот заказ готов."
    same_paragraph = "Напоминаем о скидке. Данный заказ готов."
    assert rewriter.rewrite(same_paragraph, "ru").text == "Напоминаем о скидке. Этот заказ готов."


def test_a_lead_is_looked_for_before_a_comma_that_an_abbreviations_dot_only_seemed_to_end(tmp_path):
    # the lead: the match opens its sentence; after «1898 г. р.,» it does not, though the dot split the text there
    rewriter = _only_t_kind(tmp_path, "{replace: \"этот\", lead: '^'}")
    assert rewriter.rewrite("Данный заказ готов.", "ru").text == "Этот заказ готов."
    mid_sentence = "На запрос о справке на Козлова, 1898 г. р., данный заказ готов."
    assert rewriter.rewrite(mid_sentence, "ru").text == mid_sentence


def _only_whole_sentence_rule(tmp_path, patterns: str, sentence: str) -> Rewriter:
    """A rewriter with one boilerplate rule alone, whose fix puts `sentence` in place of the formula's."""
    path = tmp_path / "rule.yaml"
    path.write_text(
        f'- {{id: ru.boilerplate.t-sentence, category: boilerplate, severity: warning, message: "Тест.",'
        f' patterns: {patterns}, fix: {{sentence: "{sentence}"}}, bad: ["Ваш выбор важен."], good: ["Заказ готов."]}}\n',
        encoding="utf-8",
    )
    only_it = Config(rules=(path,), disable=frozenset(CATEGORIES), enable=frozenset({"ru.boilerplate.t-sentence"}), required_parts=())
    return Rewriter(only_it)


def test_a_whole_sentence_fix_writes_an_offer_only_for_a_formula_that_offers_help(tmp_path):
    """A fix keeps or drops a stock line; it adds no invitation the letter never made (`help_words`)."""
    rewriter = _only_whole_sentence_rule(tmp_path, '["ваш выбор *2 важный", "=всегда =готовы помочь"]', "Если что-то понадобится, пишите")
    assert rewriter.rewrite("Заказ готов. Ваш выбор очень важен!", "ru").text == "Заказ готов. Ваш выбор очень важен!"
    assert rewriter.rewrite("Заказ готов. Всегда готовы помочь!", "ru").text == "Заказ готов. Если что-то понадобится, пишите!"



@pytest.mark.parametrize(
    "draft, fixed",
    [
        # a reply that writes the polite pronouns small gets the new one small too
        ("Бонусы вернули вам на карту. Ваш выбор важен.", "Бонусы вернули вам на карту. Благодарим вас."),
        # one that writes them with a capital, or never inside a sentence, keeps the fix's capital
        ("Бонусы вернули Вам на карту. Ваш выбор важен.", "Бонусы вернули Вам на карту. Благодарим Вас."),
        ("Бонусы вернули на карту. Ваш выбор важен.", "Бонусы вернули на карту. Благодарим Вас."),
    ],
)
def test_a_polite_pronoun_a_fix_writes_is_written_as_the_reply_writes_them(tmp_path, draft, fixed):
    assert _only_whole_sentence_rule(tmp_path, '["ваш выбор *2 важный"]', "Благодарим Вас").rewrite(draft, "ru").text == fixed

@pytest.mark.parametrize(
    "draft, fixed",
    [
        # the body in the instrumental that opens the sentence becomes the subject; the passive's subject its object
        ("Дирекцией парка рассмотрена Ваша претензия о карусели.", "Дирекция парка рассмотрела Вашу претензию о карусели."),
        ("Советом директоров рассмотрены Ваши предложения.", "Совет директоров рассмотрел Ваши предложения."),
        # a doer the rule does not list (a person, who may be the customer's own) keeps the passive
        ("Специалистом рассмотрена Ваша жалоба.", "Специалистом рассмотрена Ваша жалоба."),
    ],
)
def test_a_passive_whose_doer_opens_the_sentence_is_made_active_with_that_doer(draft, fixed):
    assert rewrite(draft, lang="ru", offline=True).text == fixed


@pytest.mark.parametrize(
    "draft, fixed",
    [
        # the passive that closes a sentence opening with its subject goes in front, past the letter's reference
        ("Ваше заявление, поданное 3 мая через портал, рассмотрено.", "Мы рассмотрели Ваше заявление, поданное 3 мая через портал."),
        ("Ваш запрос (вх. № 77-Б) о графике тренировок рассмотрен.", "Мы рассмотрели Ваш запрос (вх. № 77-Б) о графике тренировок."),
        # a subject whose object form differs, or another clause's verb in the sentence: the passive stays
        ("Ваша претензия, поданная 3 мая через портал, рассмотрена.", "Ваша претензия, поданная 3 мая через портал, рассмотрена."),
        ("Ваше заявление, которое пришло 3 мая, рассмотрено.", "Ваше заявление, которое пришло 3 мая, рассмотрено."),
    ],
)
def test_a_passive_closing_a_sentence_that_opens_with_its_subject_goes_in_front(draft, fixed):
    assert rewrite(draft, lang="ru", offline=True).text == fixed
