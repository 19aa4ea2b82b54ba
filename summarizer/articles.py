"""Read an article file and strip site chrome, keeping a map back to the text as read."""

from __future__ import annotations

import bisect
import hashlib
import re
import unicodedata
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

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
    _sentences: list[tuple[int, int]] | None = field(default=None, repr=False)
    _starts: list[int] | None = field(default=None, repr=False)

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

    def numbered(self, first: int = 1, last: int | None = None, hide: tuple[int, int] | None = None) -> str:
        """The cleaned article as numbered sentences, one per line: what the model reads.

        Sentences inside `hide` (the dateline: metadata that code reads, not a story event) are left out.
        """
        spans = self.sentences[first - 1:last]
        return "\n".join(f"[{i}] {self.text[a:b]}" for i, (a, b) in enumerate(spans, start=first)
                         if not (hide and hide[0] <= a < hide[1]))

    def to_original(self, pos: int) -> int:
        """Map an offset in `cleaned` to the offset in `text`."""
        if self._starts is None:  # computed once: this runs for every name and date located in the article
            self._starts = [c for _, c in self.kept]
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0:
            return pos
        orig, clean = self.kept[i]
        return orig + (pos - clean)


_SENTENCE = re.compile(r".+?(?:[.!?…][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9\u0400-\u04FF])|$)", re.S)


def split_sentences(article: Article) -> list[tuple[int, int]]:
    """Sentences of each kept line, as spans of the original text."""
    spans = []
    for (orig, _), line in zip(article.kept, article.cleaned.split("\n")):
        for m in _SENTENCE.finditer(line):
            piece = m.group(0)
            lead = len(piece) - len(piece.lstrip())
            piece = piece.strip()
            if piece:
                start = orig + m.start() + lead
                spans.append((start, start + len(piece)))
    return spans


def decode(data: bytes, path: str) -> tuple[str, list[str]]:
    """Bytes to text. Binary files are refused; invalid UTF-8 is decoded with replacements and a warning."""
    if not data.strip():
        raise InputError(f"{path}: the file is empty; give an article with text")
    sample = data[:8192]
    if b"\x00" in sample:
        raise InputError(f"{path}: looks like a binary file, not text; give a plain-text (.txt) article")
    try:
        text = data.decode("utf-8-sig")
        notes: list[str] = []
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        notes = [f"{path}: not valid UTF-8 (first bad byte at offset {exc.start}); decoded with replacement "
                 "characters, convert the file to UTF-8 for exact text"]
        warnings.warn(notes[0], DecodingWarning, stacklevel=2)
    controls = sum(1 for ch in text[:8192] if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > 0.05 * min(len(text), 8192):
        raise InputError(f"{path}: looks like a binary file, not text; give a plain-text (.txt) article")
    return text, notes


def read_article(path: str | Path) -> Article:
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{path}: is a directory; pass the article files inside it (e.g. {path}/*.txt)")
    if not p.exists():
        raise InputError(f"{path}: no such file; check the path")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise InputError(f"{path}: {size:,} bytes is larger than the {MAX_BYTES:,}-byte limit; split the file")
    data = p.read_bytes()
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
    return article


@lru_cache(maxsize=1)
def _rules() -> dict:
    data = yaml.safe_load(resources.files("summarizer.data").joinpath("boilerplate.yaml").read_text())
    return {
        "drop": [re.compile(rf"^(?:{p})$", re.I) for p in data["drop_lines"]],
        "end": [re.compile(rf"^(?:{p})$", re.I) for p in data["end_markers"]],
        "caption": [re.compile(p) for p in data["caption_markers"]],
    }


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else ""


def dominant_script(text: str) -> str:
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            s = _script(ch)
            counts[s] = counts.get(s, 0) + 1
    return max(counts, key=counts.get) if counts else "LATIN"


def _foreign(line: str, script: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return bool(letters) and sum(_script(ch) != script for ch in letters) > 0.5 * len(letters)


def _lines_with_offsets(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        out.append((pos, raw.rstrip("\r\n")))
        pos += len(raw)
    return out


def clean(article: Article) -> None:
    """Fill `article.cleaned` and `article.kept`: drop chrome lines, word-per-line runs, duplicates and footers."""
    rules = _rules()
    lines = _lines_with_offsets(article.text)
    script = dominant_script(article.text)
    total = len(article.text)
    keep = [True] * len(lines)
    # runs of three or more one- or two-word lines (a heading set one word per line, a menu)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j][1].strip() and len(lines[j][1].split()) <= 2:
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
            if prev is not None and len(lines[prev][1].split()) <= 4:  # the footer block's own heading
                keep[prev] = False
            break
        norm = " ".join(s.lower().split())
        if (any(r.match(s) for r in rules["drop"]) or any(r.search(s) for r in rules["caption"])
                or _foreign(s, script) or norm in seen):
            keep[idx] = False
            continue
        seen.add(norm)
        if keep[idx] and len(s.split()) >= 8:
            body_lines += 1
    parts, kept, pos = [], [], 0
    for (start, line), ok in zip(lines, keep):
        if not ok:
            continue
        lead = len(line) - len(line.lstrip())
        s = line.strip()
        kept.append((start + lead, pos))
        parts.append(s)
        pos += len(s) + 1
    article.cleaned = "\n".join(parts)
    article.kept = kept
