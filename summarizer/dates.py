"""Find every date expression in a text and resolve it to a calendar date in code.

The model never computes a date: it picks one of the expressions found here, and `resolve` turns the words into
`YYYY-MM-DD` (or `YYYY-MM`, or a start and an end for a range) against an anchor: the publication date, an
explicit date in the same sentence, or a year fixed elsewhere in the article.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

import dateparser
import yaml

MAX_YEARS_BACK = 15  # a weekday fixes the year among the last 15 years (and the next one)


@lru_cache(maxsize=1)
def _calendar() -> dict:
    return yaml.safe_load(resources.files("summarizer.data").joinpath("calendar.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _weekdays() -> dict[str, int]:
    return {w: int(i) for i, words in _calendar()["weekdays"].items() for w in words}


@lru_cache(maxsize=1)
def _qualifiers() -> dict[str, str]:
    return {w: q for q, words in _calendar()["qualifiers"].items() for w in words}


@lru_cache(maxsize=4096)
def month_number(word: str) -> int | None:
    """A month's number for its name in a language of calendar.yaml, or in any language dateparser knows."""
    low = word.lower().rstrip(".")
    for number, names in _calendar()["months"].items():
        if low in names:
            return int(number)
    if len(low) < 3 or not low.isalpha() or low.isascii():  # Latin month names are all in calendar.yaml
        return None
    parsed = dateparser.parse(f"15 {word} 2001", settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.month if parsed and parsed.year == 2001 and parsed.day == 15 else None


# ---------------------------------------------------------------- mentions

@dataclass(frozen=True)
class Mention:
    """One date expression: where it stands and what it says. Fields not said are None."""

    start: int
    end: int
    text: str
    kind: str  # date | range | weekday | weekday_range | relative | month | vague | year
    day: int | None = None
    month: int | None = None
    year: int | None = None
    end_day: int | None = None
    end_month: int | None = None
    end_year: int | None = None
    weekday: int | None = None
    end_weekday: int | None = None
    offset: int | None = None  # days from the anchor, for 'yesterday'
    qualifier: str | None = None  # last | next | this

    @property
    def explicit(self) -> bool:
        return self.kind in ("date", "range") and self.day is not None and self.month is not None


_D = r"(\d{1,2})(?:st|nd|rd|th|er|\.)?"
_Y = r"((?:19|20)\d{2})"
_M = r"([^\W\d_]{3,}(?![^\W\d_])\.?)"
_DASH = r"\s*[-–—]\s*"
_SEP = r"(?:\s+(?:of|de|del))?\s+"
_YEAR_WORD = r"(?:\s+(?:года|г\.))?"

# (pattern, what each group is) in order of preference: longer, more specific forms first
_PATTERNS: list[tuple[str, str, tuple[str, ...]]] = [
    ("date", r"\b(\d{4})-(\d{2})-(\d{2})\b", ("y", "m", "d")),
    ("date", r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b", ("d", "m", "y")),
    ("range", r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日?\s*(?:至|到|-|–|—|~)\s*(?:(\d{1,2})月)?(\d{1,2})日", ("y", "m", "d", "m2", "d2")),
    ("date", r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", ("y", "m", "d")),
    ("month", r"(?:(\d{4})年)(\d{1,2})月(?!\d{0,2}日)", ("y", "m")),
    ("range", rf"\b(?:del|dal|from|du|vom|entre el|с)\s+{_D}\s+(?:al|to|au|bis|и|по)\s+{_D}{_SEP}{_M}(?:,?\s+(?:de\s+)?{_Y})?",
     ("d", "d2", "m", "y")),
    ("range", rf"\b(?:from|between|du|del|vom|с)\s+{_D}{_SEP}{_M}\s+(?:to|and|until|au|al|bis|по)\s+{_D}{_SEP}{_M}(?:,?\s+{_Y})?",
     ("d", "m", "d2", "m2", "y")),
    ("range", rf"\b{_D}{_DASH}{_D}{_SEP}{_M}(?:,?\s+(?:de\s+)?{_Y}{_YEAR_WORD})?", ("d", "d2", "m", "y")),
    # two days joined by 'and': 'on 9 and 10 March 2026', 'los días 4 y 5 de febrero', 'il 23 e 24 gennaio', 'March 9 and 10'
    ("range", rf"\b{_D}\s+(?:and|y|et|und|e)\s+{_D}{_SEP}{_M}(?:,?\s+(?:de\s+)?{_Y})?", ("d", "d2", "m", "y")),
    # the month first, the days joined by 'to' or 'through', or by 'and' after 'between' ('from May 18 to 20', 'from
    # Feb. 23 to 26', 'between May 30 and June 2')
    ("range", rf"\b(?:from\s+)?{_M}\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:to|through|thru|until)\s+(?:{_M}\s+)?"
     rf"(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:%|per))(?:,?\s+{_Y})?", ("m", "d", "m2", "d2", "y")),
    ("range", rf"\bbetween\s+{_M}\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+and\s+(?:{_M}\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\b"
     rf"(?!\s*(?:%|per))(?:,?\s+{_Y})?", ("m", "d", "m2", "d2", "y")),
    ("range", rf"\b{_M}\s+(\d{{1,2}})\s+and\s+(\d{{1,2}})\b(?:,?\s+{_Y})?", ("m", "d", "d2", "y")),
    ("range", rf"\b{_M}\s+(\d{{1,2}}){_DASH}(\d{{1,2}})\b(?:,?\s+{_Y})?", ("m", "d", "d2", "y")),
    ("range", rf"\b{_M}\s+(\d{{1,2}}){_DASH}{_M}\s+(\d{{1,2}})\b(?:,?\s+{_Y})?", ("m", "d", "m2", "d2", "y")),
    ("date", rf"\b{_D}{_SEP}{_M}(?:,?\s+(?:de\s+)?{_Y}(?:\s+(?:года|г\.))?)?", ("d", "m", "y")),
    ("date", rf"\b{_M}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*[-–—:]\s*\d)(?:,?\s+{_Y})?", ("m", "d", "y")),
    ("month", rf"\b\d{{1,2}}-х\s+числах\s+{_M}(?:\s+{_Y})?", ("m", "y")),
    ("month", rf"\b{_M}\s+(?:de\s+)?{_Y}\b", ("m", "y")),
]
_COMPILED = [(kind, re.compile(p, re.I | re.U), groups) for kind, p, groups in _PATTERNS]
_MONTH_LEAD = (r"(?:in|since|from|by|for|until|till|during|early|late|mid|the end of|end of|the beginning of|beginning of|"
               r"the second half of|the first half of|the middle of|en|a finales de|a principios de|a mediados de|"
               r"im|ende|anfang|mitte|в|в конце|в начале|в середине|fin|début|à la fin de|au début de|courant|"
               # a week of a month ('the second week of March', 'la segunda semana de marzo'): the month
               r"(?:the\s+)?(?:first|second|third|fourth|last|final)\s+(?:week|fortnight)\s+of|"
               r"(?:la\s+|a\s+)?(?:primera|segunda|tercera|cuarta|última|primeira|terceira|quarta|première|deuxième|"
               r"troisième|dernière|prima|seconda|terza|ultima)\s+(?:semana|semaine|settimana))")


@lru_cache(maxsize=16)
def _month_only(language: str = "en") -> re.Pattern:
    """A month named alone after a word that leads it ('in June', 'a giugno'); the leads of the article's own
    language too (Italian 'a' leads a month, English 'a march' is no month)."""
    own = sorted(_calendar().get("month_leads", {}).get(language, []), key=len, reverse=True)
    lead = rf"(?:{_MONTH_LEAD}|{'|'.join(re.escape(w) for w in own)})" if own else _MONTH_LEAD
    return re.compile(rf"(?:(?:\b(last|next|this|past)\s+)|(?:\b(?:{lead}\s+|mid-)(?:(?:the\s+)?(last|next|this)\s+)?))"
                      rf"(?:de\s+|di\s+)?{_M}(?!\s+\d{{1,2}}\b)(?:\s+{_Y})?", re.I | re.U)
_CJK_MONTH = re.compile(r"(去年|今年|明年)?(\d{1,2})月(?![\d日])")
_CJK_DAY = re.compile(r"(?<![\d月])(\d{1,2})日")
_YEAR_ONLY = re.compile(r"(?:\b(?:in|since|from|until|by|en|im|в|depuis|desde|seit)\s+)?\b((?:19|20)\d{2})\b(?:\s*(?:年|года|г\.))?", re.I)
_DAYS_COUNT = re.compile(r"\b(\d+|one|two|three|four|five|six|seven)\s+days?\s+(ago|earlier|later|from now|before|after)\b", re.I)
_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _number(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


def _from_groups(kind: str, m: re.Match, names: tuple[str, ...]) -> Mention | None:
    g = dict(zip(names, m.groups()))
    month = _number(g.get("m")) if (g.get("m") or "").isdigit() else (month_number(g["m"]) if g.get("m") else None)
    if g.get("m") and month is None:
        return None
    month2 = None
    if g.get("m2"):
        month2 = _number(g["m2"]) if g["m2"].isdigit() else month_number(g["m2"])
        if month2 is None:
            return None
    day, day2, year = _number(g.get("d")), _number(g.get("d2")), _number(g.get("y"))
    if kind in ("date", "range") and (day is None or not 1 <= day <= 31 or not month or not 1 <= month <= 12):
        if kind == "date" and names == ("d", "m", "y") and day and month and month > 12 >= day:  # 11/17/2025
            day, month = month, day
        else:
            return None
    if kind == "month" and (not month or not 1 <= month <= 12):
        return None
    if day2 is not None and not 1 <= day2 <= 31:
        return None
    text, end = m.group(0), m.end()
    if text.endswith(".") and not re.search(r"\b\w{1,4}\.$", text):  # a sentence's full stop, not 'Jan.'
        text, end = text[:-1], end - 1
    if kind == "range":
        return Mention(m.start(), end, text, "range", day, month, year, day2, month2 or month, year)
    return Mention(m.start(), end, text, kind, day, month, year)


def _weekday_pattern() -> re.Pattern:
    words = sorted(_weekdays(), key=len, reverse=True)
    quals = sorted(_qualifiers(), key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    q = "|".join(re.escape(w) for w in quals)
    after = "|".join(re.escape(w) for w in sorted(_qualifiers_after(), key=len, reverse=True))
    # a qualifier after the weekday in languages that put it there ('mercoledì prossimo', 'mardi dernier'), not one
    # that qualifies a week ('Tuesday next week')
    return re.compile(rf"(?:\b(?P<q>{q})\s+)?(?P<w>(?<!\w)(?:{alt})(?!\w))(?:(?:\s+(?:and|to|or|и|y|et|und|-|–)\s+)(?P<w2>(?:{alt})(?!\w)))?"
                      rf"(?:\s+(?P<q2>{after})(?!\w)(?!\s+(?:week|month|year|semaine|mois|année|settimana|mese|anno|semana|"
                      rf"mes|año|Woche|Monat|Jahr)))?", re.I | re.U)


def _qualifiers_after() -> list[str]:
    """The qualifiers that may follow a weekday: those of 'last' and 'next' in the languages that put them after
    ('prossimo', 'prochain', 'dernier', 'pasado')."""
    return list(_calendar()["qualifiers_after"])


@lru_cache(maxsize=1)
def _weekday_re() -> re.Pattern:
    return _weekday_pattern()


@lru_cache(maxsize=16)
def _relative_re(language: str) -> re.Pattern | None:
    words = {**_calendar()["relative_days"].get("en", {}), **_calendar()["relative_days"].get(language, {})}
    if not words:
        return None
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    if language == "zh":
        return re.compile(rf"({alt})")
    flags = re.U if language == "de" else re.U | re.I  # German 'Morgen' is the morning, 'morgen' tomorrow
    return re.compile(rf"(?<![\w'’])(?<!la )(?<!por la )(?<!esta )({alt})(?![\w'’])", flags)


@lru_cache(maxsize=16)
def _vague_re(language: str) -> re.Pattern | None:
    phrases = [*_calendar()["vague"].get("en", []), *(_calendar()["vague"].get(language, []) if language != "en" else [])]
    if not phrases:
        return None
    alt = "|".join(sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?:(?<=\W)|^)(?:{alt})(?=\W|$)" if language not in ("zh", "ja") else rf"(?:{alt})", re.I | re.U)


@lru_cache(maxsize=1)
def _month_offsets() -> tuple[tuple[re.Pattern, int], ...]:
    """Every language's: the vague words were found in the article's own language already."""
    tables = _calendar()["month_offsets"].values()
    return tuple((re.compile(p, re.I | re.U), int(n)) for table in tables for p, n in table.items())


def _vague_month(m: Mention, base: dt.date | None) -> Resolved:
    """'later this month', 'next month': the month counted from the publication date; other vague words name none."""
    for pattern, offset in _month_offsets():
        if base is not None and pattern.fullmatch(m.text.strip()):
            index = base.year * 12 + base.month - 1 + offset
            return Resolved(f"{index // 12:04d}-{index % 12 + 1:02d}", None, "month counted from the publication date")
    return Resolved(None, None, "no day in these words")


def _relative_offset(word: str, language: str) -> int | None:
    table = {**_calendar()["relative_days"].get("en", {}), **_calendar()["relative_days"].get(language, {})}
    for key, value in table.items():
        if key.lower() == word.lower():
            return int(value)
    return None


def _spans(text: str, language: str) -> list[Mention]:
    """Every candidate mention, overlapping ones included."""
    found: list[Mention] = []
    for kind, pattern, groups in _COMPILED:
        for m in pattern.finditer(text):
            mention = _from_groups(kind, m, groups)
            if mention:
                found.append(mention)
    pos = 0
    while (found_month := _month_only(language).search(text, pos)) is not None:
        m = found_month
        month = month_number(m.group(3))
        if not month:  # 'in the' is no month: look again from the next word ('in the second half of August')
            pos = m.start() + 1
            continue
        qualifier = (m.group(1) or m.group(2) or "").lower() or None
        found.append(Mention(m.start(), m.end(), m.group(0), "month", month=month, year=_number(m.group(4)),
                             qualifier=qualifier if qualifier in ("last", "next", "this", "past") else None))
        pos = m.end()
    for m in _CJK_MONTH.finditer(text):
        q = {"去年": "last_year", "今年": "this_year", "明年": "next_year"}.get(m.group(1) or "")
        if 1 <= int(m.group(2)) <= 12:
            found.append(Mention(m.start(), m.end(), m.group(0), "month", month=int(m.group(2)), qualifier=q))
    for m in _CJK_DAY.finditer(text):
        if 1 <= int(m.group(1)) <= 31:
            found.append(Mention(m.start(), m.end(), m.group(0), "date", day=int(m.group(1))))
    for m in _weekday_re().finditer(text):
        q = _qualifiers().get((m.group("q") or m.group("q2") or "").lower())
        w = _weekdays()[m.group("w").lower()]
        w2 = _weekdays()[m.group("w2").lower()] if m.group("w2") else None
        start = m.start() if m.group("q") else m.start("w")
        found.append(Mention(start, m.end(), text[start:m.end()], "weekday_range" if w2 is not None else "weekday",
                             weekday=w, end_weekday=w2, qualifier=q))
    if rel := _relative_re(language):
        for m in rel.finditer(text):
            offset = _relative_offset(m.group(1), language)
            if offset is not None:
                found.append(Mention(m.start(1), m.end(1), m.group(1), "relative", offset=offset))
    for m in _DAYS_COUNT.finditer(text):
        n = int(m.group(1)) if m.group(1).isdigit() else _SMALL[m.group(1).lower()]
        sign = -1 if m.group(2).lower() in ("ago", "earlier", "before") else 1
        found.append(Mention(m.start(), m.end(), m.group(0), "relative", offset=sign * n))
    if vague := _vague_re(language):
        for m in vague.finditer(text):
            before = text[max(0, m.start() - 60):m.start()]
            if not (_A_COUNT_OF_UNITS.match(m.group(0)) and _A_SPAN_SINCE.search(before)):
                found.append(Mention(m.start(), m.end(), m.group(0), "vague"))
    for m in _YEAR_ONLY.finditer(text):
        found.append(Mention(m.start(), m.end(), m.group(0), "year", year=int(m.group(1))))
    return found


# 'the first such swap in five months', 'the only contact in six months': a span of time up to now, not a time
# ahead (a noun phrase between: 'the first convoy is due to cross in five months' is ahead)
_A_SPAN_SINCE = re.compile(r"(?<!\w)(?:first|only|highest|lowest|largest|biggest|worst|best|longest|deadliest|most)"
                           r"(?:\s+(?!(?:is|are|was|were|will|would|to|due|set|be)\s)[\w'’-]+){0,3}\s+$", re.I)
_A_COUNT_OF_UNITS = re.compile(r"^in\s.*\b(?:days|weeks|months|week|month|fortnight)$", re.I)
_PRIORITY = {"range": 0, "date": 1, "weekday_range": 2, "month": 3, "relative": 4, "weekday": 5, "vague": 6, "year": 7}
_JOIN = re.compile(r"^[\s,(]*(?:the\s+|le\s+|el\s+|den\s+)?$", re.I)
_CLOSE = re.compile(r"^\s*\)")


def _merge(a: Mention, b: Mention, text: str) -> Mention:
    """A weekday or relative day next to an explicit date ('Sunday (1 February)', 'today, Friday, January 23,
    2026') is one expression: the date, with the weekday kept to fix its year."""
    start, end = min(a.start, b.start), max(a.end, b.end)
    if end < len(text) and _CLOSE.match(text[end:end + 3]) and "(" in text[start:end]:
        end = text.index(")", end) + 1
    dated, other = (a, b) if a.kind in ("date", "range") else (b, a)
    weekday = dated.weekday if dated.weekday is not None else other.weekday
    qualifier = dated.qualifier or other.qualifier
    offset = dated.offset if dated.offset is not None else other.offset
    return replace(dated, start=start, end=end, text=text[start:end], weekday=weekday, qualifier=qualifier, offset=offset)


def find_mentions(text: str, language: str = "en") -> list[Mention]:
    """Non-overlapping date expressions in reading order; a weekday beside a date is merged into it."""
    candidates = sorted(_spans(text, language), key=lambda m: (-(m.end - m.start), _PRIORITY[m.kind], m.start))
    taken: list[Mention] = []
    for m in candidates:
        if all(m.end <= t.start or m.start >= t.end for t in taken):
            taken.append(m)
    taken.sort(key=lambda m: m.start)
    merged: list[Mention] = []
    for m in taken:
        prev = merged[-1] if merged else None
        joinable = prev is not None and _JOIN.match(text[prev.end:m.start]) and (
            (prev.kind in ("weekday", "relative") and m.kind in ("date", "range"))
            or (prev.kind in ("date", "range") and m.kind == "weekday" and "(" in text[prev.end:m.start])
            or (prev.kind == "relative" and m.kind == "weekday"))
        if joinable and prev is not None:
            merged[-1] = _merge(prev, m, text) if m.kind != "weekday" or prev.kind != "relative" else \
                replace(prev, end=m.end, text=text[prev.start:m.end], weekday=m.weekday)
        else:
            merged.append(m)
    # 'today, Friday, January 23, 2026': relative + weekday merged first, then the date
    out: list[Mention] = []
    for m in merged:
        if out and out[-1].kind == "relative" and m.kind in ("date", "range") and _JOIN.match(text[out[-1].end:m.start]):
            out[-1] = _merge(out[-1], m, text)
        else:
            out.append(m)
    return _shared_year(_with_year_words(_next_days_joined([_without_full_stop(m) for m in out], text), text, language),
                        text)


def _shared_year(mentions: list[Mention], text: str) -> list[Mention]:
    """Dates listed with one year after the last take that year ('on 16 May and 2 June 2025': both in 2025), when
    they come in the order of that year's calendar."""
    out = list(mentions)
    for i in range(len(out) - 2, -1, -1):
        m, after = out[i], out[i + 1]
        if m.kind in ("date", "range") and m.year is None and m.qualifier is None and m.month and after.year \
                and after.kind in ("date", "range") and after.month and _listed(text[m.end:after.start]) \
                and ((m.end_month or m.month), (m.end_day or m.day or 0)) <= (after.month, after.day or 0):
            out[i] = replace(m, year=after.year, end_year=after.year if m.kind == "range" else m.end_year)
    return out


_AND = re.compile(r"^\s*,?\s*(?:and|et|und|y|e|i|и)\s+(?:on\s+|le\s+|am\s+|el\s+)?$", re.I)


def _listed(between: str) -> bool:
    """The words between two dates list them: 'and', a comma."""
    return _AND.match(between) is not None or re.fullmatch(r"\s*,\s+", between) is not None


def _next_days_joined(mentions: list[Mention], text: str) -> list[Mention]:
    """A date and the next day joined by 'and' are one stretch of days: 'on Thursday (May 21) and Friday',
    'Thursday, May 21, and Friday, May 22' -> 21-22 May."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "date" and prev.day and prev.month and _AND.match(text[prev.end:m.start]):
            day_of = _safe(2001 if prev.year is None else prev.year, prev.month, prev.day)
            after = day_of + dt.timedelta(days=1) if day_of else None
            follows = (m.kind == "weekday" and prev.weekday is not None and m.weekday == (prev.weekday + 1) % 7) \
                or (m.kind == "date" and after is not None and (m.month, m.day) == (after.month, after.day))
            if follows and day_of is not None and after is not None:
                out[-1] = replace(prev, kind="range", end=m.end, text=text[prev.start:m.end], end_day=after.day,
                                  end_month=after.month, end_year=prev.year and prev.year + (after.year - day_of.year),
                                  end_weekday=(prev.weekday + 1) % 7 if prev.weekday is not None else None)
                continue
        out.append(m)
    return out


@lru_cache(maxsize=16)
def _year_words(language: str) -> dict[str, str]:
    """The words after a date that say its year, lower case -> last_year | this_year | next_year (calendar.yaml)."""
    table = _calendar()["year_after"]
    return {k.lower(): v for k, v in {**table.get("en", {}), **table.get(language, {})}.items()}


@lru_cache(maxsize=16)
def _year_after_re(language: str) -> re.Pattern:
    alternatives = "|".join(sorted((re.escape(w) for w in _year_words(language)), key=len, reverse=True))
    return re.compile(rf"^,?\s+(?:(?:of|de|del|des|do|da|di|dell['’])\s*)?({alternatives})(?![^\W\d_])", re.I)


def _with_year_words(mentions: list[Mention], text: str, language: str) -> list[Mention]:
    """A day or a month without a year followed by words that say its year ('on March 10 last year') is one
    expression, whose year is counted from the publication date; the year words are no mention of their own."""
    pattern, words = _year_after_re(language), _year_words(language)
    out: list[Mention] = []
    for m in mentions:
        if out and out[-1].end > m.start:  # the year words a mention before took
            continue
        found = pattern.match(text[m.end:]) if m.kind in ("date", "range", "month") and m.year is None else None
        if found and m.month is not None:
            end = m.end + found.end()
            m = replace(m, end=end, text=text[m.start:end], qualifier=words.get(found.group(1).lower().replace("’", "'")))
        out.append(m)
    return out


# month names of four letters or fewer that are no abbreviation: a full stop after them ends the sentence
_SHORT_MONTHS = {"may", "june", "july", "juni", "juli", "mai", "mayo", "maio", "mars", "juin", "août", "mei"}


def _without_full_stop(m: Mention) -> Mention:
    """The mention without the full stop that ends its sentence ('in April.', 'since January.'); an abbreviation
    keeps its own ('Jan.', 'Sept.')."""
    last = m.text.split()[-1] if m.text.split() else ""
    word = last[:-1].split("-")[-1]  # ('mid-June.')
    if last.endswith(".") and month_number(word) and (len(word) > 4 or word.lower() in _SHORT_MONTHS):
        return replace(m, end=m.end - 1, text=m.text[:-1])
    return m


# ---------------------------------------------------------------- resolution

@dataclass(frozen=True)
class Resolved:
    value: str | None  # "YYYY-MM-DD", "YYYY-MM" or None
    end: str | None = None  # last day of a range
    how: str = ""  # a short reason a person can read


@dataclass(frozen=True)
class Anchor:
    """What relative and yearless expressions are resolved against."""

    published: dt.date | None = None
    year_hint: int | None = None  # a year the article fixes elsewhere
    today: dt.date | None = None

    @property
    def reference_year(self) -> int:
        if self.published:
            return self.published.year
        if self.year_hint:
            return self.year_hint
        return (self.today or dt.date.today()).year


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def year_from_weekday(day: int, month: int, weekday: int, near: int) -> int | None:
    """The latest year up to `near` + 1 (looking back MAX_YEARS_BACK) in which day/month falls on `weekday`."""
    years = [y for y in range(near - MAX_YEARS_BACK, near + 2) if (d := _safe(y, month, day)) and d.weekday() == weekday]
    return max(years) if years else None


_YEAR_OFFSETS = {"last_year": -1, "this_year": 0, "next_year": 1}


def _closest_year(month: int, day: int, anchor: dt.date, status: str) -> int:
    options = [y for y in (anchor.year - 1, anchor.year, anchor.year + 1) if _safe(y, month, min(day, 28))]
    best = min(options, key=lambda y: abs((dt.date(y, month, min(day, 28)) - anchor).days))
    return best


def _year_for(m: Mention, day: int, month: int, anchor: Anchor, status: str) -> tuple[int | None, str]:
    if m.year:
        return m.year, "explicit year"
    if m.qualifier in _YEAR_OFFSETS and anchor.published:
        return anchor.published.year + _YEAR_OFFSETS[m.qualifier], "year counted from the publication date"
    if m.weekday is not None:
        year = year_from_weekday(day, month, m.weekday, anchor.reference_year)
        if year:
            return year, "year fixed by the weekday"
    if anchor.published:
        return _closest_year(month, day, anchor.published, status), "year from the publication date"
    if anchor.year_hint:
        return anchor.year_hint, "year from another date in the article"
    return None, "no year and no anchor"


def _weekday_date(weekday: int, qualifier: str | None, anchor: dt.date, status: str) -> dt.date:
    ahead = (weekday - anchor.weekday()) % 7
    if qualifier == "next":
        return anchor + dt.timedelta(days=ahead or 7)
    if qualifier == "last":
        return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7 or 7)
    if (qualifier == "this" and status != "held") or status in ("scheduled", "postponed", "cancelled"):
        return anchor + dt.timedelta(days=ahead)  # 'talks due on Monday were postponed'; 'this Friday' ahead
    # ('se reunieron este martes', 'met this Tuesday': a meeting held is the latest such day)
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)


def resolve(m: Mention, anchor: Anchor, status: str = "unknown", sentence_anchor: dt.date | None = None) -> Resolved:
    """The calendar date (and end) of one mention. `sentence_anchor` is an explicit date in the same sentence,
    used for weekdays and relative days when the article has no publication date."""
    if m.kind in ("date", "range"):
        return _bare_day(m, anchor) if m.month is None else _calendar_date(m, anchor, status)
    base = anchor.published or sentence_anchor
    if m.kind == "relative":
        if base is None or m.offset is None:
            return Resolved(None, None, "relative day with no publication date")
        return Resolved((base + dt.timedelta(days=m.offset)).isoformat(), None, "relative to the publication date")
    if m.kind in ("weekday", "weekday_range"):
        return _weekday(m, base, status)
    if m.kind == "month":
        return _month(m, anchor, base, status)
    return _vague_month(m, anchor.published)


def _bare_day(m: Mention, anchor: Anchor) -> Resolved:
    """'12日': the day of the publication date's month (the previous month when that day is still to come)."""
    base = anchor.published
    if base is None or m.day is None:
        return Resolved(None, None, "day with no month")
    month, year = base.month, base.year
    if m.day > base.day + 3:
        month, year = (month - 1, year) if month > 1 else (12, year - 1)
    day = _safe(year, month, m.day)
    return Resolved(day.isoformat() if day else None, None, "day in the month of the publication date")


def _calendar_date(m: Mention, anchor: Anchor, status: str) -> Resolved:
    assert m.day is not None and m.month is not None
    year, how = _year_for(m, m.day, m.month, anchor, status)
    if year is None:
        return Resolved(None, None, how)
    start = _safe(year, m.month, m.day)
    if start is None:
        return Resolved(None, None, "not a calendar date")
    if m.kind == "date":
        return Resolved(start.isoformat(), None, how)
    end_month = m.end_month or m.month
    end_year = m.end_year or (year + 1 if end_month < m.month else year)
    end = _safe(end_year, end_month, m.end_day or m.day)
    return Resolved(start.isoformat(), end.isoformat() if end and end > start else None, how)


def _weekday(m: Mention, base: dt.date | None, status: str) -> Resolved:
    if base is None or m.weekday is None:
        return Resolved(None, None, "weekday with no publication date")
    start = _weekday_date(m.weekday, m.qualifier, base, status)
    if m.kind == "weekday_range" and m.end_weekday is not None:
        span = (m.end_weekday - m.weekday) % 7
        if status == "held" and m.qualifier is None and start + dt.timedelta(days=span) > base:
            start -= dt.timedelta(days=7)
        return Resolved(start.isoformat(), (start + dt.timedelta(days=span)).isoformat(), "weekdays around the anchor")
    return Resolved(start.isoformat(), None, "weekday relative to the anchor")


def _month(m: Mention, anchor: Anchor, ref: dt.date | None, status: str) -> Resolved:
    """A month: its year from the words ('last August', '去年7月'), else the nearest to the anchor."""
    assert m.month is not None
    year: int | None = m.year
    if year is None and m.qualifier in _YEAR_OFFSETS:
        if ref is None:
            return Resolved(None, None, "month with no anchor")
        year = ref.year + _YEAR_OFFSETS[m.qualifier]
    if year is None and ref is not None:
        if m.qualifier in ("last", "past"):
            year = ref.year if m.month < ref.month else ref.year - 1
        elif m.qualifier == "next":
            year = ref.year if m.month > ref.month else ref.year + 1
        else:  # the nearest such month, as for a day without a year: the model's status is too often wrong to
            # move a date by a year ('to meet again in Yerevan in March', written in January, is not last March)
            year = _closest_year(m.month, 15, ref, status)
    year = year or anchor.year_hint
    if year is None:
        return Resolved(None, None, "month with no year and no anchor")
    return Resolved(f"{year:04d}-{m.month:02d}", None, "month only")


def year_hint(mentions: list[Mention], today: dt.date | None = None) -> int | None:
    """A year for yearless dates: the commonest explicit year of full dates, else one fixed by a weekday
    ('Sunday (1 February)')."""
    years = [m.year for m in mentions if m.explicit and m.year]
    if years:
        return max(set(years), key=years.count)
    near = (today or dt.date.today()).year
    for m in mentions:
        if m.explicit and m.weekday is not None and m.day and m.month:
            year = year_from_weekday(m.day, m.month, m.weekday, near)
            if year:
                return year
    return None


def first_date(text: str, language: str = "en") -> Mention | None:
    """The first explicit calendar date in `text` (for tests and small callers)."""
    return next((m for m in find_mentions(text, language) if m.explicit), None)


def resolve_text(text: str, published: dt.date | None = None, year_hint: int | None = None, status: str = "unknown",
                 today: dt.date | None = None, language: str = "en") -> Resolved:
    """Resolve the first date expression of `text`."""
    mentions = find_mentions(text, language)
    if not mentions:
        return Resolved(None, None, "no date words")
    return resolve(mentions[0], Anchor(published, year_hint, today), status)


def month_name(month: int) -> str:
    return calendar.month_name[month]
