import datetime as dt

import pytest

from summarizer import dates

PUB = dt.date(2026, 1, 26)  # a Monday


@pytest.mark.parametrize("text,published,hint,status,expected", [
    ("Sunday (1 February)", None, None, "scheduled", "2026-02-01"),  # weekday fixes the year
    ("on Sunday, February 1", None, None, "scheduled", "2026-02-01"),
    ("February 5", PUB, None, "held", "2026-02-05"),
    ("February 5", None, 2026, "held", "2026-02-05"),
    ("February 5", None, None, "held", None),  # no anchor: stays null
    ("26.01.2026", None, None, "held", "2026-01-26"),
    ("2025-07-02", None, None, "cancelled", "2025-07-02"),
    ("on Sunday", PUB, None, "held", "2026-01-25"),
    ("Thursday", PUB, None, "held", "2026-01-22"),
    ("next Tuesday", dt.date(2025, 2, 12), None, "scheduled", "2025-02-18"),
    ("yesterday", dt.date(2025, 2, 12), None, "held", "2025-02-11"),
    ("At the end of January", PUB, None, "held", "2026-01"),
    ("last week", PUB, None, "held", None),
    ("in the coming weeks", PUB, None, "scheduled", None),
    ("on Thursday", None, None, "held", None),
    ("15 de febrero de 2025", None, None, "scheduled", "2025-02-15"),
    ("5. März", None, None, "scheduled", None),
    ("December 30", dt.date(2026, 1, 2), None, "held", "2025-12-30"),  # closest year to the anchor
])
def test_date_expressions_resolve_against_their_anchor(text, published, hint, status, expected):
    assert dates.resolve(text, published=published, year_hint=hint, status=status,
                         today=dt.date(2026, 11, 23)).value == expected


def test_relative_weekday_resolves_against_publication_date():
    assert dates.resolve("on Tuesday", published=dt.date(2026, 1, 8)).value == "2026-01-06"


@pytest.mark.parametrize("lines,expected", [
    (["Title", "26.01.2026 5,60 B 5 Mins Read"], "2026-01-26"),
    (["Title", "اخبار العرب-كندا 24: الخميس 8 يناير 2026 12:56 مساءً"], "2026-01-08"),
    (["Title", "Publicado el 22 de enero de 2025"], "2025-01-22"),
    (["Title", "Published: 13 April 2025"], "2025-04-13"),
    (["Title", "Talks resumed on Friday."], None),
])
def test_publication_date_comes_from_the_dateline(lines, expected):
    found = dates.find_published(lines)
    assert (found.isoformat() if found else None) == expected


def test_year_hint_from_a_weekday_qualified_date():
    assert dates.year_hint_from_text("talks would continue this Sunday (1 February).", today=dt.date(2026, 11, 23)) == 2026
