"""Turn date expressions from an article into calendar dates, resolved against an anchor.

The LLM only copies the date expression from the text; every calendar date is computed here.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

import dateparser

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
# weekday names in other languages the articles come in (Spanish, French, German, Italian, Portuguese)
WEEKDAYS.update({w: i for i, names in enumerate([
    ("lunes", "lundi", "montag", "lunedì", "segunda-feira"), ("martes", "mardi", "dienstag", "martedì", "terça-feira"),
    ("miércoles", "mercredi", "mittwoch", "mercoledì", "quarta-feira"), ("jueves", "jeudi", "donnerstag", "giovedì", "quinta-feira"),
    ("viernes", "vendredi", "freitag", "venerdì", "sexta-feira"), ("sábado", "samedi", "samstag", "sabato"),
    ("domingo", "dimanche", "sonntag", "domenica")]) for w in names})
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9

_YEAR = re.compile(r"\b(19\d{2}|20\d{2})\b")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")
_DAY_MONTH = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th|\.)?(?:\s+(?:of|de|del))?\s+([^\W\d_]{3,})\.?(?:,?\s+(?:de\s+)?(\d{4}))?", re.U)
_MONTH_DAY = re.compile(r"\b([^\W\d_]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)(?:,?\s+(\d{4}))?", re.U)
_MONTH_ONLY = re.compile(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?(?:\s+(\d{4}))?", re.I)
_RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
_DAYS_AGO = re.compile(r"\b(\d+|one|two|three|four|five|six|seven)\s+days?\s+(ago|earlier|later|from now)\b", re.I)
_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_VAGUE = re.compile(r"\b(week|weekend|weeks|month|months|year|years|recently|soon|later)\b", re.I)


@dataclass(frozen=True)
class Resolved:
    value: str | None  # "YYYY-MM-DD", "YYYY-MM" or None
    how: str  # a short reason a person can read


@lru_cache(maxsize=4096)
def _month_number(word: str) -> int | None:
    """Month number for a month name in English, or in any language dateparser knows."""
    low = word.lower().rstrip(".")
    if low in MONTHS:
        return MONTHS[low]
    parsed = dateparser.parse(f"15 {word} 2001", settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.month if parsed and parsed.year == 2001 and parsed.day == 15 else None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_day_month(text: str) -> tuple[int, int, int | None] | None:
    """(day, month, year or None) of the first explicit calendar date in `text`."""
    if m := _ISO.search(text):
        return int(m.group(3)), int(m.group(2)), int(m.group(1))
    if m := _NUMERIC.search(text):
        return int(m.group(1)), int(m.group(2)), int(m.group(3))
    first = next(find_all_day_month(text), None)
    return first[2:] if first else None


def find_all_day_month(text: str):
    """Every explicit calendar date in `text`: (start, end, day, month, year or None), in any language."""
    for pattern, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        for m in pattern.finditer(text):
            month = _month_number(m.group(month_group))
            day = int(m.group(day_group))
            if month and 1 <= day <= 31:
                yield m.start(), m.end(), day, month, int(m.group(3)) if m.group(3) else None


def year_from_weekday(day: int, month: int, weekday: int, near: int) -> int | None:
    """The year closest to `near` (looking back at most 15 years, ahead 1) in which day/month falls on `weekday`."""
    candidates = [y for y in range(near - 15, near + 2) if (d := _safe_date(y, month, day)) and d.weekday() == weekday]
    return max(candidates) if candidates else None


def _closest_year(month: int, day: int, anchor: dt.date) -> int:
    best = min((anchor.year - 1, anchor.year, anchor.year + 1),
               key=lambda y: abs(((_safe_date(y, month, min(day, 28)) or anchor) - anchor).days))
    return best


def resolve(text: str, published: dt.date | None = None, year_hint: int | None = None,
            status: str = "unknown", today: dt.date | None = None) -> Resolved:
    """Resolve one date expression. `published` anchors relative expressions; `year_hint` fixes yearless dates."""
    today = today or dt.date.today()
    text = text.strip()
    if not text:
        return Resolved(None, "empty")
    low = text.lower()
    weekday_match = _WEEKDAY.search(text)
    weekday = WEEKDAYS[weekday_match.group(1).lower()] if weekday_match else None
    explicit = find_day_month(text)
    if explicit:
        day, month, year = explicit
        how = "explicit year"
        if year is None and weekday is not None:
            year = year_from_weekday(day, month, weekday, (published or today).year if published or not year_hint else year_hint)
            how = "year fixed by the weekday"
        if year is None and published:
            year, how = _closest_year(month, day, published), "year from the publication date"
        if year is None and year_hint:
            year, how = year_hint, "year from another date in the article"
        if year is None:
            return Resolved(None, "no year and no anchor")
        date = _safe_date(year, month, day)
        return Resolved(date.isoformat() if date else None, how if date else "not a calendar date")
    for word, offset in _RELATIVE_DAYS.items():
        if re.search(rf"\b{word}\b", low):
            if published is None:
                return Resolved(None, "relative day with no publication date")
            return Resolved((published + dt.timedelta(days=offset)).isoformat(), "relative to the publication date")
    if m := _DAYS_AGO.search(low):
        if published is None:
            return Resolved(None, "relative day with no publication date")
        n = int(m.group(1)) if m.group(1).isdigit() else _SMALL[m.group(1)]
        sign = -1 if m.group(2) in ("ago", "earlier") else 1
        return Resolved((published + dt.timedelta(days=sign * n)).isoformat(), "relative to the publication date")
    if weekday is not None and not _VAGUE.search(low):
        if published is None:
            return Resolved(None, "weekday with no publication date")
        if re.search(r"\bnext\b", low) or (status == "scheduled" and not re.search(r"\blast\b", low)):
            delta = (weekday - published.weekday()) % 7 or (7 if re.search(r"\bnext\b", low) else 0)
            return Resolved((published + dt.timedelta(days=delta)).isoformat(), "next such weekday after publication")
        delta = (published.weekday() - weekday) % 7 or (7 if re.search(r"\blast\b", low) else 0)
        return Resolved((published - dt.timedelta(days=delta)).isoformat(), "last such weekday before publication")
    if m := _MONTH_ONLY.search(text):
        month = MONTHS[m.group(1).lower()]
        if len(m.group(1)) == 3 and m.group(1).lower() in ("may", "mar") and not m.group(2) and not re.search(r"\b(in|of|early|late|end|mid)\b", low):
            return Resolved(None, "ambiguous word")
        year = int(m.group(2)) if m.group(2) else None
        if year is None and published:
            year = _closest_year(month, 15, published)
        year = year or year_hint
        if year is None:
            return Resolved(None, "month with no year and no anchor")
        return Resolved(f"{year:04d}-{month:02d}", "month only")
    if m := _YEAR.fullmatch(text.strip()):
        return Resolved(None, "year only")
    return Resolved(None, "not a calendar date")


def find_dateline(lines: list[str], max_lines: int = 25) -> tuple[dt.date, str] | None:
    """The publication date and the line that gives it (a byline or dateline among the first lines)."""
    for line in [l for l in lines if l.strip()][:max_lines]:
        if len(line) > 160 or not _YEAR.search(line):
            continue
        found = find_day_month(line)
        if found and found[2]:
            date = _safe_date(found[2], found[1], found[0])
            if date:
                return date, line
    return None


def find_published(lines: list[str], max_lines: int = 25) -> dt.date | None:
    found = find_dateline(lines, max_lines)
    return found[0] if found else None


def year_hint_from_text(text: str, today: dt.date | None = None) -> int | None:
    """A year for yearless dates: from an explicit year, else from a weekday-qualified date like 'Sunday (1 February)'."""
    today = today or dt.date.today()
    pattern = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b[\s,(]{1,3}(?:the\s+)?([^()\n]{3,25})", re.I)
    for m in pattern.finditer(text):
        found = find_day_month(m.group(2))
        if found:
            day, month, year = found
            if year:
                return year
            year = year_from_weekday(day, month, WEEKDAYS[m.group(1).lower()], today.year)
            if year:
                return year
    return None
