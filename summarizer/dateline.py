"""The article's own publication date: from its header lines, a wire dateline, or 'today, <weekday>, <date>'.

Only the page's header (the lines before the body text) and the opening of the body are read: a date in a
background paragraph ('On 15 August 2025, Trump and Putin met...') is never the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from . import articles, dates

HEADER_LINE_WORDS = 16  # a header line (byline, dateline) is short; body paragraphs are longer
BODY_WORDS = 18  # the first line this long starts the body
HEADER_LINES = 30  # lines read before the body, at most
DATE_LINE_WORDS = 1  # other words a date line may hold ('Views')
LEAD_LINES = 3  # body lines read for a wire dateline or 'today, <date>'
_KEYWORD = re.compile(r"^\W*(published|updated|last updated|posted|date|publié|mis à jour|publicado|actualizado|"
                      r"veröffentlicht|publiziert|erschienen|aktualisiert|stand|aggiornato|atualizado|gepubliceerd|bijgewerkt|"
                      r"opublikowano|zaktualizowano|опубликовано|обновлено|pubblicato|发布|更新)\b", re.I)
# (or the agency's name between slashes where others put the dash: 'MOSCOW, March 3. /Agency/. The ...')
_WIRE = re.compile(r"^[A-ZÀ-ÞА-Я][A-ZÀ-ÞА-Я .'’-]{1,40},?\s+(?:[A-Z][a-z]+\s*)?(?P<rest>.{0,40}?)\s*"
                   r"(?:\(?[^()\n]{0,40}\)?\s*[-–—]{1,2}|\.?\s*/[^/\s][^/\n]{0,30}/\.?)\s")
# 'Kairo, 22.01.2026 (dpa) – ...': a place in ordinary case, a comma, then the date itself
_PLACE = r"[A-ZÀ-ÞА-Я][\w'’.-]+(?:\s[A-ZÀ-ÞА-Я][\w'’.-]+){0,2},\s+"
_PLACE_DATE = re.compile(rf"^{_PLACE}")
# ('Istanbul, 6 March 2026', 'Done in Luanda, on 28 May 2026'): the place and date a statement ends with
_CLOSING = re.compile(rf"^(?i:(?:done|made|issued|signed|fait|hecho|geschehen)\s+(?:in|at|à|en|zu)\s+)?{_PLACE}"
                      r"(?i:(?:on|le|el|am)\s+)?")
_TODAY = re.compile(r"\b(today|aujourd'hui|aujourd’hui|hoy|heute|сегодня|今天)\b", re.I)
# an editor's note in brackets over a story ('(Corrects date of next meeting in paragraph 9 ...)'): not its body, and
# the dates it names date no event
_NOTE = re.compile(r"^\s*[(\[]\s*(?:corrects|corrected|correction|updates|updated|adds|recasts|changes|refiles|fixes|"
                   r"clarifies|removes|amends|rewrites)\b.*[)\]]\s*$", re.I)
# words a date line may hold besides its dates: a clock's zone and how long ago the page changed ('April 15, 2026
# 6:42 PM GMT+3 Updated 3 hours ago')
_TIME_WORDS = {"AM", "PM", "GMT", "UTC", "CET", "CEST", "EST", "EDT", "PST", "PDT", "BST", "IST", "MSK",
               "AGO", "HOURS", "HOUR", "MINUTES", "MINUTE", "MINS", "MIN", "HRS", "HR", "DAYS", "DAY"}
# a place of a few words before the comma of a date line under a byline ('Ciudad de México, miércoles 11 de marzo de
# 2026'): the place, not other words
_LINE_PLACE = re.compile(r"^[^\W\d_][^,\d\n]{0,40},\s+")
PLACE_WORDS = 4
CLOSING_LINES = 2  # last lines read for the place and date a statement ends with
CLOSING_LINE_WORDS = 8  # 'Istanbul, 6 March 2026'; 'Done in Luanda, on 28 May 2026'
# a page's footer that dates its last change ('This page was last edited on 21 February 2026, at 09:14 (UTC).',
# 'This article was last updated on March 3, 2026'): the words just before the date
_FOOTER = re.compile(r"\b(?:page|article|story|post|entry)\s+(?:was\s+)?(?:last\s+)?"
                     r"(?:edited|modified|updated|published|revised)\s+(?:on\s+)?$", re.I)
FOOTER_LINES = 4  # last lines read for it (a licence or a copyright line may follow)
FOOTER_LINE_WORDS = 16


@dataclass(frozen=True)
class Published:
    date: dt.date
    start: int  # the words that give it, in the article text
    end: int
    how: str


def an_editors_note(line: str) -> bool:
    """The line is an editor's note in brackets ('(Corrects date of next meeting in paragraph 9 to May 5, not May
    6)')."""
    return _NOTE.match(line) is not None


def opens_a_date_line(line: str) -> bool:
    """The line opens with the word of a page's date line ('Published On 10 Mar 2026 | Updated: ...')."""
    return _KEYWORD.match(line) is not None


def _lines(text: str) -> list[tuple[int, str]]:
    """The text's non-blank lines (a hard-wrapped paragraph's lines joined) with their offsets."""
    out = []
    for start, end in articles.paragraph_spans(text):
        line = re.sub(r"[\r\n]", " ", text[start:end])  # as long as the text it stands for: offsets hold
        if line.strip():
            out.append((start + len(line) - len(line.lstrip()), line.strip()))
    return out


def _date_of(m: dates.Mention, near: int) -> dt.date | None:
    """The one day a mention names: none for a range ('Date	23–24 January 2026' in an infobox dates an event, a page
    is published on one day)."""
    if not m.explicit or m.day is None or m.month is None or m.kind == "range":
        return None
    year = m.year
    if year is None and m.weekday is not None:
        year = dates.year_from_weekday(m.day, m.month, m.weekday, near)
    if year is None:
        return None
    try:
        return dt.date(year, m.month, m.day)
    except ValueError:
        return None


def _yearless(m: dates.Mention, all_mentions: list[dates.Mention], near: int, year_hint: int | None) -> dt.date | None:
    """A header date without a year: the same day and month with a weekday elsewhere fixes it, else the year
    the article uses."""
    for other in all_mentions:
        if other.explicit and (other.day, other.month) == (m.day, m.month) and (other.year or other.weekday is not None):
            found = _date_of(other, near)
            if found:
                return found
    if year_hint and m.day and m.month:
        try:
            return dt.date(year_hint, m.month, m.day)
        except ValueError:
            return None
    return None


def _wire_day(day: int, month: int, weekday: int, today: dt.date) -> dt.date | None:
    """A wire dateline's day without a year, its lead sentence naming a weekday: the weekday is the dateline's day
    or one of the two days before it ('CHISINAU, Oct 14 ... held talks on Tuesday' is a Wednesday's story of
    Tuesday's talks; a Sunday paper tells Friday's), in the latest year that is not after today."""
    found = []
    for year in range(today.year - dates.MAX_YEARS_BACK, today.year + 1):
        try:
            day_of = dt.date(year, month, day)
        except ValueError:
            continue
        if day_of <= today and any((day_of - dt.timedelta(days=back)).weekday() == weekday for back in (0, 1, 2)):
            found.append(day_of)
    return max(found) if found else None


def _a_date_line(line: str, language: str) -> bool:
    """A short line that holds little but a date and a time (a post's '9:41 PM · Mar 8, 2026 · 48.2K Views'
    under its first paragraph): at most DATE_LINE_WORDS words besides its dates, clock times and one-letter units;
    or a place of a few words, a comma and a date that ends the line."""
    mentions = dates.find_mentions(line, language)
    if not mentions or len(line.split()) > HEADER_LINE_WORDS:
        return False
    place = _LINE_PLACE.match(line)
    if (place and len(line[:place.end()].split()) <= PLACE_WORDS
            and any(m.start == place.end() and m.end >= len(line.rstrip(" .")) for m in mentions)):
        return True  # a place and a date, nothing else
    rest = "".join(" " if any(m.start <= i < m.end for m in mentions) else ch for i, ch in enumerate(line))
    words = [w for w in re.findall(r"[^\W\d_]{2,}", rest) if w.upper() not in _TIME_WORDS]
    return len(words) <= DATE_LINE_WORDS + bool(_KEYWORD.search(" ".join(words)))


def find_published(text: str, language: str = "en", today: dt.date | None = None) -> Published | None:
    """The publication date and where it stands, or None when the page gives none."""
    today = today or dt.date.today()
    lines = _lines(text)
    body_at = next((i for i, (_, line) in enumerate(lines) if len(line.split()) >= BODY_WORDS
                    and not an_editors_note(line)), len(lines))
    header = lines[:min(body_at, HEADER_LINES)]
    lead = lines[body_at:body_at + LEAD_LINES]
    # the short lines after a standfirst long enough to seem the body's start, up to the next long line: a byline, a
    # correspondent's title and an 'UPDATED ...' line may all stand there
    after = next((i for i in range(body_at + 1, len(lines)) if len(lines[i][1].split()) >= BODY_WORDS), len(lines))
    under = lines[body_at + LEAD_LINES:min(after, HEADER_LINES)]
    all_mentions = dates.find_mentions(text, language)
    hint = dates.year_hint(all_mentions, today)
    # 1. a header line holding a full date: byline, 'Updated ...', a bare date line (an 'Updated ...' line may
    # stand after a long photo caption that seems to open the body)
    dated_lead = [(start, line) for start, line in [*lead, *under]
                  if _KEYWORD.match(line) or _a_date_line(line, language)]
    for start, line in [*header, *dated_lead]:
        if len(line.split()) > HEADER_LINE_WORDS and not _KEYWORD.match(line):
            continue
        for m in dates.find_mentions(line, language):
            found = _date_of(m, today.year)
            if found:
                return Published(found, start + m.start, start + m.end, "header line")
    # 2. 'Today, Friday, January 23, 2026' near the top of the body
    for start, line in [*header, *lead]:
        for m in dates.find_mentions(line, language):
            if m.explicit and _TODAY.search(line[max(0, m.start - 12):m.end]):
                found = _date_of(m, today.year) or _yearless(m, all_mentions, today.year, hint)
                if found:
                    return Published(found, start + m.start, start + m.end, "today's date in the text")
    # 3. a wire dateline opening the body: 'GENEVA, Feb 18 (Wire Service) - ... on Wednesday'
    # (or the second line: the first may be a headline or a standfirst long enough to seem the body's start)
    for start, line in lead[:2]:
        wire = _WIRE.match(line)
        place = None if wire else _PLACE_DATE.match(line)
        if wire is None and place is None:
            continue
        head = wire or place
        assert head is not None
        mentions = dates.find_mentions(line[:head.end() + (40 if place else 0)], language)
        for m in mentions:
            if not m.explicit or (place is not None and m.start != place.end()):
                continue
            found = _date_of(m, today.year)
            if found is None:
                # the lead's first sentence (after the dateline: an agency's dateline ends with a full stop)
                sentence = line[:head.end()] + re.split(r"(?<=[.!?])\s", line[head.end():], maxsplit=1)[0]
                weekday = next((w.weekday for w in dates.find_mentions(sentence, language) if w.kind == "weekday"), None)
                if weekday is not None and m.day and m.month:
                    found = _wire_day(m.day, m.month, weekday, today)
                found = found or _yearless(m, all_mentions, today.year, hint)
            if found:
                return Published(found, start + m.start, start + m.end, "wire dateline")
    # 4. a short header line with a yearless date ('23 January, 12:17')
    for start, line in header:
        if len(line.split()) > 6:
            continue
        for m in dates.find_mentions(line, language):
            if m.explicit and m.year is None:
                found = _yearless(m, all_mentions, today.year, hint)
                if found:
                    return Published(found, start + m.start, start + m.end, "yearless header date")
    # 5. the place and full date a statement or communiqué ends with ('Istanbul, 6 March 2026')
    for start, line in lines[max(body_at, len(lines) - CLOSING_LINES):][::-1]:
        place = _CLOSING.match(line)
        if place is None or len(line.split()) > CLOSING_LINE_WORDS:
            continue
        for m in dates.find_mentions(line, language):
            if m.start == place.end() and m.end >= len(line.rstrip(" .")) and (found := _date_of(m, today.year)):
                return Published(found, start + m.start, start + m.end, "closing place and date")
    # 6. a footer line that dates the page's last change
    for start, line in lines[max(body_at, len(lines) - FOOTER_LINES):][::-1]:
        if len(line.split()) > FOOTER_LINE_WORDS:
            continue
        for m in dates.find_mentions(line, language):
            if _FOOTER.search(line[:m.start]) and (found := _date_of(m, today.year)):
                return Published(found, start + m.start, start + m.end, "footer line")
    return None
