"""Render the consolidated state for a person: brief.md and brief.html (offline, one file)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os

import jinja2


def _env() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader("summarizer", "templates"), trim_blocks=True,
                             lstrip_blocks=True, autoescape=jinja2.select_autoescape(["html.j2"]))
    env.filters["basename"] = os.path.basename
    env.filters["anchor"] = anchor
    return env


def anchor(source: dict) -> str:
    key = f"{source.get('article')}:{source.get('start')}:{source.get('end')}"
    return "q-" + hashlib.sha1(key.encode()).hexdigest()[:10]


def markdown(state: dict) -> str:
    return _env().get_template("brief.md.j2").render(state=state).strip() + "\n"


def _iter_sources(state: dict):
    for key in ("parties", "people", "timeline", "open_issues"):
        for item in state[key]:
            yield from item["sources"]
    for items in state["demands"].values():
        for item in items:
            yield from item["sources"]


def _day(value: str) -> dt.date:
    return dt.date.fromisoformat(value if len(value) == 10 else value + "-15")


def html(state: dict) -> str:
    dated = [t for t in state["timeline"] if t["date"]]
    positioned, rows_end = [], []
    if dated:
        days = [_day(t["date"]) for t in dated]
        lo, hi = min(days), max(days)
        span = max((hi - lo).days, 1)
        for t, day in sorted(zip(dated, days), key=lambda p: p[1]):
            x = 2 + 96 * (day - lo).days / span
            # a label takes about 30% of the width, to the right of its tick (left half) or to its left (right half)
            left, right = (x, x + 30) if x <= 50 else (x - 30, x)
            row = next((i for i, end in enumerate(rows_end) if end < left), len(rows_end))
            if row == len(rows_end):
                rows_end.append(right)
            else:
                rows_end[row] = right
            positioned.append({**t, "x": round(x, 2), "row": row, "anchor": anchor(t["sources"][0])})
    quotes, seen = [], set()
    for s in _iter_sources(state):
        if s.get("quote") and anchor(s) not in seen:
            seen.add(anchor(s))
            quotes.append(s)
    return _env().get_template("brief.html.j2").render(state=state, dated=positioned, quotes=quotes,
                                                       timeline_rows=max(len(rows_end), 1))
