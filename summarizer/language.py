"""The article's language and script: which calendar words apply, and which script the output must be in."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

# the commonest short words of each language the date finder knows
_STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "that", "is", "was", "for", "on", "with", "said", "by", "has", "have"},
    "de": {"der", "die", "das", "und", "ist", "nicht", "mit", "den", "sich", "auf", "für", "dem", "ein", "eine", "sagte"},
    "fr": {"le", "la", "les", "et", "des", "est", "une", "du", "dans", "que", "pour", "qui", "pas", "sur", "au"},
    "es": {"el", "la", "los", "las", "y", "del", "que", "en", "por", "una", "con", "para", "se", "su", "dijo"},
    "it": {"il", "la", "di", "che", "e", "del", "della", "per", "con", "una", "sono", "non", "gli", "nel", "ha"},
    "pt": {"o", "a", "os", "as", "de", "do", "da", "que", "e", "em", "um", "uma", "para", "com", "não"},
    "pl": {"w", "z", "na", "się", "nie", "do", "że", "jest", "przez", "oraz", "jak", "po", "od", "ze", "dla"},
}
_WORD = re.compile(r"[^\W\d_]+", re.U)
# one character of Han script (Chinese, and the kanji of Japanese), which writes no spaces between words
HAN = r"[\u4e00-\u9fff]"


def script_of(ch: str) -> str:
    """'LATIN', 'CYRILLIC', 'CJK', 'HIRAGANA', 'ARABIC', ... for a letter; '' for anything else."""
    if not ch.isalpha():
        return ""
    name = unicodedata.name(ch, "")
    if name.startswith("CJK"):
        return "CJK"
    return name.split(" ", 1)[0] if name else ""


def scripts(text: str) -> Counter:
    return Counter(s for s in map(script_of, text) if s)


def dominant_script(text: str) -> str:
    counts = scripts(text)
    return counts.most_common(1)[0][0] if counts else "LATIN"


def _ukrainian(text: str) -> bool:
    """Cyrillic text written in Ukrainian: its own letters (і, ї, є, ґ) are common and Russia's (ы, э, ъ, ё) are not.
    A Ukrainian name quoted in a Russian text ('Умєров') does not make it Ukrainian."""
    own = sum(text.count(ch) for ch in "іїєґІЇЄҐ")
    russian = sum(text.count(ch) for ch in "ыэъёЫЭЪЁ")
    letters = sum(1 for ch in text if script_of(ch) == "CYRILLIC")
    return own > 2 * russian and own >= 0.01 * letters


def detect(text: str) -> str:
    """A language code (en, de, fr, es, it, pt, pl, ru, uk, zh, ja, other) from the script and the commonest words."""
    counts = scripts(text)
    if not counts:
        return "en"
    script = counts.most_common(1)[0][0]
    if script in ("HIRAGANA", "KATAKANA") or (script == "CJK" and counts["HIRAGANA"] + counts["KATAKANA"] > 0.1 * counts["CJK"]):
        return "ja"
    if script == "CJK":
        return "zh"
    if script == "CYRILLIC":
        return "uk" if _ukrainian(text) else "ru"
    if script != "LATIN":
        return "other"
    words = Counter(w.lower() for w in _WORD.findall(text[:20000]))
    scores = {lang: sum(words[w] for w in stop) for lang, stop in _STOPWORDS.items()}
    return max(scores, key=lambda lang: scores[lang]) if any(scores.values()) else "en"


def foreign_words(text: str, script: str) -> list[str]:
    """Runs of letters in `text` written in another script than `script`."""
    out, run = [], []
    for ch in text:
        s = script_of(ch)
        if s and s != script and not (script == "CJK" and s in ("HIRAGANA", "KATAKANA")):
            run.append(ch)
        else:
            if run:
                out.append("".join(run))
            run = []
    if run:
        out.append("".join(run))
    return out


def mixed_script(text: str, article: str) -> bool:
    """Letters of two scripts where the article does not mix them itself: 'signed before any其他' in an English
    article. A word in another script that the article also uses ('NATO' in a Russian text) is fine."""
    if not text:
        return False
    own = dominant_script(text)
    return any(word not in article for word in foreign_words(text, own))


def in_script(text: str, script: str, article: str) -> bool:
    """`text` is written in `script`, apart from words the article itself uses in another script."""
    return all(word in article for word in foreign_words(text, script))
