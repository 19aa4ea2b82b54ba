"""Does an item's evidence actually state it? Grounding checks that a quote slices the article; this checks
that the quote says what the item claims. An item whose quote does not state it is an invention, however
exactly the quote was copied.

- party: the quote names it (or its short form, or an adjective of it: 'Russian', 'Ukrainian');
- person: the quote holds their surname; venue: the city;
- date: the quote holds the item's date words, and a resolved day is one of their numbers;
- demand: the quote names the demanding party (or one of its people) and states the content;
- open issue: the quote states the content.
The summary is checked the same way: each name and number in it must stand in the article.
"""

from __future__ import annotations

import gettext
import re
from functools import lru_cache
from typing import Any

import pycountry

from . import names
from .scorers import LIST_FIELDS

_STOP = {"that", "this", "with", "from", "their", "they", "them", "will", "would", "should", "must", "have", "been",
         "into", "over", "about", "against", "after", "before", "which", "while", "other", "more", "also", "only",
         "party", "parties", "side", "sides", "talks", "wants", "demand", "demands", "issue", "question"}
_DEMONYMS = {"united states": ["american", "americans", "washington"], "united kingdom": ["british", "britain"],
             "france": ["french"], "spain": ["spanish"], "turkey": ["turkish", "turkiye"], "greece": ["greek"],
             "netherlands": ["dutch"], "switzerland": ["swiss"], "poland": ["polish"], "china": ["chinese"],
             "european union": ["european", "europe"], "russia": ["kremlin"], "israel": ["israeli"]}
_LANGUAGES = ("de", "es", "fr", "ru", "uk", "zh_CN", "ja", "it", "pt", "pl")


def _has(form: str, text_folded: str) -> bool:
    """`form` starts a word of the text; long forms may differ in their last two letters (case endings)."""
    form = names.fold(form)
    if not form:
        return False
    if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", form):
        return form in text_folded
    stem = form[:-2] if len(form) >= 7 else form
    return re.search(rf"(?<!\w){re.escape(stem)}", text_folded) is not None


@lru_cache(maxsize=1)
def _translations() -> list[Any]:
    out = []
    for lang in _LANGUAGES:
        try:
            out.append(gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]))
        except OSError:
            continue
    return out


@lru_cache(maxsize=2048)
def party_forms(name: str) -> tuple[str, ...]:
    key = names.party_key(name)
    forms = {name, key, *_DEMONYMS.get(key, [])}
    forms.update(k for k, v in names._same_table().items() if v == key)
    try:
        country = pycountry.countries.lookup(name)
    except LookupError:
        country = None
    if country is not None:
        forms.update({country.name, getattr(country, "common_name", country.name)})
        for t in _translations():
            forms.add(t.gettext(country.name))
    if len(key) >= 5 and " " not in key:
        forms.add(key[:-1])  # 'ukrain' in 'Ukrainian', 'russi' in 'Russian'
    return tuple(f for f in forms if f)


def names_party(name: str, quote: str) -> bool:
    text = names.fold(quote)
    return any(_has(f, text) for f in party_forms(name))


def content_words(text: str) -> list[str]:
    words = names.fold(text).split()
    if re.search(r"[\u4e00-\u9fff]", text):
        return [w for w in re.findall(r"[\u4e00-\u9fff]{2}", text)]
    return [w for w in words if len(w) >= 4 and w not in _STOP]


def states_content(claim: str, quote: str) -> bool:
    """At least two content words of the claim (one, if it has only one) stand in the quote, by their stems."""
    words = content_words(claim)
    if not words:
        return False
    text = names.fold(quote)
    hits = sum(1 for w in set(words) if (w in quote if re.search(r"[\u4e00-\u9fff]", w) else
                                         re.search(rf"(?<!\w){re.escape(w[:5])}", text)))
    return hits >= min(2, len(set(words)))


def item_supported(field: str, item: dict, state: dict) -> bool:
    quotes = [e.get("quote", "") for e in item.get("evidence", [])]
    if not quotes:
        return False
    quote = " ".join(quotes)
    folded = names.fold(quote)
    if field == "parties":
        return names_party(item.get("name", ""), quote)
    if field == "people":
        tokens = names.person_tokens(item.get("name", ""))
        return bool(tokens) and _has(tokens[-1], folded)
    if field == "venues":
        return _has(item.get("name", ""), folded)
    if field == "dates":
        words = names.fold(item.get("text", ""))
        if not words or f" {words} " not in f" {folded} ":
            return False
        date, digits = item.get("date"), re.findall(r"\d+", item.get("text", ""))
        day_given = [d for d in digits if len(d) <= 2]
        return not (date and len(date) == 10 and day_given and str(int(date[8:])) not in {str(int(d)) for d in day_given})
    if field == "demands":
        party = item.get("party", "")
        people = [p.get("name", "") for p in state.get("people", [])
                  if names.same_party(party, p.get("affiliation", "") or "")]
        speaker = names_party(party, quote) or any(_has(names.person_tokens(p)[-1], folded) for p in people if p)
        return speaker and states_content(item.get("demand", ""), quote)
    if field == "open_issues":
        return states_content(item.get("issue", ""), quote)
    return True


def support(state: dict) -> tuple[int, int, list[str]]:
    """(items whose quote states them, items, the ones that do not)."""
    good, total, unsupported = 0, 0, []
    for field in LIST_FIELDS:
        for item in state.get(field, []):
            total += 1
            if item_supported(field, item, state):
                good += 1
            else:
                what = item.get("name") or item.get("text") or item.get("demand") or item.get("issue") or ""
                unsupported.append(f"{field}: {str(what)[:60]}")
    return good, total, unsupported


_FACT = re.compile(r"\b([A-ZÀ-ÞА-Я][\w'’-]+(?:\s+[A-ZÀ-ÞА-Я][\w'’-]+)*)|\b(\d(?:[\d,.:/-]*\d)?)\b", re.U)
# words that open a sentence without naming anything (in the languages of the cases)
_OPENERS = {"the", "a", "an", "in", "on", "at", "it", "its", "they", "he", "she", "this", "that", "these", "no", "talks",
            "after", "before", "both", "there", "der", "die", "das", "el", "la", "los", "las", "le", "les", "un", "una",
            "une", "ein", "eine", "unresolved", "demands", "nothing", "we", "our"}


def summary_facts(summary: str) -> list[str]:
    """Names (capitalised words, less a sentence's opening function word) and numbers of a summary."""
    facts = []
    for m in _FACT.finditer(summary):
        words = m.group(0).split()
        if names.fold(words[0]) in _OPENERS:
            words = words[1:]
        if words:
            facts.append(" ".join(words))
    return facts


def summary_support(summary: str, article: str) -> tuple[int, int, list[str]]:
    """(facts of the summary found in the article, facts, the ones not found)."""
    text = names.fold(article)
    good, missing = 0, []
    facts = summary_facts(summary)
    for fact in facts:
        if _has(fact, text) or names_party(fact, article):
            good += 1
        else:
            missing.append(fact)
    return good, len(facts), missing
