"""Render the merged state for a person: brief.md and brief.html (offline, one file each)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass

import jinja2

from .merged import MergedState, Source, TimelineEvent

AXIS_MARGIN = 3.0  # percent of the axis width left free at each end, so the first and last markers stay inside


def _env() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader("summarizer", "templates"), trim_blocks=True,
                             lstrip_blocks=True, autoescape=jinja2.select_autoescape(["html.j2"]))
    env.filters["basename"] = os.path.basename
    env.filters["anchor"] = anchor
    return env


def anchor(source: Source) -> str:
    key = f"{source.article}:{source.start}:{source.end}"
    return "q-" + hashlib.sha1(key.encode()).hexdigest()[:10]


def markdown(state: MergedState) -> str:
    return _env().get_template("brief.md.j2").render(state=state).strip() + "\n"


def _day(value: str) -> dt.date:
    return dt.date.fromisoformat(value if len(value) == 10 else value + "-15")


@dataclass
class Marker:
    number: int
    x: float  # percent of the axis
    width: float  # percent, for a range
    event: TimelineEvent


@dataclass
class Tick:
    x: float
    label: str


def axis(timeline: list[TimelineEvent]) -> tuple[list[Marker], list[Tick]]:
    """Markers of dated events on a date axis, and a tick at the start of each month (or year) it spans."""
    dated = [t for t in timeline if t.date]
    if not dated:
        return [], []
    days = [(_day(t.date), _day(t.end) if t.end else _day(t.date)) for t in dated if t.date]
    lo = min(a for a, _ in days)
    hi = max(b for _, b in days)
    span = max((hi - lo).days, 1)

    def x(day: dt.date) -> float:
        return round(AXIS_MARGIN + (100 - 2 * AXIS_MARGIN) * (day - lo).days / span, 2)

    markers = [Marker(i, x(a), round(x(b) - x(a), 2), t) for i, (t, (a, b)) in enumerate(zip(dated, days), start=1)]
    ticks: list[Tick] = []
    monthly = span <= 800
    cursor = dt.date(lo.year, lo.month, 1) if monthly else dt.date(lo.year, 1, 1)
    while cursor <= hi:
        if cursor >= lo:
            ticks.append(Tick(x(cursor), cursor.strftime("%b %Y") if monthly else str(cursor.year)))
        cursor = (dt.date(cursor.year + (cursor.month == 12), cursor.month % 12 + 1, 1) if monthly
                  else dt.date(cursor.year + 1, 1, 1))
    if len(ticks) > 8:  # keep the labels apart on a narrow screen
        step = -(-len(ticks) // 8)
        ticks = ticks[::step]
    return markers, ticks


def html(state: MergedState) -> str:
    markers, ticks = axis(state.timeline)
    numbers = {id(m.event): m.number for m in markers}
    quotes, seen = [], set()
    for s in state.sources():
        if s.quote and anchor(s) not in seen:
            seen.add(anchor(s))
            quotes.append(s)
    titles = {a.path: a.title for a in state.articles}
    by_article = {a.path: [q for q in quotes if q.article == a.path] for a in state.articles}
    return _env().get_template("brief.html.j2").render(
        state=state, markers=markers, ticks=ticks, numbers=numbers, titles=titles, by_article=by_article,
        undated=[t for t in state.timeline if not t.date])
