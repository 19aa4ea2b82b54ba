"""Merge article states into one cross-article state, and find where sources disagree."""

from __future__ import annotations

from collections import Counter

from rapidfuzz import fuzz

from . import aliases, dates
from .schemas import ArticleState


def _source(path: str, item, **extra) -> dict:
    ev = item.evidence[0] if item.evidence else None
    out = {"article": path}
    if ev:
        out.update(quote=ev.quote, start=ev.start, end=ev.end)
    out.update(extra)
    return out


def _same_event(a: dict, b: dict) -> bool:
    if a["date"] and b["date"]:
        if a["date"][:7] != b["date"][:7]:
            return False
        if a["date"] == b["date"]:
            return True
        return fuzz.token_set_ratio(a["event"], b["event"]) >= 70
    if a["date"] or b["date"]:
        return False
    return a["text"].lower() == b["text"].lower() and fuzz.token_set_ratio(a["event"], b["event"]) >= 70


def consolidate(states: dict[str, ArticleState]) -> dict:
    parties: dict[str, dict] = {}
    people: list[dict] = []
    timeline: list[dict] = []
    demands: dict[str, list[dict]] = {}
    issues: list[dict] = []
    venues: dict[str, dict] = {}
    year = _common_year(states)
    for path, st in states.items():
        for p in st.parties:
            entry = parties.setdefault(p.name, {"name": p.name, "roles": Counter(), "sources": []})
            entry["roles"][p.role] += 1
            entry["sources"].append(_source(path, p))
        for person in st.people:
            match = next((q for q in people if aliases.same_person(q["name"], person.name)), None)
            if match is None:
                match = {"name": person.name, "titles": [], "affiliation": person.affiliation, "aliases": set(), "sources": []}
                people.append(match)
            if len(person.name) > len(match["name"]):
                match["aliases"].add(match["name"])
                match["name"] = person.name
            elif person.name != match["name"]:
                match["aliases"].add(person.name)
            if person.title and person.title.lower() not in {t.lower() for t in match["titles"]}:
                match["titles"].append(person.title)
            match["affiliation"] = match["affiliation"] or person.affiliation
            match["sources"].append(_source(path, person))
        for v in st.venues:
            entry = venues.setdefault(v.name, {"name": v.name, "country": v.country, "sources": []})
            entry["sources"].append(_source(path, v))
        for d in st.dates:
            event = {"date": d.date, "text": d.text, "event": d.event, "status": d.status, "venue": d.venue}
            if d.date is None and year and (found := dates.find_day_month(d.text)) and found[2] is None:
                resolved = dates.resolve(d.text, year_hint=year)
                if resolved.value:  # a yearless date, placed in the year the other sources report
                    event.update(date=resolved.value, date_inferred=True)
            cluster = next((t for t in timeline if _same_event(t, event)), None)
            src = _source(path, d, text=d.text, status=d.status, venue=d.venue, event=d.event, date=event["date"])
            if cluster is None:
                timeline.append({**event, "sources": [src]})
            else:
                cluster["sources"].append(src)
        for dm in st.demands:
            bucket = demands.setdefault(dm.party, [])
            match = next((q for q in bucket if fuzz.token_set_ratio(q["demand"], dm.demand) >= 75), None)
            if match is None:
                bucket.append({"demand": dm.demand, "addressed_to": dm.addressed_to, "sources": [_source(path, dm)]})
            else:
                match["sources"].append(_source(path, dm))
        for oi in st.open_issues:
            match = next((q for q in issues if fuzz.token_set_ratio(q["issue"], oi.issue) >= 80), None)
            if match is None:
                issues.append({"issue": oi.issue, "positions": dict(oi.positions), "sources": [_source(path, oi)]})
            else:
                for party, stance in oi.positions.items():
                    match["positions"].setdefault(party, stance)
                match["sources"].append(_source(path, oi))
    for t in timeline:
        statuses = Counter(s["status"] for s in t["sources"] if s["status"] != "unknown")
        t["status"] = _latest_status(statuses) if statuses else "unknown"
        venues_seen = Counter(s["venue"] for s in t["sources"] if s["venue"])
        t["venue"] = venues_seen.most_common(1)[0][0] if venues_seen else ""
    timeline.sort(key=lambda t: (t["date"] is None, t["date"] or "", t["event"]))
    return {
        "articles": [{"path": p, "title": s.article.title, "published": s.article.published} for p, s in states.items()],
        "parties": [{"name": e["name"], "role": e["roles"].most_common(1)[0][0], "sources": e["sources"]} for e in parties.values()],
        "people": [{**p, "aliases": sorted(p["aliases"])} for p in people],
        "venues": list(venues.values()),
        "timeline": timeline,
        "demands": demands,
        "open_issues": issues,
        "contradictions": contradictions(timeline, states),
    }


def _common_year(states: dict[str, ArticleState]) -> int | None:
    years = Counter(int(d.date[:4]) for st in states.values() for d in st.dates if d.date)
    return years.most_common(1)[0][0] if years else None


def _latest_status(statuses: Counter) -> str:
    """A postponement or cancellation reported by any source outranks an older 'scheduled'."""
    for status in ("cancelled", "postponed"):
        if statuses.get(status):
            return status
    return statuses.most_common(1)[0][0]


def contradictions(timeline: list[dict], states: dict[str, ArticleState]) -> list[dict]:
    found = []
    for t in timeline:
        articles = {s["article"] for s in t["sources"]}
        if len(articles) < 2:
            continue
        statuses = {s["status"] for s in t["sources"] if s["status"] != "unknown"}
        if len(statuses) > 1:
            found.append({"kind": "status", "date": t["date"], "event": t["event"],
                          "summary": f"sources disagree on the status of '{t['event']}' ({t['date'] or t['text']}): "
                                     + ", ".join(sorted(statuses)),
                          "claims": [{"article": s["article"], "value": s["status"], "quote": s.get("quote")} for s in t["sources"]]})
        places = {s["venue"] for s in t["sources"] if s["venue"]}
        if len(places) > 1:
            found.append({"kind": "venue", "date": t["date"], "event": t["event"],
                          "summary": f"sources place '{t['event']}' ({t['date'] or t['text']}) in different cities: "
                                     + ", ".join(sorted(places)),
                          "claims": [{"article": s["article"], "value": s["venue"], "quote": s.get("quote")} for s in t["sources"] if s["venue"]]})
    if not any(c["kind"] == "venue" for c in found):  # no event-level disagreement: look across articles
        found.extend(_venue_outliers(states))
    return found


def _held_venues(st: ArticleState) -> dict[str, str | None]:
    """Cities an article gives as the place of held (or undated) talks, with a quote for each."""
    out: dict[str, str | None] = {}
    for d in st.dates:
        if d.venue and d.status in ("held", "unknown"):
            out.setdefault(d.venue, d.evidence[0].quote if d.evidence else None)
    return out


def _venue_outliers(states: dict[str, ArticleState]) -> list[dict]:
    """Talks placed in a city by one article only, while at least two others place them in another city that the
    same article also names: the likely misstatement of where the talks were held."""
    held = {p: _held_venues(s) for p, s in states.items()}
    named = {p: set(held[p]) | {v.name for v in s.venues} for p, s in states.items()}
    counts = Counter(v for vs in held.values() for v in vs)
    out = []
    for path, vs in held.items():
        for v, quote in vs.items():
            if counts[v] != 1:
                continue
            for other in sorted(named[path] - {v}):
                backers = [p for p in held if p != path and other in held[p]]
                if len(backers) >= 2:
                    out.append({"kind": "venue", "date": None, "event": "talks held",
                                "summary": f"{path} places the talks in {v}; {len(backers)} other sources place them "
                                           f"in {other}, which it also names",
                                "claims": [{"article": path, "value": v, "quote": quote}]
                                + [{"article": p, "value": other, "quote": held[p][other]} for p in backers]})
                    break
    return out
