"""The scorers fail what a careful analyst would reject: each probe feeds them a wrong answer."""

from pathlib import Path

import pytest

from summarizer.evals import names, scorers, support
from tests.conftest import ROOT

SEED_000 = (ROOT / "seeds/000_d8faa5ea9ed09322.txt").read_text(encoding="utf-8")
DONBAS = {"party": "Russia", "demand": "Ukraine cedes all of the Donbas region", "addressed_to": "Ukraine",
          "keywords": ["Donbas"]}


def f1(score):
    return score.f1


# ---------------------------------------------------------------- pasted text, duplicates, empty output

@pytest.mark.parametrize("field", ["demands", "open_issues"])
def test_the_whole_article_pasted_matches_nothing(field):
    if field == "demands":
        s = scorers.score_demands([DONBAS], [{"party": "Russia", "addressed_to": "Ukraine", "demand": SEED_000}])
    else:
        s = scorers.score_issues([{"issue": "territory", "keywords": ["territor|Donbas"]}], [{"issue": SEED_000}])
    assert s.tp == 0 and f1(s) == 0.0


def test_a_long_sentence_holding_the_keywords_is_not_a_demand():
    long = ("The Kremlin has insisted that Ukraine will cede all of the Donbas region, according to statements in "
            "Russian state media on Monday, while officials in Kyiv said nothing of the kind would ever happen.")
    assert scorers.score_demands([DONBAS], [{"party": "Russia", "addressed_to": "Ukraine", "demand": long}]).tp == 0


def test_two_sentences_are_not_one_demand():
    two = "Ukraine cedes Donbas. Russia keeps it."
    assert scorers.score_demands([DONBAS], [{"party": "Russia", "addressed_to": "Ukraine", "demand": two}]).tp == 0


def test_an_abbreviation_ends_no_sentence_but_two_sentences_around_it_are_still_two():
    embassy = {"party": "Belarus", "demand": "the U.S. Embassy in Minsk reopened", "addressed_to": "United States",
               "keywords": ["embassy"]}
    given = {"party": "Belarus", "addressed_to": "United States", "demand": "to reopen the U.S. Embassy in Minsk"}
    assert scorers.score_demands([embassy], [given]).tp == 1
    two = {**given, "demand": "the U.S. reopens its embassy. Belarus frees prisoners."}
    assert scorers.score_demands([embassy], [two]).tp == 0


def test_duplicates_cost_precision():
    actual = [{"party": "Russia", "addressed_to": "Ukraine", "demand": "Ukraine cedes Donbas"}] * 3
    s = scorers.score_demands([DONBAS], actual)
    assert (s.tp, s.n_actual) == (1, 3) and s.precision == pytest.approx(1 / 3)


def test_empty_output_is_not_applicable_where_nothing_was_expected_and_zero_where_something_was():
    assert scorers.score_parties([], []).f1 is None
    s = scorers.score_case({"dates": [{"date": "2026-02-01", "text": "1 February", "status": "held"}]}, {})
    assert s["dates"].f1 == 0.0
    assert s["status"].f1 is None, "no matched dates: status is not applicable, not perfect"
    assert s["parties"].f1 is None


def test_an_invention_costs_precision():
    s = scorers.score_parties([], [{"name": "Atlantis"}])
    assert s.precision == 0.0 and s.f1 == 0.0


# ---------------------------------------------------------------- names

@pytest.mark.parametrize("expected,actual", [
    ("Donald Trump", "Donald Trump Jr."),
    ("Steve Witkoff", "Steve"),
    ("Rustem Umerov", "Roman Umerov"),
    ("Volodymyr Zelensky", "Zelensky"),  # a bare surname is not the full name the article gives
    ("Kim Jae-hoon", "Kim Jong-un"),
])
def test_near_miss_person_names_do_not_match(expected, actual):
    assert not names.same_person(expected, actual)


@pytest.mark.parametrize("expected,actual", [
    ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
    ("Volodymyr Zelensky", "Mr Volodymyr Zelenskiy"),
    ("Miroslav Lajčák", "Miroslav Lajcak"),
    ("Volodymyr Zelensky|Zelensky", "Zelensky"),  # when the case lists the bare surname
])
def test_spellings_of_one_person_match(expected, actual):
    assert names.same_person(expected, actual)


@pytest.mark.parametrize("expected,actual", [("Sudan", "South Sudan"), ("Niger", "Nigeria"), ("Russia", "Belarus"),
                                             ("United States", "United Kingdom"), ("Korea", "North Korea"),
                                             ("Democratic Republic of the Congo", "Republic of the Congo")])
def test_near_miss_party_names_do_not_match(expected, actual):
    assert not names.same_party(expected, actual)


@pytest.mark.parametrize("expected,actual", [("United States", "U.S."), ("United States", "USA"),
                                             ("Russia", "Russian Federation"), ("Turkey", "Türkiye"),
                                             ("Sudan's army|SAF", "SAF"),
                                             ("Democratic Republic of the Congo", "Democratic Republic of Congo"),
                                             ("DR Congo", "République démocratique du Congo")])
def test_short_forms_of_one_party_match(expected, actual):
    assert names.same_party(expected, actual)


def test_the_scorer_does_not_use_the_package_alias_table():
    import summarizer.evals.names as scorer_names

    source = Path(scorer_names.__file__).read_text()
    assert "from .. import" not in source and "summarizer.names" not in source


# ---------------------------------------------------------------- dates

def test_dates_match_exactly_and_off_by_one_fails():
    e = [{"date": "2026-02-01", "text": "1 February", "status": "held"}]
    assert f1(scorers.score_dates(e, [{"date": "2026-02-01"}])) == 1.0
    assert f1(scorers.score_dates(e, [{"date": "2026-02-02"}])) == 0.0
    assert f1(scorers.score_dates(e, [{"date": "2026-02"}])) == 0.0, "month-only is not the day"


def test_a_range_needs_its_end():
    e = [{"date": "2026-01-23", "end": "2026-01-24", "text": "Jan. 23-24", "status": "held"}]
    assert f1(scorers.score_dates(e, [{"date": "2026-01-23", "end": "2026-01-24"}])) == 1.0
    assert f1(scorers.score_dates(e, [{"date": "2026-01-23"}])) == 0.0


@pytest.mark.parametrize("expected,actual,ok", [
    ("February 1", "February 11", False),
    ("February 1", "February 1", True),
    ("last week", "late last week", True),
    ("last week", "next week", False),
    ("last week|over the weekend", "over the weekend", True),
])
def test_undated_items_match_on_their_words_and_numbers(expected, actual, ok):
    e = [{"date": None, "text": expected, "status": "held"}]
    assert (f1(scorers.score_dates(e, [{"date": None, "text": actual}])) == 1.0) is ok


def test_status_and_venue_are_scored_on_matched_dates():
    e = [{"date": "2026-02-01", "text": "1 February", "status": "postponed", "venue": "Abu Dhabi"}]
    s = scorers.score_case({"dates": e}, {"dates": [{"date": "2026-02-01", "status": "scheduled", "venue": "Vilnius"}]})
    assert s["status"].tp == 0 and "expected 'postponed', got 'scheduled'" in s["status"].reason
    assert s["event_venue"].tp == 0


# ---------------------------------------------------------------- demands and issues

@pytest.mark.parametrize("actual,why", [
    ({"party": "Ukraine", "addressed_to": "Ukraine", "demand": "Ukraine cedes Donbas"}, "wrong party"),
    ({"party": "Russia", "addressed_to": "United States", "demand": "Ukraine cedes Donbas"}, "wrong addressee"),
    ({"party": "Russia", "addressed_to": "Ukraine", "demand": "more air defence for Kyiv"}, "other content"),
    ({"party": "Russia", "addressed_to": "Ukraine", "demand": "Ukraine does not cede Donbas"}, "negated"),
    ({"party": "Russia", "addressed_to": "Ukraine", "demand": "Russia never cedes the Donbas"}, "negated"),
])
def test_a_demand_matches_on_party_addressee_and_its_own_text(actual, why):
    assert scorers.score_demands([DONBAS], [actual]).tp == 0, why


def test_the_right_demand_in_other_words_matches():
    actual = {"party": "Kremlin", "addressed_to": "Kyiv", "demand": "Ukraine to hand over all of Donbas"}
    assert scorers.score_demands([DONBAS], [actual]).tp == 1


def test_every_keyword_group_is_needed_and_keywords_start_words():
    e = [{"party": "Russia", "demand": "no foreign force in Ukraine", "addressed_to": "", "keywords": ["force", "Ukrain"]}]
    assert scorers.score_demands(e, [{"party": "Russia", "demand": "no foreign force"}]).tp == 0, "a keyword group missing"
    assert scorers.score_demands(e, [{"party": "Russia", "demand": "no reinforcements in Ukraine"}]).tp == 0, \
        "'force' inside 'reinforcements' is not the word"
    assert scorers.score_demands(e, [{"party": "Russia", "demand": "no foreign force in Ukraine"}]).tp == 1


def test_the_opposite_stance_does_not_match():
    e = [{"party": "Russia", "demand": "no Western troops in Ukraine", "addressed_to": "", "keywords": ["troops"]}]
    assert scorers.score_demands(e, [{"party": "Russia", "demand": "Western troops deploy to Ukraine"}]).tp == 0
    assert scorers.score_demands(e, [{"party": "Russia", "demand": "no Western troops after a deal"}]).tp == 1


@pytest.mark.parametrize("actual, ok", [
    ("guarantees that government forces will not enter the province", True),
    ("no guarantees for the province", False),
    ("government forces enter Sweida", False),  # at 'Sweida' the expected text says 'not'
])
def test_polarity_is_compared_at_the_alternative_the_answer_uses(actual, ok):
    e = [{"party": "Israel", "demand": "guarantees that government forces will not enter Sweida", "addressed_to": "",
          "keywords": ["Sweida|guarantee"]}]
    assert scorers.score_demands(e, [{"party": "Israel", "demand": actual}]).tp == int(ok)


@pytest.mark.parametrize("actual, ok", [("coopere en la lucha contra el contrabando", True),
                                        ("coopère dans la lutte contre la contrebande", True),
                                        ("let smuggling of vehicles go on", False)])
def test_against_is_read_alike_in_every_language(actual, ok):
    e = [{"party": "Chile", "demand": "Bolivia cooperates against smuggling", "addressed_to": "",
          "keywords": ["contrabando|contrebande|smuggl"]}]
    assert scorers.score_demands(e, [{"party": "Chile", "demand": actual}]).tp == int(ok)


def test_issue_positions_need_the_party_and_its_stance():
    e = [{"issue": "territory", "keywords": ["territor"], "positions": [
        {"party": "Russia", "stance": "Ukraine must cede Donbas", "keywords": ["Donbas"]}]}]
    right = [{"issue": "territorial dispute", "positions": {"Russia": "wants all of Donbas"}}]
    wrong_party = [{"issue": "territorial dispute", "positions": {"Ukraine": "wants all of Donbas"}}]
    pasted = [{"issue": "territorial dispute", "positions": {"Russia": SEED_000[:400]}}]
    for actual, tp in ((right, 1), (wrong_party, 0), (pasted, 0)):
        s = scorers.score_case({"open_issues": e}, {"open_issues": actual})
        assert s["open_issues"].tp == 1 and s["issue_positions"].tp == tp


# ---------------------------------------------------------------- attributes

def test_titles_and_affiliations_are_scored_on_matched_people():
    e = [{"name": "Dmitry Peskov", "title": "Kremlin spokesperson", "affiliation": "Russia"}]
    good = scorers.score_case({"people": e}, {"people": [{"name": "Dmitry Peskov", "title": "Kremlin spokesperson",
                                                          "affiliation": "Russian Federation"}]})
    assert good["title"].tp == 1 and good["affiliation"].tp == 1
    bad = scorers.score_case({"people": e}, {"people": [{"name": "Dmitry Peskov", "title": "negotiator",
                                                         "affiliation": "Ukraine"}]})
    assert bad["title"].tp == 0 and bad["affiliation"].tp == 0


def test_a_role_is_scored_on_matched_parties():
    s = scorers.score_case({"parties": [{"name": "Oman", "role": "mediator"}]},
                           {"parties": [{"name": "Oman", "role": "negotiating party"}]})
    assert s["parties"].tp == 1 and s["role"].tp == 0


# ---------------------------------------------------------------- support and summary

def test_a_grounded_quote_that_does_not_state_the_item_is_unsupported():
    quote = "The country is facing freezing sub-zero temperatures."
    state = {"parties": [{"name": "Russia", "evidence": [{"quote": quote, "start": 0, "end": len(quote)}]}],
             "demands": [{"party": "Russia", "demand": "Ukraine cedes Donbas",
                          "evidence": [{"quote": quote, "start": 0, "end": len(quote)}]}]}
    good, total, unsupported = support.support(state)
    assert (good, total) == (0, 2) and len(unsupported) == 2


def test_a_quote_that_states_the_item_is_supported():
    quote = "The Kremlin has insisted that Ukraine will cede all of the Donbas region."
    state = {"parties": [{"name": "Russia", "evidence": [{"quote": quote}]}],
             "demands": [{"party": "Russia", "demand": "Ukraine cedes the Donbas region", "evidence": [{"quote": quote}]}],
             "dates": [{"date": "2026-02-01", "text": "1 February", "evidence": [{"quote": "on 2 February, talks"}]}]}
    good, total, unsupported = support.support(state)
    assert (good, total) == (2, 3) and unsupported == ["dates: 1 February"]


def test_summary_facts_must_stand_in_the_article():
    good, total, missing = support.summary_support("Ukraine and Atlantis met in Abu Dhabi on 40 occasions.", SEED_000)
    assert "Atlantis" in missing and "40" in missing and good >= 2


def test_a_party_named_by_another_of_its_listed_names_is_that_party_and_no_other():
    expected = {"parties": [{"name": "ELN|Ejército de Liberación Nacional", "role": "negotiating party"},
                            {"name": "Colombia", "role": "negotiating party"}],
                "demands": [{"party": "ELN", "addressed_to": "Colombia", "demand": "the government honours the accords",
                             "keywords": ["accord"]}],
                "people": [{"name": "Pablo Beltrán", "affiliation": "ELN"}]}
    spelled_out = {"demands": [{"party": "Ejército de Liberación Nacional", "addressed_to": "Colombia",
                                "demand": "the government honours the accords"}],
                   "people": [{"name": "Pablo Beltrán", "affiliation": "Ejército de Liberación Nacional"}]}
    s = scorers.score_case(expected, spelled_out)
    assert (s["demands"].tp, s["affiliation"].tp) == (1, 1)
    wrong = {"demands": [{**spelled_out["demands"][0], "party": "Colombia", "addressed_to": "ELN"}],
             "people": [{"name": "Pablo Beltrán", "affiliation": "Colombia"}]}
    s = scorers.score_case(expected, wrong)
    assert (s["demands"].tp, s["affiliation"].tp) == (0, 0), "the other party is still wrong"


def test_the_addressee_is_judged_on_the_pairs_that_match_it_before_any_other():
    # two demands of one party whose keywords both fit either answer: the pairing that agrees on the addressee counts
    expected = [{"party": "Congo", "addressed_to": "M23", "demand": "the M23 withdraws from Goma",
                 "keywords": ["withdraw|leave"]},
                {"party": "Congo", "addressed_to": "Rwanda", "demand": "Rwandan troops leave", "keywords": ["leave|withdraw"]}]
    actual = [{"party": "Congo", "addressed_to": "M23", "demand": "the M23 withdraw from Goma and leave Bukavu"},
              {"party": "Congo", "addressed_to": "Rwanda", "demand": "Rwandan troops leave its territory"}]
    s = scorers.score_case({"demands": expected}, {"demands": actual})
    assert s["demands"].tp == 2 and s["addressed_to"].tp == 2
    wrong = [{**actual[0], "addressed_to": "Rwanda"}, actual[1]]
    assert scorers.score_case({"demands": expected}, {"demands": wrong})["addressed_to"].tp == 1, \
        "a wrong addressee still fails"
