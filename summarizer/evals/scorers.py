"""Pure scorers, strict on purpose. Each returns a Score with counts and a reason a person can read.

Rules a careful analyst would apply, and that tests/test_scorers.py pins with wrong answers:
- one-to-one alignment: an item matches at most one expected item, so duplicates cost precision;
- names through the scorer's own normalisation (evals/names.py), never the package's alias code;
- dates exact (start and end); an undated item matches only the same date words, digits included;
- demands match on party AND addressee AND the demand's own text: every keyword group, at most
  MAX_WORDS words in one sentence, and the same polarity (negated or not); open issues on their own text;
- attributes (role, title, affiliation, country, event status and venue, issue positions) are scored over the
  pairs whose items matched;
- nothing expected and nothing predicted is "not applicable" (None), never a perfect score.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable

from ..contract import LIST_FIELDS as CONTRACT_FIELDS
from . import names

MAX_WORDS = 25  # a demand or issue longer than this is pasted text, not a statement of it
NEGATION_WINDOW = 4  # words before a keyword where a negation flips its polarity
_NEGATION = {"not", "no", "never", "without", "nor", "cannot", "neither", "none", "refuse", "refuses", "refused",
             "nicht", "kein", "keine", "keinen", "ohne", "nie", "niemals", "sin", "nunca", "ni", "ne", "pas",
             "sans", "jamais", "aucun", "aucune", "не", "нет", "без", "ни", "никогда", "reject", "rejects",
             "rejected", "oppose", "opposes", "opposed", "against", "contra", "contre", "gegen", "против", "lehnt",
             "rechaza", "rejette", "отвергает"}
_CJK_NEGATION = ("不", "没有", "无", "拒绝", "禁止", "ない", "ず")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[\"'“‘(]?[A-ZА-ЯÀ-Þ0-9]|[。！？].")

# a stop that ends no sentence: an abbreviation of capitals ('U.S.', 'U.N.'), a title or a month cut short ('Dr.',
# 'Jan.')
_ABBREVIATION = re.compile(r"(?<!\w)(?:(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Gov|Prof|No|Jan|Feb|Mar|Apr|"
                           r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)")

Item = dict[str, Any]


@dataclass
class Score:
    tp: float
    n_expected: int
    n_actual: int
    reason: str = ""
    misses: list = field(default_factory=list)  # expected items not matched
    extras: list = field(default_factory=list)  # actual items not matched
    pairs: list = field(default_factory=list)  # (expected, actual) matched

    @property
    def precision(self) -> float | None:
        return self.tp / self.n_actual if self.n_actual else (None if not self.n_expected else 0.0)

    @property
    def recall(self) -> float | None:
        return self.tp / self.n_expected if self.n_expected else (None if not self.n_actual else 0.0)

    @property
    def f1(self) -> float | None:
        """None when nothing was expected and nothing predicted: not applicable, not perfect."""
        if not self.n_expected and not self.n_actual:
            return None
        p, r = self.precision or 0.0, self.recall or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "Score") -> "Score":
        return Score(self.tp + other.tp, self.n_expected + other.n_expected, self.n_actual + other.n_actual)


def align(expected: list[Item], actual: list[Item], match: Callable[[Item, Item], bool],
          label: Callable[[Item], str]) -> Score:
    """One-to-one alignment: a maximum matching of expected to actual items, each item used once."""
    options = [[j for j, a in enumerate(actual) if match(e, a)] for e in expected]
    owner: dict[int, int] = {}

    def assign(i: int, seen: set[int]) -> bool:  # augmenting path (Kuhn's algorithm): the largest matching
        for j in options[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or assign(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(expected)):
        assign(i, set())
    by_expected = {i: j for j, i in owner.items()}
    pairs = [(expected[i], actual[by_expected[i]]) for i in sorted(by_expected)]
    misses = [e for i, e in enumerate(expected) if i not in by_expected]
    extras = [a for j, a in enumerate(actual) if j not in owner]
    parts = [f"{len(pairs)}/{len(expected)} expected matched"]
    if misses:
        parts.append("missed " + "; ".join(label(m) for m in misses[:5]))
    if extras:
        parts.append("extra " + "; ".join(label(x) for x in extras[:5]))
    return Score(len(pairs), len(expected), len(actual), ", ".join(parts), misses, extras, pairs)


# ---------------------------------------------------------------- text checks

def word_count(text: str) -> float:
    """Words, counting two CJK characters as one word."""
    cjk = len(_CJK.findall(text))
    return len(_CJK.sub(" ", text).split()) + cjk / 2


def one_statement(text: str) -> bool:
    """At most MAX_WORDS words and a single sentence: not a pasted paragraph."""
    text = text.strip()
    return bool(text) and word_count(text) <= MAX_WORDS and \
        not _SENTENCE_BREAK.search(_ABBREVIATION.sub("A", text).rstrip(".。!?！？"))


def negated(text: str) -> bool:
    """Whether the text holds a negation anywhere (used for texts without keywords)."""
    folded = names.fold(text)
    words = set(folded.split())
    return bool(words & _NEGATION) or bool(re.search(r"\b\w+n t\b", folded)) or any(n in text for n in _CJK_NEGATION)


def _find(group: str, text: str) -> tuple[str, int] | None:
    """Where the first alternative of a keyword group starts a word of the folded text: (folded text, offset)."""
    folded = names.fold(text)
    for option in names.alternatives(group):
        key = names.fold(option)
        if not key:
            continue
        if _CJK.search(key):
            pos = folded.find(key)
            if pos >= 0:
                return folded, pos
        elif m := re.search(rf"(?<!\w){re.escape(key)}", folded):
            return folded, m.start()
    return None


def has_keyword(group: str, text: str) -> bool:
    """A keyword group ('withdraw|pull out') is present when one alternative starts a word of the text."""
    return _find(group, text) is not None


def negated_at(group: str, text: str) -> bool:
    """A negation within the NEGATION_WINDOW words (or CJK characters) before the keyword: 'no Western troops',
    'will not withdraw', '不接受'."""
    found = _find(group, text)
    if found is None:
        return False
    folded, pos = found
    before = folded[:pos]
    if _CJK.search(folded[pos:pos + 1]):
        return any(n in before[-4:] for n in _CJK_NEGATION)
    window = before.split()[-NEGATION_WINDOW:]
    return any(w in _NEGATION for w in window) or any(w == "t" for w in window)


def states(expected_text: str, keywords: list[str], actual_text: str) -> bool:
    """`actual_text` states the expected item: one short sentence, every keyword group, the same polarity at
    each keyword ('Western troops withdraw' does not state 'no Western troops')."""
    if not one_statement(actual_text):
        return False
    if not keywords or not all(has_keyword(k, actual_text) for k in keywords):
        return False
    if all(has_keyword(k, expected_text) for k in keywords):
        return all(negated_at(w, expected_text) == negated_at(w, actual_text)
                   for w in (_shared_alternative(k, expected_text, actual_text) for k in keywords))
    return negated(expected_text) == negated(actual_text)


def _first_alternative(group: str, text: str) -> str | None:
    return next((o for o in names.alternatives(group) if has_keyword(o, text)), None)


def _shared_alternative(group: str, expected_text: str, actual_text: str) -> str:
    """The alternative of a keyword group that the answer uses, when the expected text has it too: polarity is
    compared at the same word ('guarantees that forces will not enter Sweida' and 'guarantees that forces will not
    enter the province' agree at 'guarantee'); else the whole group."""
    used = _first_alternative(group, actual_text)
    return used if used is not None and has_keyword(used, expected_text) else group


# ---------------------------------------------------------------- list fields

def score_parties(expected: list[Item], actual: list[Item]) -> Score:
    return align(expected, actual, lambda e, a: names.same_party(e["name"], a.get("name", "")), lambda x: x["name"])


def score_people(expected: list[Item], actual: list[Item]) -> Score:
    return align(expected, actual, lambda e, a: names.same_person(e["name"], a.get("name", "")), lambda x: x["name"])


def score_venues(expected: list[Item], actual: list[Item]) -> Score:
    return align(expected, actual, lambda e, a: names.same_place(e["name"], a.get("name", "")), lambda x: x["name"])


def _digits(text: str) -> list[str]:
    return re.findall(r"\d+", text)


def same_date_words(expected: str, actual: str) -> bool:
    """Undated items: the same words, or one inside the other, with the same numbers ('February 1' is not
    'February 11'). The case may list alternatives."""
    a = names.fold(actual)
    for option in names.alternatives(expected):
        e = names.fold(option)
        if e and a and _digits(e) == _digits(a) and (e == a or f" {e} " in f" {a} " or f" {a} " in f" {e} "):
            return True
    return False


def same_date(e: Item, a: Item) -> bool:
    if e.get("date") is None:
        return a.get("date") is None and same_date_words(e.get("text", ""), a.get("text", ""))
    return e["date"] == a.get("date") and (e.get("end") or None) == (a.get("end") or None)


def score_dates(expected: list[Item], actual: list[Item]) -> Score:
    def label(x: Item) -> str:
        when = x.get("date") or f"'{x.get('text', '')}'"
        return f"{when}..{x['end']}" if x.get("end") else str(when)

    return align(expected, actual, same_date, label)


def demand_matches(e: Item, a: Item) -> bool:
    if not names.same_party(e["party"], a.get("party", "")):
        return False
    if e.get("addressed_to") and not names.same_party(e["addressed_to"], a.get("addressed_to", "")):
        return False
    return states(e["demand"], e.get("keywords", []), a.get("demand", ""))


def score_demands(expected: list[Item], actual: list[Item]) -> Score:
    return align(expected, actual, demand_matches, lambda x: f"{x.get('party')}: {str(x.get('demand', ''))[:50]}")


def issue_matches(e: Item, a: Item) -> bool:
    return states(e["issue"], e.get("keywords", []), a.get("issue", ""))


def score_issues(expected: list[Item], actual: list[Item]) -> Score:
    return align(expected, actual, issue_matches, lambda x: str(x.get("issue", ""))[:50])


# ---------------------------------------------------------------- attributes over matched pairs

def attribute(pairs: list[tuple[Item, Item]], get_e: Callable[[Item], str], get_a: Callable[[Item], str],
              same: Callable[[str, str], bool], label: str) -> Score:
    """An attribute of matched items: expected given vs predicted given; right when both are given and agree,
    or neither is given (which counts on neither side)."""
    tp, n_e, n_a, wrong = 0, 0, 0, []
    for e, a in pairs:
        ve, va = (get_e(e) or "").strip(), (get_a(a) or "").strip()
        n_e += bool(ve)
        n_a += bool(va)
        if ve and va and same(ve, va):
            tp += 1
        elif ve or va:
            wrong.append(f"{label_of(e)}: expected {ve or '—'!r}, got {va or '—'!r}")
    reason = f"{tp} right of {n_e} expected, {n_a} given"
    if wrong:
        reason += "; " + "; ".join(wrong[:4])
    return Score(tp, n_e, n_a, reason)


def label_of(item: Item) -> str:
    return str(item.get("name") or item.get("date") or item.get("text") or item.get("issue") or item.get("party") or "")


def same_title(expected: str, actual: str) -> bool:
    """Every word of one listed title appears in the given one, which adds at most two words."""
    got = names.fold(actual).split()
    for option in names.alternatives(expected):
        want = names.fold(option).split()
        if want and all(w in got for w in want) and len(got) - len(want) <= 2:
            return True
    return False


def _same_text(expected: str, actual: str) -> bool:
    return any(names.fold(o) == names.fold(actual) for o in names.alternatives(expected))


def score_positions(issue_pairs: list[tuple[Item, Item]]) -> Score:
    """Each party's stance on the issues that matched: the party named, and the stance stated (keywords, polarity)."""
    tp, n_e, n_a, wrong = 0, 0, 0, []
    for e, a in issue_pairs:
        predicted = a.get("positions") or {}
        if isinstance(predicted, list):
            predicted = {p.get("party", ""): p.get("stance", "") for p in predicted}
        want = e.get("positions") or []
        n_e += len(want)
        n_a += len(predicted)
        used: set[str] = set()
        for w in want:
            hit = next((p for p, s in predicted.items() if p not in used and names.same_party(w["party"], p)
                        and states(w["stance"], w.get("keywords", []), s)), None)
            if hit is None:
                wrong.append(f"{e['issue'][:30]}: {w['party']} '{w['stance'][:30]}'")
            else:
                used.add(hit)
                tp += 1
    reason = f"{tp}/{n_e} stances right, {n_a} given"
    if wrong:
        reason += "; missed " + "; ".join(wrong[:4])
    return Score(tp, n_e, n_a, reason)


# ---------------------------------------------------------------- the whole case

# the contract's list fields, less statements (proposals, rejections, agreements are kept apart but not scored)
LIST_FIELDS = tuple(f for f in CONTRACT_FIELDS if f != "statements")
ATTRIBUTE_FIELDS = ("role", "title", "affiliation", "venue_country", "status", "event_venue", "addressed_to",
                    "issue_positions")
SCORED_FIELDS = LIST_FIELDS + ATTRIBUTE_FIELDS


def with_party_names(expected: dict) -> dict:
    """The expected answer with every reference to a party (a demand's party and addressee, a person's affiliation,
    a stance's party) written with all the names its entry in the parties list gives: 'ELN' in a demand is the
    party 'ELN|Ejército de Liberación Nacional', and either name states it."""
    parties = [p["name"] for p in expected.get("parties", [])]

    def full(ref: str) -> str:
        entry = next((p for p in parties if any(names.same_party(p, r) for r in ref.split("|"))), None)
        return "|".join(dict.fromkeys([*ref.split("|"), *entry.split("|")])) if entry else ref

    out = dict(expected)
    out["demands"] = [{**d, "party": full(d.get("party", "")), "addressed_to": full(d.get("addressed_to", ""))}
                      for d in expected.get("demands", [])]
    out["people"] = [{**p, "affiliation": full(p.get("affiliation", ""))} for p in expected.get("people", [])]
    out["open_issues"] = [{**i, "positions": [{**q, "party": full(q.get("party", ""))} for q in i.get("positions", [])]}
                          for i in expected.get("open_issues", [])]
    return out


def score_case(expected: dict, actual: dict) -> dict[str, Score]:
    """Every field of the contract, for one case. `actual` is an ArticleState as JSON (or {} when it failed)."""
    expected = with_party_names(expected)
    s: dict[str, Score] = {
        "parties": score_parties(expected.get("parties", []), actual.get("parties", [])),
        "people": score_people(expected.get("people", []), actual.get("people", [])),
        "venues": score_venues(expected.get("venues", []), actual.get("venues", [])),
        "dates": score_dates(expected.get("dates", []), actual.get("dates", [])),
        "demands": score_demands(expected.get("demands", []), actual.get("demands", [])),
        "open_issues": score_issues(expected.get("open_issues", []), actual.get("open_issues", [])),
    }
    s["role"] = attribute(s["parties"].pairs, lambda e: e.get("role", ""), lambda a: a.get("role", ""), _same_text, "role")
    s["title"] = attribute(s["people"].pairs, lambda e: e.get("title", ""), lambda a: a.get("title", ""), same_title, "title")
    s["affiliation"] = attribute(s["people"].pairs, lambda e: e.get("affiliation", ""), lambda a: a.get("affiliation", ""),
                                 names.same_party, "affiliation")
    s["venue_country"] = attribute(s["venues"].pairs, lambda e: e.get("country", ""), lambda a: a.get("country", ""),
                                   names.same_party, "country")
    s["status"] = attribute(s["dates"].pairs, lambda e: e.get("status", ""), lambda a: a.get("status", ""), _same_text, "status")
    s["event_venue"] = attribute(s["dates"].pairs, lambda e: e.get("venue", ""), lambda a: a.get("venue", ""),
                                 names.same_place, "venue")
    # the addressee of demands that match on party and text, whatever their addressee: the pairs that also match on
    # it first (two demands of one party whose keywords both fit are not crossed), then the others among the rest
    strict = s["demands"].pairs
    left_e = [e for e in expected.get("demands", []) if not any(e is p for p, _ in strict)]
    left_a = [a for a in actual.get("demands", []) if not any(a is q for _, q in strict)]
    loose = align(left_e, left_a, lambda e, a: names.same_party(e["party"], a.get("party", ""))
                  and states(e["demand"], e.get("keywords", []), a.get("demand", "")), lambda x: "")
    s["addressed_to"] = attribute(strict + loose.pairs, lambda e: e.get("addressed_to", ""), lambda a: a.get("addressed_to", ""),
                                  names.same_party, "addressed to")
    s["issue_positions"] = score_positions(s["open_issues"].pairs)
    return s


def score_published(expected: str | None, actual: str | None) -> bool:
    return expected == actual
