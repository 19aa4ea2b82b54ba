"""Read an article file and strip site chrome, keeping a map back to the text as read."""

from __future__ import annotations

import bisect
import codecs
import hashlib
import re
import unicodedata
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from . import dates, language
from .errors import InputError

MAX_BYTES = 20 * 1024 * 1024


class DecodingWarning(UserWarning):
    """The file was not valid UTF-8 and was decoded with replacements."""


@dataclass
class Article:
    path: str
    text: str  # the file's text as read: evidence offsets point into this
    sha256: str
    cleaned: str = ""  # what the model reads
    kept: list[tuple[int, int]] = field(default_factory=list)  # (start in text, start in cleaned) per kept line
    warnings: list[str] = field(default_factory=list)
    language: str = "en"  # detected from the cleaned text
    script: str = "LATIN"  # the script the article (and every string written from it) is in
    _sentences: list[tuple[int, int]] | None = field(default=None, repr=False)
    _starts: list[int] | None = field(default=None, repr=False)
    _sentence_starts: list[int] | None = field(default=None, repr=False)
    _paragraph_spans: list[tuple[int, int]] | None = field(default=None, repr=False)
    _paragraph_starts: list[int] | None = field(default=None, repr=False)

    @property
    def title(self) -> str:
        for line in self.cleaned.splitlines():
            if line.strip():
                return line.strip()
        return ""

    @property
    def sentences(self) -> list[tuple[int, int]]:
        """(start, end) in `text` of every sentence of the cleaned article, in order; numbered from 1 in prompts."""
        if self._sentences is None:
            self._sentences = split_sentences(self)
        return self._sentences

    @property
    def sentence_starts(self) -> list[int]:
        """Where each sentence starts, for finding the sentence that holds an offset."""
        if self._sentence_starts is None:
            self._sentence_starts = [a for a, _ in self.sentences]
        return self._sentence_starts

    def numbered(self, first: int = 1, last: int | None = None, hide: tuple[int, int] | None = None) -> str:
        """The cleaned article as numbered sentences, one per line: what the model reads.

        Sentences inside `hide` (the dateline: metadata that code reads, not a story event) are left out.
        """
        spans = self.sentences[first - 1:last]
        return "\n".join(f"[{i}] {_one_line(self.text[a:b])}" for i, (a, b) in enumerate(spans, start=first)
                         if not (hide and hide[0] <= a < hide[1]))

    def paragraph_at(self, at: int) -> tuple[int, int]:
        """(start, end) in `text` of the paragraph that holds offset `at`: a line, or a hard-wrapped paragraph's
        lines."""
        if self._paragraph_spans is None or self._paragraph_starts is None:  # computed once: asked per sentence
            self._paragraph_spans = paragraph_spans(self.text)
            self._paragraph_starts = [a for a, _ in self._paragraph_spans]
        i = max(0, bisect.bisect_right(self._paragraph_starts, at) - 1)
        return self._paragraph_spans[i] if self._paragraph_spans else (0, len(self.text))

    def same_paragraph(self, a: int, b: int) -> bool:
        """Offsets `a` and `b` of `text` stand in one paragraph (in a hard-wrapped text, across its line breaks)."""
        return self.paragraph_at(a) == self.paragraph_at(b)

    def to_original(self, pos: int) -> int:
        """Map an offset in `cleaned` to the offset in `text`."""
        if self._starts is None:  # computed once: this runs for every name and date located in the article
            self._starts = [c for _, c in self.kept]
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0:
            return pos
        orig, clean = self.kept[i]
        return orig + (pos - clean)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of `cleaned` to the span of `text` (its end may lie after a joined line break)."""
        return self.to_original(start), self.to_original(end - 1) + 1


# a sentence ends at . ! ? … (and closing quotes) before a capital, a digit or an opening quote (a French « with
# its space), or at 。！？;
# "U.S. official", "Mr. Tatar" and "Jan. 23" do not end one
# (an encyclopedia's footnote markers may follow the stop: 'rejected.[9] Ukraine called for ...')
_SENTENCE_END = re.compile(r"[.!?…](?:\[\d{1,3}\]|[\"'”’“»«)\]])*\s+(?=(?:[\"'“‘„‚»(\[]|«\s?)?[^\W_a-zà-ÿа-яё])|"
                           r"[。！？][”’」』）)]*", re.U)
_FOOTNOTES = re.compile(r"(?:\[\d{1,3}\])+\s*$")  # no part of the sentence they close
_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.){2,}$|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Gov|Prof|No|vs|Jr|Sr|Jan|Feb|Aug|"
                           r"Sept?|Oct|Nov|Dec|Adm|Maj|Capt|Sgt|Mt|Ft)\.$")


def _one_line(text: str) -> str:
    """A sentence of a hard-wrapped paragraph on one line."""
    return re.sub(r"\s*\n\s*", " ", text)


_ORDINAL_DAY = re.compile(r"(?<![\d.])\d{1,2}\.$")
# an initial that opens a name after a word in lower case or a parenthesis ('general secretary Th. Muivah', '(prime
# minister) V. Horam', 'its convener N. Kitovi Zhimomi', French 'a déclaré M. Araghchi'): no sentence ends there
# ('wrote on X.' does; 'Plan B.' and 'U Lwin Oo.' after a capitalised word do too)
_INITIAL = re.compile(r"(?:(?<![\w'’-])[a-z][\w'’-]*,?|[()])\s+(?!X\.$)[A-Z][hd]?\.$")


def _sentence_spans(line: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(line):
        if _ABBREVIATION.search(line[max(0, m.start() - 12):m.start() + 1]) or \
                _INITIAL.search(line[max(0, m.start() - 30):m.start() + 1]):
            continue
        if _ORDINAL_DAY.search(line[max(0, m.start() - 4):m.start() + 1]) and \
                dates.month_number(line[m.end():].split(maxsplit=1)[0].strip(".,;:") if line[m.end():].split() else ""):
            continue  # a German or Scandinavian ordinal day before its month ('vom 13. bis 15. Oktober')
        end = m.end()
        piece = _FOOTNOTES.sub("", line[start:end])
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            spans.append((start + lead, start + len(piece.rstrip())))
        start = end
    piece = _FOOTNOTES.sub("", line[start:])
    if piece.strip():
        lead = len(piece) - len(piece.lstrip())
        spans.append((start + lead, start + len(piece.rstrip())))
    return spans


def split_sentences(article: Article) -> list[tuple[int, int]]:
    """Sentences of each paragraph of the cleaned text, as spans of the original text."""
    return [article.span_to_original(at + a, at + b) for at, para in paragraphs(article)
            for a, b in _sentence_spans(para)]


def word_count(text: str) -> float:
    """Words of a line; two CJK characters count as one word (those scripts have no spaces)."""
    cjk = sum(1 for ch in text if language.script_of(ch) in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL"))
    return len(text.split()) + cjk / 2


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes, path: str) -> tuple[str, list[str]]:
    """Bytes to text: UTF-8, or UTF-16/32 with a byte-order mark. Binary files are refused; invalid UTF-8 is
    decoded with replacements and a warning."""
    if not data.strip():
        raise InputError(f"{path}: the file is empty; give an article with text")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(f"{path}: starts with a {encoding.upper()} byte-order mark but does not decode "
                                 f"(byte {exc.start}); re-save it as UTF-8") from None
            return _checked(text.lstrip("\ufeff"), path), []
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: looks like a binary file, not text; give a plain-text (.txt) article")
    try:
        text = data.decode("utf-8")
        notes: list[str] = []
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        notes = [f"{path}: not valid UTF-8 (first bad byte at offset {exc.start}); decoded with replacement "
                 "characters, convert the file to UTF-8 for exact text"]
        warnings.warn(notes[0], DecodingWarning, stacklevel=2)
    return _checked(text, path), notes


def _checked(text: str, path: str) -> str:
    if not text.strip():
        raise InputError(f"{path}: holds only whitespace; give an article with text")
    controls = sum(1 for ch in text[:8192] if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > 0.05 * min(len(text), 8192):
        raise InputError(f"{path}: looks like a binary file, not text; give a plain-text (.txt) article")
    return text


def read_article(path: str | Path, data: bytes | None = None) -> Article:
    """Read an article file (or `data` already read, e.g. from standard input, under the name `path`)."""
    if data is not None:
        text, notes = decode(data, str(path))
        return from_text(text, path=str(path), sha256=hashlib.sha256(data).hexdigest(), notes=notes)
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{path}: is a directory; pass the article files inside it (e.g. {path}/*.txt)")
    if not p.exists():
        raise InputError(f"{path}: no such file; check the path")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise InputError(f"{path}: {size:,} bytes is larger than the {MAX_BYTES:,}-byte limit; split the file")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror}); check its permissions") from None
    text, notes = decode(data, str(path))
    return from_text(text, path=str(path), sha256=hashlib.sha256(data).hexdigest(), notes=notes)


def from_text(text: str, path: str = "<text>", sha256: str | None = None, notes: list[str] | None = None) -> Article:
    if not text.strip():
        raise InputError(f"{path}: holds only whitespace; give an article with text")
    sha = sha256 or hashlib.sha256(text.encode()).hexdigest()
    article = Article(path=path, text=text, sha256=sha, warnings=list(notes or []))
    clean(article)
    if not article.cleaned.strip():
        raise InputError(f"{path}: nothing is left after removing site boilerplate; check that the file holds an article")
    article.language = language.detect(article.cleaned)
    article.script = language.dominant_script(article.cleaned)
    return article


@lru_cache(maxsize=1)
def _rules() -> dict:
    data = yaml.safe_load(resources.files("summarizer.data").joinpath("boilerplate.yaml").read_text())
    return {
        "drop": [re.compile(rf"^(?:{p})$", re.I) for p in data["drop_lines"]],
        "end": [re.compile(rf"^(?:{p})$", re.I) for p in data["end_markers"]],
        "caption": [re.compile(p) for p in data["caption_markers"]],
    }


_BAR = re.compile(r"\s{2,}|\s*[|•·]\s*")  # what separates the items of a navigation bar written on one line


def _chrome(line: str, drop: list[re.Pattern]) -> bool:
    """A chrome line: one the rules name ('Advertisement'), or a bar of two or more such items ('Menu  Search  Sign
    in', 'Home | World | Sign in')."""
    if any(r.match(line) for r in drop):
        return True
    items = [item for item in _BAR.split(line) if item]
    return len(items) >= 2 and all(any(r.match(item) for r in drop) for item in items)


def _foreign(line: str, script: str) -> bool:
    """Most letters of the line are in another script than the article's (a footer in another language)."""
    letters = [language.script_of(ch) for ch in line if ch.isalpha()]
    if script == "CJK":
        letters = ["CJK" if s in ("HIRAGANA", "KATAKANA") else s for s in letters]
    return bool(letters) and sum(s != script for s in letters) > 0.5 * len(letters)


def lines_with_offsets(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        out.append((pos, raw.rstrip("\r\n")))
        pos += len(raw)
    return out


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of `text` as written: a line, or the lines of a hard-wrapped paragraph joined
    (see `wrapped_lines`)."""
    raw = lines_with_offsets(text)
    joins = wrapped_lines(raw)
    out, i = [], 0
    while i < len(raw):
        last = i
        while last in joins:
            last += 1
        out.append((raw[i][0], raw[last][0] + len(raw[last][1])))
        i = last + 1
    return out


def clean(article: Article) -> None:
    """Fill `article.cleaned` and `article.kept`: drop chrome lines, word-per-line runs, duplicates and footers."""
    rules = _rules()
    lines = lines_with_offsets(article.text)
    script = language.dominant_script(article.text)
    total = len(article.text)
    keep = [True] * len(lines)
    # runs of three or more one- or two-word lines (a heading set one word per line, a menu)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j][1].strip() and word_count(lines[j][1]) <= 2:
            j += 1
        if j - i >= 3:
            for k in range(i, j):
                keep[k] = False
        i = max(j, i + 1)
    seen: set[str] = set()
    body_lines = 0
    for idx, (start, line) in enumerate(lines):
        s = line.strip()
        if not s:
            keep[idx] = False
            continue
        late = start > total * 0.5 and body_lines >= 3
        if late and (any(r.match(s) for r in rules["end"]) or _foreign(s, script)):
            for k in range(idx, len(lines)):
                keep[k] = False
            prev = next((k for k in range(idx - 1, -1, -1) if lines[k][1].strip()), None)
            if prev is not None and word_count(lines[prev][1]) <= 4:  # the footer block's own heading
                keep[prev] = False
            break
        norm = " ".join(s.lower().split())
        if (_chrome(s, rules["drop"]) or any(r.search(s) for r in rules["caption"])
                or _foreign(s, script) or norm in seen):
            keep[idx] = False
            continue
        seen.add(norm)
        if keep[idx] and word_count(s) >= 8:
            body_lines += 1
    joins = wrapped_lines(lines, keep)
    cleaned, kept, pos = [], [], 0
    for idx, ((start, line), ok) in enumerate(zip(lines, keep)):
        if not ok:
            continue
        lead = len(line) - len(line.lstrip())
        s = line.strip()
        kept.append((start + lead, pos))
        cleaned.append(s + (" " if idx in joins else "\n"))
        pos += len(s) + 1
    article.cleaned = "".join(cleaned)[:-1]
    article.kept = kept


# a hard-wrapped text (an e-mail, a terminal's copy): no line longer than about this, several lines close to it
WRAP_MAX = 160
WRAP_MIN = 60  # (a short text of a few lines is no wrapped one)
WRAP_SLACK = 20  # a line this close to the widest is a full one
_ENDS = re.compile(r"[.!?:;…\"'”’)\]。！？」』）]$")  # a line that may end a paragraph
_BULLET = re.compile(r"^\s*(?:[-–—•*·]|\d{1,2}[.)])\s")


def paragraphs(article: Article) -> list[tuple[int, str]]:
    """The cleaned article's paragraphs (a wrapped paragraph's lines joined), each with its offset in `cleaned`."""
    out, pos = [], 0
    for para in article.cleaned.split("\n"):
        out.append((pos, para))
        pos += len(para) + 1
    return out


def wrapped_lines(lines: list[tuple[int, str]], keep: list[bool] | None = None) -> set[int]:
    """Lines of a hard-wrapped paragraph that go on in the next line: this one ends no sentence (or the next starts in
    lower case), the next follows with no blank line between and is no bullet, and its first word would not have fitted
    on this one, or this one is nearly the widest. Nothing when the text is not wrapped: its widest line shorter than
    WRAP_MIN or longer than WRAP_MAX, or fewer than three lines close to the widest; nor a line of a script without
    spaces, whose first "word" is long. `keep`: the lines kept."""
    keep = keep or [True] * len(lines)
    widths = [len(line.rstrip()) for (_, line), ok in zip(lines, keep) if ok]
    width = max(widths, default=0)
    if not WRAP_MIN <= width <= WRAP_MAX or sum(w >= width - WRAP_SLACK for w in widths) < 3:
        return set()
    joins = set()
    for idx in range(len(lines) - 1):
        line, nxt = lines[idx][1].rstrip(), lines[idx + 1][1]
        if not (keep[idx] and keep[idx + 1] and nxt.strip()) or _BULLET.match(nxt):
            continue
        first = nxt.split()[0]
        # (a line that ends in an initial ends no sentence: '(prime minister) V.' and 'Horam, as ...' on the next; nor
        # one whose next opens a quotation in lower case: '... the NSCN (I-M)' and '"reiterated that ...')
        opening = first.lstrip("\"“„«'‘(")[:1]
        if len(first) <= WRAP_SLACK and (not _ENDS.search(line) or opening.islower() or _INITIAL.search(line[-30:])) \
                and (len(line) + 1 + len(first) > width or len(line) >= width - WRAP_SLACK):
            joins.add(idx)
    return joins
