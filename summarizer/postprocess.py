"""Turn what the LLM extracted into the output contract: canonical names, resolved dates, located evidence.

Anything whose evidence cannot be found in the article is dropped and counted, never kept silently.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from . import aliases, dates
from .articles import Article
from .grounding import Span, find_mention, locate
from .schemas import (ActorsX, DateItem, Demand, Dropped, Evidence, EventsX, OpenIssue, Party, Person, PersonX,
                      PositionsX, Venue)

ROLES = {"negotiating party", "mediator", "host", "guarantor", "other", "negotiator"}
_STATUS_WORDS = [("cancelled", re.compile(r"\b(cancel(l)?ed|called off|scrapped)\b", re.I)),
                 ("postponed", re.compile(r"\b(postponed|delayed|put off|pushed back|rescheduled)\b", re.I))]


@dataclass
class Collected:
    """Post-processed items of one article (merged across chunks)."""

    parties: list[Party] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    venues: list[Venue] = field(default_factory=list)
    dates: list[DateItem] = field(default_factory=list)
    demands: list[Demand] = field(default_factory=list)
    open_issues: list[OpenIssue] = field(default_factory=list)
    summaries: list[str] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    dateline: tuple[int, int] | None = None  # where the publication date stands: not an event
    acronyms: dict[str, str] = field(default_factory=dict)  # defined in the article: RSF -> Rapid Support Forces

    def drop(self, field_name: str, item: str, reason: str) -> None:
        self.dropped.append(Dropped(field=field_name, item=item[:120], reason=reason))

    def party(self, name: str) -> str:
        """Canonical party name, with the article's own acronyms spelled out."""
        clean = name.strip()
        return aliases.party(self.acronyms.get(clean.replace(".", ""), clean)) if clean else ""

    def clear(self, reason: str) -> None:
        for name in ("people", "venues", "dates", "demands", "open_issues"):
            for item in getattr(self, name):
                label = getattr(item, "name", None) or getattr(item, "text", None) or getattr(item, "demand", None) or getattr(item, "issue", "")
                self.drop(name, label, reason)
            setattr(self, name, [])


def _ev(span) -> list[Evidence]:
    return [Evidence(**span.as_evidence())]


def add_actors(article: Article, x: ActorsX, out: Collected) -> None:
    venues = {aliases.place(v.name).lower() for v in x.venues}
    moved: list[PersonX] = []
    for p in x.parties:
        name = out.party(p.name)
        if not name:
            continue
        if name.lower() in venues and not aliases.country(name):
            out.drop("parties", p.name, "a meeting place, not a party")
            continue
        if aliases.person_like(name):  # the model listed a person as a party: keep them as a person
            moved.append(PersonX(name=p.name, title="", affiliation=""))
            continue
        existing = next((q for q in out.parties if q.name == name), None)
        if existing:
            if existing.role == "other" and p.role != "other":
                existing.role = p.role
            continue
        span = find_mention(article, list({p.name, *aliases.mention_forms(name)}))
        if span is None:
            out.drop("parties", p.name, "name not found in the article")
            continue
        out.parties.append(Party(name=name, role=p.role, evidence=_ev(span)))
    for person in [*x.people, *moved]:
        bare, title_in_name = aliases.split_title(person.name)
        name = aliases.person(bare)
        if not aliases.looks_like_name(name) or aliases.party(name) != name or aliases.country(name):
            out.drop("people", person.name, "not a person's name")
            continue
        span = find_mention(article, list({bare, *aliases.mention_forms(name)}), case_sensitive=True)
        if span is None:
            out.drop("people", person.name, "name not found in the article")
            continue
        title = person.title.strip() or title_in_name
        affiliation = out.party(person.affiliation)
        if affiliation.lower() in ROLES:  # the model put a role where the organisation belongs
            affiliation = ""
        match = next((q for q in out.people if aliases.same_person(q.name, name)), None)
        if match:
            if len(name) > len(match.name):
                match.name = name
            match.title = match.title or title
            match.affiliation = match.affiliation or affiliation
            continue
        out.people.append(Person(name=name, title=title, affiliation=affiliation, evidence=_ev(span)))
    for v in x.venues:
        name = aliases.place(v.name)
        if not name or any(q.name == name for q in out.venues):
            continue
        if aliases.is_country(name):
            out.drop("venues", v.name, "a country, not a city")
            continue
        span = find_mention(article, [v.name, name], case_sensitive=True)
        if span is None:
            out.drop("venues", v.name, "place not found in the article")
            continue
        country = aliases.country(v.country) or v.country.strip() if v.country.strip() else ""
        out.venues.append(Venue(name=name, country=country, evidence=_ev(span)))


def _written_form(article: Article, when: str, dateline: tuple[int, int] | None) -> str | None:
    """The article's own words for a date the model wrote in another form ('15 February' for '15 de febrero')."""
    found = dates.find_day_month(when)
    if not found:
        return None
    for start, end, day, month, _ in dates.find_all_day_month(article.cleaned):
        orig = article.to_original(start)
        if (day, month) == found[:2] and not (dateline and dateline[0] <= orig < dateline[1]):
            return article.text[orig:orig + (end - start)]
    return None


_TRAILING_DATE = re.compile(r"^(,?\s*\(([^()\n]{3,25})\)|,\s+([^,.;\n]{3,20}?)(?=[,.;]|\s+in\b|\s+at\b|$))")
_LEADING = re.compile(r"(?:\b(?:this|next|last|on|late|early|coming)\s+)+$", re.I)


def extend_when(article: Article, span) -> str:
    """Widen a bare date phrase with the words around it that pin it down: 'Sunday' -> 'this Sunday (1 February)'."""
    text = article.text
    start, end = span.start, span.end
    m = _TRAILING_DATE.match(text[end:end + 40])
    if m and dates.find_day_month(m.group(2) or m.group(3) or ""):
        end += m.end()
    lead = _LEADING.search(text[max(0, start - 20):start])
    if lead:
        start -= len(lead.group(0))
    return text[start:end]


def _status(model_status: str, sentence: str, date: str | None, published: dt.date | None) -> str:
    """The sentence's own words win; a postponement or cancellation needs words that say so."""
    for status, pattern in _STATUS_WORDS:
        if pattern.search(sentence):
            return status
    anchor = published.isoformat() if published else None
    if model_status in ("postponed", "cancelled"):
        if anchor and date and len(date) == 10:
            return "held" if date < anchor else "scheduled"
        return "unknown"
    if anchor and date and len(date) == 10 and model_status == "held" and date > anchor:
        return "scheduled"
    return model_status


def add_events(article: Article, x: EventsX, out: Collected, published: dt.date | None, year_hint: int | None) -> None:
    for e in x.events:
        when = e.when.strip().strip(".,")
        span = find_mention(article, [when]) if when else None
        if span is None and when:
            when = _written_form(article, when, out.dateline) or when
            span = find_mention(article, [when])
        if span is None:
            out.drop("dates", f"{when}: {e.event}", "date words not found in the article")
            continue
        if out.dateline and out.dateline[0] <= span.start < out.dateline[1]:
            out.drop("dates", f"{when}: {e.event}", "the article's dateline, not an event")
            continue
        exact = locate(article, when)
        text = extend_when(article, exact) if exact else when
        resolved = dates.resolve(text, published=published, year_hint=year_hint, status=e.status)
        status = _status(e.status, span.quote, resolved.value, published)
        venue = aliases.place(e.venue) if e.venue.strip() else ""
        if venue and (find_mention(article, [e.venue, venue], case_sensitive=True) is None or aliases.is_country(venue)):
            venue = ""
        item = DateItem(date=resolved.value, text=text, event=e.event.strip(), status=status, venue=venue,
                        evidence=_ev(span))
        dup = next((d for d in out.dates if d.date == item.date and d.text.lower() == item.text.lower()), None)
        if dup is None:
            out.dates.append(item)


_WORD = re.compile(r"\w{4,}", re.U)


def _support(article: Article, number: int, claim: str):
    """The cited sentence if it shares words with the claim, else the article sentence that best supports it."""
    spans = article.sentences
    words = {w.lower() for w in _WORD.findall(claim)}

    def overlap(i: int) -> int:
        a, b = spans[i]
        return len(words & {w.lower() for w in _WORD.findall(article.text[a:b])})

    if 1 <= number <= len(spans) and overlap(number - 1) >= 1:
        i = number - 1
    else:
        scored = [(overlap(i), -abs(i - number + 1), i) for i in range(len(spans))]
        best = max(scored, default=(0, 0, -1))
        if best[0] < 2:
            return None
        i = best[2]
    a, b = spans[i]
    return Span(a, b, article.text[a:b])


_DEMAND_VERB = re.compile(r"\b(insist\w*|demand\w*|want\w*|requir\w*|urg\w*|call\w* for|press\w*|told|tell\w*|"
                          r"says?|said|ask\w*|exig\w*|pid\w*|forder\w*|verlang\w*|exige\w*|réclam\w*)\b", re.I)


def _speaker(article: Article, span: Span, out: Collected, party: str) -> str | None:
    """The party that speaks first in the sentence, when a demand verb follows it before `party` is named.

    'The Kremlin has insisted that Ukraine will cede Donbas': the demand is Russia's, whatever the model said.
    """
    sentence = span.quote
    positions = []
    for p in out.parties:
        for form in aliases.mention_forms(p.name):
            m = re.search(rf"(?<!\w){re.escape(form)}(?!\w)", sentence, 0 if form.isupper() else re.I)
            if m:
                positions.append((m.start(), m.end(), p.name))
                break
    if not positions:
        return None
    start, end, first = min(positions)
    if first == party:
        return None
    later = [s for s, _, name in positions if name == party and s > start]
    stop = later[0] if later else len(sentence)
    return first if _DEMAND_VERB.search(sentence, end, stop) else None


def add_positions(article: Article, x: PositionsX, out: Collected) -> None:
    for d in x.demands:
        span = _support(article, d.sentence, f"{d.demand} {d.party}")
        if span is None:
            out.drop("demands", d.demand, "no sentence of the article supports it")
            continue
        party = out.party(d.party)
        addressed = out.party(d.addressed_to)
        speaker = _speaker(article, span, out, party)
        if speaker and speaker != party:  # the model's party is then the one the demand is put to
            party, addressed = speaker, party
        if any(q.party == party and fuzz.token_set_ratio(q.demand, d.demand) >= 80 for q in out.demands):
            continue
        out.demands.append(Demand(party=party, demand=d.demand.strip(), addressed_to=addressed, evidence=_ev(span)))
    for i in x.open_issues:
        stances = " ".join(p.stance for p in i.positions)
        span = _support(article, i.sentence, f"{i.issue} {stances}")
        if span is None:
            out.drop("open_issues", i.issue, "no sentence of the article supports it")
            continue
        if any(fuzz.token_set_ratio(q.issue, i.issue) >= 85 for q in out.open_issues):
            continue
        positions = {out.party(p.party): p.stance.strip() for p in i.positions if p.party.strip()}
        out.open_issues.append(OpenIssue(issue=i.issue.strip(), positions=positions, evidence=_ev(span)))
    if x.summary.strip():
        out.summaries.append(x.summary.strip())

