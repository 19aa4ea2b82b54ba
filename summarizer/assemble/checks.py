"""Checks on the short texts the model writes: never cut, never in another script, never a pasted passage."""

from __future__ import annotations

import re

from ..articles import Article, word_count
from .. import thresholds
from ..language import in_script

_QUOTES = "\"'“”‘’«»「」"
# words no finished text ends with: the model stopped its string early, often at a quotation mark of the article
# ("Belgrade is ready to implement the ")
_DANGLING = {"the", "a", "an", "of", "to", "and", "or", "in", "on", "at", "for", "with", "by", "from", "that", "been",
             "which", "who", "whom", "whose", "under", "into", "over", "about", "after", "before", "than", "between",
             "be", "is", "are", "was", "were", "have", "has", "le", "la", "les", "de", "des", "du", "et", "à", "au",
             "aux", "el", "los", "las", "del", "y", "que", "en", "der", "die", "das", "den", "dem", "und", "zu",
             "von", "mit", "и", "в", "на", "с", "к", "по", "что",
             # a modal or a possessive waits for its verb or its noun ('... said that his country would ')
             "would", "should", "shall", "must", "his", "their", "our", "its", "my", "your"}


_PAIRS = {'"': '"', "“": "”", "«": "»", "‘": "’", "「": "」", "'": "'"}


def _unquoted(text: str) -> str:
    """The text without quotation marks around it or left unpaired at its ends ('"unimpeded" transit' keeps its
    pair; '"a ceasefire' loses its stray mark, and so does a mark whose quotation the text leaves open inside it)."""
    def paired(opening: str, close: str) -> bool:
        return text.count(opening) % 2 == 0 if opening == close else text.count(opening) == text.count(close)

    while text and text[0] in _QUOTES and not (_PAIRS.get(text[0], text[0]) in text[1:-1] and
                                               paired(text[0], _PAIRS.get(text[0], text[0]))):
        text = text[1:]  # a stray mark, or one that closes at the text's end: around the whole text
    while text and text[-1] in _QUOTES:
        opening = next((o for o, c in _PAIRS.items() if c == text[-1]), text[-1])
        if opening in text[:-1] and paired(opening, text[-1]):
            break  # it closes a quotation inside the text
        text = text[:-1]
    # a mark inside the text whose quotation the text does not close ('Ukraine "will not withdraw from its own land'
    # of '... that Ukraine "will not withdraw from its own land".'): left out
    if text.count('"') % 2:
        at = text.rfind('"')
        text = (text[:at] + text[at + 1:]).replace("  ", " ")
    for opening, close in _PAIRS.items():
        if opening != close and text.count(opening) > text.count(close):
            at = text.rfind(opening)
            text = (text[:at] + text[at + 1:]).replace("  ", " ")
    return text


def limit_for(text: str, quote: str, kind: str) -> int:
    """The words a text may have: more when it is the article's own clause, copied whole (MAX_CLAUSE_WORDS), than
    when the model wrote it (MAX_WORDS)."""
    own, sentence = " ".join(text.split()).strip(" .,;:").lower(), " ".join(quote.split()).lower()
    # (also with an aside between commas left out: '..., about a fifth of the region, ...')
    copied = own in sentence or any(own.replace(",", "") in (sentence[:m.start()] + sentence[m.end():]).replace(",", "")
                                    for m in re.finditer(r",[^,]{2,80},", sentence))
    return (thresholds.MAX_CLAUSE_WORDS if copied else thresholds.MAX_WORDS)[kind]


# particles that end a phrasal verb, in the passive or after a verb of this list ('until the camp is handed over',
# 'before the prisoners are sworn in', 'to hand over'; not 'the troops stationed in')
_PARTICLES = {"over", "in", "on", "off"}
_AUXILIARIES = {"is", "are", "was", "were", "be", "been", "being", "get", "gets"}
_PHRASAL_VERBS = {"hand", "hands", "take", "takes", "turn", "turns", "give", "gives", "sign", "signs", "carry",
                  "carries", "move", "moves", "call", "calls", "swear", "sworn", "phase", "phased", "bring", "brought",
                  # (a process that continues: 'for as long as the talks go on', 'while the fighting drags on')
                  "go", "goes", "going", "went", "drag", "drags", "dragged", "press", "presses", "pressed"}


# a clause that ends on its copula after a pronoun subject ('frozen where it is', 'as things are'): finished
_CLAUSE_OF_STATE = {"where", "as", "how", "what"}


def _clause_of_state(words: list[str]) -> bool:
    return len(words) > 2 and words[-1].lower() in {"is", "are", "was", "were"} and \
        words[-3].lower() in _CLAUSE_OF_STATE


def _particle_of_a_verb(words: list[str]) -> bool:
    """The text ends with a verb's particle, not a preposition left without its noun ('is handed over')."""
    verb = words[-2].lower().strip(",;:") if len(words) > 1 else ""
    passive = len(words) > 2 and words[-3].lower() in _AUXILIARIES and verb.endswith(("ed", "en"))
    return words[-1].lower() in _PARTICLES and (passive or verb in _PHRASAL_VERBS)


def as_written(copy: str, quote: str) -> str:
    """The sentence's own characters for a model's copy that differs from them only in its spaces ('seized by U. S.
    authorities' where the article writes 'U.S. authorities'): code copies, the model only chooses. Any other copy
    is returned as it is."""
    squeezed = re.sub(r"\s+", "", copy)
    at = [i for i, ch in enumerate(quote) if not ch.isspace()]
    flat = "".join(quote[i] for i in at)
    found = flat.find(squeezed) if squeezed else -1
    if found < 0:
        return copy
    return " ".join(quote[at[found]:at[found + len(squeezed) - 1] + 1].split())


def short_text(text: str, limit: int, article: Article) -> tuple[str | None, str]:
    """(the text, tidied) when it is a usable short text, else (None, the reason it is not)."""
    clean = _unquoted(" ".join(text.split()).strip(" ").rstrip(",;:").strip(" "))
    if not clean:
        return None, "empty text"
    words = clean.rstrip(".…").split()
    if not words:
        return None, "no words"
    last = words[-1].lower()
    if last in _DANGLING and len(words) > 1 and not _particle_of_a_verb(words) and not _clause_of_state(words):
        return None, f"cut off: it ends with '{last}'"
    if word_count(clean) > limit:
        return None, f"longer than the {limit} words the model was told (a copied passage, not a short text)"
    if not in_script(clean, article.script, article.text):
        return None, "written in another script than the article"
    return clean, ""
