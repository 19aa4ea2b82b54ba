"""Find where a quote stands in the article, so every evidence span slices the text exactly."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from .articles import Article

FUZZY_MIN = 90.0  # a quote the model paraphrased beyond this is not evidence
_FOLD = str.maketrans({"‘": "'", "’": "'", "‚": "'", "′": "'", "“": '"', "”": '"', "„": '"', "″": '"',
                       "–": "-", "—": "-", "‑": "-", "\u00a0": " "})
# a sentence ends at . ! ? … (and closing quotes) before a capital, a digit or an opening quote; or at a line end.
# "U.S. official" and "Mr. Tatar" do not end one. (Article.sentences, which numbers the sentences the model reads,
# splits more simply; it is part of every recorded request, so it changes only together with a re-recording.)
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+(?=[\"'“‘(\[]?[^\W_a-z])|\n", re.U)
_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.){2,}$|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Gov|Prof|No|vs)\.$")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    quote: str

    def as_evidence(self) -> dict:
        return {"quote": self.quote, "start": self.start, "end": self.end}


def _fold(text: str) -> tuple[str, list[int]]:
    """Fold quotes, dashes and runs of whitespace; return the folded text and each folded char's source offset."""
    out, index = [], []
    prev_space = False
    for i, ch in enumerate(text.translate(_FOLD)):
        if ch.isspace():
            if prev_space:
                continue
            ch, prev_space = " ", True
        else:
            prev_space = False
        out.append(ch.lower())
        index.append(i)
    return "".join(out), index


def locate(article: Article, quote: str) -> Span | None:
    """The span of `quote` in `article.text`: exact, then folded (quotes, dashes, spaces, case), then fuzzy."""
    text = article.text
    q = quote.strip()
    if len(q) > 2 and q[0] in "\"'“‘" and q[-1] in "\"'”’":  # the model wrapped the quote in quotation marks
        q = q[1:-1].strip()
    if len(q) < 3:
        return None
    pos = text.find(q)
    if pos >= 0:
        return Span(pos, pos + len(q), q)
    folded, index = _fold(text)
    fq, _ = _fold(q)
    fq = fq.strip()
    pos = folded.find(fq)
    if pos >= 0:
        start, end = index[pos], index[pos + len(fq) - 1] + 1
        return Span(start, end, text[start:end])
    if len(fq) < 12:
        return None
    hit = fuzz.partial_ratio_alignment(fq, folded, score_cutoff=FUZZY_MIN)
    if hit is None:
        return None
    start, end = index[hit.dest_start], index[hit.dest_end - 1] + 1
    return Span(start, end, text[start:end])


def sentence_around(article: Article, start: int, end: int, limit: int = 400) -> Span:
    """The sentence of `article.text` that holds [start, end), clipped to `limit` characters around it."""
    text = article.text
    lo, hi = max(0, start - limit), min(len(text), end + limit)  # a sentence longer than that is clipped anyway
    ends = [m for m in _SENTENCE_END.finditer(text, lo, hi) if not _ABBREVIATION.search(text[max(0, m.start() - 8):m.start()])]
    left = max((m.end() for m in ends if m.end() <= start), default=lo)
    right = min((m.start() for m in ends if m.start() >= end), default=hi)
    if right - left > limit:
        left = max(left, start - limit // 2)
        right = min(right, end + limit // 2)
    while left < start and text[left].isspace():
        left += 1
    while right > end and text[right - 1].isspace():
        right -= 1
    return Span(left, right, text[left:right])


def find_mention(article: Article, names: list[str], case_sensitive: bool = False) -> Span | None:
    """The first whole-word mention of any of `names` in the article's kept text, as its sentence.

    With `case_sensitive`, the mention must be capitalised as given (a proper noun, not a common word).
    """
    best: tuple[int, int] | None = None
    for name in names:
        name = name.strip()
        if len(name) < 2:
            continue
        flags = re.I if len(name) > 3 and not case_sensitive else 0
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", flags)
        for m in pattern.finditer(article.cleaned):
            start = article.to_original(m.start())
            if article.text[start:start + len(m.group(0))].lower() == m.group(0).lower():
                if best is None or start < best[0]:
                    best = (start, start + len(m.group(0)))
                break
    if best is None:
        return None
    return sentence_around(article, *best)
