"""Assembling the model's choices into the contract (pure unit tests: the answers are written by hand, no model).

The articles are written for these tests; none is an eval case.
"""

import datetime as dt

from summarizer.answers import ActorsAnswer, PartyAnswer, PersonAnswer, events_answer, positions_answer
from summarizer.articles import from_text
from summarizer.assemble import (Collected, add_actors, add_events, add_positions, build, raw_positions)
from summarizer.assemble.positions import summary_text
from summarizer.contract import ArticleInfo, RunRecord
from summarizer.pipeline import read_context

TODAY = dt.date(2026, 11, 23)
TEXT = """Talks on the lake postponed
Published: 14 March 2025
Talks between the army and the Rapid Support Forces (RSF), due in Jeddah on Monday, were postponed, mediators said.
Army spokesman Nabil Abdallah said the RSF must withdraw from homes in Khartoum before any talks.
The RSF adviser Youssef Ezzat said the group was ready to negotiate without preconditions.
Humanitarian corridors remain the main unresolved question, officials in Riyadh said.
"""


def context(text=TEXT):
    article = from_text(text, path="t.txt")
    ctx, _ = read_context(article, TODAY)
    return article, ctx


def actors(parties=(), people=(), venues=()):
    return ActorsAnswer(parties=[PartyAnswer(name=n, role=r) for n, r in parties],
                        people=[PersonAnswer(name=n, title=t, party=p) for n, t, p in people], venues=list(venues))


def with_actors(ctx, out):
    add_actors(ctx, actors([("army", "negotiator"), ("RSF", "negotiator")],
                           [("Nabil Abdallah", "Army spokesman", "army")], ["Jeddah"]), out)


def test_invented_names_are_dropped_and_counted():
    article, ctx = context()
    out = Collected()
    add_actors(ctx, actors([("RSF", "negotiator"), ("Atlantis", "other")],
                           [("Nabil Abdallah", "Army spokesman", "army"), ("John Invented", "", "")],
                           ["Jeddah", "Paris"]), out)
    assert [p.name for p in out.parties] == ["Rapid Support Forces"], "the article's acronym is spelled out"
    assert [p.name for p in out.people] == ["Nabil Abdallah"] and out.people[0].title == "Army spokesman"
    assert [v.name for v in out.venues] == ["Jeddah"] and out.venues[0].country == "Saudi Arabia"
    assert {d.item for d in out.dropped} == {"Atlantis", "John Invented", "Paris"}


def test_a_title_the_article_does_not_hold_is_not_kept():
    article, ctx = context()
    out = Collected()
    add_actors(ctx, actors([("RSF", "negotiator")], [("Youssef Ezzat", "chief negotiator of the RSF", "RSF")]), out)
    assert out.people[0].title == "", "'chief negotiator of the RSF' is the model's, not the article's"


def test_a_person_listed_as_a_party_becomes_a_person_and_a_venue_is_not_a_party():
    article, ctx = context()
    out = Collected()
    add_actors(ctx, actors([("Youssef Ezzat", "negotiator"), ("Jeddah", "host"), ("RSF", "negotiator")], [], ["Jeddah"]), out)
    assert [p.name for p in out.parties] == ["Rapid Support Forces"]
    assert [p.name for p in out.people] == ["Youssef Ezzat"]


def test_the_dateline_is_not_offered_and_a_weekday_resolves_against_it():
    article, ctx = context()
    assert all("14 March 2025" not in m.text for m in ctx.mentions)
    out = Collected()
    with_actors(ctx, out)
    number = next(i for i, m in enumerate(ctx.mentions, 1) if m.text == "Monday")
    add_events(ctx, events_answer(len(ctx.mentions), ("Jeddah",))(events=[
        {"date": number, "what": "new round of talks", "status": "scheduled", "venue": "Jeddah"}]), out)
    (d,) = out.dates
    assert (d.date, d.status, d.venue, d.text) == ("2025-03-17", "postponed", "Jeddah", "Monday")
    assert article.text[d.evidence[0].start:d.evidence[0].end] == d.evidence[0].quote


def test_a_postponement_the_article_never_mentions_is_not_one_and_the_future_is_not_held():
    text = "Talks\nPublished 2 March 2025\nThe delegations will meet in Doha on 10 March, the mediators said.\n"
    article, ctx = context(text)
    out = Collected()
    add_actors(ctx, actors([("Qatar", "mediator")]), out)
    model = events_answer(len(ctx.mentions), ())
    add_events(ctx, model(events=[{"date": 1, "what": "meeting", "status": "held", "venue": ""}]), out)
    add_events(ctx, model(events=[{"date": 1, "what": "meeting", "status": "postponed", "venue": ""}]), out)
    assert [d.status for d in out.dates] == ["scheduled"], "one event, scheduled, merged"


def test_a_weekday_counts_from_an_explicit_date_in_its_sentence_when_there_is_no_publication_date():
    text = "Live\nAn official said on Saturday that the talks would continue this Sunday (1 February) in Abu Dhabi.\n"
    article, ctx = context(text)
    assert ctx.published is None
    out = Collected()
    add_actors(ctx, actors([("United States", "mediator")]), out)
    model = events_answer(len(ctx.mentions), ())
    saturday = next(i for i, m in enumerate(ctx.mentions, 1) if m.text == "Saturday")
    add_events(ctx, model(events=[{"date": saturday, "what": "official speaks", "status": "held", "venue": ""}]), out)
    assert out.dates[0].date == "2026-01-31"


def test_demands_are_short_in_the_article_script_and_have_one_owner():
    article, ctx = context()
    out = Collected()
    with_actors(ctx, out)
    answer = positions_answer(1, len(article.sentences), ("Sudan's army", "Rapid Support Forces"))
    long = "the RSF must withdraw from homes in Khartoum before any talks can begin and the mediators must agree to it"
    add_positions(ctx, answer(demands=[
        {"sentence": 4, "type": "demand", "by": "Sudan's army", "to": "Rapid Support Forces", "what": "RSF withdraws from homes in Khartoum"},
        {"sentence": 4, "type": "demand", "by": "Rapid Support Forces", "to": "Sudan's army", "what": "RSF withdraws from homes in Khartoum"},
        {"sentence": 4, "type": "demand", "by": "Sudan's army", "to": "Sudan's army", "what": long},
        {"sentence": 4, "type": "demand", "by": "Sudan's army", "to": "", "what": "撤出喀土穆的住宅"},
        {"sentence": 5, "type": "proposal", "by": "Rapid Support Forces", "to": "", "what": "talks without preconditions"},
    ], issues=[], summary=[]), out)
    assert [(d.party, d.addressed_to, d.demand) for d in out.demands] == [
        ("Sudan's army", "Rapid Support Forces", "RSF withdraws from homes in Khartoum")]
    assert [(s.party, s.mode) for s in out.statements] == [("Rapid Support Forces", "proposal")]
    reasons = " ".join(d.reason for d in out.dropped)
    assert "words" in reasons and "script" in reasons and "another party" in reasons
    for d in out.demands:
        assert d.demand in ("RSF withdraws from homes in Khartoum",), "never cut"


def test_an_unsupported_sentence_is_replaced_by_one_that_states_the_claim_or_dropped():
    article, ctx = context()
    out = Collected()
    with_actors(ctx, out)
    answer = positions_answer(1, len(article.sentences), ("Sudan's army", "Rapid Support Forces"))
    add_positions(ctx, answer(demands=[
        {"sentence": 1, "type": "demand", "by": "Sudan's army", "to": "", "what": "withdrawal from homes in Khartoum"},
        {"sentence": 1, "type": "demand", "by": "Sudan's army", "to": "", "what": "a seat at the United Nations"}],
        issues=[{"sentence": 6, "issue": "humanitarian corridors", "stances": [
            {"party": "Rapid Support Forces", "stance": "ready without preconditions"}]}], summary=[3, 6]), out)
    assert len(out.demands) == 1 and "withdraw" in out.demands[0].evidence[0].quote
    assert out.open_issues[0].positions == {"Rapid Support Forces": "ready without preconditions"}
    assert summary_text(ctx, out).startswith("Talks between the army")


def test_raw_answers_are_kept_as_the_model_gave_them():
    article, ctx = context()
    raw = Collected()
    answer = positions_answer(1, len(article.sentences), ("Rapid Support Forces",))
    raw_positions(ctx, answer(demands=[{"sentence": 1, "type": "demand", "by": "Rapid Support Forces", "to": "",
                                        "what": "x" * 200}], issues=[], summary=[]), raw)
    assert raw.demands[0].demand == "x" * 200


def test_an_article_with_no_party_keeps_nothing():
    article, ctx = context()
    out = Collected()
    add_actors(ctx, actors([], [("Nabil Abdallah", "", "")], ["Jeddah"]), out)
    out.clear("no party to a negotiation was found in the article")
    info = ArticleInfo(path="t.txt", sha256="0", title="t", published=None)
    state = build(ctx, out, info, RunRecord(model="m", prompt_version="p"))
    assert state.people == [] and state.venues == [] and state.run.dropped == 2
