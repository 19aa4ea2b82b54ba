"""Canonical names: one spelling for each party, person and place."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

import pycountry
import yaml
from rapidfuzz import fuzz

# ISO names that read badly in a brief
_DISPLAY = {"RU": "Russia", "US": "United States", "GB": "United Kingdom", "IR": "Iran", "KR": "South Korea",
            "KP": "North Korea", "SY": "Syria", "VE": "Venezuela", "TW": "Taiwan", "MD": "Moldova",
            "BO": "Bolivia", "TZ": "Tanzania", "VN": "Vietnam", "LA": "Laos", "PS": "Palestine", "VA": "Vatican"}

TITLE_WORDS = {"president", "prime", "minister", "foreign", "defence", "defense", "secretary", "spokesperson",
               "spokesman", "spokeswoman", "envoy", "special", "chancellor", "king", "queen", "general", "chief",
               "ambassador", "senator", "state", "deputy", "vice", "us", "u.s.", "ukrainian", "russian", "kremlin",
               "head", "leader", "premier", "former", "acting", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."}


@lru_cache(maxsize=1)
def _table() -> dict:
    data = yaml.safe_load(resources.files("summarizer.data").joinpath("aliases.yaml").read_text())
    parties = {}
    for canon, others in data["parties"].items():
        for name in [canon, *others]:
            parties[_key(name)] = canon
    places = {}
    for canon, others in data["places"].items():
        for name in [canon, *others]:
            places[_key(name)] = canon
    return {"parties": parties, "places": places, "endings": data["surname_endings"],
            "honorifics": {h.lower() for h in data["honorifics"]}}


def _key(name: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", "", name.lower()).split())


@lru_cache(maxsize=2048)
def country(name: str) -> str | None:
    """A display name for a country name or code, or None when `name` is not a country."""
    key = name.strip()
    if not key:
        return None
    try:
        found = pycountry.countries.lookup(key)
    except LookupError:
        try:
            matches = pycountry.countries.search_fuzzy(key)
        except LookupError:
            return None
        found = matches[0] if len(matches) == 1 and fuzz.ratio(_key(key), _key(matches[0].name)) >= 85 else None
        if found is None:
            return None
    return _DISPLAY.get(found.alpha_2) or getattr(found, "common_name", None) or found.name


def is_country(name: str) -> bool:
    """A country's name or abbreviation ('France', 'UAE'), as opposed to a city ('Washington', 'Abu Dhabi')."""
    if country(name):
        return True
    return name.replace(".", "").isupper() and country(party(name)) is not None


_GOVERNMENT = re.compile(r"^(?:the\s+)?(?:government|gobierno|gouvernement|governo|regierung|administration)\s+"
                         r"(?:of|de|del|du|da|der|des)\s+(?:la\s+|the\s+)?(.+)$|^(.+?)\s+(?:government|administration)$", re.I)


def party(name: str) -> str:
    """Canonical party name: alias table, then ISO country names, else the name as written (trimmed).

    'Government of Colombia', 'Gobierno de Colombia' and 'Colombian government' name the state: 'Colombia'.
    """
    clean = name.strip().strip(".,;:")
    m = _GOVERNMENT.match(clean)
    if m and (inner := (m.group(1) or m.group(2)).strip()) and (country(inner) or _key(inner) in _table()["parties"]):
        clean = inner
    table = _table()["parties"]
    key = _key(clean)
    if key in table:
        return table[key]
    if key.startswith("the ") and key[4:] in table:
        return table[key[4:]]
    return country(clean) or clean


def place(name: str) -> str:
    """Canonical city name: 'Vilnius, Lithuania' -> 'Vilnius'; 'Kiev' -> 'Kyiv'."""
    clean = name.split(",")[0].strip().strip(".;:")
    return _table()["places"].get(_key(clean), clean)


def fold_surname(word: str) -> str:
    for ending, repl in _table()["endings"].items():
        if word.lower().endswith(ending):
            return word[: -len(ending)] + repl
    return word


def person(name: str) -> str:
    """Canonical person name: honorifics dropped, transliterated endings folded (Zelenskyy -> Zelensky)."""
    words = name.replace("’", "'").split()
    while words and words[0].lower().rstrip(".") in {h.rstrip(".") for h in _table()["honorifics"]}:
        words = words[1:]
    return " ".join(fold_surname(w) for w in words)


_PARTICLES = {"de", "da", "del", "der", "den", "van", "von", "bin", "ibn", "al", "el", "la", "le", "di", "du", "dos", "y"}


def looks_like_name(name: str) -> bool:
    """A person's name: two to five words, each capitalised apart from particles ('van', 'al', 'de')."""
    words = name.split()
    if not 1 <= len(words) <= 5:
        return False
    if not all(w[:1].isupper() or w.lower() in _PARTICLES for w in words):
        return False
    return any(ch.isalpha() for ch in name)


_ACRONYM = re.compile(r"((?:[A-Z][\w'’.-]*|of|the|for|and|de|del|la|des|du)"
                      r"(?:\s+(?:[A-Z][\w'’.-]*|of|the|for|and|de|del|la|des|du)){1,7})\s+\(([A-Z]{2,8})\)")


def initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", name))


def is_acronym_of(short: str, long: str) -> bool:
    """'RSF' and 'Rapid Support Forces'; 'ELN' and 'Ejército de Liberación Nacional'."""
    short = short.replace(".", "").strip()
    return short.isupper() and 2 <= len(short) <= 8 and initials(long).endswith(short) and len(long.split()) > 1


def acronyms(text: str) -> dict[str, str]:
    """Acronyms the article defines, like 'Rapid Support Forces (RSF)': {'RSF': 'Rapid Support Forces'}."""
    found = {}
    for m in _ACRONYM.finditer(text):
        words = m.group(1).split()
        acronym = m.group(2)
        for i in range(len(words)):  # the shortest tail of the phrase whose initials spell the acronym
            candidate = " ".join(words[i:])
            if initials(candidate) == acronym:
                found[acronym] = candidate
        found.setdefault(acronym, m.group(1)) if is_acronym_of(acronym, m.group(1)) else None
    return found


_ORGANISATION = re.compile(r"\b(forces?|army|armed|union|council|front|party|movement|coalition|organi[sz]ation|"
                           r"alliance|league|committee|government|ministry|republic|kingdom|state|states|nations|"
                           r"command|group|brigades?|militia|authority|federation|emirates|bank|fund|court|office)\b", re.I)


def person_like(name: str) -> bool:
    """A name that reads as a person's ('Ersin Tatar'), not a state's or an organisation's."""
    return (len(name.split()) >= 2 and looks_like_name(name) and not _ORGANISATION.search(name)
            and not country(name) and _key(name) not in _table()["parties"])


def split_title(name: str) -> tuple[str, str]:
    """'President Volodymyr Zelensky' -> ('Volodymyr Zelensky', 'President')."""
    words = name.split()
    i = 0
    while i < len(words) - 1 and words[i].lower().strip(",") in TITLE_WORDS:
        i += 1
    return " ".join(words[i:]), " ".join(words[:i])


def fold_accents(text: str) -> str:
    """'Lajčák' -> 'Lajcak', for comparing spellings."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def same_person(a: str, b: str) -> bool:
    """True when two canonical names plausibly name one person ('Zelensky' and 'Volodymyr Zelensky')."""
    wa, wb = fold_accents(a).lower().split(), fold_accents(b).lower().split()
    if not wa or not wb:
        return False
    short, long = sorted((wa, wb), key=len)
    if len(short) > 1 and long[-len(short):] == short:  # 'Oleg Serebrian' in 'Vizepremier Oleg Serebrian'
        return True
    if fuzz.ratio(wa[-1], wb[-1]) < 88:
        return False
    if len(wa) > 1 and len(wb) > 1:
        return fuzz.ratio(wa[0], wb[0]) >= 80 or wa[0][0] == wb[0][0]
    return True


def mention_forms(name: str) -> list[str]:
    """Spellings under which a canonical name may appear in a text, for locating its evidence."""
    forms = {name}
    words = name.split()
    if len(words) > 1:
        forms.add(words[-1])
    for canon_key, canon in _table()["parties"].items():
        if canon == name:
            forms.add(canon_key)
    for ending, repl in _table()["endings"].items():
        for w in list(forms):
            if w.lower().endswith(repl):
                forms.add(w[: -len(repl)] + ending)
    return sorted(forms, key=len, reverse=True)
