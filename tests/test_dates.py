"""Date expressions are found and resolved in code (pure unit tests; the articles here are written for the tests)."""

import datetime as dt

import pytest

from summarizer import dates, dateline

TODAY = dt.date(2026, 11, 23)
PUB = dt.date(2026, 1, 26)  # a Monday


def resolve(text, published=None, hint=None, status="unknown", language="en"):
    r = dates.resolve_text(text, published=published, year_hint=hint, status=status, today=TODAY, language=language)
    return (r.value, r.end) if r.end else r.value


@pytest.mark.parametrize("text,published,hint,status,expected", [
    ("Sunday (1 February)", None, None, "scheduled", "2026-02-01"),  # the weekday fixes the year
    ("on Sunday, February 1", None, None, "scheduled", "2026-02-01"),
    ("February 5", PUB, None, "held", "2026-02-05"),
    ("February 5", None, 2026, "held", "2026-02-05"),
    ("February 5", None, None, "held", None),  # no anchor: stays null
    ("26.01.2026", None, None, "held", "2026-01-26"),
    ("17/11/2025", None, None, "held", "2025-11-17"),
    ("2025-07-02", None, None, "cancelled", "2025-07-02"),
    ("on Sunday", PUB, None, "held", "2026-01-25"),
    ("Thursday", PUB, None, "held", "2026-01-22"),
    ("next Tuesday", dt.date(2025, 2, 12), None, "scheduled", "2025-02-18"),
    ("yesterday", dt.date(2025, 2, 12), None, "held", "2025-02-11"),
    ("At the end of January", PUB, None, "held", "2026-01"),
    ("last August", dt.date(2026, 1, 7), None, "held", "2025-08"),
    ("in March", dt.date(2026, 1, 7), None, "scheduled", "2026-03"),
    ("in March", dt.date(2026, 1, 7), None, "held", "2026-03"),  # the nearest March: the status does not move it a year
    ("in October", dt.date(2025, 2, 1), None, "scheduled", "2024-10"),  # four months back, not eight ahead
    ("last week", PUB, None, "held", None),
    ("in the coming weeks", PUB, None, "scheduled", None),
    ("on Thursday", None, None, "held", None),
    ("15 de febrero de 2025", None, None, "scheduled", "2025-02-15"),
    ("5. März", None, None, "scheduled", None),
    ("December 30", dt.date(2026, 1, 2), None, "held", "2025-12-30"),  # the closest year to the anchor
])
def test_date_expressions_resolve_against_their_anchor(text, published, hint, status, expected):
    assert resolve(text, published, hint, status) == expected


@pytest.mark.parametrize("text,published,expected", [
    ("talks on Jan. 23-24", dt.date(2026, 1, 20), ("2026-01-23", "2026-01-24")),
    ("the round of February 17-18", dt.date(2026, 2, 18), ("2026-02-17", "2026-02-18")),
    ("a second round on 4-5 February", dt.date(2026, 2, 18), ("2026-02-04", "2026-02-05")),
    ("the meeting of 23–24 January 2026", None, ("2026-01-23", "2026-01-24")),
    ("del 4 al 6 de septiembre de 2025", None, ("2025-09-04", "2025-09-06")),
    ("from 30 January to 2 February", dt.date(2026, 1, 20), ("2026-01-30", "2026-02-02")),
    ("from 30 December to 2 January", dt.date(2026, 1, 20), ("2025-12-30", "2026-01-02")),
])
def test_ranges_keep_their_month_and_their_end(text, published, expected):
    assert resolve(text, published, status="held") == expected


def test_two_days_joined_by_and_are_a_range_and_this_weekday_ahead_unless_held():
    assert resolve("on 9 and 10 March 2026", dt.date(2026, 3, 11), status="held") == ("2026-03-09", "2026-03-10")
    assert resolve("March 9 and 10", dt.date(2026, 3, 11), status="held") == ("2026-03-09", "2026-03-10")
    assert resolve("this Friday", dt.date(2026, 5, 20), status="scheduled") == "2026-05-22"
    assert resolve("this Tuesday", dt.date(2026, 5, 20), status="held") == "2026-05-19"


def test_weekday_pair_is_a_range_before_the_publication_date():
    assert resolve("met on Monday and Tuesday", dt.date(2025, 11, 5), status="held") == ("2025-11-03", "2025-11-04")


@pytest.mark.parametrize("text,language,published,expected", [
    ("10–11 декабря", "ru", dt.date(2025, 12, 12), ("2025-12-10", "2025-12-11")),
    ("в понедельник", "ru", dt.date(2025, 6, 3), "2025-06-02"),
    ("5月10日至11日", "zh", dt.date(2025, 5, 12), ("2025-05-10", "2025-05-11")),
    ("去年7月", "zh", dt.date(2026, 1, 16), "2025-07"),
    ("le 28 avril dernier", "fr", dt.date(2025, 9, 16), "2025-04-28"),
    ("am Sonntag", "de", dt.date(2025, 11, 24), "2025-11-23"),
    ("hier", "fr", dt.date(2025, 9, 16), "2025-09-15"),
    ("hier", "de", dt.date(2025, 9, 16), None),  # 'hier' is 'here' in German
    ("por la mañana", "es", dt.date(2025, 9, 16), None),  # the morning, not tomorrow
    ("los días 4 y 5 de febrero", "es", dt.date(2026, 2, 10), ("2026-02-04", "2026-02-05")),
    ("este martes", "es", dt.date(2026, 5, 20), "2026-05-19"),  # held: the latest Tuesday, not the next one
    ("mercoledì prossimo", "it", dt.date(2026, 8, 9), "2026-08-12"),  # a qualifier after the weekday
    ("mardi dernier", "fr", dt.date(2026, 8, 9), "2026-08-04"),
    ("a settembre", "it", dt.date(2026, 8, 9), "2026-09"),  # Italian 'a' leads a month
    ("entro ottobre", "it", dt.date(2026, 8, 9), "2026-10"),
    ("il 14 e 15 marzo", "it", dt.date(2026, 3, 20), ("2026-03-14", "2026-03-15")),  # Italian 'e' joins two days
    ("dal 3 al 5 luglio", "it", dt.date(2026, 7, 10), ("2026-07-03", "2026-07-05")),
    ("os dias 8 e 9 de maio", "pt", dt.date(2026, 5, 12), ("2026-05-08", "2026-05-09")),
])
def test_other_languages(text, language, published, expected):
    assert resolve(text, published, status="held", language=language) == expected


@pytest.mark.parametrize("text,language,words,expected", [
    ("The accord was signed in Nairobi on June 2 last year.", "en", "June 2 last year", "2025-06-02"),
    ("They hope to sign it in October next year.", "en", "in October next year", "2027-10"),
    ("L'accord signé le 3 juin de l'année dernière reste lettre morte.", "fr", "3 juin de l'année dernière", "2025-06-03"),
    ("El acuerdo del 8 de mayo del año pasado sigue vigente.", "es", "8 de mayo del año pasado", "2025-05-08"),
    ("Das Abkommen vom 3. Mai letzten Jahres gilt weiter.", "de", "3. Mai letzten Jahres", "2025-05-03"),
    ("Переговоры 12 мая прошлого года закончились ничем.", "ru", "12 мая прошлого года", "2025-05-12"),
])
def test_year_words_after_a_day_or_a_month_give_its_year_from_the_publication_date(text, language, words, expected):
    found = [m for m in dates.find_mentions(text, language) if m.kind != "year"]
    assert [m.text for m in found] == [words], "the year words are part of the date, not a vague date of their own"
    anchor = dates.Anchor(dt.date(2026, 3, 12), None, TODAY)
    assert dates.resolve(found[0], anchor, "held").value == expected


def test_year_words_after_a_comma_and_a_conjunction_belong_to_another_clause():
    found = dates.find_mentions("They met on March 10, and last year they signed nothing.")
    assert [(m.text, m.kind) for m in found] == [("March 10", "date"), ("last year", "vague")]


def test_mentions_do_not_overlap_and_a_weekday_beside_a_date_is_one_expression():
    text = "A US official said on Saturday that talks would continue this Sunday (1 February)."
    found = dates.find_mentions(text)
    assert [m.text for m in found] == ["Saturday", "this Sunday (1 February)"]
    assert found[1].weekday == 6 and found[1].day == 1


def test_the_full_stop_that_ends_a_sentence_is_no_part_of_a_month_but_an_abbreviation_keeps_its_own():
    text = ("They met in April. Talks resume in June. Nothing happened since January. A summit in Jan. or on Sept. 4. "
            "They meet again in mid-June.")
    assert [(m.text, text[m.start:m.end]) for m in dates.find_mentions(text)] == [
        ("in April", "in April"), ("in June", "in June"), ("since January", "since January"), ("in Jan.", "in Jan."),
        ("Sept. 4", "Sept. 4"), ("mid-June", "mid-June")]


def test_a_month_word_needs_a_number_or_a_preposition():
    assert dates.find_mentions("Officials may meet again; the march went ahead.") == []
    assert dates.find_mentions("Officials called a march for Sunday.")[0].text == "Sunday", \
        "'a' leads a month in Italian only: 'a march' is no month in English"


@pytest.mark.parametrize("text,language,words", [
    ("A second meeting could be held in Lahore in the autumn.", "en", "in the autumn"),
    ("They hope to sign next spring.", "en", "next spring"),
    ("Ein weiteres Treffen ist im Herbst geplant.", "de", "im Herbst"),
    ("Il vertice si terrà in autunno.", "it", "in autunno"),
    ("La cumbre será en otoño.", "es", "en otoño"),
])
def test_a_season_is_a_vague_date(text, language, words):
    assert [(m.text, m.kind) for m in dates.find_mentions(text, language)] == [(words, "vague")]
    assert dates.find_mentions("after the fall of Kabul", "en") == []


def test_a_count_of_weeks_ahead_is_a_vague_date_and_a_weekday_of_next_week_keeps_its_week():
    found = dates.find_mentions("The next round should take place in about two weeks, Umerov said.")
    assert [(m.text, m.kind) for m in found] == [("in about two weeks", "vague")]
    found = dates.find_mentions("They meet on Tuesday next week.")
    assert [(m.text, m.kind, m.qualifier) for m in found] == [("Tuesday", "weekday", None), ("next week", "vague", None)]


def test_year_hint_comes_from_explicit_years_then_weekdays():
    assert dates.year_hint(dates.find_mentions("Sunday (1 February) and 5 March"), TODAY) == 2026
    assert dates.year_hint(dates.find_mentions("On 15 August 2025 they met"), TODAY) == 2025


# ---------------------------------------------------------------- publication date

@pytest.mark.parametrize("text,expected", [
    ("Title\n26.01.2026 5,60 B 5 Mins Read\nBody text that is long enough to be the story of the page here now.", "2026-01-26"),
    ("Title\nاخبار العرب-كندا 24: الخميس 8 يناير 2026 12:56 مساءً\nBody", "2026-01-08"),
    ("Title\nPublicado el 22 de enero de 2025\nCuerpo", "2025-01-22"),
    ("Title\ndate 2026-01-07\nBody", "2026-01-07"),
    ("Title\nTalks resumed on Friday.", None),
])
def test_publication_date_comes_from_the_header(text, expected):
    found = dateline.find_published(text, today=TODAY)
    assert (found.date.isoformat() if found else None) == expected


def test_today_with_weekday_and_date_in_the_body_is_the_publication_date():
    text = ("Live updates\nGood morning. Today, Friday, January 23, 2026, delegations meet in the Emirati capital for "
            "talks that officials expect to last two days.")
    assert dateline.find_published(text, today=TODAY).date == dt.date(2026, 1, 23)


def test_a_wire_dateline_without_a_year_takes_it_from_the_weekday():
    text = ("Headline of the story\nGENEVA, Feb 18 (Wire) - Negotiators ended two days of talks in Geneva on "
            "Wednesday without a breakthrough, officials said after the final session.")
    assert dateline.find_published(text, today=TODAY).date == dt.date(2026, 2, 18)


def test_a_wire_dateline_s_weekday_may_be_the_day_before_and_an_updated_line_may_follow_a_caption():
    # 'Oct 14 ... on Tuesday': Tuesday 13 October 2026 (a Wednesday's story), not Tuesday 14 October 2025
    text = ("Headline of the story\nCHISINAU, Oct 14 (Wire) - The two leaders held their first meeting in a year in "
            "the Slovak capital on Tuesday but failed to narrow their differences, officials said.")
    assert dateline.find_published(text, today=TODAY).date == dt.date(2026, 10, 14)
    page = ("Talks end without a deal\nThe chief negotiator, left, arrives for the talks at the Palais des Nations "
            "in Geneva on the first morning of the round. (Photo: Agency)\nUpdated April 9, 2026, 6:15pm\nThe latest "
            "round of talks on the security situation ended in Geneva without progress on the main issues.")
    assert dateline.find_published(page, today=TODAY).date == dt.date(2026, 4, 9)


def test_an_agency_dateline_with_the_agency_between_slashes_takes_its_year_from_the_lead_s_weekday():
    # 'MOSCOW, March 3. /Agency/. ...': the agency's name between slashes stands where other wires put a dash
    # (after a standfirst long enough to seem the body's first line)
    text = ("Minister says the next round is being prepared\nThe second day of the consultations lasted about two "
            "hours, and the sides agreed to meet again soon, the head of the delegation said\n"
            "MOSCOW, March 3. /Agency/. The next round of the "
            "consultations is being prepared, the deputy foreign minister told reporters on Tuesday, adding that "
            "no venue had yet been chosen.")
    found = dateline.find_published(text, today=TODAY)
    assert found.date == dt.date(2026, 3, 3) and text[found.start:found.end] == "March 3"
    # a slash inside a sentence is no dateline
    body = ("Story\nOfficials said on Tuesday that the 50/50 split of the revenue, agreed in March, was still "
            "not in force, and that talks would go on.")
    assert dateline.find_published(body, today=TODAY) is None


def test_a_dateline_with_the_place_in_ordinary_case_and_a_numeric_date():
    text = ("Wahlen vertagt\nWien, 03.02.2026 (APA) – Die Gespräche zwischen den beiden Delegationen wurden am Dienstag "
            "ohne Ergebnis abgebrochen, teilte das Außenministerium mit.")
    found = dateline.find_published(text, "de", today=TODAY)
    assert found.date == dt.date(2026, 2, 3) and text[found.start:found.end] == "03.02.2026"
    # a sentence that opens with a place and a comma is no dateline unless the date follows the comma
    body = ("Story\nMoscow, which has made the same demand since 12 May 2025, said again on Monday that it "
            "wants the talks to continue in Istanbul.")
    assert dateline.find_published(body, today=TODAY) is None


def test_a_background_date_is_not_the_publication_date():
    text = ("Digest\n23 January, 12:17\nWhat each side wants\n"
            "The first meeting opened in Abu Dhabi on Friday, 23 January, and continues on Saturday, officials said today.\n"
            "On 15 August 2025, the two presidents met in Anchorage for a summit that produced no agreement at all.")
    found = dateline.find_published(text, today=TODAY)
    assert found.date == dt.date(2026, 1, 23) and text[found.start:found.end] == "23 January"


def test_no_header_date_and_a_dated_body_sentence_gives_no_publication_date():
    text = ("Talks continue\nOn 15 August 2025, the presidents of the two countries met in Anchorage for a summit "
            "that produced no agreement, and the talks have continued at a lower level since then.")
    assert dateline.find_published(text, today=TODAY) is None


@pytest.mark.parametrize("text,words", [
    ("The talks will be held in the second half of August.", "the second half of August"),  # after 'in the'
    ("A deal is expected in late August, officials said.", "late August"),
    ("In the meantime, the sides will meet in March 2024 again.", "in March 2024"),
    ("The envoys are due back in the third week of October.", "the third week of October"),  # a week of a month
])
def test_a_month_with_its_lead_words_is_found_after_words_that_are_no_month(text, words):
    found = [m for m in dates.find_mentions(text, "en") if m.kind == "month"]
    assert [m.text.rstrip(".") for m in found] == [words]


@pytest.mark.parametrize("text,month", [("talks resume in mid-February", 2), ("a deal by mid-March", 3),
                                         ("a round in mid March", 3)])
def test_the_middle_of_a_month_is_a_month_with_or_without_a_hyphen(text, month):
    found = dates.find_mentions(text)
    assert [(m.kind, m.month) for m in found] == [("month", month)]


@pytest.mark.parametrize("text,language,words", [
    ("Весной 2024 года стороны согласовали первый участок.", "ru", "Весной 2024 года"),
    ("Они встретятся летом.", "ru", "летом"),
    ("They first met in the spring of 2024.", "en", "in the spring of 2024"),
    ("双方计划明年春季再次会晤。", "zh", "明年春季"),
])
def test_a_season_with_its_year_is_a_vague_date_in_more_languages(text, language, words):
    assert (words, "vague") in [(m.text, m.kind) for m in dates.find_mentions(text, language)]


@pytest.mark.parametrize("line,language,day", [
    ("Bogotá, 3 dic (EFE).- El Gobierno y la guerrilla concluyeron este jueves", "es", dt.date(2026, 12, 3)),
    ("Lisboa, 9 fev (Lusa) - O Governo e a oposição concluíram na segunda-feira", "pt", dt.date(2026, 2, 9)),
    ("Roma, 14 lug (ANSA) - Il governo e i sindacati hanno concluso martedì", "it", dt.date(2026, 7, 14))])
def test_an_agency_dateline_with_an_abbreviated_month_of_its_language_gives_the_publication_date(line, language, day):
    text = f"Title\n\n{line} una nueva ronda de negociaciones en la capital, sin acuerdo sobre el calendario electoral.\n"
    # (the year from the weekday of the lead: a dateline without a year is never dated by guess)
    assert dateline.find_published(text, language=language, today=TODAY.replace(month=12, day=31)).date == day


def test_a_date_and_the_next_day_joined_by_and_are_one_stretch_of_days():
    assert resolve("met on Wednesday (April 8) and Thursday", dt.date(2026, 4, 10), status="held") == \
        ("2026-04-08", "2026-04-09")
    assert resolve("on Wednesday, April 8, and Thursday, April 9", dt.date(2026, 4, 10), status="held") == \
        ("2026-04-08", "2026-04-09")
    assert resolve("on 31 December 2025 and 1 January 2026", dt.date(2026, 1, 3), status="held") == \
        ("2025-12-31", "2026-01-01")
    kinds = [m.kind for m in dates.find_mentions("on Wednesday (April 8) and Saturday")]
    assert kinds == ["date", "weekday"]  # not the next day: two dates


def test_a_short_line_of_a_date_and_a_time_under_the_first_paragraph_is_the_publication_date():
    text = ("Amira Haddad\n@amira_reports\n1/ Thread on today's talks between Lebanon and Israel in Naqoura, with the "
            "US mediating, and what each side wants.\n4:12 PM · Apr 9, 2026 · 12K Views\n2/ They met on Thursday.\n")
    assert dateline.find_published(text, today=TODAY).date == dt.date(2026, 4, 9)
    # a line of words that holds a date is no date line
    text = text.replace("4:12 PM · Apr 9, 2026 · 12K Views", "Talks resume on Apr 9, 2026")
    assert dateline.find_published(text, today=TODAY) is None


def test_a_wire_dateline_under_a_headline_long_enough_to_seem_the_body_is_read():
    text = ("Gobierno y rebeldes cierran en Doha otro ciclo de conversaciones sin acuerdo sobre las zonas de "
            "concentración temporal\n\nCali, 5 mar (Agencia).- Las delegaciones concluyeron este jueves en Doha el "
            "tercer ciclo de conversaciones, informaron en un comunicado.")
    found = dateline.find_published(text, "es", today=TODAY)
    assert found is not None and found.date == dt.date(2026, 3, 5) and text[found.start:found.end] == "5 mar"


@pytest.mark.parametrize("line, language, expected", [
    ("Ciudad de México, miércoles 11 de marzo de 2026", "es", dt.date(2026, 3, 11)),
    ("Buenos Aires, 4 de febrero de 2026", "es", dt.date(2026, 2, 4)),
    ("Port of Spain, Tuesday 3 March 2026", "en", dt.date(2026, 3, 3)),
])
def test_a_place_of_several_words_and_a_date_under_the_byline_give_the_publication_date(line, language, expected):
    deck = ("La delegación rechazó la propuesta de la otra parte y pidió más tiempo para consultar a su gobierno "
            "antes de la próxima reunión en la capital")
    text = f"Titular corto\n\n{deck}\n\nPor Ana Ruiz\n{line}\n\nLas delegaciones concluyeron el martes la ronda."
    found = dateline.find_published(text, language, today=TODAY)
    assert found is not None and found.date == expected and text[found.start:found.end].endswith(line[-4:])
    # the same line with more words than a place before its comma is no date line
    wordy = text.replace(line, "Las partes se reunirán otra vez, " + line.split(", ", 1)[1])
    assert dateline.find_published(wordy, language, today=TODAY) is None


def test_polish_dates_ranges_weekdays_relative_days_and_a_month_alone_are_found():
    from summarizer import language
    text = ("Pierwsza runda odbyła się 23-24 stycznia. Delegacje zakończyły w czwartek rozmowy. Następna runda ma się "
            "odbyć w drugiej połowie lutego, a wczoraj nie rozmawiano.")
    assert language.detect(text) == "pl"
    assert [(m.text, m.kind) for m in dates.find_mentions(text, "pl")] == [
        ("23-24 stycznia", "range"), ("czwartek", "weekday"), ("w drugiej połowie lutego", "month"),
        ("wczoraj", "relative")]


@pytest.mark.parametrize("text, language, expected", [
    ("The next round could take place in Geneva later this month.", "en", "2026-01"),
    ("Inspectors will visit the sites before the end of the month.", "en", "2026-01"),
    ("A third round is planned for next month.", "en", "2026-02"),
    ("The envoys met late last month in Doha.", "en", "2025-12"),
    ("Les délégations se retrouveront le mois prochain.", "fr", "2026-02"),
    ("Следующий раунд пройдёт в следующем месяце.", "ru", "2026-02"),
])
def test_vague_words_that_name_a_month_give_that_month_counted_from_the_publication_date(text, language, expected):
    assert dates.resolve_text(text, published=dt.date(2026, 1, 15), language=language).value == expected


@pytest.mark.parametrize("text", ["Talks will resume next week.", "The talks collapsed the following month.",
                                  "Fighting has raged over the past month.", "They will meet again in the coming months."])
def test_vague_words_that_name_no_month_or_count_from_another_event_stay_without_a_date(text):
    assert dates.resolve_text(text, published=dt.date(2026, 1, 15)).value is None


def test_vague_month_words_without_a_publication_date_stay_without_a_date():
    assert dates.resolve_text("The envoys met last month.").value is None


def test_an_editor_s_note_in_brackets_is_not_the_body_and_a_date_line_may_say_how_long_ago_it_changed():
    # written for this test: a correction note long enough to seem the body's first line, then a byline and a line
    # with a clock, its zone and 'Updated 3 hours ago'
    text = ("UPDATE 1-Talks end\n(Corrects name of the mediator in paragraph 4 and the day of the next round in "
            "paragraph 6, which is May 9, not May 8, and adds background)\nBy A Writer\n"
            "June 2, 2026 4:05 PM GMT+2 Updated 3 hours ago\n"
            "VIENNA (Wire) - The two delegations ended a day of talks on Tuesday without agreement on the border, "
            "officials said.")
    found = dateline.find_published(text, today=TODAY)
    assert found.date == dt.date(2026, 6, 2) and text[found.start:found.end] == "June 2, 2026"
    # under a caption long enough to seem the body too; a line with other words is still no date line there
    caption = text.replace("By A Writer\n", "The chief negotiator arrives for the talks at the ministry in Vienna on "
                           "the first morning of the round, with his deputy and two advisers (Photo: Agency)\n")
    assert dateline.find_published(caption, today=TODAY).date == dt.date(2026, 6, 2)
    other = caption.replace("Updated 3 hours ago", "Vienna talks end").replace("VIENNA (Wire) - ", "")
    assert dateline.find_published(other, today=TODAY) is None


@pytest.mark.parametrize("closing", ["Istanbul, 6 March 2026", "Done in Luanda, on 6 March 2026."])
def test_the_place_and_date_a_statement_ends_with_is_its_date(closing):
    # written for this test: a title line too long for a header, no dateline, the date only in the closing line
    text = ("Ministry of Foreign Affairs\nNo: 12, Press Release Regarding the Second Round of the Talks Between the "
            "Two Delegations Held in the City Today\nThe second round was held today under the chairmanship of the "
            "minister, who recalled the first round of 16 May 2025 and thanked both delegations for their work.\n"
            "The delegations agreed to continue the exchanges of prisoners and to set up two working groups.\n"
            "The ministry will continue to support the talks.\n"
            f"{closing}\n")
    found = dateline.find_published(text, today=TODAY)
    assert found.date == dt.date(2026, 3, 6) and found.how == "closing place and date"
    # not a closing line that says more, nor a date a closing sentence only names
    assert dateline.find_published(text.replace(closing, f"{closing}: the minister's remarks"), today=TODAY) is None
    assert dateline.find_published(text.replace(closing, "They met again on 6 March 2026."), today=TODAY) is None


def test_dates_listed_before_one_year_take_that_year():
    # written for this test: the year stands only after the last date of the list
    found = dates.find_mentions("The rounds held in Vienna on 14 May, 3 June and 9 July 2025 produced nothing.")
    assert [(m.text, m.year) for m in found] == [("14 May", 2025), ("3 June", 2025), ("9 July 2025", 2025)]
    assert resolve("on 14 May and 3 June 2025", dt.date(2026, 3, 6), None, "held") == "2025-05-14"
    # not dates out of that year's order, nor a date the list does not join
    assert [m.year for m in dates.find_mentions("on 30 December and on 2 January 2026")] == [None, 2026]
    assert [m.year for m in dates.find_mentions("They met on 14 May. On 3 June 2025 they met again.")] == [None, 2025]


@pytest.mark.parametrize("text,language,words", [
    ("Las delegaciones volverán a reunirse la primera semana de abril.", "es", "la primera semana de abril"),
    ("I negoziatori torneranno a Roma nella terza settimana di maggio.", "it", "terza settimana di maggio"),
])
def test_a_week_of_a_month_is_a_month_in_other_languages_too(text, language, words):
    assert [m.text for m in dates.find_mentions(text, language) if m.kind == "month"] == [words]


def test_a_weekend_paper_s_wire_dateline_may_tell_the_talks_of_two_days_before():
    # 'Oct 4 ... ended on Friday': Sunday 4 October 2026 (a weekend edition), not Saturday 4 October 2025
    text = ("Headline of the story\nLUSAKA, Zambia, Oct 4 – Three days of talks between the two governments ended on "
            "Friday without an agreement on the border, officials said.")
    assert dateline.find_published(text, today=TODAY).date == dt.date(2026, 10, 4)


@pytest.mark.parametrize("text, language, value", [
    ("Une nouvelle séance pourrait se tenir d'ici la fin du mois à Genève.", "fr", "2026-03"),
    ("Les experts se retrouveront ce mois-ci.", "fr", "2026-03"),
    ("La próxima ronda será a finales de mes en La Habana.", "es", "2026-03"),
    ("The next meeting of the commission is planned for April in Nairobi.", "en", "2026-04"),
])
def test_a_month_counted_to_its_end_and_a_month_a_meeting_is_planned_for(text, language, value):
    found = dates.find_mentions(text, language)
    assert found, text
    anchor = dates.Anchor(dt.date(2026, 3, 7), 2026, TODAY)
    assert dates.resolve(found[0], anchor, "scheduled").value == value


@pytest.mark.parametrize("text", [
    "Officials agreed to exchange 200 detainees, the first such swap in five months.",
    "Shelling reached its highest level in three weeks.",
    "It was the only direct contact in six months between the two delegations.",
])
def test_a_span_up_to_now_after_a_first_or_a_superlative_is_no_date_ahead(text):
    assert dates.find_mentions(text, "en") == []


def test_a_count_of_months_ahead_is_still_a_vague_date():
    found = dates.find_mentions("The first convoy is due to cross in five months, the envoy said.", "en")
    assert [(m.text, m.kind) for m in found] == [("in five months", "vague")]


@pytest.mark.parametrize("line", ["Publiziert: 17.03.2026, 19:05 Uhr", "Erschienen am 17.03.2026", "Aggiornato 17/03/2026"])
def test_a_published_line_after_a_long_standfirst_gives_the_date_in_more_languages(line):
    text = ("Ausland\n\nGespräche in Genf: kleine Schritte\n\nDie beiden Seiten einigen sich auf neue Übergänge, in der "
            f"Kernfrage liegen sie aber weiter weit auseinander, wie beide Delegationen sagten.\n\n{line}\n\nGenf. Die "
            "Delegationen trafen sich am Montag und Dienstag im Palais des Nations zu informellen Gesprächen.\n")
    assert dateline.find_published(text, "de", TODAY).date == dt.date(2026, 3, 17)


def test_a_hard_wrapped_standfirst_is_one_line_and_the_updated_line_under_the_byline_is_read():
    text = ("World\n\nTalks: where things stand after Geneva\n\n"
            "Three days of meetings in Switzerland ended with a prisoner deal and no breakthrough on land. Here is what\n"
            "each side wants, and what is still unresolved after the round that ended in Geneva on the shore of the lake.\n"
            "\nBy Daniel Brooks\nUpdated Feb. 19, 2026, 6:12 a.m. ET\n\n"
            "GENEVA — Negotiators from Ukraine, Russia and the United States wrapped up their latest round of talks in\n"
            "Geneva on Wednesday, the third such meeting this year, after sessions that ran from Monday to Wednesday.\n")
    found = dateline.find_published(text, "en", TODAY)
    assert found.date == dt.date(2026, 2, 19) and text[found.start:found.end].startswith("Feb. 19, 2026")


def test_an_updated_line_under_a_byline_and_a_correspondents_title_is_read_up_to_the_first_body_paragraph():
    text = ("Europe | Western Balkans\n\nBelgrade and Pristina agree on little as EU pushes for the association\n\n"
            "Negotiators fail to agree on the powers of the association of municipalities; a new meeting is planned for "
            "Brussels in June\n\nJana Novak\nBalkans Correspondent\nUPDATED Apr 21, 2026, 06:15 PM\n\n"
            "BRUSSELS - Serbian and Kosovo negotiators ended two days of talks on Tuesday (April 21) without agreeing on "
            "the statute of the association, the European Union's envoy said.\n\n"
            "Posted 14 March 2026 in an earlier round, officials said, a draft had already circulated among the sides.\n")
    found = dateline.find_published(text, "en", TODAY)
    assert found.date == dt.date(2026, 4, 21) and text[found.start:found.end] == "Apr 21, 2026"


@pytest.mark.parametrize("text, expected", [
    ("The next round will be held in Vienna from June 8 to 10, a diplomat said.", ("from June 8 to 10", 8, 6, 10, 6)),
    ("The panels met in Rome from Sept. 29 to Oct. 2 under Italian facilitation.", ("from Sept. 29 to Oct. 2", 29, 9, 2, 10)),
    ("Delegates will gather between April 27 and 29, 2026, officials said.", ("between April 27 and 29, 2026", 27, 4, 29, 4)),
    ("Talks ran July 6 through 9 at the lakeside hotel.", ("July 6 through 9", 6, 7, 9, 7)),
])
def test_a_range_with_the_month_first_and_its_days_joined_by_to_or_between_gives_start_and_end(text, expected):
    found = dates.find_mentions(text, "en")
    assert [(m.text, m.day, m.month, m.end_day, m.end_month) for m in found] == [expected]


def test_a_share_after_a_month_and_a_day_is_no_range():
    found = dates.find_mentions("Support fell after May 18 to 20 percent, the poll found.", "en")
    assert [(m.text, m.kind) for m in found] == [("May 18", "date")]


def test_a_range_in_an_infobox_is_no_publication_date_and_a_footer_s_last_edit_is():
    # written for this test: an encyclopedia entry whose only date of the page is its last edit, at the foot
    body = "The talks were two rounds of negotiations held in Doha in the spring, aimed at ending the war in the east."
    text = (f"2026 Doha talks\nFrom the free encyclopedia\n{body}\nDate\t3–4 March 2026\nLocation\tDoha\n\n{body}\n"
            "This page was last edited on 21 March 2026, at 09:14 (UTC).\nText is available under a licence.\n")
    found = dateline.find_published(text, today=TODAY)
    assert found is not None and (found.date, found.how) == (dt.date(2026, 3, 21), "footer line")
    assert dateline.find_published(text.replace("This page was last edited on", "Talks resumed on"), today=TODAY) \
        is None, "a date in the last lines that no footer words introduce dates no page"
