"""Articles in Ukrainian and Russian: the language, its words of moves, dates and open questions, names in their
grammatical cases (pure unit tests; every sentence is written for the tests, none is taken from a case)."""

import datetime as dt

import pytest

from summarizer import dates, language, names
from summarizer.articles import from_text
from summarizer.assemble import Collected, add_actors, add_positions, moves
from summarizer.assemble.actors import party_of_title, title_next_to
from summarizer.answers import ActorsAnswer, PartyAnswer, PersonAnswer, issues_answer
from summarizer.pipeline import read_context

UK_FORMS = moves.party_forms(["Ukraine", "Russia", "United States"], [("Олена Коваль", "Ukraine")], {})


def test_ukrainian_is_told_from_russian_by_its_own_letters():
    assert language.detect("Делегації України та Польщі зустрілися у Варшаві, щоб обговорити їхні спільні позиції.") == "uk"
    assert language.detect("Делегации России и Китая встретились в Пекине, чтобы обсудить эти вопросы.") == "ru"
    # a Ukrainian name quoted in a Russian text does not make the text Ukrainian
    assert language.detect("Глава делегации Рустем Умєров заявил, что переговоры будут продолжены на этой неделе.") == "ru"


@pytest.mark.parametrize("what,by,to,mode", [
    ("Україна вимагає від Росії звільнити всіх полонених", "Ukraine", "Russia", "demand"),
    ("Москва наполягає на відведенні військ", "Russia", None, "demand"),
    ("Сполучені Штати запропонували спільну комісію", "United States", None, "proposal"),
    ("Київ відхилив цю пропозицію", "Ukraine", None, "rejection"),
    ("Сторони домовилися про обмін полоненими", None, None, None),  # no party opens it
])
def test_a_ukrainian_move_is_read_like_any_other(what, by, to, mode):
    move = moves.parse(what, UK_FORMS, "uk")
    assert (move.by, move.to, move.mode) == (by, to, mode)


def test_a_party_is_found_in_every_grammatical_case_of_its_cyrillic_name():
    found = moves.mentions("Переговори Сполучених Штатів і Росії тривали, а Україною опікувалася Москва.", UK_FORMS)
    assert [p for _, _, p in found] == ["United States", "Russia", "Ukraine", "Russia"]
    assert not moves.mentions("Рос", UK_FORMS), "a stem alone is no name"


def test_a_demand_reported_after_said_that_in_ukrainian_is_the_reported_party_s():
    said = moves.stated_demand("Речниця Олена Коваль у середу заявила журналістам, що Росія вимагає скасування санкцій.",
                               UK_FORMS, "uk")
    assert (said.by, said.text) == ("Russia", "скасування санкцій")


def test_ukrainian_weekdays_and_relative_days_are_date_words():
    found = {m.text: m for m in dates.find_mentions("Зустріч відбулася у четвер, а наступна буде завтра.", "uk")}
    assert found["четвер"].weekday == 3 and found["завтра"].offset == 1


def test_a_cyrillic_city_in_another_case_is_the_city():
    assert names.place("Женеві", "CYRILLIC").name == "Geneva"
    assert names.place("Парижі", "CYRILLIC").name == "Paris"
    assert names.place("Женева", "CYRILLIC").name == "Geneva"
    assert names.place("Тараканові", "CYRILLIC") is None or names.place("Тараканові", "CYRILLIC").country == ""


TEXT = """Переговори у Варшаві
Опубліковано 4 листопада 2026
Заступник міністра закордонних справ України Олена Коваль, посол Андрій Мельник і Ігор Шевченко зустрілися з делегацією Польщі.
Коваль заявила, що Україна вимагає відкриття кордону для вантажівок.
Питання транзиту зерна досі не вирішене.
Не вдалося поки що узгодити й графік перевірок на кордоні.
"""


def _context(text=TEXT):
    article = from_text(text, path="t.txt")
    ctx, _ = read_context(article, dt.date(2026, 11, 30))
    return article, ctx


def test_a_cyrillic_title_runs_up_to_the_name_and_gives_its_party():
    title = title_next_to(TEXT, "Олена Коваль")
    assert title == "Заступник міністра закордонних справ України"
    assert party_of_title(title, ["Ukraine", "Poland"], {}) == "Ukraine"
    assert title_next_to(TEXT, "Андрій Мельник") == "посол"
    assert title_next_to(TEXT, "Ігор Шевченко") == "", "a title before another name and 'і' is not taken"


def test_a_name_the_model_gave_by_its_surname_is_copied_whole_and_a_person_is_no_party():
    article, ctx = _context()
    assert ctx.article.language == "uk"
    out = Collected()
    add_actors(ctx, ActorsAnswer(parties=[PartyAnswer(name="Україна", role="negotiator"),
                                          PartyAnswer(name="Коваль", role="negotiator")],
                                 people=[PersonAnswer(name="Коваль", title="", party="Україна")], venues=[]), out)
    assert [p.name for p in out.people] == ["Олена Коваль"]
    assert "Коваль" not in [p.name for p in out.parties]


def test_a_question_a_cyrillic_sentence_says_is_open_needs_no_verb():
    article, ctx = _context()
    out = Collected()
    add_actors(ctx, ActorsAnswer(parties=[PartyAnswer(name="Україна", role="negotiator"),
                                          PartyAnswer(name="Польща", role="negotiator")], people=[], venues=[]), out)
    add_positions(ctx, issues_answer(tuple(range(1, len(article.sentences) + 1)))(issues=[]), out)
    issues = [i.issue for i in out.open_issues]
    assert "Питання транзиту зерна" in issues
    assert "графік перевірок на кордоні" in issues
