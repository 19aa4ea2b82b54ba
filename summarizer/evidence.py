"""Evidence: the article sentence that states an item, located in code so that every quote slices the text."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Callable, Protocol, TypeVar

from rapidfuzz import fuzz

from . import thresholds
from .articles import Article
from .contract import Alignment, Evidence

_FOLD = str.maketrans({"‘": "'", "’": "'", "‚": "'", "′": "'", "“": '"', "”": '"', "„": '"', "″": '"',
                       "–": "-", "—": "-", "‑": "-", "\u00a0": " "})
# words of four letters or more; in Han script, which writes no spaces, every two characters in a row
_CONTENT = re.compile(r"[^\W\d_\u4e00-\u9fff]{4,}|(?=([\u4e00-\u9fff]{2}))", re.U)
_STOP = {"that", "this", "with", "from", "their", "they", "them", "will", "would", "should", "must", "have", "been",
         "into", "over", "about", "after", "before", "which", "while", "other", "more", "also", "only", "said", "says",
         "demand", "demands", "wants", "party", "side", "sides"}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    quote: str
    alignment: Alignment = "exact"

    def evidence(self) -> list[Evidence]:
        return [Evidence(quote=self.quote, start=self.start, end=self.end, alignment=self.alignment)]


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
    if len(q) > 2 and q[0] in "\"'“‘" and q[-1] in "\"'”’":
        q = q[1:-1].strip()
    if len(q) < 2:
        return None
    pos = text.find(q)
    if pos >= 0:
        return Span(pos, pos + len(q), q)
    folded, index = _fold(text)
    fq = _fold(q)[0].strip()
    pos = folded.find(fq)
    if pos >= 0:
        start, end = index[pos], index[pos + len(fq) - 1] + 1
        return Span(start, end, text[start:end], "folded")
    if len(fq) < 12:
        return None
    hit = fuzz.partial_ratio_alignment(fq, folded, score_cutoff=thresholds.QUOTE_FUZZY_MIN)
    if hit is None:
        return None
    start, end = index[hit.dest_start], index[hit.dest_end - 1] + 1
    return Span(start, end, text[start:end], "fuzzy")


def sentence(article: Article, number: int) -> Span | None:
    """Sentence `number` (counted from 1, as the model reads them)."""
    if not 1 <= number <= len(article.sentences):
        return None
    a, b = article.sentences[number - 1]
    return Span(a, b, article.text[a:b])


def sentence_number_at(article: Article, pos: int) -> int | None:
    """The number of the sentence holding offset `pos` of the text."""
    i = bisect.bisect_right(article.sentence_starts, pos) - 1
    if i >= 0 and pos < article.sentences[i][1]:
        return i + 1
    return None


def sentence_at(article: Article, pos: int) -> Span | None:
    n = sentence_number_at(article, pos)
    return sentence(article, n) if n else None


_CYRILLIC_WORD = re.compile(r"[А-ЯЁа-яё-]{4,}")


def _with_case_endings(name: str) -> str:
    """A pattern for a name as written, each Cyrillic word of it with any case ending ('Стамбул' finds 'в Стамбуле',
    'Москва' finds 'в Москве'): in inflected scripts a name changes with its case."""
    parts = []
    for word in name.split():
        if _CYRILLIC_WORD.fullmatch(word):
            stem = word[:-1] if word[-1] in "аяоеьйыиАЯОЕЬЙЫИ" else word
            parts.append(rf"{re.escape(stem)}[а-яё]{{0,3}}")
        else:
            parts.append(re.escape(word))
    return r"\s+".join(parts)


def names_in(text: str, name: str) -> bool:
    """`text` names `name`: as a whole word (a Cyrillic word in any of its cases), anywhere in a script without
    spaces."""
    return bool(name_spans(text, name))


def name_spans(text: str, name: str) -> list[tuple[int, int]]:
    """Where `text` names `name` (as `names_in` finds it)."""
    if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", name):
        return [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]
    return [m.span() for m in re.finditer(rf"(?<!\w){_with_case_endings(name)}(?!\w)", text, re.I)]


def find_mention(article: Article, names: list[str], case_sensitive: bool = False) -> Span | None:
    """The sentence of the first whole-word mention of any of `names` in the article's kept text.

    With `case_sensitive`, the mention must be capitalised as given (a proper noun, not a common word).
    """
    best: int | None = None
    for name in names:
        name = name.strip()
        if len(name) < 2:
            continue
        cjk = bool(re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", name))
        flags = re.I if len(name) > 3 and not case_sensitive else 0
        pattern = re.compile(re.escape(name) if cjk else rf"(?<!\w){_with_case_endings(name)}(?!\w)", flags)
        for m in pattern.finditer(article.cleaned):
            start = article.to_original(m.start())
            if sentence_number_at(article, start) is not None:
                if best is None or start < best:
                    best = start
                break
    return sentence_at(article, best) if best is not None else None


def content_words(text: str) -> set[str]:
    """Lower-cased content words (four letters or more, or two CJK characters), by their first five letters."""
    return {w.lower()[:5] for m in _CONTENT.finditer(text) if (w := m.group(1) or m.group(0)) and w.lower() not in _STOP}


COPIED_CLAIM_WORDS = 4  # a claim of this many words or more found word for word in a sentence was copied from it


def supporting_sentence(article: Article, number: int, claim: str) -> Span | None:
    """The sentence that holds the claim word for word when the cited one does not; the cited sentence when it shares
    a content word with the claim and no other sentence shares SUPPORT_BETTER_BY more (the small model miscounts: its
    words name the sentence better than its number); else the sentence that
    shares the most (at least SUPPORT_SEARCH_MIN, or the one word of a one-word claim in the sentence next to the
    cited one: 'territory' for 'The issue has been a key sticking point' after '... the importance of territory');
    else None."""
    words = content_words(claim)
    copied = " ".join(claim.split()).lower()
    holding = [i for i, (a, b) in enumerate(article.sentences) if len(copied.split()) >= COPIED_CLAIM_WORDS
               and copied in " ".join(article.text[a:b].split()).lower()]
    if holding and number - 1 not in holding:  # the claim copied word for word from another sentence: that one
        return sentence(article, min(holding, key=lambda i: abs(i - number + 1)) + 1)

    def overlap(i: int) -> int:
        a, b = article.sentences[i]
        return len(words & content_words(article.text[a:b]))

    count = len(article.sentences)
    scored = [(overlap(i), -abs(i - number + 1), i) for i in range(count)]
    best = max(scored, default=(0, 0, -1))
    cited = overlap(number - 1) if 1 <= number <= count else 0
    if cited >= min(thresholds.SUPPORT_CITED_MIN, len(words)) and best[0] < cited + thresholds.SUPPORT_BETTER_BY:
        return sentence(article, number)
    if best[0] < min(thresholds.SUPPORT_SEARCH_MIN, len(words)) or (best[0] < thresholds.SUPPORT_SEARCH_MIN
                                                                   and abs(best[2] - number + 1) > 1):
        return None
    return sentence(article, best[2] + 1)


class _HasEvidence(Protocol):
    evidence: list[Evidence]


T = TypeVar("T", bound=_HasEvidence)


def heading_twins(text: str, items: list[T], same: Callable[[T, T], bool]) -> list[T]:
    """The items quoted from a headline or a heading that `same` pairs with an item quoted from the body: a headline
    sums up what the body states, so it is the same item, not a second one."""
    def heading(x: T) -> bool:
        return bool(x.evidence) and a_heading(text, x.evidence[0].start, x.evidence[0].end)

    body = [x for x in items if x.evidence and not heading(x)]
    return [x for x in items if heading(x) and any(same(x, b) for b in body)]


def line_bounds(text: str, at: int) -> tuple[int, int]:
    """(start, end) of the line of `text` that holds offset `at`, without its newline."""
    return text.rfind("\n", 0, at) + 1, (text.find("\n", at) + 1 or len(text) + 1) - 1


def a_heading(text: str, start: int, end: int) -> bool:
    """The quote at start:end is a headline or a section heading: a line of its own with no closing stop."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = re.sub(r"^(?:\d{1,2}[.)]|[-*•#]+)\s*", "", text[line_start:len(text) if line_end < 0 else line_end].strip())
    return bool(line) and line == text[start:end].strip() and not re.search(r"[.!?…\"”»]$", line)
