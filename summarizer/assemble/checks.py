"""Checks on the short texts the model writes: never cut, never in another script, never a pasted passage."""

from __future__ import annotations

from ..articles import Article, word_count
from ..language import in_script

_QUOTES = "\"'“”‘’«»「」"


def short_text(text: str, limit: int, article: Article) -> tuple[str | None, str]:
    """(the text, tidied) when it is a usable short text, else (None, the reason it is not)."""
    clean = " ".join(text.split()).strip(_QUOTES + " ").rstrip(",;:")
    if not clean:
        return None, "empty text"
    if word_count(clean) > limit:
        return None, f"longer than the {limit} words the model was told (a copied passage, not a short text)"
    if not in_script(clean, article.script, article.text):
        return None, "written in another script than the article"
    return clean, ""
