"""Parties, people and venues from the model's choices: canonical names, each found in the article."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from .. import candidates, dateline, dates, names, thresholds
from ..answers import ActorsAnswer, PersonAnswer
from ..contract import Party, Person, Role, Venue
from ..evidence import find_mention, line_bounds, sentence
from ..language import dominant_script
from . import moves
from .events import venue_named
from .checks import short_text
from .state import Collected, Context

ROLE: dict[str, Role] = {"negotiator": "negotiating party", "mediator": "mediator", "host": "host", "guarantor": "guarantor",
        "other": "other"}
ROLE_RANK: tuple[Role, ...] = ("negotiating party", "mediator", "host", "guarantor", "other")  # a more specific role wins
TITLE_LIMIT = 8


def party_forms(ctx: Context, written: str, canonical: str) -> list[str]:
    return list({written, canonical, *names.mention_forms(canonical), *ctx.acronym_forms(canonical)})


def _german_common_noun(ctx: Context, name: str) -> bool:
    """A name no table knows, no acronym and not defined by one, that a German article writes only after a
    lower-case word or in a list ('die Folgen für Fischerei, Sedimente und ...', 'die Fischer am Tana-See'): German
    capitalises every noun, so such a word is a thing or a group of people, not a party."""
    if names.known_party(name, ctx.acronyms) or name.isupper() or name in ctx.acronyms.values() or \
            any(ch.isdigit() for ch in name):
        return False
    found = _starts(ctx.article.text, name)
    return bool(found) and all(re.search(r"(?:(?<![\w-])[a-zäöüß]+\s+|,\s*)$", ctx.article.text[max(0, at - 30):at])
                               for at in found)


# a place named as a place ('Druze-majority province of Sweida', 'Donetsk region'): no side of talks (in lower case: the
# Kurdistan Region is a government)
_A_PLACE_OF = re.compile(r"(?<!\w)(?:province|region|district|town|village|city|governorate|oblast)(?:\s+of\s+\w|$)")


def add_parties(ctx: Context, x: ActorsAnswer, out: Collected, moved: list[PersonAnswer]) -> None:
    for p in x.parties:
        p = p.model_copy(update={"name": _INITIALS.sub(r"\1.", p.name)})  # 'U. S. embassy' as the article writes it
        name = names.party(p.name, ctx.acronyms)
        if not name:
            continue
        if credited_agency(ctx, p.name):
            out.drop("parties", p.name, "the agency credited in the dateline, not a party")
            continue
        if not names.known_party(p.name, ctx.acronyms) and _tail_of_a_name(ctx.article.text, p.name.strip()):
            out.drop("parties", p.name, "the end of a longer name ('Ministry of External Affairs'), not a party")
            continue
        name = names.state_of_capital(name) or name  # a government named by its seat: 'N'Djamena' is Chad
        name = _uninflected(ctx, name)
        if ctx.article.language == "de" and name == p.name.strip() and _german_common_noun(ctx, name):
            out.drop("parties", p.name, "a German common noun ('für Fischerei, Sedimente ...'), not a party")
            continue
        if _a_label(ctx.article.text, p.name.strip()) and not names.known_party(p.name, ctx.acronyms):
            out.drop("parties", p.name, "a section label on a line of its own ('NATION'), not a party")
            continue
        if name.lower().strip(" .") in {*ROLE, *ROLE.values(), "", "party", "none", "unknown"}:
            out.drop("parties", p.name, "a role or a placeholder, not a name")
            continue
        if _people_of_a_place(name):
            out.drop("parties", p.name, "people of a country or region ('European troops'), not a party")
            continue
        if _RESEARCH.search(name) and ROLE[p.role] == "other":
            out.drop("parties", p.name, "a research body an analyst speaks for ('Institute of Regional Studies'), not a "
                                        "party")
            continue
        if _a_thing_of_a_place(name):
            out.drop("parties", p.name, "a firm or a thing of a country ('a Lithuanian brewery'), not a party")
            continue
        organisation = bool(_GROUP_WORDS.search(name)) or _a_body_in(ctx.article.text, name) or names.is_community(name)
        if not organisation and not names.known_party(p.name, ctx.acronyms) and not names.country(name) \
                and p.name.strip() in {q.name.strip() for q in x.people}:
            out.drop("parties", p.name, "a person the model also listed among the people, not a party")
            continue
        person = names.person_in(p.name) if not organisation else None
        if (names.person_like(name) and not organisation) or person:  # a person listed as a party: a person
            # ('Ejército de Liberación Nacional' reads as a name, but its words are an organisation's)
            moved.append(PersonAnswer(name=person or p.name, title="", party=""))
            continue
        titled = bool(_OPENING_OFFICE.match(name)) and not names.known_party(p.name, ctx.acronyms)
        if titled or (not organisation and (_AN_OFFICE.match(name) or _a_cyrillic_office(name))):
            if not (state := _state_of_office(name) or (_state_named_in(name) if titled else None)):
                out.drop("parties", p.name, "a title, not a party")
                continue
            name = state
        if names.known_city(name, ctx.article.text) and not names.country(name) and name == p.name.strip():
            out.drop("parties", p.name, "a city, not a party")
            continue
        if _A_PLACE_OF.search(name) and not names.known_party(p.name, ctx.acronyms):
            out.drop("parties", p.name, "a province, region or town ('the province of Sweida'), not a party")
            continue
        if name in {v.name for v in out.venues} | {v.strip() for v in x.venues} and not names.country(name) \
                and not (names.known_party(name, ctx.acronyms) and name not in {v.name for v in out.venues}):
            # (a body the model also gave as a place, which is no place: 'United Nations')
            out.drop("parties", p.name, "a meeting place, not a party")
            continue
        if _absent(ctx.article.text, party_forms(ctx, p.name, name)):
            out.drop("parties", p.name, "the article says it was not at the talks ('which was not represented')")
            continue
        role = ROLE[p.role]
        existing = next((q for q in out.parties if q.name == name), None)
        if existing:
            if ROLE_RANK.index(role) < ROLE_RANK.index(existing.role) and existing.role == "other":
                existing.role = role
            continue
        # (a state the article names only by its seat, as news does its government: 'Téhéran réclame ...')
        span = find_mention(ctx.article, party_forms(ctx, p.name, name)) or \
            find_mention(ctx.article, [c for c in {names.capital(name), *names.capital_spellings(name)} if c])
        if span is None or _only_a_common_word(ctx, p.name.strip(), name):
            out.drop("parties", p.name, "name not found in the article")
            continue
        out.parties.append(Party(name=name, role=role, evidence=span.evidence()))


def _a_label(text: str, name: str) -> bool:
    """A word in capitals that the page writes only as a line of its own: a section's label ('NATION', 'WORLD')."""
    if not name.isupper() or " " in name:
        return False
    found = _starts(text, name)
    return bool(found) and len(re.findall(rf"(?m)^[ \t]*{re.escape(name)}[ \t]*$", text)) == len(found)


_REGION_ADJECTIVES = {"european", "western", "eastern", "foreign", "international", "arab", "african", "asian", "gulf"}
# people as persons, not a body that acts as a side ('the Sudanese army', 'Russian forces' may be a side)
_PERSONS_NOUNS = {"troops", "soldiers", "officials", "diplomats", "peacekeepers", "monitors", "lawmakers", "sources",
                  "citizens", "civilians", "experts", "journalists", "observers", "technocrats", "residents",
                  "analysts", "activists", "refugees", "prisoners", "hostages", "workers"}


_ADJECTIVE_END = re.compile(r"^[A-Z]\w+(?:ian|ean|ese|ish)$")  # a people's adjective no table knows ('Palestinian')
_INITIALS = re.compile(r"(?<![\w.])([A-Z])\.\s+(?=[A-Z]\.)")  # 'U. S.' -> 'U.S.'


def _people_of_a_place(name: str) -> bool:
    """A place's adjective before a plural of persons ('European troops', 'Western soldiers', 'Ukrainian
    officials'): people of a place, not a party the article names; or a plural of bodies with no name of its own
    ('aid agencies', 'European governments', 'Western capitals')."""
    words = name.split()
    if len(words) == 2 and bool(names.from_demonym(words[0]) or words[0].lower() in _REGION_ADJECTIVES
                                or _ADJECTIVE_END.search(words[0])) and words[1] in _PERSONS_NOUNS:
        return True
    return 1 <= len(words) <= 3 and words[-1].lower() in _BODIES and all(
        w.islower() or names.from_demonym(w) or w.lower() in _REGION_ADJECTIVES for w in words[:-1])


# plurals of bodies that a story names without naming any ('aid agencies', 'European governments'): never a side
_BODIES = {"agencies", "governments", "capitals", "donors", "ngos", "organisations", "organizations", "investors",
           "charities", "humanitarians", "allies", "partners", "neighbours", "neighbors"}
# common nouns after a country's adjective that name a side of talks ('Sudanese army', 'Syrian opposition')
_SIDE_NOUNS = {"side", "delegation", "officials", "negotiators", "team", "presidency", "parliament", "opposition",
               "community", "leadership", "administration", "cabinet", "kingdom", "republic", "state", "navy"}


def _a_thing_of_a_place(name: str) -> bool:
    """A country's adjective before a common noun that names no side of talks ('Lithuanian brewery', 'Russian
    media'), or a place before one ('Stockholm broker', 'Lisbon-based investment bank'): a firm or a thing of that
    place, not a party."""
    words = name.split()
    place = re.sub(r"-based$", "", words[0]) if words else ""
    of_a_people = len(words) == 2 and bool(names.from_demonym(words[0]))
    # (or a place's firm: 'Stockholm broker', up to three words after '<place>-based': 'Lisbon-based investment bank')
    of_a_place = (len(words) == 2 or (place != words[0] and 2 <= len(words) <= 4)) \
        and bool(names.known_city(place) or names.country(place))
    if not (of_a_people or of_a_place) or not all(w.isalpha() and w.islower() for w in words[1:]):
        return False
    noun = words[-1].lower()
    return noun not in _sides() | _PERSONS_NOUNS and noun.rstrip("s") not in _sides()


@lru_cache(maxsize=1)
def _sides() -> frozenset[str]:
    """Every noun that names a side of talks after a country's adjective."""
    return frozenset(w.lower() for w in moves.words_of("group_nouns", "state_nouns", "group_nouns_other", "own_side")) \
        | _SIDE_NOUNS


def _only_a_common_word(ctx: Context, written: str, name: str) -> bool:
    """A name no table knows that the article writes only as its last word, in lower case: a common word
    ('internazionali' of 'Istanze internazionali', which the article never names), not the party."""
    words = name.split()
    if len(words) < 2 or names.known_party(written, ctx.acronyms) or words[-1][:1].isupper():
        return False
    whole = [f for f in party_forms(ctx, written, name) if f != words[-1]]
    return not any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", ctx.article.text, re.I) for f in whole)


# words right after a party's name that say it was not at the talks ('Ethiopia, which was not represented at the
# talks, said ...'; 'European governments, which were not represented in Geneva'; 'Turkey, which operates the
# pipeline, was not represented')
_ABSENT = re.compile(r"\s*,?\s*(?:(?:which|who)\s+(?:[^,;.]{1,100},\s*)?)?(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+not|"
                     r"did\s+not|does\s+not|do\s+not)\s+(?:represented|present|invited|(?:take|taking)\s+part|"
                     r"attend|participate)(?!\w)")


def _absent(text: str, forms: list[str]) -> bool:
    """The article says, right after naming the party, that it was not at the talks."""
    return any(_ABSENT.match(text, m.end()) for form in forms if form.strip()
               for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text))


# the head noun of a title: a title next to a name ends with one ('foreign ministry spokesman Esmaeil Baghaei') or
# an apposition after it holds one ('Ronen Bar, the head of the Shin Bet security agency,')
_OFFICE = re.compile(r"(?<!\w)(?:president|minister|spokes(?:man|woman|person)|envoy|advis[eo]r|negotiator|secretary|"
                     r"facilitator|chair|chairman|chairwoman|chairperson|"
                     r"secretary-general|leader|chief|head|ambassador|representative|commander|general|chancellor|"
                     r"premier|king|director|mediator|ministre|porte-parole|président|médiateur|conseiller|envoyé|négociateur|"
                     r"négociatrice|chef|cheffe|negoziatore|negoziatrice|inviato|inviata|portavoce|chefe|enviado|enviada|"
                     r"außenminister|sprecher|präsident|unterhändler|jefe|jefa|ministro|ministra|presidente|presidenta|portavoz|negociador|"
                     r"negociadora|secretario|secretaria|subsecretario|subsecretaria|canciller|cancillería|vocero|vocera|"
                     r"embajador|embajadora|"
                     r"comandante|министр|пресс-секретарь|помощник|президент|глава|official)(?!\w)", re.I)
# the words of a research body, whose analysts comment on talks they take no part in (not a 'Centre', which may
# mediate: 'Centre for Humanitarian Dialogue')
_RESEARCH = re.compile(r"(?<!\w)(?:institute|institut|instituto|istituto|university|université|universidad|università|"
                       r"universität|think[- ]tank)(?!\w)", re.I)
# a party name that opens with an office is a title, whatever words of a body follow ('Ministre de la Réconciliation
# nationale', 'Minister of Foreign Affairs of Qatar')
# ('General Command', 'General Assembly' are bodies: a rank does not open a title here)
_OPENING_OFFICE = re.compile(rf"^(?:(?:the|le|la|el|der|die)\s+)?(?!general\b|official\b)(?:{_OFFICE.pattern})(?:\s|$)", re.I)
# a party name that is a title: lower-case words holding an office, after a country or its adjective at most
_AN_OFFICE = re.compile(rf"^(?:the\s+)?(?:([A-ZÀ-Þ][\w'’.-]+)\s+)?(?:[a-zà-ÿ-]+\s+)*?(?:{_OFFICE.pattern})(?:\s+.*)?$")
STATE_NOUNS = frozenset(w.lower() for w in moves.words_of("state_nouns")) | \
    frozenset("the " + w.lower() for w in moves.words_of("state_nouns"))
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}")  # 'U.S.' in 'U.S. officials'
# a name written after another person's name and 'and' shares the title before both ('US envoys Steve Witkoff and
# Jared Kushner'): what stands before the first name
_SHARED_TITLE = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,3}(?:and|et|und|y|и)\s+$")
# (a relative clause after the title is no part of it: 'Yemane Gebreab, the Eritrean presidential adviser who led
# the delegation')
_APPOSITION = re.compile(r"^,\s+(?:the|its|his|her|their|le|la|el|der|die)\s+([^,.;:()]{3,80}?)\s*"
                         r"(?:[,.;]|$|\s(?:who|whom|whose|which|that|qui|que|quien|quienes|cui|che)\s)", re.I)
# a title that opens a clause and is followed by the name between commas ('The European Union's deputy secretary
# general for political affairs, Olof Skoog, also attended'; 'El jefe negociador del ELN, Pablo Beltrán, exigió')
_TITLE_BEFORE = re.compile(r"(?:^|\s)(?:the|la|el|le|der|die)\s+(?:[^,.;:]{0,40}?['’]s\s+)?([^,.;:()]{3,80}),\s*$", re.I)
# words that may stand in a title before its head noun besides names of places and bodies ('Kremlin', 'Iranian')
_TITLE_MODIFIERS = {"foreign", "deputy", "prime", "defence", "defense", "vice", "special", "senior", "chief", "ministry",
                    "state", "national", "security", "army", "former", "acting", "top", "lead", "presidential",
                    "military", "government", "affairs", "general", "first", "assistant", "interior", "trade",
                    "finance", "policy", "peace", "intelligence", "economic", "political", "nuclear", "energy",
                    "justice", "negotiating", "press", "panel", "implementing", "delegation", "commission", "team"}


# a title whose office is followed by what it is of, right before a name ('Eritrea's Minister of Information',
# 'ministro degli Esteri')
# the words by which a title says what it is of ('Minister of Information', 'ministro degli Esteri')
_OF_WORDS = r"of|for|degli|dei|del|della|de|des|du|da|do|dos|das"
_OF_TITLE = re.compile(r"((?i:" + _OFFICE.pattern + r")(?:\s+(?:" + _OF_WORDS + r"|delle|de\s+la)\s+(?:the\s+)?"
                       r"(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)+)\s+$")


# articles that open no title ('the', 'Il ministro degli Esteri')
_ARTICLE_WORDS = {"the", "a", "an", "le", "la", "les", "el", "los", "las", "il", "lo", "gli", "der", "die", "das", "o", "os"}


# Cyrillic office words: a title opens with one and runs on in the genitive up to the name ('секретар Ради
# національної безпеки і оборони України Рустем Умєров', 'помощник президента России Владимир Мединский')
_CYRILLIC_OFFICE = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, names.CYRILLIC_OFFICES))})(?!\w)", re.I)
_CYRILLIC_ADJECTIVE = re.compile(r"^[а-яіїєґё'-]+(?:ий|ій|ый|ой|ний|ная|на)$")  # 'спеціальний', 'специальный'


def _cyrillic_title_before(line: str) -> str:
    """The Cyrillic title that runs up to the name at the end of `line`, as written, without an honorific after it
    ('Міністр закордонних справ ОАЕ шейх'); "" when none."""
    words = line.split()[-TITLE_LIMIT:]
    at = max((i for i, w in enumerate(words) if _CYRILLIC_OFFICE.fullmatch(w.strip(",."))), default=None)
    if at is None or any(re.search(r"[,.;:«»\"“”()–—]", w) for w in words[at:]) or any(
            w in ("і", "и", "й", "та") and words[i - 1][:1].isupper() for i, w in enumerate(words) if i > at):
        return ""  # (a title shared with a name before 'і': 'посланець Стів Віткофф і Джаред Кушнер')
    kept = words[at:]
    if at and _CYRILLIC_ADJECTIVE.match(words[at - 1]):
        kept.insert(0, words[at - 1])
    while kept and kept[-1].lower() in names.TITLE_WORDS and not _CYRILLIC_OFFICE.fullmatch(kept[-1]):
        kept.pop()  # 'шейх'
    return " ".join(kept)


def _a_compound_office(word: str) -> bool:
    """A German compound that ends in an office ('Vizepremier', 'EU-Sonderbeauftragten'), not a country's adjective."""
    return word[:1].isupper() and len(word) >= names.COMPOUND_TITLE and names.a_title_word(word) \
        and word.lower() not in _NOT_AN_OFFICE and not names.from_demonym(word) and not names.country(word)


# title words that describe an office without being one ('Kremlin spokesman', 'former minister')
_NOT_AN_OFFICE = {"kremlin", "ukrainian", "russian", "former", "acting", "special", "foreign", "defence", "defense"}


def title_next_to(text: str, name: str) -> str:
    """The title the article writes next to a person's name, before it ('Kremlin spokesperson Dmitry Peskov') or in
    an apposition after it ('Ronen Bar, the head of the Shin Bet security agency,'), as written; "" when none."""
    if dominant_script(name) == "CYRILLIC":
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if title := _cyrillic_title_before(text[text.rfind("\n", 0, m.start()) + 1:m.start()]):
                return title
        return ""
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        after = _APPOSITION.search(text[m.end():m.end() + 120])
        if after and _OFFICE.search(after.group(1)) and _SHARED_TITLE.search(line):
            return after.group(1).strip()  # its own title over one it might share ('US special envoy Steve Witkoff
            # and Kirill Dmitriev, the Kremlin's envoy for economic cooperation')
        shared = _SHARED_TITLE.search(line) is not None
        words = _SHARED_TITLE.sub("", line).split()[-6:]
        if shared and words and _OFFICE.fullmatch(words[-1]):
            words = []  # a title in the singular is the first name's alone ('special envoy Steve Witkoff and Jared
            # Kushner'); in the plural it is shared ('US envoys Steve Witkoff and Jared Kushner')
        if words and (_OFFICE.fullmatch(words[-1]) or _OFFICE.fullmatch(_singular(words[-1]))
                      or _a_compound_office(words[-1])):
            # as written; a plural (shared by two names) is each one's in the singular ('US envoys Steve Witkoff and
            # Jared Kushner': each a US envoy)
            kept = [_singular(words.pop())]
            while words and (words[-1][-1:].isalnum() or _ABBREVIATION.fullmatch(words[-1])) \
                    and (words[-1][0].isupper() or words[-1].lower() in _TITLE_MODIFIERS or _OFFICE.fullmatch(words[-1])):
                kept.insert(0, words.pop())
            while kept[0].lower() in _ARTICLE_WORDS:
                kept.pop(0)
            return " ".join(kept)
        of_title = _OF_TITLE.search(line)  # 'Minister of State for Foreign Affairs Adel al-Jubeir'
        if of_title:
            kept, before_it = of_title.group(1).split(), line[:of_title.start(1)].split()
            while before_it and (before_it[-1][:1].isupper() or before_it[-1].lower() in _TITLE_MODIFIERS) \
                    and before_it[-1][-1:].isalnum() and before_it[-1].lower() not in _ARTICLE_WORDS:
                kept.insert(0, before_it.pop())  # 'US senior adviser for Africa'; not 'Il ministro ...'
            if len(kept) <= TITLE_LIMIT:
                return " ".join(kept)
        if after and _OFFICE.search(after.group(1)):
            return after.group(1).strip()
        before = _TITLE_BEFORE.search(text[max(text.rfind("\n", 0, m.start()) + 1, m.start() - 120):m.start()])
        if before and _OFFICE.search(before.group(1)) and text[m.end():m.end() + 1] == "," \
                and len(before.group(1).split()) <= TITLE_LIMIT:
            return before.group(1).strip()
    return ""


def _singular(word: str) -> str:
    """An office word in the singular ('envoys' -> 'envoy', to recognise it); any other word as it is."""
    for end in ("es", "s"):
        if word.lower().endswith(end) and _OFFICE.fullmatch(word[:-len(end)]):
            return word[:-len(end)]
    return word


_DESTINATION = {"to", "for", "on", "in", "towards", "pour", "en", "para", "für", "nach", "по"}


def _without_possessive(words: str) -> str:
    """'Djibouti's' -> 'Djibouti'."""
    return re.sub(r"['’]s$", "", words)


def party_of_title(title: str, parties: list[str] | None, acronyms: dict[str, str]) -> str | None:
    """The party a title names ('US envoy' -> United States, 'Kremlin spokesperson' -> Russia, 'Russian President'
    -> Russia), when it is one of `parties` (None: any country); none by a past office ('former Nigerian president
    Olusegun Obasanjo' observes for the African Union)."""
    if re.match(r"(?:the\s+)?(?:former|ex-|retired|onetime|one-time|ancien|ancienne|ehemalige[rn]?|exministro|expresidente|"
                r"бывш)", title.strip(), re.I):
        return None
    if parties and dominant_script(title) == "CYRILLIC":  # 'помічник президента Росії': the name in its case
        found = moves.mentions(title, moves.party_forms(parties, [], acronyms))
        return found[-1][2] if found else None
    words = re.findall(r"[\w.'’-]+", title)
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            chunk = _without_possessive(" ".join(words[i:i + size]))  # "Djibouti's President": Djibouti
            if i and words[i - 1].lower() in _DESTINATION:  # 'UN envoy to Libya', 'U.S. special envoy for Syria'
                continue
            if parties is None and (not chunk[:1].isupper() or (len(chunk) <= 2 and not chunk.isupper())):
                continue  # nor a common word that is also a country's code ('de', 'to')
            for named in (names.party(chunk, acronyms), names.from_demonym(chunk), _adjective_of(chunk, parties)):
                if named and (named in parties if parties is not None else names.country(named) is not None):
                    return named
    return None


def _adjective_of(word: str, parties: list[str] | None) -> str | None:
    """The party whose name a word is the adjective of, by its ending ('Transnistrian' of Transnistria)."""
    for party in parties or []:
        stem = party[:-1] if party[-1:] in "aeiouy" else party
        if len(party) >= 5 and " " not in party and word.lower().startswith(stem.lower()) \
                and 0 < len(word) - len(party) <= 3 and word[:1].isupper():
            return party
    return None


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence (or line) that holds position `at` begins."""
    return max(text.rfind("\n", 0, at), text.rfind(". ", 0, at)) + 1


def _possessor(text: str, name: str, parties: list[str], acronyms: dict[str, str]) -> str | None:
    """The party whose title the article gives a person with a possessive before it ("Moldova's deputy prime
    minister for reintegration, Roman Rotaru"; "Moldova's President Maia Sandu"), when it is one of `parties`."""
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        before = text[_sentence_start(text, m.start()):m.start()].rstrip(" ,")
        owner = re.search(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s\s+(?:[\w-]+\s+){0,6}?[\w-]+$", before)
        named = names.party(owner.group(1), acronyms) if owner else None
        if named in parties:
            return named
    return None


# the body a spokesperson speaks for, as the subject of the sentence before ('The Chinese foreign ministry gave a
# different account. Spokesperson Mao Ning said ...')
_BODY_BEFORE = re.compile(r"^\s*[Tt]he\s+([A-ZÀ-Þ][\w'’-]+)\s+(?:[a-z]+\s+){0,2}?(?:ministry|government|embassy|"
                          r"delegation|side|presidency|mission|office|team)(?!\w)")


def _body_before(text: str, name: str, parties: list[str]) -> str | None:
    """The party of the body the sentence before names as its subject, when the person's first mention opens its
    sentence with at most a title that names no party ('Spokesperson Mao Ning said in Beijing ...')."""
    first = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text)
    if first is None:
        return None
    start = _sentence_start(text, first.start())
    lead = text[start:first.start()].split()
    if len(lead) > 2 or any(not _OFFICE.search(w.lower()) for w in lead) or start < 2:
        return None
    body = _BODY_BEFORE.match(text[_sentence_start(text, start - 2):start])
    word = body.group(1) if body else ""
    named = (names.from_demonym(word) or names.country(word)) if word else None
    return named if named in parties else None


def _nearer_to_another(text: str, title: str, name: str, others: tuple[str, ...]) -> bool:
    """Wherever the article writes `title`, another of the people named stands nearer to it in its sentence than
    `name` does."""
    def gap(at: tuple[int, int], who: str) -> int:  # within the title's sentence
        spots = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(who)}(?!\w)", text)]
        return min((max(s - at[1], at[0] - e, 0) for s, e in spots
                    if not re.search(r"[.!?;。]\s", text[min(e, at[1]):max(s, at[0])])), default=len(text))
    written = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(title)}(?!\w)", text, re.I)]
    rivals = [o for o in others if o and o != name and not names.same_person(names.person(o), names.person(name))]
    return bool(written and rivals) and all(min(gap(at, o) for o in rivals) < gap(at, name) for at in written)


def _title(ctx: Context, model_title: str, title_in_name: str, name: str, others: tuple[str, ...] = ()) -> str:
    """The title as the article writes it: the one next to the name (measured: right more often than the model's);
    else the model's, if the article holds it and does not write it next to another of the `others` named ('X,
    foreign minister of A, and his counterpart Y': not Y's title); else the one the model wrote before the name."""
    near = title_next_to(ctx.article.text, name)
    if near:
        return near
    title, _ = short_text(model_title, TITLE_LIMIT, ctx.article)
    if title and names.key(title) == names.key(name):
        return title_in_name  # the name copied into the title is no title
    if title and name and re.search(rf"(?<!\w){re.escape(name)}$", title):
        title = title[:-len(name)].strip(" ,")  # the name copied after its title ('convener N. Kitovi Zhimomi')
    if title and _nearer_to_another(ctx.article.text, title, name, others):
        return title_in_name
    if title and title.lower() not in ("none", "n/a", "unknown"):
        # whole words only: a near match would cut a word ('Turkish presiden' of 'Turkish presidency')
        found = re.search(rf"(?<!\w){re.escape(title)}(?!\w)", ctx.article.text, re.I)
        if found:
            return found.group(0)
    return title_in_name


# words of an organisation's name in the languages of the cases ('Ejército de Liberación Nacional' is not a person)
_GROUP_WORDS = re.compile(r"(?<!\w)(liberation|national|government|authority|administration|movement|alliance|coalition|ejército|liberación|nacional|frente|movimiento|partido|fuerzas|"
                          r"gobierno|armée|libération|nationale|mouvement|parti|gouvernement|armee|bewegung|partei|"
                          r"regierung|commission|committee|council|agency|ministry|bank|union|organi[sz]ation|court|"
                          r"assembly|secretariat|panel|comisión|comité|conseil|consejo|kommission|ausschuss|комиссия|"
                          r"комитет|совет|"
                          # a document of the talks ('the 1904 Franco-Siamese Convention', 'Dayton Accords')
                          r"convention|treaty|accords?|protocol|charter|memorandum)(?!\w)", re.I)


# the words of a department of state, never a person ('Secretaría de Economía', 'Departamento de Estado')
_OFFICE_OF_STATE = re.compile(r"(?<!\w)(?:department|departamento|département|secretaría|secretaria\s+de|ministerio|"
                              r"ministère|ministerium|ministero|ministério|cancillería|senate|senado|sénat)(?!\w)", re.I)


def _not_a_person(name: str) -> bool:
    """A group, a people, a feast or a publication, not a person: an organisation's or a department's words
    ('Ejército de Liberación Nacional', 'Departamento de Estado'), a name opening with a demonym ('Greek Cypriot',
    'Congolese Tutsis') or a possessive ('Armenia's Tavush'), a holiday's ('Eid al-Fitr'), a publication's ('Peace
    Mediation Review')."""
    first = name.split()[0] if name.split() else ""
    return bool(_GROUP_WORDS.search(name) or _OFFICE_OF_STATE.search(name) or names.from_demonym(first)
                or re.search(r"['’]s$", first) or candidates.HOLIDAY.search(name) or _PUBLICATION.search(name)
                or first.lower() in _NUMBER_WORDS)


# numbers written as words, which open a count and never a name ('Zwölf Stunden', 'Two Koreas', 'Trois jours')
_NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
                 "hundred", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "zwölf",
                 "zwanzig", "hundert", "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix", "douze",
                 "vingt", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "doce", "veinte"}


_PUBLICATION = re.compile(rf"\b(?:{candidates.PUBLICATION_WORDS})$")  # 'Peace Mediation Review': a publication


def _without_place(name: str) -> str:
    """A name without a place word the model copied from the title before it ('Africa Massad Boulos' of 'senior
    adviser for Africa Massad Boulos')."""
    words = name.split()
    if len(words) >= 3 and (names.is_region(words[0]) or names.country(words[0])):
        return " ".join(words[1:])
    return name


_INFLECTING = {"de", "ru", "uk"}  # languages that change a name's ending with its case ('der Libyschen Nationalen Armee')
_SEAT = re.compile(r"^(.+?)\s+(?:in|aus|в|из)\s+(\S+)$")  # 'Nationalen Einheit in Tripolis': the government there


def _uninflected(ctx: Context, name: str) -> str:
    """A name as it stays the same in every case of an inflecting language: the acronym the article defines for it
    ('LNA' for 'Libyschen Nationalen Armee'); a body named by its seat is its state ('... in Tripolis': Libya)."""
    if ctx.article.language not in _INFLECTING:
        return name
    short = next((a for a, long in ctx.acronyms.items() if long == name or long.endswith(" " + name)
                  or name.endswith(" " + long)), None)
    if short:
        return short
    seat = _SEAT.match(name)
    return (names.state_of_capital(seat.group(2)) or name) if seat else name


def the_state_side(out: Collected) -> str | None:
    """The one state among the parties that negotiate (or whose role is not known), if there is exactly one."""
    states = [p.name for p in out.parties if (names.is_state(p.name) or moves.state_noun_first(p.name))
              and p.role in ("negotiating party", "other")]
    return states[0] if len(states) == 1 else None


def the_group_side(out: Collected) -> str | None:
    """The one party that is not a state among those that negotiate (or whose role is not known), if there is
    exactly one and a state faces it."""
    groups = [p.name for p in out.parties if not names.is_state(p.name) and p.role in ("negotiating party", "other")]
    return groups[0] if len(groups) == 1 and the_state_side(out) else None


def _starts(text: str, name: str) -> list[int]:
    """Where the article writes the name, as a whole word."""
    return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)] if name else []


def _tail_of_a_name(text: str, name: str) -> bool:
    """Every time the article writes the name, it ends a longer one: a capitalised word and 'of', 'on', 'for' stand
    before it ('the Ministry of External Affairs', '... Coordination on India-China Border Affairs'), or an office
    and 'de', 'del', 'des', 'du' ('ministro de Relaciones Exteriores'), or the second of two things a title is of
    ('Special Envoy on Investment and Economic Cooperation')."""
    def ends_a_name(before: str) -> bool:
        if re.search(r"(?<=\w )[A-Z][\w-]*\s+(?:of|on|for)\s+(?:the\s+)?$", before):
            return True
        second = re.search(r"(?<=\w )([A-Z][\w-]*)\s+(?:of|on|for)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:and|&)\s+$", before)
        if second and names.a_title_word(second.group(1)):  # (not 'Besnik Bislimi for Kosovo and Petar Petković')
            return True
        office = re.search(r"([\w-]+)\s+(?:de|del|de la|des|du)\s+$", before)
        return bool(office and _OFFICE.fullmatch(office.group(1)))
    found = _starts(text, name)
    return bool(found) and all(ends_a_name(text[max(0, at - 60):at]) for at in found)


def _a_body_in(text: str, name: str) -> bool:
    """The article writes the name as a body's: with another name for it in brackets ('Ansar Allah (the Houthis)'),
    before a word for those who act for a body ('the Ansar Allah delegation'), or after a body's 'known as' ('a
    coalition of opposition parties known as the Democratic Consensus'; not 'a commander known as Gonzalo Sierra')."""
    return re.search(rf"(?<!\w){re.escape(name)}\s*(?:\((?:the\s+)?[A-Z]|(?:delegation|side|movement|group|forces|"
                     rf"representatives|fighters|leadership)\b)", text) is not None or \
        (len(name.split()) >= 2 and all(w[:1].isupper() for w in name.split())
         and re.search(rf"(?:coalition|alliance|bloc|front|platform|movement|group|parties)\s+known\s+as"
                       rf"(?:\s+the)?\s+{re.escape(name)}(?!\w)", text) is not None)


def _a_cyrillic_office(name: str) -> bool:
    """A title written in Cyrillic ('Міністр закордонних справ ОАЕ', 'Спеціальний посланець президента'): a word of
    it is a title word."""
    return dominant_script(name) == "CYRILLIC" and any(names.a_title_word(w) for w in name.split())


def _state_named_in(title: str) -> str | None:
    """The state a title names after its office word ('Minister of Foreign Affairs of Qatar' -> Qatar)."""
    words = [w.strip(",") for w in title.split()[1:]]
    tails = (" ".join(words[i:]) for i in range(len(words)))  # 'President of the United States'
    return next((state for tail in tails if (state := names.country(tail))), None) or \
        next((state for w in words if len(w) > 3 and (state := names.from_demonym(w))), None)


def _state_of_office(name: str) -> str | None:
    """The country a title names ('Chinese special envoy for Asian affairs' -> China; 'Міністр закордонних справ
    ОАЕ' -> United Arab Emirates; 'special envoy' -> None)."""
    if _a_cyrillic_office(name):
        return next((names.party(w) for w in name.split()[1:] if names.party(w) != w or names.country(w)), None)
    office = _AN_OFFICE.match(name)
    word = office.group(1) or "" if office else ""
    return names.from_demonym(word) or names.country(word) if word else None


def credited_agency(ctx: Context, name: str) -> bool:
    """The name stands only in brackets beside the dateline ('Brasilia, 9 de marzo de 2026 (Agencia Sur).-'): the
    agency that filed the story, not a party or a person of the talks."""
    if ctx.dateline is None or not name.strip():
        return False
    text = ctx.article.text
    found = _starts(text, name.strip())
    return bool(found) and all(text[max(0, at - 1):at] == "(" and abs(at - ctx.dateline[1]) <= 40 for at in found)


# a byline or a wire's closing credits ('By Amina Farah'; 'Analysis | By Amina Farah | July 3'; 'Analysis by Amina Farah'; '(Reporting by Amina Farah; Editing by Tom Hale)'), up to
# the name, after the authors named before it, each perhaps with the place it reports from ('By Aaron Maasho and ';
# 'Reporting by Aaron Maasho in Addis Ababa and ')
_AUTHOR = r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}"
_CREDIT = re.compile(r"(?:[^|·•\n]{0,30}[|·•])?\s*\(?(?:[^()\n;]{0,40}\bby\s+[^()\n;]{0,60};\s*)*(?:(?:additional\s+)?(?:reporting|writing|"
                     r"editing|written|reported|compiled|interview|interviewed|text|words|analysis|commentary|opinion|"
                     r"column|story|feature)\s+)?(?:by|von|por|par)\s+"
                     r"(?:" + _AUTHOR + r"(?:\s+(?:in|en|aus|à|a)\s+" + _AUTHOR + r")?(?:\s*,\s*|\s+(?:and|&|und|y|et|e)\s+))*"
                     r"(?:[A-Z][\w'’.-]*\s+){0,3}$", re.I)


# a line of authors' names alone, without 'By' ('Marta Kowal, Daniel Reyes, Olena Hartley, and the Russia Team';
# 'Anna Reyes and Tom Hale'): two names at least
_AUTHORS_LINE = re.compile(rf"\s*{_AUTHOR}(?:\s*,\s*{_AUTHOR})*(?:\s*,?\s+(?:and|&)\s+(?:the\s+(?:[\w-]+\s+){{0,3}}"
                           rf"(?:team|staff|desk|editors)|{_AUTHOR}))\s*", re.I)


# the note on the author that closes a column, after the name that opens its line ('Ana Petrovska is a senior fellow at
# ...', 'Jean Dupont est chercheur ...')
_AUTHOR_NOTE = re.compile(r"\s+(?:is|was|has been|est|es|ist)\s+(?:a|an|the|un|une|una|ein|eine)?\s*[^.\n]{0,80}?"
                          r"(?<!\w)(?:fellow|columnist|professor|lecturer|writer|author|analyst|researcher|journalist|"
                          r"correspondent|editor|contributor|commentator|chercheur|chercheuse|chroniqueur|chroniqueuse|"
                          r"journaliste|investigador|investigadora|columnista|periodista|analista|Kolumnist|Kolumnistin|"
                          r"Journalist|Journalistin|Analyst|Analystin)", re.I)

# the note on an author named in the byline, whatever the office it names, when the office is a past one ('Henrik
# Lindqvist was Sweden's ambassador to the OSCE from 2014 to 2019.'; not 'Jane Mwangi is a mediator the African Union
# sent to Jeddah': a person of the talks)
_NOTE_OF_THE_BYLINED = re.compile(r"\s+(?:was|served\s+as|(?:is|was)\s+(?:a|the)\s+former|war|fue|était|a\s+été)\s", re.I)

# a social-media handle on the line below a name that stands on a line of its own: the name of the account that
# posts the page ('Olena Marchuk' / '@omarchuk_news'), its author
_HANDLE_BELOW = re.compile(r"[ \t]*\r?\n[ \t]*@\w{2,30}[ \t]*(?:\r?\n|$)")
# or the journalist's title on the line below ('Raul Dancel' / 'Philippines Correspondent', 'Senior Reporter')
_TITLE_BELOW = re.compile(r"[ \t]*\r?\n[ \t]*(?:[\w-]+[ \t]+){0,3}(?:correspondent|reporter|writer|editor|columnist|"
                          r"journalist|contributor)[ \t]*(?:\r?\n|$)", re.I)


def _dated(text: str, end: int) -> bool:
    """What follows a name that opens its line is a date and nothing else: the rest of its line ('Kaveh M. Feb 21',
    a comment's header) or, when that is empty, the next line ('Dana Rezaei' / 'Feb 21, 2026', a post's author over its
    date)."""
    line_end = text.find("\n", end)
    rest = text[end:line_end if line_end >= 0 else len(text)]
    if not rest.strip() and line_end >= 0:
        after = text.find("\n", line_end + 1)
        rest = text[line_end + 1:after if after >= 0 else len(text)]
    rest = rest.strip().rstrip(".")
    found = dates.find_mentions(rest) if rest else []
    return len(found) == 1 and found[0].explicit and found[0].start == 0 and found[0].end == len(rest)


# a journalist of the page named by that office, before or after the name ('Our Middle East correspondent Karim
# Haddad', 'KARIM HADDAD, CORRESPONDENT:', 'Anna Reyes, our reporter in Kyiv')
_JOURNALIST_OFFICE = r"(?:correspondent|reporter|writer|presenter|anchor|newsreader|(?:podcast|episode|show|programme|program)[ \t]+host)"
_JOURNALIST_BEFORE = re.compile(rf"(?<!\w){_JOURNALIST_OFFICE}(?:[ \t]+|[ \t]*\([ \t]*)$", re.I)
_JOURNALIST_AFTER = re.compile(rf",?[ \t]*\(?(?:our[ \t]+|the[ \t]+|a[ \t]+)?(?:[\w-]+[ \t]+){{0,2}}?{_JOURNALIST_OFFICE}(?!\w)",
                               re.I)


# the closing credit of one who helped report the story ('Associated Press writer Daria Litvinova in Tallinn, Estonia,
# contributed to this report')
# (not 'Rustem Umerov, whose team contributed to the draft': only a report, a story or reporting)
_CONTRIBUTED = re.compile(r"[^.\n]{0,60}?\scontributed\s+(?:reporting(?!\w)|to\s+(?:this|the)\s+(?:report|story|article))",
                          re.I)
# the writer of a newsletter or a broadcast who greets the reader ('Good morning. This is Anna Holt in Kyiv with your
# briefing')
_GREETS_BEFORE = re.compile(r"(?:^|[.!]\s+)(?:This\s+is|I['’]m|I\s+am)\s+$")
_GREETS_AFTER = re.compile(r"(?:\s+in\s+[A-Z][\w'’-]+)?,?\s+with\s+(?:your|today['’]s|this\s+(?:week|morning))(?!\w)")

# the apposition that introduces one who comments on the talks from outside them ('Abdi Warsame, a researcher on the
# Horn of Africa', ', an analyst at ...', ', a professor of history')
_COMMENTATOR_AFTER = re.compile(r",[ \t]+(?:a|an)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:researcher|analyst|scholar|academic|"
                                r"professor|lecturer|economist|strategist|historian|commentator|podcaster)(?!\w)", re.I)


# the speaker named after a quotation ('..." said Selim Kaya, a professor ...')
_SPEAKER_AFTER = re.compile(r"(?:said|says|added|noted|argued|according\s+to)\s+((?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3})",
                            re.I)


def spoken_by_a_commentator(sentence: str) -> bool:
    """The sentence's quotation is spoken by one the article introduces as a commentator ('"Istanbul has become the
    place ...," said Selim Kaya, a professor of international relations'): no party's words."""
    quoted = moves.quote_then_speaker(" ".join(sentence.split()))
    speaker = _SPEAKER_AFTER.match(quoted) if quoted else None
    return speaker is not None and _COMMENTATOR_AFTER.match(quoted, speaker.end()) is not None


# a noun after a name that makes the name a place's ('Prey Chan village', 'the Ta Krabei temples', 'Nahr al-Bared camp')
_PLACE_NOUN_AFTER = re.compile(r"\s+(?:village|villages|town|temple|temples|river|valley|camp|district|province|"
                               r"crossing|airport|airbase|base|dam|mountain|mountains|hills?|pass|bridge|port|"
                               r"border\s+post|checkpoint|refugee\s+camp)(?!\w)", re.I)


def _not_a_person_where_written(text: str, name: str) -> str:
    """Why the article's own writing of the name says it is no person of the talks, or "": every time, it stands
    in a byline ('By Achieng Otieno, Nairobi': the author) or opens the note on the author that closes a column,
    after 'the' ('also known as the Clan del Golfo': a group),
    or after another person's name and 'also known as' ('Anas Abdulrahman, also known as Hipni Mareh': the same
    person)."""
    found = _starts(text, name)
    if not found:
        return ""
    lines = [text[text.rfind("\n", 0, at) + 1:at] for at in found]
    bylined = [bool(_CREDIT.match(line) or _AUTHORS_LINE.fullmatch(text[slice(*line_bounds(text, at))]))
               for line, at in zip(lines, found)]
    # (the author of a byline, on the line that opens a closing note on a past office of any kind: 'Henrik Lindqvist
    # was Sweden's ambassador to the OSCE ...')
    if all(by or (not line.strip() and (_AUTHOR_NOTE.match(text, at + len(name))
                                        or (any(bylined) and _NOTE_OF_THE_BYLINED.match(text, at + len(name)))
                                        or _HANDLE_BELOW.match(text, at + len(name))
                                        or _TITLE_BELOW.match(text, at + len(name))
                                        or _dated(text, at + len(name))))
           for line, at, by in zip(lines, found, bylined)):
        return "the author named in the byline, not a person of the talks"
    if any(_JOURNALIST_BEFORE.search(text[max(0, at - 40):at]) or _JOURNALIST_AFTER.match(text, at + len(name))
           for at in found):
        return "the journalist who reports the talks ('our correspondent Karim Haddad'), not a person of them"
    if any(_CONTRIBUTED.match(text, at + len(name)) or (_GREETS_BEFORE.search(text[max(0, at - 30):at])
                                                          and _GREETS_AFTER.match(text, at + len(name))) for at in found):
        return "one who reports or writes the page ('... contributed to this report', 'This is Anna Holt with your " \
               "briefing'), not a person of the talks"
    if names.a_street(name):
        return "a street's name ('Khreshchatyk St'), not a person"
    if any(_COMMENTATOR_AFTER.match(text, at + len(name)) for at in found):
        return "a commentator the article introduces as such ('Abdi Warsame, a researcher on the Horn of Africa'), " \
               "not a person of the talks"
    if all(not line.strip() and dateline.opens_a_date_line(text[at:at + len(name) + 1]) for line, at in zip(lines, found)):
        return "the words that open the page's date line ('Published On'), not a person"
    if all(_PLACE_NOUN_AFTER.match(text, at + len(name)) for at in found):
        return "a place named by the noun after it ('Prey Chan village'), not a person"
    # (a line that holds the name alone, the page's masthead, says nothing either way: 'Horn Observer' over 'told
    # the Horn Observer')
    after_the = [bool(re.search(r"(?<!\w)(?i:the)\s+$", text[max(0, at - 5):at])) for at in found]
    alone = [text[slice(*line_bounds(text, at))].strip() == name for at in found]
    if any(after_the) and all(the or own_line for the, own_line in zip(after_the, alone)):
        return "written after 'the': a group or a place, not a person"
    if all(re.search(r"[A-Z][\w'’.-]+\s+[A-Z][\w'’.-]+,?\s+(?:also\s+)?(?:known\s+as|alias|a\.k\.a\.)\s+$",
                     text[max(0, at - 80):at]) for at in found):
        return "another name of the person named before it ('also known as'), not a second person"
    return ""


# nouns that end a title before a name ('Minister of Information Yemane Gebremeskel', 'Minister of State for Foreign
# Affairs Adel al-Jubeir'): a model may copy the last one into the name
_TITLE_TAILS = _TITLE_MODIFIERS | {"information", "affairs", "communications", "culture", "education", "health",
                                   "agriculture", "water", "transport", "labour", "development", "cooperation",
                                   "planning", "reintegration", "relations", "commerce", "industry", "environment",
                                   # ('ministro degli Esteri Abbas Araghchi', 'ministre des Affaires étrangères')
                                   "esteri", "interni", "interno", "difesa", "exteriores", "étrangères", "extérieures",
                                   "défense", "defensa", "estrangeiros"}


def _without_title_tail(text: str, name: str) -> str:
    """The name without a title's last noun copied before it, where the article writes that noun after 'of', 'for'
    or 'and' of a title (or their words in other languages: 'ministro degli Esteri Abbas Araghchi')."""
    words = name.split()
    if len(words) >= 3 and words[0].lower() in _TITLE_TAILS and \
            re.search(rf"(?<!\w)(?:{_OF_WORDS}|and|y|et|e)\s+(?:[A-Z][\w-]*\s+){{0,2}}{re.escape(name)}(?!\w)", text):
        return " ".join(words[1:])
    return name


@lru_cache(maxsize=4)
def _names_written(text: str, language: str) -> tuple[str, ...]:
    """Every name the article writes (read once per article, not once per name the model misspelt)."""
    return tuple(candidates.people(text, language, limit=None))


def _as_written(ctx: Context, name: str) -> str:
    """The article's spelling of a name the model misspelt by a letter or two ('Olfusegun Obasanjo' where the article
    writes 'Olusegun Obasanjo'): code copies names, the model only chooses them."""
    if ctx.article.script != "LATIN" or re.search(rf"(?<!\w){re.escape(name)}(?!\w)", ctx.article.text):
        return name
    best = process.extractOne(name, _names_written(ctx.article.text, ctx.article.language), scorer=fuzz.ratio,
                              score_cutoff=thresholds.SAME_NAME_SPELLING)
    return best[0] if best else name


# particles inside a name, in the scripts of the cases ('Abdullah bin Zayed', 'Абдалла бін Заїд')
_NAME_PARTICLES = {"bin", "ibn", "bint", "al", "el", "de", "da", "del", "van", "von", "бін", "бин", "ібн", "ибн", "аль", "ель"}


def _capitalised(word: str) -> bool:
    """A word written as a name is ('Рустем', 'Steve'), not an acronym ('США') or a common word."""
    return word[:1].isupper() and any(ch.islower() for ch in word)


def _a_name_word(word: str) -> bool:
    return _capitalised(word) and not (names.country(word) or names.party(word) != word or names.from_demonym(word)
                                       or names.a_title_word(word) or dates.month_number(word))


def _whole_name(text: str, word: str) -> str:
    """The name of which the model gave only one word, as the article writes it the first time it writes it whole:
    the name word before it ('Умєров' -> 'Рустем Умєров', 'Witkoff' -> 'Steve Witkoff'), else the particle and name
    after it ('Абдалла' -> 'Абдалла бін Заїд'). Code copies names; the model only chooses them."""
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text):
        before = re.search(r"([^\W\d_][\w'’-]*)[ \t]+$", text[max(0, m.start() - 40):m.start()])
        if before and _a_name_word(before.group(1)):
            return f"{before.group(1)} {word}"
        after = re.match(r"[ \t]+(?:(\w+)[ \t]+)?([^\W\d_][\w'’-]*)", text[m.end():m.end() + 40])
        if after and (after.group(1) or "").lower() in _NAME_PARTICLES and after.group(1) and _a_name_word(after.group(2)):
            return f"{word} {after.group(1)} {after.group(2)}"
    return word


# the office of one who comments on talks from a market or a research desk ('a strategist at a Lisbon-based investment
# bank', 'chief economist')
_OUTSIDE_OFFICE = re.compile(r"(?<!\w)(?:strategist|economist|analyst|equity research|market analyst)s?(?!\w)", re.I)


def add_people(ctx: Context, people: list[PersonAnswer], out: Collected) -> None:
    named = tuple(p.name.strip() for p in people)  # every name the model gave, for whose title is whose
    for person in people:
        person = person.model_copy(update={"name": _without_title_tail(ctx.article.text, person.name.strip())})
        if credited_agency(ctx, person.name):
            out.drop("people", person.name, "the agency credited in the dateline, not a person")
            continue
        if ctx.article.language == "de" and candidates.german_noun_phrase(person.name):  # 'Fruchtbarkeit der Böden'
            out.drop("people", person.name, "a German noun phrase, not a person")
            continue
        if why := _not_a_person_where_written(ctx.article.text, person.name.strip()):
            out.drop("people", person.name, why)
            continue
        if _OUTSIDE_OFFICE.search(person.title) or (person.party and _a_thing_of_a_place(person.party.strip())):
            out.drop("people", person.name, "a commentator from outside the talks (a strategist, a broker's analyst), "
                                            "not a person of the talks")
            continue
        bare_of_article = re.sub(r"^(?:the|il|lo|la|gli|le|les|el|los|las|der|die|das)\s+", "", person.name.strip(),
                                 flags=re.I)  # 'Gli Stati Uniti'
        if _a_body_in(ctx.article.text, person.name.strip()) or \
                names.party(bare_of_article, ctx.acronyms) in {p.name for p in out.parties}:
            out.drop("people", person.name, "a party of the talks, not a person")  # 'Ansar Allah (the Houthis)'
            continue
        if _tail_of_a_name(ctx.article.text, person.name.strip()):  # 'Actual Control' of 'the Line of Actual Control'
            out.drop("people", person.name, "the end of a longer name, not a person")
            continue
        bare, title_in_name = names.split_title(person.name.strip())
        bare = _as_written(ctx, _without_place(bare))
        if len(bare.split()) == 1:
            bare = _whole_name(ctx.article.text, bare)
        name = names.person(bare)
        if _not_a_person(name):
            out.drop("people", person.name, "a group or a people, not a person")
            continue
        if (not names.looks_like_name(name) or names.party(name) != name
                or (not names.names_a_person(name) and not title_next_to(ctx.article.text, bare))  # 'President Maia Sandu'
                or names.country(name) or (dominant_script(name) in ("LATIN", "CYRILLIC")  # 'Abu Dhabi' is a city
                                           and names.known_city(name, ctx.article.text))):
            out.drop("people", person.name, "not a person's name")
            continue
        span = find_mention(ctx.article, list({bare, *names.mention_forms(name)}),
                            case_sensitive=dominant_script(name) in ("LATIN", "CYRILLIC"))
        if span is None:
            out.drop("people", person.name, "name not found in the article")
            continue
        title = _title(ctx, person.title, title_in_name, bare, named)
        affiliation = _uninflected(ctx, names.party(person.party, ctx.acronyms)) if person.party.strip() else ""
        if affiliation.lower() in STATE_NOUNS:  # 'junta', 'the government': the one state among the sides
            affiliation = the_state_side(out) or ""
        elif affiliation and ((not _GROUP_WORDS.search(affiliation) or _OFFICE.search(affiliation.split()[-1]))
                              and (_AN_OFFICE.match(affiliation) or _a_cyrillic_office(affiliation))):
            # 'Chinese special envoy for Asian affairs', 'Israeli government spokesperson' (an office of a body): China,
            # Israel
            affiliation = _state_of_office(affiliation) or ""
        # the party the article's title for the person names is more often right than the model's choice
        # a party of the talks the title names, else a country it names ('US envoy Morgan Ortagus', though the
        # model listed no United States), else the model's choice
        affiliation = (party_of_title(title, [p.name for p in out.parties], ctx.acronyms)
                       or party_of_title(title, None, ctx.acronyms)
                       or _possessor(ctx.article.text, bare, [p.name for p in out.parties], ctx.acronyms)
                       or _body_before(ctx.article.text, bare, [p.name for p in out.parties]) or affiliation)
        if affiliation and not any(p.name == affiliation for p in out.parties) and not names.country(affiliation) \
                and find_mention(ctx.article, party_forms(ctx, person.party, affiliation)) is None:
            affiliation = ""
        match = next((q for q in out.people if names.same_person(q.name, name)), None)
        if match:
            if len(name) > len(match.name):
                match.name = name
            match.title = match.title or title
            match.affiliation = match.affiliation or affiliation
            continue
        out.people.append(Person(name=name, title=title, affiliation=affiliation, evidence=span.evidence()))


def _one_place_each(venues: list[str]) -> list[str]:
    """'Goma and Bukavu' names two places."""
    out: list[str] = []
    for v in venues:
        out.extend(p for p in re.split(r"\s*(?:,|;|\band\b|\bet\b|\by\b|\bund\b|\bи\b|和)\s*", v) if p.strip())
    return out


# a capitalised name of one or two words after 'in' or 'at', not an owner ('in Baku's reading')
_AT_PLACE = re.compile(r"(?<!\w)(?:in|at|à|en)\s+([A-ZÀ-Þ][\w-]+(?:\s+[A-ZÀ-Þ][\w-]+)?)(?![\w'’-])")
# a building where talks are held, after 'at the' ('ended at the State Department on Friday'): its city
_AT_BUILDING = re.compile(r"(?<!\w)(?:at|in|inside)\s+the\s+([A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2})(?![\w'’-])")


# a verb whose subject is the event the sentence names, right before its place ('Three days of talks between ... ended
# at the State Department'; 'The round, the first since June, opened in Doha')
_EVENT_VERB = re.compile(r"(?<!\w)(?:ended|began|opened|closed|concluded|resumed|took place|were held|was held)\s*$",
                         re.I)


PLACE_REACH = 4  # words between an event word and the 'in'/'at' that names its city ('met on Tuesday in Gabala')


def add_places_of_events(ctx: Context, out: Collected) -> None:
    """A city an article in Latin script names right after an event of the talks ('talks in Doha', 'the peace agreement was
    initialled in Washington', 'met political directors ... in Muscat') is a meeting place, even when the model did
    not list it; not after a press conference or the like. Run once the model has answered every call."""
    if ctx.article.script != "LATIN":  # 'in', 'at', 'à', 'en' before a capitalised name
        return
    for n in range(1, len(ctx.article.sentences) + 1):
        span = sentence(ctx.article, n)
        if span is None or not moves.names_a_negotiation_event(span.quote):
            continue
        buildings = [m for m in _AT_BUILDING.finditer(span.quote) if names.known_building(m.group(1))]
        for m in [*_AT_PLACE.finditer(span.quote), *buildings]:
            before = " ".join(span.quote[:m.start()].split()[-PLACE_REACH:])
            if not (moves.names_a_negotiation_event(before) or _EVENT_VERB.search(before)) \
                    or moves.dates_another_event(before):
                continue
            place = names.place(m.group(1), ctx.article.script, ctx.article.text)
            if place is None or not (m in buildings or names.known_city(m.group(1), ctx.article.text)) \
                    or any(v.name == place.name for v in out.venues):
                continue
            out.venues.append(Venue(name=place.name, country=place.country, evidence=span.evidence()))
    for d in out.dates:  # with every meeting place known, the one its date words' clause names ('to meet in Athens
        # on 7 May; talks to resume in June': not June's), the nearest of several
        at = d.evidence[0].quote.find(d.text) if d.evidence else -1
        if at >= 0 and (named := venue_named(out, d.evidence[0].quote, at)):
            d.venue = named
    _places_beside_dates(ctx, out)


DATE_PLACE_GAP = 2  # words between date words and the 'in'/'en' that names the event's city ('for Feb. 19 in Baku')


def _places_beside_dates(ctx: Context, out: Collected) -> None:
    """The meeting place written right beside an event's date words is that event's venue, wherever else its sentence
    names another ('... concluyeron este lunes en Brasilia ... y a volver a reunirse en abril en Georgetown')."""
    venues = {v.name for v in out.venues}
    for d in out.dates:
        if not d.evidence:
            continue
        quote = d.evidence[0].quote
        at = quote.find(d.text)
        if at < 0:
            continue
        near: list[tuple[int, str]] = []
        for m in _AT_PLACE.finditer(quote):
            gap = quote[m.end():at] if m.end() <= at else quote[at + len(d.text):m.start()]
            place = names.place(m.group(1), ctx.article.script, ctx.article.text)
            if place and place.name in venues and len(gap.split()) <= DATE_PLACE_GAP and not re.search(r"[,;:.]", gap):
                near.append((len(gap.split()), place.name))
        if near:
            d.venue = min(near)[1]


# a capital named by its people's adjective ('in the Emirati capital on Thursday')
_PEOPLES_CAPITAL = re.compile(r"(?<!\w)the\s+([A-Z][\w'’-]+)\s+capital(?!\w)")


def _capital_by_its_people(sentence: str, city: str) -> bool:
    """The sentence names the city as its state's capital by the state's people ('ended two days of talks in the
    Emirati capital' for Abu Dhabi)."""
    state = names.state_of_capital(city)
    return state is not None and any(names.from_demonym(m.group(1)) == state for m in _PEOPLES_CAPITAL.finditer(sentence))


def drop_venues_of_no_event(ctx: Context, out: Collected) -> None:
    """A meeting place is named in a sentence about the talks (a meeting, a round, a signing...): a city the article
    names only elsewhere ('buildings in Kyiv without heating') is not one. Run once the model has answered every call."""
    about_talks = [s.quote for n in range(1, len(ctx.article.sentences) + 1)
                   if (s := sentence(ctx.article, n)) and moves.about_an_event(s.quote)]
    for venue in list(out.venues):
        # ('Algeria' of 'camps in Algeria' is the country, named also where its delegation sat down: not the place)
        every = [venue.name, *names.mention_forms(venue.name)]
        forms = [f for f in every if f == venue.name or not names.is_country(f)]
        quote = venue.evidence[0].quote if venue.evidence else ""
        quoted = {f for f in every if re.search(rf"(?<!\w){re.escape(f)}(?!\w)", quote)}
        if quote and (quoted & set(forms) or not quoted):
            forms.append(quote)  # the sentence found for it, unless it names only the venue's country
        named = re.compile("|".join(rf"(?<!\w){re.escape(f)}(?!\w)" for f in forms))
        if not any(named.search(t) or _capital_by_its_people(t, venue.name) for t in about_talks):
            out.venues.remove(venue)
            out.drop("venues", venue.name, "named in no sentence about the talks")
            continue
        as_named = re.compile("|".join(rf"(?<!\w){re.escape(f)}(?!\w)" for f in {venue.name, *names.mention_forms(venue.name)}))
        befores = [t[:m.start()] for t in about_talks for m in as_named.finditer(t)]
        if befores and all(_SPOKE_IN.search(b) for b in befores):
            out.venues.remove(venue)
            out.drop("venues", venue.name, "where someone spoke ('told reporters in Moscow'), not a meeting place")
            continue
        seat_of = names.state_of_capital(venue.name)
        if seat_of in {p.name for p in out.parties}:
            # a party's capital stands for its government ('Kinshasa insists', 'negotiators from Kyiv'): a meeting
            # place only where a sentence about the talks puts them there ('talks in Washington')
            there = re.compile(rf"(?<!\w)(?:{_PLACE_WORDS})\s+(?:(?:la|el|le|the|die|der|den)\s+)?(?:{named.pattern})|"
                               rf"(?:在|于|到)(?:{named.pattern})", re.I)  # 'en La Habana
            if not any(_put_there(t, there, named) for t in about_talks):
                out.venues.remove(venue)
                out.drop("venues", venue.name, f"the capital of {seat_of} named for its government, not as a meeting place")


_PLACE_WORDS = r"in|at|to|à|a|en|nach|zu|в|во"


def _put_there(text: str, there: re.Pattern, named: re.Pattern) -> bool:
    """The sentence puts something in the city ('talks in Washington'), not someone speaking there ('told reporters
    in Moscow')."""
    for m in there.finditer(text):
        city = named.search(text, m.start())
        if city and not _SPOKE_IN.search(text[:city.start()]):
            return True
    return False


# the words before a city that make it the place where someone spoke ('Speaking in Kyiv, Zelensky said', 'told
# reporters in Moscow', 'said at a news conference in Ankara')
_SPOKE_IN = re.compile(r"(?<!\w)(?:speaking|spoke|speaks|told\s+(?:reporters|journalists|the\s+press|a\s+news\s+conference|"
                       r"a\s+press\s+conference|lawmakers|parliament)|(?:said|says)|addressing\s+[\w\s]{0,30}|"
                       r"(?:news|press)\s+conference|speech|briefing|interview)\s+(?:\w+\s+){0,2}(?:in|at)\s+(?:the\s+)?$",
                       re.I)


def add_venues(ctx: Context, venues: list[str], out: Collected, parties: tuple[str, ...] = ()) -> None:
    for written in _one_place_each(venues):
        place = names.place(written, ctx.article.script, ctx.article.text)
        if place is None:
            out.drop("venues", written, "not a city (a country, a region or a building in no named city)")
            continue
        if not place.country and written.strip() in parties:  # 'Somaliland': no city GeoNames knows, and a party
            out.drop("venues", written, "a party the article names, and no city known by that name")
            continue
        out.spellings.setdefault(place.name, set()).add(written)
        if any(v.name == place.name for v in out.venues):
            continue
        span = find_mention(ctx.article, list({written, place.name, *names.mention_forms(place.name)}),
                            case_sensitive=True)
        if span is None:
            out.drop("venues", written, "place not found in the article")
            continue
        out.venues.append(Venue(name=place.name, country=place.country, evidence=span.evidence()))


# the words of a side that fights or governs, which negotiates for itself ('Libyan National Army', 'Government of
# National Unity'); another body is a party of another role
_SIDE_WORDS = re.compile(r"(?<!\w)(?:army|forces|front|movement|government|liberation|militia|administration|authority|"
                         r"ejército|frente|movimiento|gobierno|armée|mouvement|gouvernement|armee|regierung|bewegung)(?!\w)",
                         re.I)


def add_bodies_that_move(ctx: Context, out: Collected) -> None:
    """A body the article introduces with its acronym ('the Libyan National Army (LNA)') that the model did not list
    takes part when a sentence of the article states a move of its own: it demands, refuses, offers or agrees ('The
    LNA also wants the salaries of its units paid ...'). A body only named, an analyst's institute, or
    a body of a party already listed does not."""
    for short, long in ctx.acronyms.items():
        name = names.party(long, ctx.acronyms)
        have = [p.name for p in out.parties]
        if name in have or names.party(short, ctx.acronyms) in have \
                or not (_GROUP_WORDS.search(long) or _SIDE_WORDS.search(long)) \
                or _RESEARCH.search(long) or credited_agency(ctx, short) \
                or any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", long) for p in have):
            continue  # (a panel of a party already listed, 'African Union High-Level Panel', is that party)
        forms = moves.party_forms([*have, name], [(p.name, p.affiliation) for p in out.people], ctx.acronyms)
        for a, b in ctx.article.sentences:
            said = ctx.article.text[a:b]
            move = moves.stated_demand(said, forms, ctx.article.language) or \
                moves.stated_move(said, forms, ctx.article.language)
            if move is not None and move.by == name and (span := find_mention(ctx.article, [short, long])):
                role: Role = "negotiating party" if _SIDE_WORDS.search(long) else "other"
                out.parties.append(Party(name=name, role=role, evidence=span.evidence()))
                break


def add_states_that_move(ctx: Context, out: Collected) -> None:
    """A state the model did not list takes part when a sentence states a move of its own: it demands or refuses
    (a side: "negotiating party"), or offers ('France and Britain have offered to lead such a force': "other"). Run
    once the model has answered every call (the parties of the first call are the choices of the others). A state
    only named, one that agrees (to host, to fund), or one the sentence says takes no part does not."""
    people = [(p.name, p.affiliation) for p in out.people]
    for n in range(1, len(ctx.article.sentences) + 1):
        span = sentence(ctx.article, n)
        have = [p.name for p in out.parties]
        new = [name for _, name in _parties_in(span.quote, ctx) if name not in have and names.is_state(name)] \
            if span else []
        if not span or not new or _NOT_PART.search(span.quote):
            continue  # ('Israel, which is not part of the talks, has warned it will not accept ...')
        forms = moves.party_forms([*have, *new], people, ctx.acronyms)
        for clause in _CLAUSES.split(span.quote):  # (each clause: '..., and France and Britain have offered ...';
            # '..., which is exactly what Britain and France have offered')
            found = [m for m in (moves.stated_demand(clause, forms, ctx.article.language),
                                 moves.stated_move(clause, forms, ctx.article.language))
                     if m is not None and m.mode in ("demand", "proposal", "rejection")]
            for move in found[:1]:
                for name in dict.fromkeys([move.by, *moves.joint_holders(clause, move, forms)]):
                    if name in new and name not in have:
                        have.append(name)
                        role: Role = "other" if move.mode == "proposal" else "negotiating party"
                        out.parties.append(Party(name=name, role=role, evidence=span.evidence()))


_NOT_PART = re.compile(r"\bnot\s+(?:a\s+)?(?:part|party)\s+(?:of|to)\s+the\s+(?:talks|negotiations|process)|"
                       r"\b(?:takes?|took|taking)\s+no\s+part\b|\bnot\s+tak(?:e|es|ing)\s+part\b", re.I)
_CLAUSES = re.compile(r";\s+|,\s+(?:and|but|while|whereas|which)\s+")


def add_parties_of_people(ctx: Context, out: Collected) -> None:
    """The party a named person negotiates, mediates or speaks for takes part in the talks, even when the model did
    not list it ('Qatari foreign ministry spokesman Majed al-Ansari'): its role is not known ("other"). Run once
    the model has answered every call (the parties of the first call are the choices of the others)."""
    for person in out.people:
        name = person.affiliation
        if not name or any(p.name == name for p in out.parties) or names.person_like(name) or _RESEARCH.search(name) \
                or _a_thing_of_a_place(name):
            continue  # (an analyst's institute takes no part)
        span = find_mention(ctx.article, party_forms(ctx, name, name)) or \
            (find_mention(ctx.article, [person.name]) if names.country(name) else None)
        if span is not None:
            out.parties.append(Party(name=name, role="other", evidence=span.evidence()))


ROLE_REACH = (8, 5)  # words before and after a word of a role within which the parties it gives that role stand
_WORD = rf"(?:{_ABBREVIATION.pattern}|[A-ZÀ-ÞĀ-Ž][\w'’-]+)"  # a capitalised word or initials ('U.S.')
_RUN = re.compile(rf"{_WORD}(?:\s+(?:of\s+the\s+|de\s+la\s+)?{_WORD}){{0,3}}")


_NAMED = rf"(?:(?:the|la|el|le|die|der)\s+)?(?:{_ABBREVIATION.pattern}|[A-ZÀ-ÞĀ-Ž][\w'’-]*)"  # one name of a list
_LISTING = re.compile(r"(?:\s*(?:by|of|from|de|por|par|von|durch|entre|between|among|,|:))*\s*"
                      rf"{_NAMED}(?:(?:\s+|\s*,\s*|\s+(?:and|y|et|und|и)\s+){_NAMED})*")


_MEMBERS = re.compile(r"\s+(?:member\s+states?|member\s+countries|members|Mitgliedstaaten|Mitgliedsstaaten|"
                      r"États\s+membres|estados\s+miembros|государств[а-я]*-член[а-я]*)(?!\w)", re.I)


def _parties_in(words: str, ctx: Context) -> list[tuple[str, str]]:
    """(as written, party) for each country or known body a stretch of text names by its name (not by a city)."""
    found: list[tuple[str, str]] = []
    for run in _RUN.finditer(words):
        if _MEMBERS.match(words[run.end():]):
            continue  # 'NATO member states mediated': states of the body, not the body
        tokens = run.group(0).split()
        for size in range(len(tokens), 0, -1):  # the longest known name in the run ('Die Afrikanische Union')
            hit = next(((chunk, named) for i in range(len(tokens) - size + 1)
                        if (chunk := _without_possessive(" ".join(tokens[i:i + size]).strip(",;:")))
                        and (named := names.known_party(chunk, ctx.acronyms))
                        and (names.country(named) or not names.known_city(chunk, ctx.article.text))), None)
            if hit:
                found.append(hit)
                break
    return found


_ADJECTIVES_BEFORE = re.compile(r"((?:[A-Z][\w'’-]+(?:\s*,\s*|\s+and\s+|\s+))+)$")


def _demonyms_before(text: str) -> list[tuple[str, str]]:
    """(as written, state) for each country's adjective right before a word of a role ('circulated by Egyptian and
    Qatari mediators'), when the words there are all such adjectives."""
    run = _ADJECTIVES_BEFORE.search(text)
    words = re.split(r"\s*,\s*|\s+and\s+|\s+", run.group(1).strip()) if run else []
    found = [(w, names.from_demonym(w)) for w in words if w]
    return [(w, c) for w, c in found if c] if found and all(c for _, c in found) else []


def add_parties_given_a_role(ctx: Context, out: Collected) -> None:
    """Parties a sentence gives a role by a word beside them, which the model did not list ('talks in Istanbul
    mediated by Turkey and Qatar'; 'Venezuela, Cuba y Noruega actúan como países garantes'): added with that role;
    one the model listed takes it unless it is a side (the article's word over the model's choice). A party the
    article calls an observer ('The African Union sent an observer') only watches: "other", unless a word of the
    article gives it another role."""
    venues = {v.name for v in out.venues}
    sides = {p.name for p in out.parties if p.role == "negotiating party"}  # (no side is added below)
    spans = [span for n in range(1, len(ctx.article.sentences) + 1) if (span := sentence(ctx.article, n))]
    words = [(span, *named) for span in spans for named in moves.roles_named(span.quote)]
    given: set[str] = set()  # parties a word of mediating, hosting or guaranteeing gives a role: no observers
    for span, role, start, end in sorted(words, key=lambda w: w[1] == "other"):  # the observers last
        before = _parties_in(" ".join(span.quote[:start].split()[-ROLE_REACH[0]:]), ctx)
        before += [(w, c) for w, c in _demonyms_before(span.quote[:start]) if all(c != n for _, n in before)]
        joined = span.quote[:start - 1].split()[-1:] if span.quote[start - 1:start] == "-" else []
        if joined:  # 'U.S.-brokered talks': the name the word is joined to
            named = names.known_party(joined[0], ctx.acronyms)
            before = [(joined[0], named)] if named else []
        elif any(name in sides for _, name in before):  # 'Israel and Hamas agreed to talks mediated by ...'
            before = []
        # after the word, only the names it opens a list of ('mediated by Turkey and Qatar', not 'mediated talks
        # at the UN base')
        listing = _LISTING.match(span.quote[end:])
        after = _parties_in(listing.group(0), ctx) if listing and not _MEMBERS.match(span.quote[end + listing.end():]) else []
        listed_after = {name for _, name in after}
        if not before and role in ("mediator", "host") and len(sides) >= 3:
            # 'Special Envoy Steve Witkoff and Jared Kushner hosted the delegations of Ukraine and Russia': the
            # party its people act for, when the sides stay two without it
            acting = _parties_of_people_in(span.quote[:start], out)
            if acting and all(name in sides for name in acting) and len(sides - set(acting)) >= 2:
                for name in acting:  # (people who host the sides mediate: a host is a state where they meet)
                    next(p for p in out.parties if p.name == name).role = "mediator"
                    sides.discard(name)
                    given.add(name)
        for written, name in before + after:  # (an observer is none that a word gives another role: 'Qatar
            # mediated, with the UN as an observer')
            if role != "other":
                given.add(name)
            elif name in given:
                continue
            if (name in venues or written in venues) and not names.capital_of_its_name(name):
                continue  # a meeting place ('hosting the meeting at its Vienna office'), unless a state is named
                # like its capital ('Kuwait')
            existing = next((p for p in out.parties if p.name == name), None)
            if existing is None:
                out.parties.append(Party(name=name, role=role, evidence=span.evidence()))  # type: ignore[arg-type]
            elif role == "mediator" and name in listed_after and existing.role == "negotiating party":
                existing.role = "mediator"  # 'con la mediación de Noruega y Catar': the article names it a mediator
            elif existing.role != "negotiating party" and (role != "host" or existing.role == "other"):
                # the article's word over the model's choice (hosting says less than mediating: a mediator that
                # also hosts stays a mediator)
                existing.role = role  # type: ignore[assignment]


def _parties_of_people_in(words: str, out: Collected) -> list[str]:
    """The parties the people a clause's subject names act for ('Special Envoy Steve Witkoff and Jared Kushner'), when
    it names nothing but people (their titles aside)."""
    subject = re.split(r"[,;:]\s+|\s+(?:who|which|that)\s+", words.strip())[-1]
    named = [p for p in out.people if p.affiliation and re.search(rf"(?<!\w){re.escape(p.name)}(?!\w)", subject)]
    rest = subject
    for p in named:
        rest = rest.replace(p.name, " ")
    if not named or not all(w.lower() in ("and", "the") or names.a_title_word(w) for w in re.findall(r"[\w.'’-]+", rest)):
        return []
    return list(dict.fromkeys(p.affiliation for p in named))


def complete_the_sides(out: Collected) -> None:
    """Talks have two sides: where the model found one, a party of no known role that it and the other exchange
    demands with is the other ('The Houthi delegation has demanded ...' where only Yemen was a side)."""
    sides = [p for p in out.parties if p.role == "negotiating party"]
    if len(sides) != 1:
        return
    side = sides[0].name
    partners = {d.party for d in out.demands if d.addressed_to == side} | \
               {d.addressed_to for d in out.demands if d.party == side}
    others = [p for p in out.parties if p.role == "other" and p.name in partners]
    if len(others) == 1:
        others[0].role = "negotiating party"


def mark_sides(ctx: Context, out: Collected) -> None:
    """Two parties a sentence about the talks names together as its sides negotiate, whatever role the model gave them
    ('The DR Congo and the M23 rebel group have signed a framework agreement')."""
    forms = moves.party_forms([p.name for p in out.parties], [], ctx.acronyms)
    sides: set[str] = set()
    for n in range(1, len(ctx.article.sentences) + 1):
        span = sentence(ctx.article, n)
        if span is not None and (pair := moves.sides_named_together(span.quote, forms, ctx.article.language)):
            sides.update(pair)
    for party in out.parties:
        if party.name in sides:
            party.role = "negotiating party"


def sides_by_exchange(out: Collected) -> None:
    """A party given as mediator that exchanges demands with a side (each asks something of the other) is a side
    itself ('Russia demands that Ukraine withdraw' and 'Ukraine calls on Russia to release civilians')."""
    sides = {p.name for p in out.parties if p.role == "negotiating party"}
    asks = {(d.party, d.addressed_to) for d in out.demands if d.addressed_to}
    for party in out.parties:
        if party.role == "mediator" and any((party.name, s) in asks and (s, party.name) in asks for s in sides):
            party.role = "negotiating party"


def sides_named_no_mediator(ctx: Context, out: Collected) -> None:
    """A party the model gave as mediator that no sentence naming it calls a mediator, host or guarantor, and that
    asks something of a side, or of a party that asks something of it in turn (neither one the article calls a
    mediator), is a side ('Nepal wants India to withdraw' and 'India asks Nepal to ...' where the model made both
    mediators). Being asked is not enough (sides ask mediators for guarantees), nor is urging a party the model also
    made a mediator ('Rubio urged Russia to accept it' where Russia was given as one)."""
    forms = moves.party_forms([p.name for p in out.parties], [], ctx.acronyms)
    worded: set[str] = set()  # parties a sentence that names them gives a role of a third party
    for n in range(1, len(ctx.article.sentences) + 1):
        span = sentence(ctx.article, n)
        if span is not None and any(role != "other" for role, _, _ in moves.roles_named(span.quote)):
            worded.update(p for _, _, p in moves.mentions(span.quote, forms))
    pairs = {(d.party, d.addressed_to) for d in out.demands if d.party and d.addressed_to}
    sides = {p.name for p in out.parties if p.role == "negotiating party"}
    for party in out.parties:
        if party.role == "mediator" and party.name not in worded and any(
                by == party.name and to not in worded and (to in sides or (to, by) in pairs) for by, to in pairs):
            party.role = "negotiating party"


def settle_hosts(out: Collected) -> None:
    """A state given as host where none of the article's meeting places lies hosts nothing: one a person acts for
    takes part in the talks (a side: 'le gouvernement tchadien' at talks in Doha); one that nobody acts for, demands
    anything of or is asked anything by is a country the article only mentions ('a visit to Lithuania'). Run once
    the venues are final."""
    countries = {v.country for v in out.venues}
    if not countries:
        return
    for party in list(out.parties):
        if party.role != "host" or party.name in countries or not names.is_state(party.name):
            continue
        acting = any(p.affiliation == party.name for p in out.people)
        moving = any(party.name in (d.party, d.addressed_to) for d in out.demands) or \
            any(party.name in (m.party, m.addressed_to) for m in out.statements)
        if acting:
            party.role = "negotiating party"
        elif moving:
            party.role = "other"
        else:
            out.parties.remove(party)
            out.drop("parties", party.name, "given as host, but no meeting place of the article lies there")


# a delegation and the person who leads it: 'The opposition alliance, the South Sudan Opposition Movements Alliance
# (SSOMA), was represented by Pagan Amum'; 'The BRN sent a team led by Anas Abdulrahman'
_LED_BY = re.compile(r"(?:\s(?:was|were|is|are)\s+(?:represented|led|headed)|\ssent\s+(?:a|its)\s+(?:team|delegation)\s+"
                     r"(?:led|headed)|\s(?:team|delegation),?\s+(?:led|headed))\s+by\s+(?:[\w'’.-]+\s+){0,4}?$")
# a name no table knows right before 'delegation' ('A Hamas delegation led by ...'): the body it is of
_NAME_BEFORE = re.compile(r"(?<!\w)(?i:an?|the|its)\s+((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)\s*$")
_CLAUSE_BREAK = re.compile(r",\s+(?:while|whereas|and|but)\s+|;\s*")
_DEFINED = re.compile(r"([A-ZÀ-Þ][\w'’-]*(?:\s+(?:of|for|and|the|de|del|[A-ZÀ-Þ][\w'’-]*))+)\s*\(([A-Z]{2,6})\)")


def delegations_led_by(ctx: Context, out: Collected) -> None:
    """The body a sentence says a person represents or leads a delegation of is that person's party, and takes part
    in the talks ('..., the South Sudan Opposition Movements Alliance (SSOMA), was represented by Pagan Amum'): the
    article's words over the model's choice. The body is the one the sentence's subject defines with an acronym, else
    the last party or country it names; none when it names none ('The government delegation was led by ...')."""
    text = ctx.article.text
    for person in out.people:
        for at in (m.start() for form in dict.fromkeys([person.name, *names.mention_forms(person.name)])
                   for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text)):
            start = _sentence_start(text, at)
            led = _LED_BY.search(text[start:at])
            if led is None:
                continue
            # the subject of its own clause ("Israel's delegation is led by A, while Hamas is represented by B")
            subject = _CLAUSE_BREAK.split(text[start:start + led.start()])[-1]
            defined = [m.group(2) for m in _DEFINED.finditer(subject) if m.group(2) in ctx.acronyms]
            found = _parties_in(subject, ctx)[-1:]
            # ('hosting a Hamas delegation led by ...'): the name right before the delegation, not one before it
            own = _NAME_BEFORE.search(subject) if led.group(0).split()[0].strip(",") in ("team", "delegation") else None
            if own and not defined and not names.known_city(own.group(1), text) and not _a_label(text, own.group(1)):
                word = own.group(1)
                found = [(word, names.from_demonym(word) or names.known_party(word, ctx.acronyms) or word)]
            named = [ctx.acronyms[defined[-1]]] if defined else [n for _, n in found]
            body = names.party(named[0], ctx.acronyms) if named else ""
            if found and not defined and body not in {p.name for p in out.parties}:
                # a short form of a party of the article ("Congo's government" where the DR Congo negotiates)
                written = re.escape(found[0][0])
                body = next((p.name for p in out.parties if re.search(rf"(?<!\w){written}(?!\w)", p.name)), body)
            if not body or names.person_like(body):
                continue
            person.affiliation = body
            if not any(p.name == body for p in out.parties):
                span = find_mention(ctx.article, party_forms(ctx, body, body))
                if span is not None:
                    out.parties.append(Party(name=body, role="other", evidence=span.evidence()))
            break


def add_actors(ctx: Context, x: ActorsAnswer, out: Collected) -> None:
    moved: list[PersonAnswer] = []
    add_venues(ctx, x.venues, out, tuple(p.name.strip() for p in x.parties))
    add_parties(ctx, x, out, moved)
    add_people(ctx, [*x.people, *moved], out)
    if not out.parties:  # the model listed people, not parties: the parties they act for take part
        add_parties_of_people(ctx, out)
    delegations_led_by(ctx, out)
    mark_sides(ctx, out)


def raw_actors(ctx: Context, x: ActorsAnswer, out: Collected) -> None:
    """The model's answer mapped without post-processing: names as it wrote them, evidence where they stand."""
    for p in x.parties:
        span = find_mention(ctx.article, [p.name])
        out.parties.append(Party(name=p.name, role=ROLE[p.role], evidence=span.evidence() if span else []))
    for person in x.people:
        span = find_mention(ctx.article, [person.name])
        out.people.append(Person(name=person.name, title=person.title, affiliation=person.party,
                                 evidence=span.evidence() if span else []))
    for v in x.venues:
        span = find_mention(ctx.article, [v])
        out.venues.append(Venue(name=v, country="", evidence=span.evidence() if span else []))
