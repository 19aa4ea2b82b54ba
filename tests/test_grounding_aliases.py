import pytest

from summarizer import aliases
from summarizer.articles import from_text
from summarizer.grounding import find_mention, locate

TEXT = "Talks in Abu Dhabi were “constructive”, Kremlin spokesperson Dmitry Peskov said.\nMr Zelenskiy disagreed."


def test_exact_quote_slices_the_text():
    a = from_text(TEXT)
    span = locate(a, "Kremlin spokesperson Dmitry Peskov said")
    assert a.text[span.start:span.end] == span.quote == "Kremlin spokesperson Dmitry Peskov said"


def test_quote_with_straight_quotes_maps_to_the_curly_original():
    a = from_text(TEXT)
    span = locate(a, 'Talks in Abu Dhabi were "constructive"')
    assert span is not None and a.text[span.start:span.end] == span.quote
    assert "“constructive”" in span.quote


def test_invented_quote_is_not_found():
    assert locate(from_text(TEXT), "The parties signed a full peace treaty in Geneva yesterday") is None


def test_mention_evidence_is_the_sentence_with_the_name():
    a = from_text(TEXT)
    span = find_mention(a, aliases.mention_forms("Zelensky"))
    assert span.quote == "Mr Zelenskiy disagreed." and a.text[span.start:span.end] == span.quote


@pytest.mark.parametrize("raw,canonical", [
    ("US", "United States"), ("U.S.", "United States"), ("the United States", "United States"),
    ("Kremlin", "Russia"), ("Russian Federation", "Russia"), ("UAE", "United Arab Emirates"), ("France", "France"),
    ("Hamas", "Hamas"),
])
def test_party_names_fold_to_one_spelling(raw, canonical):
    assert aliases.party(raw) == canonical


@pytest.mark.parametrize("raw", ["Zelensky", "Zelenskyy", "Zelenskiy", "Mr Zelensky"])
def test_person_spellings_fold_to_one(raw):
    assert aliases.person(raw) == "Zelensky"


def test_titles_are_split_from_names():
    assert aliases.split_title("President Volodymyr Zelensky") == ("Volodymyr Zelensky", "President")
    assert aliases.same_person("Zelensky", "Volodymyr Zelensky")
    assert not aliases.same_person("Steve Witkoff", "Jared Kushner")
