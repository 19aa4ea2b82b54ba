"""Merge article states into one cross-article state, and find where sources disagree."""

from __future__ import annotations

from collections import Counter

from rapidfuzz import fuzz

from . import dates, names, thresholds
from .contract import ArticleState, Status
from .merged import (ArticleRef, Claim, Contradiction, EventSource, MergedDemand, MergedIssue, MergedParty,
                     MergedPerson, MergedState, MergedStatement, MergedVenue, Source, TimelineEvent)

ROLE_ORDER = ("negotiating party", "mediator", "host", "guarantor", "other")


def _source(record: str, st: ArticleState, item) -> Source:
    ev = item.evidence[0] if item.evidence else None
    return Source(article=st.article.path, record=record, quote=ev.quote if ev else None,
                  start=ev.start if ev else None, end=ev.end if ev else None)


def _same_event(a: TimelineEvent, b: TimelineEvent) -> bool:
    if a.date and b.date:
        if a.date[:7] != b.date[:7]:
            return False
        if a.date == b.date:
            return True
        return fuzz.token_set_ratio(a.event, b.event) >= thresholds.SAME_EVENT_ACROSS
    if a.date or b.date:
        return False
    return a.text.lower() == b.text.lower() and fuzz.token_set_ratio(a.event, b.event) >= thresholds.SAME_EVENT_ACROSS


def _common_year(states: dict[str, ArticleState]) -> int | None:
    years = Counter(int(d.date[:4]) for st in states.values() for d in st.dates if d.date)
    return years.most_common(1)[0][0] if years else None


def _latest_status(statuses: Counter) -> Status:
    """A postponement or cancellation reported by any source outranks an older 'scheduled'."""
    for status in ("cancelled", "postponed"):
        if statuses.get(status):
            return status  # type: ignore[return-value]
    return statuses.most_common(1)[0][0]


def consolidate(states: dict[str, ArticleState]) -> MergedState:
    """`states` by record name (or path), in the order to list them."""
    parties: dict[str, tuple[Counter, list[Source]]] = {}
    people: list[MergedPerson] = []
    venues: dict[str, MergedVenue] = {}
    timeline: list[TimelineEvent] = []
    demands: dict[str, list[MergedDemand]] = {}
    statements: list[MergedStatement] = []
    issues: list[MergedIssue] = []
    year = _common_year(states)
    for record, st in states.items():
        for p in st.parties:
            roles, sources = parties.setdefault(p.name, (Counter(), []))
            roles[p.role] += 1
            sources.append(_source(record, st, p))
        for person in st.people:
            match = next((q for q in people if names.same_person(q.name, person.name)), None)
            if match is None:
                match = MergedPerson(name=person.name, titles=[], affiliation=person.affiliation, aliases=[], sources=[])
                people.append(match)
            if len(person.name) > len(match.name):
                match.aliases = sorted({*match.aliases, match.name})
                match.name = person.name
            elif person.name != match.name and person.name not in match.aliases:
                match.aliases = sorted({*match.aliases, person.name})
            if person.title and person.title.lower() not in {t.lower() for t in match.titles}:
                match.titles.append(person.title)
            match.affiliation = match.affiliation or person.affiliation
            match.sources.append(_source(record, st, person))
        for v in st.venues:
            entry = venues.setdefault(v.name, MergedVenue(name=v.name, country=v.country, sources=[]))
            entry.country = entry.country or v.country
            entry.sources.append(_source(record, st, v))
        for d in st.dates:
            base = _source(record, st, d)
            src = EventSource(**base.model_dump(), text=d.text, status=d.status, venue=d.venue, event=d.event, date=d.date)
            event = TimelineEvent(date=d.date, end=d.end, text=d.text, event=d.event, status=d.status, venue=d.venue,
                                  date_inferred=False, sources=[src])
            if d.date is None and year and (first := dates.first_date(d.text)) and first.year is None:
                resolved = dates.resolve(first, dates.Anchor(year_hint=year))
                if resolved.value:  # a yearless date, placed in the year the other sources report
                    event.date, event.date_inferred, src.date = resolved.value, True, resolved.value
            cluster = next((t for t in timeline if _same_event(t, event)), None)
            if cluster is None:
                timeline.append(event)
            else:
                cluster.sources.append(src)
                cluster.end = cluster.end or event.end
        for dm in st.demands:
            bucket = demands.setdefault(dm.party, [])
            found = next((q for q in bucket if fuzz.token_set_ratio(q.demand, dm.demand) >= thresholds.SAME_DEMAND_ACROSS), None)
            if found is None:
                bucket.append(MergedDemand(party=dm.party, demand=dm.demand, addressed_to=dm.addressed_to,
                                           sources=[_source(record, st, dm)]))
            else:
                found.sources.append(_source(record, st, dm))
        for s in st.statements:
            hit = next((q for q in statements if q.party == s.party and q.mode == s.mode
                        and fuzz.token_set_ratio(q.text, s.text) >= thresholds.SAME_DEMAND_ACROSS), None)
            if hit is None:
                statements.append(MergedStatement(party=s.party, mode=s.mode, text=s.text, addressed_to=s.addressed_to,
                                                  sources=[_source(record, st, s)]))
            else:
                hit.sources.append(_source(record, st, s))
        for oi in st.open_issues:
            issue = next((q for q in issues if fuzz.token_set_ratio(q.issue, oi.issue) >= thresholds.SAME_ISSUE), None)
            if issue is None:
                issues.append(MergedIssue(issue=oi.issue, positions=dict(oi.positions), sources=[_source(record, st, oi)]))
            else:
                for party, stance in oi.positions.items():
                    issue.positions.setdefault(party, stance)
                issue.sources.append(_source(record, st, oi))
    for t in timeline:
        statuses = Counter(s.status for s in t.sources if s.status != "unknown")
        t.status = _latest_status(statuses) if statuses else "unknown"
        seen = Counter(s.venue for s in t.sources if s.venue)
        t.venue = seen.most_common(1)[0][0] if seen else ""
    timeline.sort(key=lambda t: (t.date is None, t.date or "", t.event))
    return MergedState(
        articles=[ArticleRef(path=s.article.path, record=r, title=s.article.title, published=s.article.published)
                  for r, s in states.items()],
        parties=[MergedParty(name=n, role=min(roles, key=lambda r: (-roles[r], ROLE_ORDER.index(r))), sources=src)
                 for n, (roles, src) in parties.items()],
        people=people, venues=list(venues.values()), timeline=timeline, demands=demands, statements=statements,
        open_issues=issues, contradictions=contradictions(timeline, states),
    )


def contradictions(timeline: list[TimelineEvent], states: dict[str, ArticleState]) -> list[Contradiction]:
    found = []
    for t in timeline:
        if len({s.article for s in t.sources}) < 2:
            continue
        statuses = {s.status for s in t.sources if s.status != "unknown"}
        when = t.date or t.text
        if len(statuses) > 1:
            found.append(Contradiction(kind="status", date=t.date, event=t.event,
                                       summary=f"sources disagree on the status of '{t.event}' ({when}): " + ", ".join(sorted(statuses)),
                                       claims=[Claim(article=s.article, value=s.status, quote=s.quote) for s in t.sources]))
        places = {s.venue for s in t.sources if s.venue}
        if len(places) > 1:
            found.append(Contradiction(kind="venue", date=t.date, event=t.event,
                                       summary=f"sources place '{t.event}' ({when}) in different cities: " + ", ".join(sorted(places)),
                                       claims=[Claim(article=s.article, value=s.venue, quote=s.quote) for s in t.sources if s.venue]))
    if not any(c.kind == "venue" for c in found):  # no event-level disagreement: look across articles
        found.extend(_venue_outliers(states))
    return found


def _held_venues(st: ArticleState) -> dict[str, str | None]:
    """Cities an article gives as the place of held (or undated) talks, with a quote for each."""
    out: dict[str, str | None] = {}
    for d in st.dates:
        if d.venue and d.status in ("held", "unknown"):
            out.setdefault(d.venue, d.evidence[0].quote if d.evidence else None)
    return out


def _venue_outliers(states: dict[str, ArticleState]) -> list[Contradiction]:
    """Talks placed in a city by one article only, while at least two others place them in another city that the
    same article also names: the likely misstatement of where the talks were held."""
    held = {r: _held_venues(s) for r, s in states.items()}
    named = {r: set(held[r]) | {v.name for v in s.venues} for r, s in states.items()}
    counts = Counter(v for vs in held.values() for v in vs)
    out = []
    for record, vs in held.items():
        for v, quote in vs.items():
            if counts[v] != 1:
                continue
            for other in sorted(named[record] - {v}):
                backers = [r for r in held if r != record and other in held[r]]
                if len(backers) >= 2:
                    path = states[record].article.path
                    out.append(Contradiction(
                        kind="venue", date=None, event="talks held",
                        summary=f"{path} places the talks in {v}; {len(backers)} other sources place them in {other}, "
                                "which it also names",
                        claims=[Claim(article=path, value=v, quote=quote)]
                        + [Claim(article=states[r].article.path, value=other, quote=held[r][other]) for r in backers]))
                    break
    return out
