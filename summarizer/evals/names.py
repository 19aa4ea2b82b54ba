"""The scorer's own name normalisation, kept apart from the package's alias code on purpose.

If the pipeline's canonical names and the scorer's matching shared one table, a wrong alias would make a wrong
answer score as right. This module is small and strict: accents, case, punctuation and a leading "the" are
folded; a short table of common short forms of countries and bodies; ISO names via pycountry; transliterated
surname endings (Zelenskyy, Zelenskiy -> Zelensky). Everything else must be written out in the case, as
alternatives separated by "|".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pycountry

# short forms an analyst would accept as the same body; the scorer's table, not the package's
_SAME = {
    "united states": ["us", "u s", "usa", "u s a", "america", "united states of america", "washington",
                      "trump administration", "us administration", "white house"],
    "russia": ["russian federation", "moscow", "kremlin"],
    "ukraine": ["kyiv", "kiev"],
    "united kingdom": ["uk", "u k", "britain", "great britain", "london"],
    "european union": ["eu", "e u", "brussels"],
    "united nations": ["un", "u n"],
    "united arab emirates": ["uae", "u a e", "emirates"],
    "north atlantic treaty organization": ["nato"],
    "african union": ["au"],
    "china": ["prc", "peoples republic of china", "beijing"],
    "south korea": ["republic of korea", "rok", "seoul"],
    "north korea": ["dprk", "democratic peoples republic of korea", "pyongyang"],
    "iran": ["islamic republic of iran", "tehran"],
    "turkey": ["turkiye"],
    "democratic republic of the congo": ["democratic republic of congo", "dr congo", "drc", "rdc", "congo kinshasa",
                                         "republique democratique du congo"],
}
_PLACES = {"kyiv": ["kiev"], "la habana": ["havana", "habana"], "washington": ["washington dc", "washington d c"]}
_GENERATION = {"jr", "sr", "ii", "iii", "iv"}
_ENDINGS = (("skyy", "sky"), ("skiy", "sky"), ("skyi", "sky"), ("skii", "sky"), ("tskyy", "tsky"))


def fold(text: str) -> str:
    """Lower case, no accents, punctuation as spaces, single spaces: 'Lajčák' -> 'lajcak', 'U.S.' -> 'u s'."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"['’`]s\b", "s", text)  # "people's" -> "peoples"
    text = re.sub(r"[^\w]+", " ", text, flags=re.U)
    return " ".join(text.split())


def alternatives(expected: str) -> list[str]:
    """A case's value with its alternatives: 'Sudan's army|SAF' -> ['Sudan's army', 'SAF']."""
    return [a.strip() for a in (expected or "").split("|") if a.strip()]


@lru_cache(maxsize=1)
def _same_table() -> dict[str, str]:
    table = {}
    for canon, others in _SAME.items():
        for name in (canon, *others):
            table[name] = canon
    return table


@lru_cache(maxsize=4096)
def party_key(name: str) -> str:
    """One key per party: short forms and ISO names folded to one spelling, else the folded name."""
    key = fold(name)
    key = re.sub(r"^the ", "", key)
    key = re.sub(r"^(government|administration) of ", "", key)
    key = re.sub(r" (government|administration|side|delegation)$", "", key)
    table = _same_table()
    if key in table:
        return table[key]
    try:
        country = pycountry.countries.lookup(name.strip())
    except LookupError:
        return key
    folded = fold(getattr(country, "common_name", None) or country.name)
    return table.get(folded, folded)


def place_key(name: str) -> str:
    key = fold(name.split(",")[0])
    for canon, others in _PLACES.items():
        if key == canon or key in others:
            return canon
    return key


def _surname(word: str) -> str:
    for ending, repl in _ENDINGS:
        if word.endswith(ending):
            return word[: -len(ending)] + repl
    return word


def person_tokens(name: str) -> list[str]:
    words = [w for w in fold(name).split() if w not in {"mr", "mrs", "ms", "dr", "sir"}]
    return [*words[:-1], _surname(words[-1])] if words else []


def same_party(expected: str, actual: str) -> bool:
    return bool(actual.strip()) and any(party_key(e) == party_key(actual) for e in alternatives(expected))


def same_place(expected: str, actual: str) -> bool:
    return bool(actual.strip()) and any(place_key(e) == place_key(actual) for e in alternatives(expected))


def same_person(expected: str, actual: str) -> bool:
    """Full names must agree: first and last name, and a generational suffix ('Jr.') on both or neither.

    'Steve' is not 'Steve Witkoff'; 'Roman Umerov' is not 'Rustem Umerov'; 'Donald Trump Jr.' is not 'Donald
    Trump'. Middle names may be missing on one side. A bare surname matches only when the case lists it.
    """
    b = person_tokens(actual)
    for option in alternatives(expected):
        a = person_tokens(option)
        if not a or not b:
            continue
        if ({t for t in a if t in _GENERATION}) != ({t for t in b if t in _GENERATION}):
            continue
        a = [t for t in a if t not in _GENERATION]
        b2 = [t for t in b if t not in _GENERATION]
        if a == b2:
            return True
        if len(a) >= 2 and len(b2) >= 2 and a[0] == b2[0] and a[-1] == b2[-1]:
            return True
    return False
