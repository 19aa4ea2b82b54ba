import pytest

from summarizer.evals import scorers
from summarizer.evals.runner import compare, gate


def test_names_align_one_to_one_with_alias_folding():
    s = scorers.score_names([{"name": "United States"}, {"name": "Russia"}],
                            [{"name": "U.S."}, {"name": "US"}, {"name": "Kremlin"}], "parties")
    assert (s.tp, s.n_expected, s.n_actual) == (2, 2, 3)
    assert s.precision == pytest.approx(2 / 3) and s.recall == 1.0
    assert "extra" in s.reason


def test_people_match_across_spellings_and_fuzzy():
    s = scorers.score_names([{"name": "Volodymyr Zelensky"}, {"name": "Miroslav Lajčák"}],
                            [{"name": "Zelenskyy"}, {"name": "Miroslav Lajcak"}], "people")
    assert s.f1 == 1.0


@pytest.mark.parametrize("expected,actual,credit", [
    ("2026-02-01", "2026-02-01", 1.0), ("2026-02", "2026-02-01", 0.5), ("2026-02-01", "2026-02", 0.5),
    ("2026-02-01", "2026-02-02", 0.0), ("2026-02-01", None, 0.0),
])
def test_date_credit_is_exact_with_partial_month(expected, actual, credit):
    assert scorers.date_credit(expected, actual) == credit


def test_status_is_compared_only_where_dates_match():
    dates = scorers.score_dates(
        [{"date": "2026-02-01", "status": "postponed"}, {"date": "2026-01-06", "status": "held"}],
        [{"date": "2026-02-01", "status": "scheduled"}, {"date": "2025-01-01", "status": "held"}])
    status = scorers.score_status(dates)
    assert dates.tp == 1 and (status.tp, status.n_expected) == (0, 1)
    assert "expected postponed got scheduled" in status.reason


def test_null_dates_match_on_their_text():
    s = scorers.score_dates([{"date": None, "text": "on Thursday", "status": "held"}],
                            [{"date": None, "text": "Thursday", "status": "held"}])
    assert s.f1 == 1.0


def test_demands_need_the_same_party_and_meaning():
    expected = [{"party": "Russia", "demand": "Ukraine cedes Donbas", "keywords": ["Donbas"]}]
    assert scorers.score_demands(expected, [{"party": "Kremlin", "demand": "all of the Donbas region"}]).f1 == 1.0
    assert scorers.score_demands(expected, [{"party": "Ukraine", "demand": "all of the Donbas region"}]).f1 == 0.0
    assert scorers.score_demands(expected, [{"party": "Russia", "demand": "more air defence"}]).f1 == 0.0


def test_empty_expected_and_empty_actual_is_perfect_and_inventions_cost_precision():
    assert scorers.score_names([], [], "parties").f1 == 1.0
    s = scorers.score_names([], [{"name": "Atlantis"}], "parties")
    assert s.precision == 0.0 and s.f1 == 0.0


def test_grounding_counts_exact_slices_and_inventions():
    text = "Talks were held in Geneva."
    state = {"venues": [{"name": "Geneva", "evidence": [{"quote": "held in Geneva", "start": 11, "end": 25}]}],
             "parties": [{"name": "X", "evidence": [{"quote": "signed a treaty", "start": 0, "end": 15}]}]}
    good, total, inventions = scorers.grounding(state, text)
    assert (good, total) == (1, 2) and inventions == ["signed a treaty"]


def _report(f1: float) -> dict:
    fields = {f: {"precision": f1, "recall": f1, "f1": f1} for f in ("parties", "people", "dates")}
    return {"micro_f1": f1, "grounding": 1.0, "fields": fields}


def test_gate_fails_when_a_field_drops_beyond_tolerance():
    baseline = {"tolerance": 0.05, "micro_f1": 0.8, "grounding": 1.0, "fields": {"parties": 0.8, "dates": 0.8}}
    assert gate(_report(0.78), baseline, None) == []
    problems = gate(_report(0.6), baseline, None)
    assert any("parties F1 fell" in p for p in problems) and any("micro_f1 fell" in p for p in problems)
    assert gate(_report(0.7), None, 0.75) == ["micro-F1 0.700 is under --fail-under 0.750"]


def test_compare_flags_differences_beyond_noise():
    a = {**_report(0.7), "noise": {"micro_f1": 0.05, "fields": {"parties": 0.05}}}
    a["fields"].update({f: {"f1": 0.7} for f in ("people", "venues", "dates", "demands", "open_issues", "status", "published")})
    b = {**_report(0.72), "fields": {f: {"f1": 0.9} for f in a["fields"]}}
    b["fields"]["parties"] = {"f1": 0.75}
    rows = {r["field"]: r for r in compare(a, b)}
    assert not rows["parties"]["significant"], "0.05 < 2 x 0.05 noise"
    assert rows["people"]["significant"]
