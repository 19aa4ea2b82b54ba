"""Post-processing on hand-made extraction results (pure unit tests: no model involved)."""

import datetime as dt

from summarizer import aliases
from summarizer.articles import from_text
from summarizer.postprocess import Collected, add_actors, add_events, add_positions
from summarizer.schemas import ActorsX, DemandX, EventsX, EventX, PartyX, PersonX, PositionsX, VenueX

TEXT = """Sudan talks postponed
Published: 14 March 2025
Talks between the army and the Rapid Support Forces (RSF), due in Jeddah on Monday, were postponed.
Army spokesman Nabil Abdallah said the RSF must withdraw from homes in Khartoum.
"""


def article():
    return from_text(TEXT, path="t.txt")


def test_invented_names_are_dropped_and_counted():
    out = Collected()
    add_actors(article(), ActorsX(parties=[PartyX(name="RSF", role="negotiating party"), PartyX(name="Atlantis", role="other")],
                                  people=[PersonX(name="Nabil Abdallah", title="", affiliation="army"),
                                          PersonX(name="John Invented", title="", affiliation="")],
                                  venues=[VenueX(name="Jeddah", country="Saudi Arabia"), VenueX(name="Paris", country="")]), out)
    assert [p.name for p in out.parties] == ["RSF"]
    assert [p.name for p in out.people] == ["Nabil Abdallah"]
    assert [v.name for v in out.venues] == ["Jeddah"]
    assert {d.item for d in out.dropped} == {"Atlantis", "John Invented", "Paris"}


def test_acronyms_defined_in_the_article_are_spelled_out():
    a = article()
    out = Collected(acronyms=aliases.acronyms(a.text))
    add_actors(a, ActorsX(parties=[PartyX(name="RSF", role="negotiating party")], people=[], venues=[]), out)
    assert out.parties[0].name == "Rapid Support Forces"


def test_dateline_is_not_an_event_and_weekday_resolves_against_it():
    a = article()
    start = a.text.find("Published")
    out = Collected(dateline=(start, a.text.find("\n", start)))
    events = EventsX(events=[EventX(when="14 March 2025", event="article published", venue="", status="held"),
                             EventX(when="on Monday", event="talks", venue="Jeddah", status="scheduled")])
    add_events(a, events, out, published=dt.date(2025, 3, 14), year_hint=2025)
    assert [(d.text, d.date, d.status, d.venue) for d in out.dates] == [("on Monday", "2025-03-17", "postponed", "Jeddah")]
    assert out.dropped[0].reason == "the article's dateline, not an event"
    for d in out.dates:
        ev = d.evidence[0]
        assert a.text[ev.start:ev.end] == ev.quote


def test_demand_evidence_is_the_cited_sentence_when_it_supports_the_claim():
    a = article()
    n = next(i for i, (s, e) in enumerate(a.sentences, 1) if "withdraw" in a.text[s:e])
    out = Collected()
    add_positions(a, PositionsX(demands=[DemandX(party="army", demand="RSF withdraws from homes", addressed_to="RSF", sentence=n),
                                         DemandX(party="RSF", demand="a seat at the United Nations", addressed_to="", sentence=999)],
                                open_issues=[], summary="Talks were postponed."), out)
    assert len(out.demands) == 1 and "withdraw" in out.demands[0].evidence[0].quote
    assert out.dropped[0].field == "demands"


def test_an_article_with_no_party_keeps_nothing():
    out = Collected()
    add_events(article(), EventsX(events=[EventX(when="on Monday", event="x", venue="", status="held")]), out,
               published=dt.date(2025, 3, 14), year_hint=None)
    out.clear("no party to a negotiation was found in the article")
    assert out.dates == [] and out.dropped


TALKS = """Talks in Muscat
Published: 13 April 2025
Washington demands that Iran halt uranium enrichment.
Iran demands the lifting of US sanctions.
Turkish Cypriot leader Ersin Tatar insists on sovereign equality.
"""


def test_the_party_that_speaks_first_owns_the_demand():
    a = from_text(TALKS)
    out = Collected()
    add_actors(a, ActorsX(parties=[PartyX(name="Iran", role="negotiating party"),
                                   PartyX(name="United States", role="negotiating party")], people=[], venues=[]), out)
    sentences = {a.text[s:e]: i for i, (s, e) in enumerate(a.sentences, 1)}
    add_positions(a, PositionsX(demands=[
        DemandX(party="Iran", demand="halt uranium enrichment", addressed_to="", sentence=sentences["Washington demands that Iran halt uranium enrichment."]),
        DemandX(party="United States", demand="lifting of US sanctions", addressed_to="Iran", sentence=sentences["Iran demands the lifting of US sanctions."]),
    ], open_issues=[], summary=""), out)
    assert [(d.party, d.addressed_to) for d in out.demands] == [("United States", "Iran"), ("Iran", "United States")]


def test_a_person_listed_as_a_party_becomes_a_person():
    a = from_text(TALKS)
    out = Collected()
    add_actors(a, ActorsX(parties=[PartyX(name="Ersin Tatar", role="negotiating party")], people=[], venues=[]), out)
    assert out.parties == [] and [p.name for p in out.people] == ["Ersin Tatar"]


def test_government_of_a_country_is_the_country():
    assert aliases.party("Gobierno de Colombia") == "Colombia"
    assert aliases.party("Government of Sudan") == "Sudan"
    assert aliases.party("Trump administration") == "United States"


def test_postponed_needs_words_that_say_so():
    a = from_text(TALKS)
    out = Collected()
    add_events(a, EventsX(events=[EventX(when="13 April 2025", event="talks", venue="", status="postponed")]), out,
               published=dt.date(2025, 4, 14), year_hint=2025)
    assert out.dates[0].status == "held"
