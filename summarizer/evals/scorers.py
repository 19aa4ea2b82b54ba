"""Pure scorers. Each returns a Score with a value and a reason a person can read."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from rapidfuzz import fuzz

from .. import aliases

_WORD = re.compile(r"[a-z0-9]{3,}")
STOP = {"the", "and", "for", "with", "that", "this", "from", "its", "are", "was", "will", "would", "has", "have",
        "not", "any", "all", "into", "over", "their", "they", "them", "should", "must", "more"}


@dataclass
class Score:
    tp: float
    n_expected: int
    n_actual: int
    reason: str = ""
    misses: list = field(default_factory=list)  # expected items not matched
    extras: list = field(default_factory=list)  # actual items not matched
    pairs: list = field(default_factory=list)  # (expected, actual, credit)

    @property
    def precision(self) -> float:
        return self.tp / self.n_actual if self.n_actual else (1.0 if not self.n_expected else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.n_expected if self.n_expected else (1.0 if not self.n_actual else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": round(self.tp, 3), "expected": self.n_expected, "actual": self.n_actual, "reason": self.reason}


def align(expected: list, actual: list, credit: Callable[[dict, dict], float], label: Callable[[dict], str]) -> Score:
    """One-to-one alignment: the best-scoring pairs first, each item used once; credit in [0, 1]."""
    candidates = sorted(((credit(e, a), i, j) for i, e in enumerate(expected) for j, a in enumerate(actual)),
                        key=lambda t: -t[0])
    used_e, used_a, pairs, tp = set(), set(), [], 0.0
    for c, i, j in candidates:
        if c <= 0 or i in used_e or j in used_a:
            continue
        used_e.add(i)
        used_a.add(j)
        pairs.append((expected[i], actual[j], c))
        tp += c
    misses = [expected[i] for i in range(len(expected)) if i not in used_e]
    extras = [actual[j] for j in range(len(actual)) if j not in used_a]
    parts = [f"{len(pairs)}/{len(expected)} expected matched"]
    if misses:
        parts.append("missed " + ", ".join(label(m) for m in misses[:5]))
    if extras:
        parts.append("extra " + ", ".join(label(x) for x in extras[:5]))
    return Score(tp, len(expected), len(actual), "; ".join(parts), misses, extras, pairs)


def name_match(a: str, b: str, kind: str) -> float:
    """1.0 when two names refer to the same entity after alias folding, fuzzy-tolerant."""
    if kind == "parties":
        a, b = aliases.party(a), aliases.party(b)
    elif kind == "venues":
        a, b = aliases.place(a), aliases.place(b)
    else:
        a, b = aliases.person(a), aliases.person(b)
        if aliases.same_person(a, b):
            return 1.0
    if a.lower() == b.lower() or aliases.is_acronym_of(a, b) or aliases.is_acronym_of(b, a):
        return 1.0
    return 1.0 if fuzz.token_set_ratio(a.lower(), b.lower()) >= 90 else 0.0


def score_names(expected: list[dict], actual: list[dict], kind: str) -> Score:
    return align(expected, actual, lambda e, a: name_match(e["name"], a["name"], kind), lambda x: x["name"])


def date_credit(expected: str | None, actual: str | None) -> float:
    """Exact date 1.0; same month where one side is month-only 0.5; else 0."""
    if expected is None or actual is None:
        return 0.0
    if expected == actual:
        return 1.0
    if expected[:7] == actual[:7] and (len(expected) == 7 or len(actual) == 7):
        return 0.5
    return 0.0


def _dates_credit(e: dict, a: dict) -> float:
    if e["date"] is None and a.get("date") is None:
        text_e, text_a = (e.get("text") or "").lower(), (a.get("text") or "").lower()
        return 1.0 if text_e and text_a and fuzz.ratio(text_e, text_a) >= 80 else 0.0
    return date_credit(e["date"], a.get("date"))


def score_dates(expected: list[dict], actual: list[dict]) -> Score:
    return align(expected, actual, _dates_credit, lambda x: f"{x.get('date') or x.get('text')}")


def score_status(dates_score: Score) -> Score:
    """Status compared only where dates matched."""
    pairs = [(e, a, c) for e, a, c in dates_score.pairs]
    right = [(e, a) for e, a, _ in pairs if e["status"] == a.get("status")]
    wrong = [(e, a) for e, a, _ in pairs if e["status"] != a.get("status")]
    reason = f"{len(right)}/{len(pairs)} matched dates have the right status"
    if wrong:
        reason += "; wrong: " + ", ".join(f"{e['date'] or e.get('text')} expected {e['status']} got {a.get('status')}" for e, a in wrong[:4])
    return Score(len(right), len(pairs), len(pairs), reason, [e for e, _ in wrong], [a for _, a in wrong], [])


def words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in STOP}


def meaning_match(expected_text: str, keywords: list[str], actual_text: str) -> bool:
    """Keywords listed in the case (any one, as a substring) or enough shared words."""
    low = actual_text.lower()
    if keywords:
        return any(k.lower() in low for k in keywords)
    e, a = words(expected_text), words(actual_text)
    return bool(e) and len(e & a) / len(e) >= 0.3


def score_demands(expected: list[dict], actual: list[dict]) -> Score:
    def credit(e, a):
        if not name_match(e["party"], a.get("party", ""), "parties"):
            return 0.0
        return 1.0 if meaning_match(e["demand"], e.get("keywords", []), a.get("demand", "")) else 0.0

    return align(expected, actual, credit, lambda x: f"{x['party']}: {x['demand'][:40]}")


def score_issues(expected: list[dict], actual: list[dict]) -> Score:
    def credit(e, a):
        text = a.get("issue", "") + " " + " ".join(a.get("positions", {}).values())
        return 1.0 if meaning_match(e["issue"], e.get("keywords", []), text) else 0.0

    return align(expected, actual, credit, lambda x: x["issue"][:40])


def score_published(expected: str | None, actual: str | None) -> Score:
    ok = expected == actual
    return Score(1.0 if ok else 0.0, 1, 1, f"expected {expected}, got {actual}")


def grounding(state: dict, article_text: str) -> tuple[int, int, list[str]]:
    """(items whose every evidence slices the article exactly, items, invented quotes)."""
    good = total = 0
    inventions = []
    for name in ("parties", "people", "venues", "dates", "demands", "open_issues"):
        for item in state.get(name, []):
            total += 1
            evs = item.get("evidence", [])
            exact = bool(evs) and all(article_text[e["start"]:e["end"]] == e["quote"] for e in evs)
            good += exact
            for e in evs:
                if e["quote"] not in article_text:
                    inventions.append(e["quote"][:80])
    return good, total, inventions


def score_case(expected: dict, actual: dict) -> dict[str, Score]:
    scores = {
        "parties": score_names(expected["parties"], actual.get("parties", []), "parties"),
        "people": score_names(expected["people"], actual.get("people", []), "people"),
        "venues": score_names(expected["venues"], actual.get("venues", []), "venues"),
        "dates": score_dates(expected["dates"], actual.get("dates", [])),
        "demands": score_demands(expected["demands"], actual.get("demands", [])),
        "open_issues": score_issues(expected["open_issues"], actual.get("open_issues", [])),
    }
    scores["status"] = score_status(scores["dates"])
    scores["published"] = score_published(expected.get("published"), actual.get("article", {}).get("published"))
    return scores
